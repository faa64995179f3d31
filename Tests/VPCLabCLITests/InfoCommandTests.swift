import Foundation
import Testing

/// `vpclab cidr info`: a block described in the course's and AWS's words.
@Suite("cidr info")
struct InfoCommandTests {
    @Test func slash24TextShowsAWSReservedAndUsable() throws {
        let run = try VPCLab.run("cidr", "info", "10.0.0.0/24")
        #expect(run.status == 0, "\(run)")
        #expect(run.standardError.isEmpty, "\(run)")
        let fields = Dictionary(run.lines.compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }, uniquingKeysWith: { first, _ in first })
        #expect(fields["network"] == "10.0.0.0", "\(run)")
        #expect(fields["netmask"] == "255.255.255.0", "\(run)")
        #expect(fields["hostmask"] == "0.0.0.255", "\(run)")
        #expect(fields["broadcast"] == "10.0.0.255", "\(run)")
        #expect(fields["first usable"] == "10.0.0.4", "\(run)")
        #expect(fields["last usable"] == "10.0.0.254", "\(run)")
        #expect(fields["total addresses"] == "256", "\(run)")
        #expect(fields["AWS usable"] == "251", "\(run)")
        #expect(fields["class"] == "private", "\(run)")
        #expect(fields["RFC 1918"] == "yes", "\(run)")
        let reserved = try #require(fields["AWS reserved"], "\(run)")
        for address in ["10.0.0.0 ", "10.0.0.1 ", "10.0.0.2 ", "10.0.0.3 ", "10.0.0.255 "] {
            #expect(reserved.contains(address), "\(address) should be reserved\n\(run)")
        }
        #expect(!reserved.contains("10.0.0.4 "), "\(run)")
    }

    @Test func slash24JSONHasStableKeys() throws {
        let run = try VPCLab.run("cidr", "info", "10.0.0.0/24", "--format", "json")
        #expect(run.status == 0, "\(run)")
        let object = try #require(try run.json() as? [String: Any], "\(run)")
        #expect(Set(object.keys) == [
            "cidr", "family", "prefixLength", "network", "netmask", "hostmask", "broadcast", "last",
            "firstUsable", "lastUsable", "totalAddresses", "awsValidSubnetSize", "awsReserved", "awsUsable",
            "addressClass", "rfc1918",
        ], "\(run)")
        #expect(object["network"] as? String == "10.0.0.0")
        #expect(object["broadcast"] as? String == "10.0.0.255")
        #expect(object["firstUsable"] as? String == "10.0.0.4")
        #expect(object["lastUsable"] as? String == "10.0.0.254")
        #expect(object["totalAddresses"] as? Int == 256)
        #expect(object["awsUsable"] as? Int == 251)
        #expect(object["awsValidSubnetSize"] as? Bool == true)
        #expect(object["rfc1918"] as? Bool == true)
        #expect(object["addressClass"] as? String == "private")
        let reserved = try #require(object["awsReserved"] as? [[String: String]])
        #expect(reserved.compactMap { $0["address"] } == ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.255"])
        #expect(reserved.compactMap { $0["role"] } == ["networkAddress", "vpcRouter", "amazonDNS", "futureUse", "broadcast"])
    }

    @Test func blocksAWSRejectsSaySo() throws {
        let run = try VPCLab.run("cidr", "info", "10.0.0.0/30")
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.contains { $0.hasPrefix("AWS usable:") && $0.contains("not a valid AWS subnet size") }, "\(run)")
        let json = try #require(try VPCLab.run("cidr", "info", "10.0.0.0/8", "--format", "json").json() as? [String: Any])
        #expect(json["awsValidSubnetSize"] as? Bool == false)
        #expect(json["awsUsable"] is NSNull)
        #expect(json["totalAddresses"] as? Int == 16_777_216)
    }

    @Test func smallestAWSSubnetHasElevenUsable() throws {
        let json = try #require(try VPCLab.run("cidr", "info", "192.168.1.16/28", "--format", "json").json() as? [String: Any])
        #expect(json["awsUsable"] as? Int == 11)
        #expect(json["firstUsable"] as? String == "192.168.1.20")
        #expect(json["lastUsable"] as? String == "192.168.1.30")
    }

    @Test func sharedAddressSpaceIsNotRFC1918() throws {
        let json = try #require(try VPCLab.run("cidr", "info", "100.64.0.0/16", "--format", "json").json() as? [String: Any])
        #expect(json["addressClass"] as? String == "shared")
        #expect(json["rfc1918"] as? Bool == false)
    }

    @Test func anAddressIsASingleAddressBlock() throws {
        let json = try #require(try VPCLab.run("cidr", "info", "169.254.169.254", "--format", "json").json() as? [String: Any])
        #expect(json["cidr"] as? String == "169.254.169.254/32")
        #expect(json["addressClass"] as? String == "linkLocal")
        #expect(json["totalAddresses"] as? Int == 1)
    }

    @Test func ipv6SubnetCountsExactly() throws {
        let run = try VPCLab.run("cidr", "info", "2600:1f18:0:1::/64")
        #expect(run.status == 0, "\(run)")
        #expect(run.lines.contains("total addresses: 18446744073709551616"), "\(run)")
        #expect(run.lines.contains("AWS usable:      18446744073709551611"), "\(run)")
        #expect(run.lines.contains("first usable:    2600:1f18:0:1::4"), "\(run)")
        #expect(run.lines.contains("last:            2600:1f18:0:1:ffff:ffff:ffff:ffff"), "\(run)")
        let all = try VPCLab.run("cidr", "info", "::/0")
        #expect(all.lines.contains("total addresses: 340282366920938463463374607431768211456"), "\(all)")
    }

    @Test func hostBitsAreAnError() throws {
        try VPCLab.run("cidr", "info", "10.0.0.5/24")
            .expectUsageFailure(containing: "vpclab: error: InvalidPrefix.HostBitsSet: '10.0.0.5/24' has host bits set; did you mean 10.0.0.0/24?")
        try VPCLab.run("cidr", "info").expectUsageFailure(containing: "expected 1 argument")
    }
}
