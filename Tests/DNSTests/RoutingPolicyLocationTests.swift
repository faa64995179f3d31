import CIDR
import Testing
@testable import DNS

/// Geolocation, latency, geoproximity and IP-based routing.
@Suite("Routing policy: geolocation, latency, geoproximity, IP-based")
struct RoutingPolicyLocationTests {
    typealias F = PolicyFixture

    static func geo(_ id: String, continent: String? = nil, country: String? = nil, subdivision: String? = nil,
                    check: String? = nil) -> ResourceRecordSet {
        F.a(id, ["203.0.113.1"], healthCheck: check) {
            $0.geoLocation = GeoLocation(continentCode: continent, countryCode: country, subdivisionCode: subdivision)
        }
    }

    static let geoGroup = [geo("default", country: "*", check: "hc-default"), geo("asia", continent: "AS", check: "hc-asia"),
                           geo("korea", country: "KR", check: "hc-korea"), geo("washington", country: "US", subdivision: "WA"),
                           geo("us", country: "US")]

    @Test func smallestMatchingAreaWins() {
        let korea = F.selector(location: ClientLocation(continentCode: "AS", countryCode: "KR")).select(Self.geoGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(korea) == ["korea"])
        let seattle = F.selector(location: ClientLocation(countryCode: "US", subdivisionCode: "WA")).select(Self.geoGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(seattle) == ["washington"])
        let texas = F.selector(location: ClientLocation(countryCode: "US", subdivisionCode: "TX")).select(Self.geoGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(texas) == ["us"])
    }

    @Test func continentIsDerivedFromTheCountry() {
        let japan = F.selector(location: ClientLocation(countryCode: "JP")).select(Self.geoGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(japan) == ["asia"])
        #expect(F.text(japan).contains("matches the client's continent AS"))
    }

    @Test func unhealthyRecordPassesToTheNextLargerArea() {
        let client = ClientLocation(countryCode: "KR")
        let once = F.selector(unhealthy: ["hc-korea"], location: client).select(Self.geoGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(once) == ["asia"])
        let twice = F.selector(unhealthy: ["hc-korea", "hc-asia"], location: client).select(Self.geoGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(twice) == ["default"])
        #expect(F.text(twice).contains("Route 53 tries the next one"))
    }

    @Test func defaultAnswersUncoveredAndUnknownClients() {
        let brazil = F.selector(location: ClientLocation(countryCode: "BR")).select(Self.geoGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(brazil) == ["default"])
        let unknown = F.selector().select(Self.geoGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(unknown) == ["default"])
    }

    @Test func noMatchingRecordAndNoDefaultAnswersNothing() {
        let sets = [Self.geo("korea", country: "KR"), Self.geo("europe", continent: "EU")]
        let selection = F.selector(location: ClientLocation(countryCode: "BR")).select(sets, aliasHealthy: F.noAlias)
        #expect(selection.chosen.isEmpty)
        #expect(selection.failedHealthCheck == nil)
        #expect(F.text(selection).contains("there is no default record"))
    }

    @Test func unhealthyMatchWithoutDefaultLeavesNothingAndNamesTheCheck() {
        let sets = [Self.geo("korea", country: "KR", check: "hc-korea"), Self.geo("europe", continent: "EU", check: "hc-eu")]
        let selection = F.selector(unhealthy: ["hc-korea"], location: ClientLocation(countryCode: "KR")).select(sets, aliasHealthy: F.noAlias)
        #expect(selection.chosen.isEmpty)
        #expect(selection.failedHealthCheck == "hc-korea")
        #expect(!selection.lastResort)
    }

    @Test func everyGeolocationRecordUnhealthyAnswersTheBestMatchAnyway() {
        let sets = [Self.geo("korea", country: "KR", check: "hc-korea"), Self.geo("europe", continent: "EU", check: "hc-eu")]
        let selection = F.selector(unhealthy: ["hc-korea", "hc-eu"], location: ClientLocation(countryCode: "KR"))
            .select(sets, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["korea"])
        #expect(selection.lastResort)
        #expect(selection.failedHealthCheck == nil)
    }

    @Test func countriesBelongToRoute53sContinents() {
        #expect(GeoLocation.continent(ofCountry: "KR") == "AS")
        #expect(GeoLocation.continent(ofCountry: "gb") == "EU")
        #expect(GeoLocation.continent(ofCountry: "US") == "NA")
        #expect(GeoLocation.continent(ofCountry: "BR") == "SA")
        #expect(GeoLocation.continent(ofCountry: "ZZ") == nil)
        #expect(GeoLocation.countryContinents.count == 246)
    }

    static func latency(_ id: String, _ region: String, check: String? = nil) -> ResourceRecordSet {
        F.a(id, ["203.0.113.1"], healthCheck: check) { $0.region = region }
    }

    static let latencyGroup = [latency("london", "eu-west-2", check: "hc-london"), latency("seoul", "ap-northeast-2", check: "hc-seoul"),
                               latency("virginia", "us-east-1", check: "hc-virginia")]

    @Test func latencyPrefersTheClientsRegion() {
        let selection = F.selector(location: ClientLocation(region: "eu-west-2")).select(Self.latencyGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["london"])
        #expect(F.text(selection).contains("is the client's Region"))
    }

