/// An IKE or ESP encryption algorithm, in AWS's names.
public enum EncryptionAlgorithm: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// AES-CBC with a 128-bit key.
    case aes128 = "AES128"
    /// AES-CBC with a 256-bit key.
    case aes256 = "AES256"
    /// AES-GCM with a 16-byte ICV and a 128-bit key (AEAD: no separate integrity).
    case aes128GCM16 = "AES128-GCM-16"
    /// AES-GCM with a 16-byte ICV and a 256-bit key.
    case aes256GCM16 = "AES256-GCM-16"
    /// Triple DES: Libreswan knows it, AWS does not accept it.
    case tripleDES = "3DES"
    /// Whether the cipher authenticates on its own (GCM), so no integrity algorithm is negotiated.
    public var isAEAD: Bool { self == .aes128GCM16 || self == .aes256GCM16 }
    /// AWS's name.
    public var description: String { rawValue }
}

/// An integrity (HMAC) algorithm, in AWS's names.
public enum IntegrityAlgorithm: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// HMAC-SHA1-96.
    case sha1 = "SHA1"
    /// HMAC-SHA2-256-128.
    case sha2_256 = "SHA2-256"
    /// HMAC-SHA2-384-192.
    case sha2_384 = "SHA2-384"
    /// HMAC-SHA2-512-256.
    case sha2_512 = "SHA2-512"
    /// HMAC-MD5: Libreswan knows it, AWS does not accept it.
    case md5 = "MD5"
    /// AWS's name.
    public var description: String { rawValue }
}

/// An IKE version.
public enum IKEVersion: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// IKEv1 (main mode).
    case v1 = "ikev1"
    /// IKEv2.
    case v2 = "ikev2"
    /// AWS's name (`ikev1`, `ikev2`).
    public var description: String { rawValue }
}

/// The algorithms AWS lets a tunnel use (S2S VPN User Guide, VPNTunnels); a tunnel
/// with no explicit options accepts all of them.
public enum AWSAlgorithms {
    /// Phase 1 and phase 2 ciphers.
    public static let encryption: Set<EncryptionAlgorithm> = [.aes128, .aes256, .aes128GCM16, .aes256GCM16]
    /// Phase 1 and phase 2 integrity algorithms.
    public static let integrity: Set<IntegrityAlgorithm> = [.sha1, .sha2_256, .sha2_384, .sha2_512]
    /// Phase 1 DH groups: 2 and 14–24.
    public static let phase1DHGroups: Set<Int> = Set([2] + Array(14...24))
    /// Phase 2 DH groups: 2, 5 and 14–24.
    public static let phase2DHGroups: Set<Int> = Set([2, 5] + Array(14...24))
}
