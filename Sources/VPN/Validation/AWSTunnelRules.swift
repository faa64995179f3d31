import CIDR

/// AWS's rules for Site-to-Site VPN tunnel options (S2S VPN User Guide, VPNTunnels).
/// Each check returns the diagnostics it finds; an empty array means the option is allowed.
public enum AWSTunnelRules {
    /// PSK: 8–64 characters of letters, digits, '.' and '_', not starting with '0'.
    /// Messages never contain the key.
    public static func checkPreSharedKey(_ key: String, file: String = "tunnel options") -> [VPNDiagnostic] {
        var found: [VPNDiagnostic] = []
        if key.count < 8 || key.count > 64 {
            found.append(VPNDiagnostic(.pskLength, file: file, line: 0, "A pre-shared key is 8 to 64 characters long; this one has \(key.count)."))
        }
        if key.contains(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_")) }) {
            found.append(VPNDiagnostic(.pskCharacters, file: file, line: 0, "A pre-shared key may contain only letters, digits, '.' and '_'."))
        }
        if key.hasPrefix("0") {
            found.append(VPNDiagnostic(.pskLeadingZero, file: file, line: 0, "A pre-shared key may not start with '0'."))
        }
        return found
    }

    /// Inside CIDR: the CIDR module's ``TunnelInsideCIDR`` rules, then VGW on the first
    /// host and CGW on the second when the addresses are given.
    public static func checkInsideCIDR(_ text: String, vpnGatewayAddress: IPv4Address? = nil,
                                       customerGatewayAddress: IPv4Address? = nil, file: String = "tunnel options") -> [VPNDiagnostic] {
        let inside: TunnelInsideCIDR
        do { inside = try TunnelInsideCIDR.parse(text, on: .virtualPrivateGateway) } catch {
            return [VPNDiagnostic(.insideCIDRInvalid, file: file, line: 0, error.message)]
        }
        var found: [VPNDiagnostic] = []
        if let vgw = vpnGatewayAddress, IPAddress.v4(vgw) != inside.awsSideAddress {
            found.append(VPNDiagnostic(.insideAddressOrder, file: file, line: 0, "The AWS side of \(inside) is \(inside.awsSideAddress), the first host, not \(vgw)."))
        }
        if let cgw = customerGatewayAddress, IPAddress.v4(cgw) != inside.customerSideAddress {
            found.append(VPNDiagnostic(.insideAddressOrder, file: file, line: 0, "The customer side of \(inside) is \(inside.customerSideAddress), the second host, not \(cgw)."))
        }
        return found
    }

    /// IKE versions: each `ikev1` or `ikev2`.
    public static func checkIKEVersions(_ names: [String], file: String = "tunnel options") -> [VPNDiagnostic] {
        names.filter { IKEVersion(rawValue: $0) == nil }.map {
            VPNDiagnostic(.ikeVersionInvalid, file: file, line: 0, "'\($0)' is not an IKE version AWS offers; use ikev1 or ikev2.")
        }
    }

    /// DH groups: phase 1 allows 2 and 14–24, phase 2 also 5.
    public static func checkDHGroups(_ groups: [Int], phase: Int, file: String = "tunnel options") -> [VPNDiagnostic] {
        let allowed = phase == 1 ? AWSAlgorithms.phase1DHGroups : AWSAlgorithms.phase2DHGroups
        return groups.filter { !allowed.contains($0) }.map {
            VPNDiagnostic(.dhGroupInvalid, file: file, line: 0, "DH group \($0) is not allowed in phase \(phase); AWS offers \(allowed.sorted().map(String.init).joined(separator: ", ")).")
        }
    }

    /// Ciphers: AES128, AES256, AES128-GCM-16, AES256-GCM-16.
    public static func checkCiphers(_ names: [String], file: String = "tunnel options") -> [VPNDiagnostic] {
        names.filter { EncryptionAlgorithm(rawValue: $0).map { !AWSAlgorithms.encryption.contains($0) } ?? true }.map {
            VPNDiagnostic(.cipherInvalid, file: file, line: 0, "'\($0)' is not a cipher AWS offers; use AES128, AES256, AES128-GCM-16 or AES256-GCM-16.")
        }
    }

