extension AWSRules {
    /// Whether `hosts` addresses (instances, interfaces, endpoints) fit in `subnet`
    /// once AWS has reserved its five: 27 hosts fit a /27, 29 do not.
    /// - Parameters:
    ///   - hosts: the number of addresses needed; zero or fewer always fits.
    ///   - subnet: the subnet.
    public static func fits(hosts: Int, in subnet: IPv4Prefix) -> Bool {
        hosts <= 0 || UInt64(hosts) <= UInt64(usableAddressCount(in: subnet))
    }

    /// The longest AWS subnet length (/16 to /28) whose usable addresses hold `hosts`:
    /// /28 for up to 11, /27 for 12 to 27, /26 for 28 to 59, …, /16 for up to 65,531.
    /// - Returns: `nil` when even a /16 is too small.
    public static func smallestSubnetLength(forHosts hosts: Int) -> Int? {
        for length in ipv4BlockLengths.reversed() {
            let usable = (1 << (32 - length)) - reservedAddressesPerSubnet
            if hosts <= usable { return length }
        }
        return nil
    }
}
