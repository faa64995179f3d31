/// One IKE or ESP proposal: a cipher, an integrity algorithm (none for GCM) and a DH group.
public struct LibreswanProposal: Sendable, Hashable, CustomStringConvertible {
    /// The cipher.
    public var encryption: EncryptionAlgorithm
    /// The integrity algorithm; `nil` for AEAD ciphers or when not written.
    public var integrity: IntegrityAlgorithm?
    /// The DH group; `nil` when not written (IKE: Libreswan's defaults; ESP: the IKE group).
    public var dhGroup: Int?

    /// Creates a proposal.
    public init(encryption: EncryptionAlgorithm, integrity: IntegrityAlgorithm?, dhGroup: Int?) {
        self.encryption = encryption
        self.integrity = integrity
        self.dhGroup = dhGroup
    }

    /// `AES128-SHA1-DH2`.
    public var description: String {
        [encryption.rawValue, integrity?.rawValue, dhGroup.map { "DH\($0)" }].compactMap { $0 }.joined(separator: "-")
    }

    /// The DH groups Libreswan 4 proposes for IKE when `ike=` names none.
    public static let defaultIKEDHGroups: [Int] = [14, 15, 16, 18, 19, 20, 21, 31]

    /// Libreswan 4's default IKE proposals (used when `ike=` is absent).
    public static let defaultIKE: [LibreswanProposal] = [EncryptionAlgorithm.aes256GCM16, .aes128GCM16].flatMap { enc in
        defaultIKEDHGroups.map { LibreswanProposal(encryption: enc, integrity: nil, dhGroup: $0) }
    } + [EncryptionAlgorithm.aes256, .aes128].flatMap { enc in
        [IntegrityAlgorithm.sha2_512, .sha2_256].flatMap { integ in
            defaultIKEDHGroups.map { LibreswanProposal(encryption: enc, integrity: integ, dhGroup: $0) }
        }
    }

    /// Libreswan 4's default ESP proposals (used when `esp=`/`phase2alg=` is absent).
    public static let defaultESP: [LibreswanProposal] = [
        LibreswanProposal(encryption: .aes256GCM16, integrity: nil, dhGroup: nil),
        LibreswanProposal(encryption: .aes128GCM16, integrity: nil, dhGroup: nil),
        LibreswanProposal(encryption: .aes256, integrity: .sha2_512, dhGroup: nil),
        LibreswanProposal(encryption: .aes128, integrity: .sha2_512, dhGroup: nil),
        LibreswanProposal(encryption: .aes128, integrity: .sha1, dhGroup: nil),
        LibreswanProposal(encryption: .aes256, integrity: .sha2_256, dhGroup: nil),
        LibreswanProposal(encryption: .aes128, integrity: .sha2_256, dhGroup: nil),
    ]

    /// Parses a Libreswan `ike=`, `esp=` or `phase2alg=` value such as
    /// `aes128-sha1;modp1024`, `aes256-sha2_256-modp2048` or
    /// `aes_gcm256-null,aes128+aes256-sha1+sha2_256-ecp256`.
    ///
    /// `+` lists alternatives inside one proposal; they are expanded.
    /// - Returns: the proposals, or the first token that names no algorithm.
    public static func parse(_ text: String) -> Result<[LibreswanProposal], ProposalSyntaxError> {
        var proposals: [LibreswanProposal] = []
        for raw in text.split(separator: ",") {
            let parts = raw.split(separator: ";", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return .failure(ProposalSyntaxError(token: String(raw))) }
            let words = parts[0].split(separator: "-", omittingEmptySubsequences: false)
            guard let first = words.first, !first.isEmpty else { return .failure(ProposalSyntaxError(token: String(raw))) }
            var ciphers: [EncryptionAlgorithm] = []
            for name in first.split(separator: "+") {
                guard let found = cipherNames[name.lowercased()] else { return .failure(ProposalSyntaxError(token: String(name))) }
                ciphers += found
            }
            var integrities: [IntegrityAlgorithm?] = []
            var groups: [Int?] = []
            for word in words.dropFirst() {
                for name in word.split(separator: "+") {
                    let lower = name.lowercased()
                    if lower == "null" || lower == "none" { integrities.append(nil) }
                    else if let integ = integrityNames[lower] { integrities.append(integ) }
                    else if let group = dhNames[lower] { groups.append(group) }
                    else { return .failure(ProposalSyntaxError(token: String(name))) }
                }
            }
            if parts.count == 2 {
                for name in parts[1].split(separator: "+") {
                    guard let group = dhNames[name.lowercased()] else { return .failure(ProposalSyntaxError(token: String(name))) }
                    groups.append(group)
                }
            }
            if integrities.isEmpty { integrities = [nil] }
            if groups.isEmpty { groups = [nil] }
            for cipher in ciphers {
                for integ in integrities {
                    for group in groups {
                        proposals.append(LibreswanProposal(encryption: cipher, integrity: cipher.isAEAD ? nil : (integ ?? .sha1), dhGroup: group))
                    }
                }
            }
        }
        return proposals.isEmpty ? .failure(ProposalSyntaxError(token: text)) : .success(proposals)
    }

    static let cipherNames: [String: [EncryptionAlgorithm]] = [
        "aes": [.aes128], "aes128": [.aes128], "aes_cbc": [.aes128], "aes_cbc_128": [.aes128], "aes_cbc128": [.aes128],
        "aes256": [.aes256], "aes_cbc_256": [.aes256], "aes_cbc256": [.aes256],
        "aes_gcm": [.aes256GCM16, .aes128GCM16], "aes_gcm16": [.aes256GCM16, .aes128GCM16], "aes_gcm_c": [.aes256GCM16, .aes128GCM16],
        "aes_gcm128": [.aes128GCM16], "aes_gcm_128": [.aes128GCM16], "aes_gcm16_128": [.aes128GCM16], "aes128gcm16": [.aes128GCM16],
        "aes_gcm256": [.aes256GCM16], "aes_gcm_256": [.aes256GCM16], "aes_gcm16_256": [.aes256GCM16], "aes256gcm16": [.aes256GCM16],
        "3des": [.tripleDES], "3des_cbc": [.tripleDES],
    ]
    static let integrityNames: [String: IntegrityAlgorithm] = [
        "sha1": .sha1, "sha": .sha1, "sha1_96": .sha1,
        "sha2": .sha2_256, "sha2_256": .sha2_256, "sha256": .sha2_256,
        "sha2_384": .sha2_384, "sha384": .sha2_384, "sha2_512": .sha2_512, "sha512": .sha2_512,
        "md5": .md5,
    ]
    static let dhNames: [String: Int] = [
        "modp1024": 2, "modp1536": 5, "modp2048": 14, "modp3072": 15, "modp4096": 16, "modp6144": 17, "modp8192": 18,
        "ecp256": 19, "ecp_256": 19, "dh19": 19, "ecp384": 20, "ecp_384": 20, "dh20": 20, "ecp521": 21, "ecp_521": 21, "dh21": 21,
        "dh22": 22, "dh23": 23, "dh24": 24, "dh31": 31, "curve25519": 31,
    ]
}

/// A proposal string with a token that names no algorithm Libreswan and AWS share.
public struct ProposalSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The offending token.
    public var token: String
    /// A sentence.
    public var description: String { "'\(token)' is not an algorithm this checker knows" }
}