    /// Integrity: SHA1, SHA2-256, SHA2-384, SHA2-512.
    public static func checkIntegrity(_ names: [String], file: String = "tunnel options") -> [VPNDiagnostic] {
        names.filter { IntegrityAlgorithm(rawValue: $0).map { !AWSAlgorithms.integrity.contains($0) } ?? true }.map {
            VPNDiagnostic(.integrityInvalid, file: file, line: 0, "'\($0)' is not an integrity algorithm AWS offers; use SHA1, SHA2-256, SHA2-384 or SHA2-512.")
        }
    }

    /// Lifetimes: phase 1 900–28800 s, phase 2 900–3600 s and below phase 1.
    public static func checkLifetimes(phase1: Int, phase2: Int, file: String = "tunnel options") -> [VPNDiagnostic] {
        var found: [VPNDiagnostic] = []
        if !(900...28800).contains(phase1) {
            found.append(VPNDiagnostic(.lifetimeInvalid, file: file, line: 0, "The phase 1 lifetime is 900 to 28800 seconds, not \(phase1)."))
        }
        if !(900...3600).contains(phase2) {
            found.append(VPNDiagnostic(.lifetimeInvalid, file: file, line: 0, "The phase 2 lifetime is 900 to 3600 seconds, not \(phase2)."))
        } else if phase2 >= phase1 {
            found.append(VPNDiagnostic(.lifetimeInvalid, file: file, line: 0, "The phase 2 lifetime (\(phase2) s) must be less than the phase 1 lifetime (\(phase1) s)."))
        }
        return found
    }

    /// DPD: timeout at least 30 s; action `clear`, `none` or `restart`.
    public static func checkDPD(timeout: Int, action: String, file: String = "tunnel options") -> [VPNDiagnostic] {
        var found: [VPNDiagnostic] = []
        if timeout < 30 { found.append(VPNDiagnostic(.dpdInvalid, file: file, line: 0, "The DPD timeout is at least 30 seconds, not \(timeout).")) }
        if !["clear", "none", "restart"].contains(action) {
            found.append(VPNDiagnostic(.dpdInvalid, file: file, line: 0, "'\(action)' is not a DPD timeout action; use clear, none or restart."))
        }
        return found
    }

    /// ASNs: the CGW's 1–4294967295; Amazon's 64512–65534 or 4200000000–4294967294; they differ.
    public static func checkASNs(customerGateway: UInt64, amazonSide: UInt64, file: String = "tunnel options") -> [VPNDiagnostic] {
        var found: [VPNDiagnostic] = []
        if !(1...4_294_967_295).contains(customerGateway) {
            found.append(VPNDiagnostic(.asnInvalid, file: file, line: 0, "A customer gateway ASN is 1 to 4294967295, not \(customerGateway)."))
        }
        if !(64512...65534).contains(amazonSide) && !(4_200_000_000...4_294_967_294).contains(amazonSide) {
            found.append(VPNDiagnostic(.asnInvalid, file: file, line: 0, "An Amazon side ASN is 64512–65534 or 4200000000–4294967294, not \(amazonSide)."))
        }
        if customerGateway == amazonSide {
            found.append(VPNDiagnostic(.asnSame, file: file, line: 0, "The ASN of the specified customer gateway and virtual private gateway are the same (\(amazonSide))."))
        }
        return found
    }

    /// Every rule that applies to a tunnel read from the XML.
    public static func check(_ tunnel: AWSVPNTunnel, file: String = "CustomerGatewayConfiguration") -> [VPNDiagnostic] {
        var found = checkPreSharedKey(tunnel.preSharedKey, file: file)
        if let cidr = tunnel.insideCIDR {
            found += checkInsideCIDR(cidr.description, vpnGatewayAddress: tunnel.vpnGatewayInsideAddress,
                                     customerGatewayAddress: tunnel.customerGatewayInsideAddress, file: file)
        }
        found += checkLifetimes(phase1: tunnel.phase1Lifetime, phase2: tunnel.phase2Lifetime, file: file)
        found += checkDPD(timeout: tunnel.dpdTimeout, action: tunnel.dpdTimeoutAction, file: file)
        if let cgw = tunnel.customerGatewayASN, let amazon = tunnel.vpnGatewayASN {
            found += checkASNs(customerGateway: UInt64(cgw), amazonSide: UInt64(amazon), file: file)
        }
        return found
    }
}
