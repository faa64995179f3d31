/// An error from the CIDR module: a stable code, the input at fault and one sentence.
///
/// Errors are values, never traps: every parser and every arithmetic operation that
/// untrusted input can reach reports a `CIDRError` instead of crashing. The code is
/// stable (tests and reports rely on it); the sentence is for people.
///
/// ```
/// InvalidPrefix.HostBitsSet: '10.0.0.1/24' has host bits set; did you mean 10.0.0.0/24?
/// ```
public struct CIDRError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The machine-readable cause, such as `InvalidPrefix.HostBitsSet`.
    public var code: Code
    /// The text or value that was rejected, as the caller gave it.
    public var input: String
    /// One sentence saying what is wrong and, where possible, what was meant.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - code: the stable code.
    ///   - input: the rejected input.
    ///   - message: a sentence for people.
    public init(_ code: Code, input: String, _ message: String) {
        self.code = code
        self.input = input
        self.message = message
    }

    /// `Code: sentence`, the form the CLI prints.
    public var description: String { "\(code.rawValue): \(message)" }
}

extension CIDRError {
    /// A stable error code. New codes are added as static constants, so adding one
    /// never breaks a caller's `switch`.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code's text, `Category.Reason`.
        public var rawValue: String
        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The code's text.
        public var description: String { rawValue }

        /// The text is not an IP address at all.
        public static let malformedAddress = Code(rawValue: "InvalidAddress.Malformed")
        /// An IPv4 octet has a leading zero (`010.1.2.3`), which some tools read as octal
        /// (CVE-2021-29921).
        public static let leadingZero = Code(rawValue: "InvalidAddress.LeadingZero")
        /// An IPv4 octet is above 255 or an IPv6 group above ffff.
        public static let componentOutOfRange = Code(rawValue: "InvalidAddress.ComponentOutOfRange")
        /// The text is not `address/length`.
        public static let malformedPrefix = Code(rawValue: "InvalidPrefix.Malformed")
        /// The prefix length is outside 0…32 (IPv4) or 0…128 (IPv6).
        public static let lengthOutOfRange = Code(rawValue: "InvalidPrefix.LengthOutOfRange")
        /// The address has bits set beyond the prefix length.
        public static let hostBitsSet = Code(rawValue: "InvalidPrefix.HostBitsSet")
        /// The two operands are of different address families.
        public static let familyMismatch = Code(rawValue: "InvalidPrefix.FamilyMismatch")
        /// Arithmetic left the address space.
        public static let overflow = Code(rawValue: "Arithmetic.Overflow")
        /// A range whose first address is after its last.
        public static let invalidRange = Code(rawValue: "InvalidRange.Reversed")
        /// A requested subnet length is shorter than the block it divides, or too long.
        public static let invalidSubnetLength = Code(rawValue: "InvalidPrefix.SubnetLength")

        /// Terraform: the new prefix length would exceed the address size.
        public static let terraformInsufficientSpace = Code(rawValue: "Terraform.InsufficientAddressSpace")
        /// Terraform: `newbits` is above 32.
        public static let terraformExtendTooFar = Code(rawValue: "Terraform.ExtendTooFar")
        /// Terraform: `newbits` is below 1 (`cidrsubnets`) or negative.
        public static let terraformExtendTooLittle = Code(rawValue: "Terraform.ExtendTooLittle")
        /// Terraform: `netnum` does not fit in `newbits` bits.
        public static let terraformNetnumOutOfRange = Code(rawValue: "Terraform.NetnumOutOfRange")
        /// Terraform: `hostnum` does not fit in the prefix.
        public static let terraformHostnumOutOfRange = Code(rawValue: "Terraform.HostnumOutOfRange")
        /// Terraform: `cidrsubnets` ran out of space.
        public static let terraformNotEnoughSpace = Code(rawValue: "Terraform.NotEnoughSpace")
        /// Terraform: the function takes IPv4 only.
        public static let terraformIPv4Only = Code(rawValue: "Terraform.IPv4Only")
        /// Terraform: the argument is not a CIDR address.
        public static let terraformInvalidCIDR = Code(rawValue: "Terraform.InvalidCIDR")

        /// AWS: a VPC block outside /16–/28 or in a range AWS never assigns.
        public static let invalidVpcRange = Code(rawValue: "InvalidVpc.Range")
        /// AWS: a subnet block outside /16–/28 or outside its VPC.
        public static let invalidSubnetRange = Code(rawValue: "InvalidSubnet.Range")
        /// AWS: two subnets overlap.
        public static let subnetConflict = Code(rawValue: "InvalidSubnet.Conflict")
        /// AWS: a secondary VPC block is not allowed next to the blocks the VPC has.
        public static let secondaryBlockRestricted = Code(rawValue: "InvalidVpc.SecondaryRange")
        /// AWS: a VPN tunnel inside CIDR breaks the rules.
        public static let invalidTunnelInsideCidr = Code(rawValue: "InvalidVpnTunnel.InsideCidr")
        /// Planner: the requested subnets do not fit.
        public static let planDoesNotFit = Code(rawValue: "SubnetPlan.DoesNotFit")
        /// AWS: the VPC already has as many CIDR blocks as its quota allows (5 IPv4 blocks
        /// by default, adjustable to 50).
        public static let cidrLimitExceeded = Code(rawValue: "CidrLimitExceeded")
        /// AWS: a route destination is equal to or more specific than one of the VPC's
        /// blocks and its target may not take such a route. AWS answers
        /// `InvalidParameterValue` with the sentence "The destination CIDR block … is equal
        /// to or more specific than one of this VPC's CIDR blocks."
        public static let routeInsideVpc = Code(rawValue: "InvalidRoute.InsideVpc")
        /// AWS: two VPN tunnels on one gateway use the same inside CIDR.
        public static let duplicateTunnelInsideCidr = Code(rawValue: "InvalidVpnTunnel.InsideCidrInUse")
        /// Planner: a request such as `web:2x/24@a,b` is not in the request syntax.
        public static let planRequestMalformed = Code(rawValue: "SubnetPlan.MalformedRequest")
    }
}