    @Test func latencyOtherwisePrefersTheNearestRegion() {
        let tokyo = F.selector(location: ClientLocation(region: "ap-northeast-1")).select(Self.latencyGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(tokyo) == ["seoul"])
        let paris = F.selector(location: ClientLocation(region: "eu-west-3")).select(Self.latencyGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(paris) == ["london"])
        let ohio = F.selector(location: ClientLocation(region: "us-east-2")).select(Self.latencyGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(ohio) == ["virginia"])
    }

    @Test func latencySkipsAnUnhealthyRegionForTheNextNearest() {
        let selection = F.selector(unhealthy: ["hc-seoul"], location: ClientLocation(region: "ap-northeast-2"))
            .select(Self.latencyGroup, aliasHealthy: F.noAlias)
        #expect(selection.chosen.count == 1)
        #expect(F.chosen(selection) != ["seoul"])
        #expect(F.text(selection).contains("Latency record 'seoul'"))
        #expect(selection.failedHealthCheck == nil)
    }

    @Test func regionDistancesAreSensible() throws {
        let seoul = try #require(AWSRegionLocation.of("ap-northeast-2"))
        let london = try #require(AWSRegionLocation.of("eu-west-2"))
        let tokyo = try #require(AWSRegionLocation.of("ap-northeast-1"))
        #expect((8_600...9_000).contains(seoul.distance(to: london)))
        #expect((1_100...1_250).contains(seoul.distance(to: tokyo)))
        #expect(seoul.distance(to: seoul) < 0.001)
        #expect(AWSRegionLocation.of("mars-north-1") == nil)
    }

    @Test func distancesAreRoundedForStudents() {
        #expect(RecordSetSelector.kilometres(8_873.4) == "8,900 km")
        #expect(RecordSetSelector.kilometres(487.0) == "490 km")
        #expect(RecordSetSelector.kilometres(12_345_678) == "12,345,700 km")
        #expect(RecordSetSelector.kilometres(.infinity) == "an unknown distance")
    }

    static func proximity(_ id: String, region: String, bias: Int = 0) -> ResourceRecordSet {
        F.a(id, ["203.0.113.1"]) { $0.geoProximity = GeoProximityLocation(awsRegion: region, bias: bias) }
    }

    @Test func geoproximityChoosesTheNearestAfterBias() {
        let client = ClientLocation(region: "us-east-2")
        let plain = [Self.proximity("virginia", region: "us-east-1"), Self.proximity("montreal", region: "ca-central-1")]
        #expect(F.chosen(F.selector(location: client).select(plain, aliasHealthy: F.noAlias)) == ["virginia"])
        let biased = [Self.proximity("virginia", region: "us-east-1"), Self.proximity("montreal", region: "ca-central-1", bias: 80)]
        let selection = F.selector(location: client).select(biased, aliasHealthy: F.noAlias)
        #expect(F.chosen(selection) == ["montreal"])
        #expect(F.text(selection).contains("with bias 80"))
        let shrunk = [Self.proximity("virginia", region: "us-east-1", bias: -99), Self.proximity("montreal", region: "ca-central-1")]
        #expect(F.chosen(F.selector(location: client).select(shrunk, aliasHealthy: F.noAlias)) == ["montreal"])
    }

    static func ipBased(_ id: String, location: String, check: String? = nil) -> ResourceRecordSet {
        F.a(id, ["203.0.113.1"], healthCheck: check) { $0.cidrRouting = CIDRRoutingConfig(collectionID: "col-1", locationName: location) }
    }

    static let collections: [String: [String: [CIDRBlock]]] = [
        "col-1": ["corp": [CIDRBlock("10.0.0.0/8"), CIDRBlock("172.16.0.0/12")].compactMap { $0 },
                  "branch": [CIDRBlock("10.1.0.0/16")].compactMap { $0 }],
    ]
    static let ipGroup = [ipBased("default", location: "*"), ipBased("corp", location: "corp"),
                          ipBased("branch", location: "branch", check: "hc-branch")]

    @Test func ipBasedTakesTheLongestMatchingBlock() {
        let branch = F.selector(clientAddress: "10.1.2.3", cidrCollections: Self.collections).select(Self.ipGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(branch) == ["branch"])
        #expect(F.text(branch).contains("10.1.0.0/16"))
        let corp = F.selector(clientAddress: "10.2.0.1", cidrCollections: Self.collections).select(Self.ipGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(corp) == ["corp"])
    }

    @Test func ipBasedFallsBackToTheDefaultLocation() {
        let outside = F.selector(clientAddress: "192.168.1.1", cidrCollections: Self.collections).select(Self.ipGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(outside) == ["default"])
        let unknown = F.selector(cidrCollections: Self.collections).select(Self.ipGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(unknown) == ["default"])
        let unhealthy = F.selector(unhealthy: ["hc-branch"], clientAddress: "10.1.2.3", cidrCollections: Self.collections)
            .select(Self.ipGroup, aliasHealthy: F.noAlias)
        #expect(F.chosen(unhealthy) == ["corp"])
    }

    @Test func ipBasedWithoutMatchOrDefaultAnswersNothing() {
        let sets = [Self.ipBased("corp", location: "corp"), Self.ipBased("ghost", location: "nowhere")]
        let selection = F.selector(clientAddress: "192.168.1.1", cidrCollections: Self.collections).select(sets, aliasHealthy: F.noAlias)
        #expect(selection.chosen.isEmpty)
        #expect(selection.failedHealthCheck == nil)
        #expect(F.text(selection).contains("which has no CIDR blocks in the submission"))
        #expect(F.text(selection).contains("no default location"))
    }
}
