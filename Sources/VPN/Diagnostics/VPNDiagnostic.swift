/// A finding about a VPN configuration: where (file, line, column), what (a stable code)
/// and a sentence for people.
///
/// Diagnostics never quote a pre-shared key: messages about secrets name the line, not
/// the key.
public struct VPNDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The file is rejected (as the real tool would reject it).
        case error
        /// Accepted by the real tool, but probably not what the author meant.
        case warning
    }

    /// The file at fault, as the caller named it.
    public var file: String
    /// The 1-based line, or 0 when the finding is about the whole file.
    public var line: Int
    /// The 1-based column, or 0 when unknown.
    public var column: Int
    /// The stable code, such as `LIBRESWAN_UNKNOWN_KEY`.
    public var code: Code
    /// Error or warning.
    public var severity: Severity
    /// One sentence saying what is wrong.
    public var message: String

    /// Creates a diagnostic.
    /// - Parameters:
    ///   - code: the stable code.
    ///   - severity: error (default) or warning.
    ///   - file: the file at fault.
    ///   - line: the 1-based line.
    ///   - column: the 1-based column.
    ///   - message: a sentence; never include a secret.
    public init(_ code: Code, severity: Severity = .error, file: String, line: Int, column: Int = 1, _ message: String) {
        self.code = code
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message [CODE]`, the form the CLI prints.
    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }
}

extension VPNDiagnostic {
    /// A stable diagnostic code; new codes are static constants, so adding one never
    /// breaks a caller's `switch`.
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The code's text.
        public var rawValue: String
        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's text.
        public var description: String { rawValue }

        // MARK: Libreswan ipsec.conf
        /// A line the grammar does not allow (two values, no `=`, an indented line outside a section…).
        public static let libreswanSyntax = Code(rawValue: "LIBRESWAN_SYNTAX")
        /// A keyword Libreswan 4.x does not know.
        public static let libreswanUnknownKey = Code(rawValue: "LIBRESWAN_UNKNOWN_KEY")
        /// A parameter line at column 0: parameters must be indented.
        public static let libreswanKeyAtColumnZero = Code(rawValue: "LIBRESWAN_KEY_AT_COLUMN_0")
        /// `conn` without a name, or with more than one.
        public static let libreswanMissingConnName = Code(rawValue: "LIBRESWAN_MISSING_CONN_NAME")
        /// A connection keyword in `config setup`.
        public static let libreswanKeyNotAllowedHere = Code(rawValue: "LIBRESWAN_KEY_NOT_ALLOWED_HERE")
        /// A value outside the keyword's allowed set (`auto=down`, `pfs=1`).
        public static let libreswanInvalidValue = Code(rawValue: "LIBRESWAN_INVALID_VALUE")
        /// The same keyword (or an alias) twice in one conn, directly or through `also=`.
        public static let libreswanDuplicateKey = Code(rawValue: "LIBRESWAN_DUPLICATE_KEY")
        /// `also=` names a conn that does not exist.
        public static let libreswanUnknownAlso = Code(rawValue: "LIBRESWAN_UNKNOWN_ALSO")
        /// `also=` references form a cycle (Libreswan ignores it silently).
        public static let libreswanAlsoCycle = Code(rawValue: "LIBRESWAN_ALSO_CYCLE")
        /// Two conns with one name (Libreswan keeps going; the second is unreachable by name).
        public static let libreswanDuplicateConn = Code(rawValue: "LIBRESWAN_DUPLICATE_CONN")
        /// A quote that is not closed on its line (Libreswan keeps the quote as text).
        public static let libreswanUnterminatedQuote = Code(rawValue: "LIBRESWAN_UNTERMINATED_QUOTE")
        /// A subnet or address value that does not parse.
        public static let libreswanBadSubnet = Code(rawValue: "LIBRESWAN_BAD_SUBNET")
        /// An `include` that is not allowed, or names a file that does not exist.
        public static let libreswanInclude = Code(rawValue: "LIBRESWAN_INCLUDE")

        // MARK: Libreswan ipsec.secrets
        /// A secrets line that does not parse.
        public static let secretsSyntax = Code(rawValue: "SECRETS_SYNTAX")

        // MARK: AWS CustomerGatewayConfiguration
        /// The XML is not a CustomerGatewayConfiguration document, or lacks a required element.
        public static let awsConfigurationXML = Code(rawValue: "AWS_CUSTOMER_GATEWAY_CONFIGURATION")

        // MARK: AWS tunnel option rules
        /// PSK shorter than 8 or longer than 64 characters.
        public static let pskLength = Code(rawValue: "VPN_PSK_LENGTH")
        /// PSK with a character other than letters, digits, '.' and '_'.
        public static let pskCharacters = Code(rawValue: "VPN_PSK_CHARACTERS")
        /// PSK starting with '0'.
        public static let pskLeadingZero = Code(rawValue: "VPN_PSK_LEADING_ZERO")
        /// Inside CIDR not a /30 in 169.254.0.0/16, or a reserved one.
        public static let insideCIDRInvalid = Code(rawValue: "VPN_INSIDE_CIDR_INVALID")
        /// Inside addresses not numbered VGW = first host, CGW = second host.
        public static let insideAddressOrder = Code(rawValue: "VPN_INSIDE_ADDRESS_ORDER")
        /// Two tunnels on one gateway with one inside CIDR.
        public static let insideCIDRInUse = Code(rawValue: "VPN_INSIDE_CIDR_IN_USE")
        /// IKE version other than ikev1/ikev2.
        public static let ikeVersionInvalid = Code(rawValue: "VPN_IKE_VERSION_INVALID")
        /// DH group AWS does not offer for that phase.
        public static let dhGroupInvalid = Code(rawValue: "VPN_DH_GROUP_INVALID")
        /// Encryption algorithm AWS does not offer.
        public static let cipherInvalid = Code(rawValue: "VPN_CIPHER_INVALID")
        /// Integrity algorithm AWS does not offer.
        public static let integrityInvalid = Code(rawValue: "VPN_INTEGRITY_INVALID")
        /// Phase 1 or phase 2 lifetime out of range, or phase 2 not below phase 1.
        public static let lifetimeInvalid = Code(rawValue: "VPN_LIFETIME_INVALID")
        /// DPD timeout below 30 s or an unknown DPD action.
        public static let dpdInvalid = Code(rawValue: "VPN_DPD_INVALID")
        /// ASN out of range.
        public static let asnInvalid = Code(rawValue: "VPN_ASN_INVALID")
        /// Customer gateway ASN equal to the Amazon side ASN.
        public static let asnSame = Code(rawValue: "VPN_ASN_SAME")

        // MARK: Negotiation
        /// leftid/left is not the customer gateway's address, or right is not the tunnel's outside address.
        public static let peerAddressMismatch = Code(rawValue: "VPN_PEER_ADDRESS_MISMATCH")
        /// The pre-shared keys differ.
        public static let pskMismatch = Code(rawValue: "VPN_PSK_MISMATCH")
        /// The conn does not authenticate with a pre-shared key.
        public static let authMethodMismatch = Code(rawValue: "VPN_AUTH_METHOD_MISMATCH")
        /// The conn speaks an IKE version the tunnel does not accept.
        public static let ikeVersionMismatch = Code(rawValue: "VPN_IKE_VERSION_MISMATCH")
        /// No IKE or no ESP proposal in common, or PFS off.
        public static let noProposalChosen = Code(rawValue: "VPN_NO_PROPOSAL_CHOSEN")
        /// leftsubnet/rightsubnet not accepted by the tunnel, or more than one SA pair.
        public static let trafficSelectorMismatch = Code(rawValue: "VPN_TRAFFIC_SELECTOR_MISMATCH")
        /// No conn (or no secret) for the tunnel.
        public static let configMissing = Code(rawValue: "VPN_CONFIG_MISSING")
    }
}

extension Array where Element == VPNDiagnostic {
    /// Whether any diagnostic is an error.
    public var containsError: Bool { contains { $0.severity == .error } }
}
