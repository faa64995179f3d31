import CIDR
import DNS
import Foundation
import AWSSnapshot

/// Loads a DNS loader fixture, `Fixtures/loader/dns/<name>` (made by
/// `Scripts/snapshots/make_dns_fixtures.py` with moto).
func loadDNSFixture(_ name: String) -> LoadResult {
    SubmissionLoader.load(submission: TestPaths.loaderFixtures.appendingPathComponent("dns/" + name))
}

/// The fixtures' resource ids (moto draws them from a seeded generator, so they are stable).
enum DNSFixtureIDs {
    static let appVPC = "vpc-12df0e522ed88dfdb"
    static let otherVPC = "vpc-ecc8b49742fcc6993"
    static let subnetA1 = "subnet-745700c5b14a0756c"
    static let subnetA2 = "subnet-655f7b363e1cc7e4a"
    static let endpointSecurityGroup = "sg-955c0d5286978ac5d"
    static let publicZone = "LX6RN7LZ5ZKCP3FYTS8RW9"
    static let privateZone = "PI0GXK3B3NKBUO7S07YYQR"
    static let inbound = "rslvr-in-2a6a4fd5095152f5e"
    static let outbound = "rslvr-out-4cd92b4ace55aea35"
    static let forwardRule = "rslvr-rr-dc2fb7d93a5210b66"
    static let systemRule = "rslvr-rr-7108393afe2489c79"
    static let internetRule = "rslvr-autodefined-rr-internet-resolver"
    static let appOptions = "dopt-0d23371ea72ad951c"
    static let otherOptions = "dopt-7ae07db81dc1de367"
    static let httpCheck = "6ee8df98-a0e9-4d08-823d-76beb3c7e383"
    static let tcpCheck = "f0bef4c1-bdc4-461c-b219-761c7cabd006"
    static let privateCheck = "2b5edf3e-fca0-4b6a-964b-afb92cdf2525"
    static let calculatedCheck = "aea9bec2-219b-4fdc-bbb8-d8d05aef3778"
    static let cidrCollection = "c8c02a84-aaaa-4bbb-8ccc-000000000001"
}

/// A name from text known to be valid.
func dnsName(_ text: String) throws -> DomainName { try DomainName.parse(text) }

extension HostedZone {
    /// The record sets named `name` of type `type`, in file order.
    func sets(_ name: String, _ type: RecordType) throws -> [ResourceRecordSet] {
        let owner = try DomainName.parse(name)
        return recordSets.filter { $0.name == owner && $0.type == type }
    }
}
