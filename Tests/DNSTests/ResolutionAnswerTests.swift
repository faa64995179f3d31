import Testing
import CIDR
@testable import DNS

@Suite("Resolution: answers from zones")
struct ResolutionAnswerTests {
    typealias F = ResolutionFixture

    @Test func publicNameFromTheInternet() {
        let result = F.resolver().resolve(F.fromInternet("www.example.com"))
        #expect(result.rcode == .noError)
        #expect(result.values == ["203.0.113.9", "203.0.113.10"])
        #expect(result.answers.allSatisfy { $0.ttl == 300 && $0.name == F.name("www.example.com.") })
        #expect(result.explanation == nil)
        #expect(result.stepComponents.contains("hosted-zone ZPUBLIC"))
    }

    @Test func nameInNoPublicZoneIsNXDomain() {
        let result = F.resolver().resolve(F.fromInternet("www.elsewhere.org"))
        #expect(result.rcode == .nxDomain)
        #expect(result.answers.isEmpty)
        #expect(result.explanation?.code == .nxDomain)
        #expect(result.explanation?.component == "www.elsewhere.org.")
    }

    @Test func missingNameInTheZoneIsNXDomain() {
        let result = F.resolver().resolve(F.fromInternet("nope.example.com"))
        #expect(result.rcode == .nxDomain)
        #expect(result.explanation?.code == .nxDomain)
        #expect(result.explanation?.component == "ZPUBLIC")
    }

    @Test func otherTypeOnlyIsNoData() {
        let result = F.resolver().resolve(F.fromApp("info.cloud.internal", .a))
        #expect(result.rcode == .noError)
        #expect(result.answers.isEmpty)
        #expect(result.explanation?.code == .noData)
        #expect(result.explanation?.component == "ZCLOUD")
        #expect(result.explanation?.message.contains("TXT") == true)
        let txt = F.resolver().resolve(F.fromApp("info.cloud.internal", .txt))
        #expect(txt.values == ["\"hello\""])
        #expect(txt.explanation == nil)
    }

    @Test func emptyNonTerminalIsNoDataNotNXDomain() {
        let result = F.resolver().resolve(F.fromApp("apps.cloud.internal"))
        #expect(result.rcode == .noError)
        #expect(result.explanation?.code == .noData)
    }

    @Test func cnameChainIsFollowed() {
        let result = F.resolver().resolve(F.fromInternet("api.example.com"))
        #expect(result.rcode == .noError)
        #expect(result.answers.map(\.type) == [.cname, .a, .a])
        #expect(result.answers.first?.name == F.name("api.example.com."))
        #expect(result.values == ["www.example.com.", "203.0.113.9", "203.0.113.10"])
        #expect(result.steps.contains { $0.kind == "cname" && $0.component == "ZPUBLIC" })
        // Asking for the CNAME itself does not follow it.
        let cname = F.resolver().resolve(F.fromInternet("api.example.com", .cname))
        #expect(cname.values == ["www.example.com."])
    }

    @Test func cnameInAPrivateZoneIsFollowedByTheVPCResolver() {
        let result = F.resolver().resolve(F.fromApp("www.cloud.internal"))
        #expect(result.values == ["db.cloud.internal.", "10.0.1.50"])
    }

    @Test func cnameLoopIsServFail() {
        let result = F.resolver().resolve(F.fromInternet("loop1.example.com"))
        #expect(result.rcode == .servFail)
        #expect(result.answers.map(\.type) == [.cname, .cname])
        #expect(result.explanation?.code == .noData)
        #expect(result.explanation?.component == "ZPUBLIC")
        #expect(result.explanation?.message.contains("loop") == true)
    }

    @Test func wildcardAnswersForNamesThatDoNotExist() {
        let result = F.resolver().resolve(F.fromApp("anything.apps.cloud.internal"))
        #expect(result.rcode == .noError)
        #expect(result.values == ["10.0.1.60"])
        #expect(result.answers.first?.name == F.name("anything.apps.cloud.internal."))
        #expect(result.steps.contains { $0.detail.contains("wildcard") })
        // The wildcard does not cover names under another branch.
        #expect(F.resolver().resolve(F.fromApp("x.other.cloud.internal")).rcode == .nxDomain)
    }

    @Test func aliasInTheSubmissionIsFollowed() {
        let result = F.resolver().resolve(F.fromInternet("example.com"))
        #expect(result.rcode == .noError)
        #expect(result.values == ["203.0.113.9", "203.0.113.10"])
        #expect(result.answers.allSatisfy { $0.name == F.name("example.com.") })
        #expect(result.stepComponents.contains("alias ZPUBLIC"))
    }

    @Test func aliasOutsideTheSubmissionHasNoAnswer() {
        let result = F.resolver().resolve(F.fromInternet("cdn.example.com"))
        #expect(result.rcode == .noError)
        #expect(result.answers.isEmpty)
        #expect(result.explanation?.code == .noData)
        #expect(result.explanation?.component == "ZPUBLIC")
        #expect(result.steps.contains { $0.kind == "alias" && $0.detail.contains("outside the submission") })
    }

    @Test func failoverMovesToTheSecondaryWhenThePrimaryIsUnhealthy() {
        var configuration = F.configuration()
        configuration.hostedZones[1].recordSets.append(
            ResourceRecordSet(name: F.name("app.example.com."), type: .a, ttl: 60, values: [F.a("198.51.100.20")],
                              setIdentifier: "london", failover: .secondary))
        let healthy = F.resolver(configuration).resolve(F.fromInternet("app.example.com"))
        #expect(healthy.values == ["203.0.113.20"])
        #expect(healthy.explanation == nil)
        let failed = F.resolver(configuration, health: HealthOverrides(unhealthy: ["hc-seoul"])).resolve(F.fromInternet("app.example.com"))
        #expect(failed.rcode == .noError)
        #expect(failed.values == ["198.51.100.20"])
        #expect(failed.explanation == nil)
        #expect(failed.steps.contains { $0.kind == "health-check" || $0.detail.contains("unhealthy") })
    }

    @Test func unhealthyRecordThatLeavesNothingToAnswer() {
        // Geolocation: the client's country record is unhealthy, the other country's record
        // does not cover it and there is no default, so the health check leaves no answer.
        var configuration = F.configuration()
        configuration.healthChecks["hc-london"] = HealthCheck(id: "hc-london", type: "HTTP", ipAddress: F.ip("198.51.100.20"), port: 80)
        configuration.hostedZones[1].recordSets += [
            ResourceRecordSet(name: F.name("geo.example.com."), type: .a, ttl: 60, values: [F.a("203.0.113.30")],
                              setIdentifier: "kr", geoLocation: GeoLocation(countryCode: "KR"), healthCheckID: "hc-seoul"),
            ResourceRecordSet(name: F.name("geo.example.com."), type: .a, ttl: 60, values: [F.a("198.51.100.30")],
                              setIdentifier: "gb", geoLocation: GeoLocation(countryCode: "GB"), healthCheckID: "hc-london"),
        ]
        let korea = DNSQuery(name: F.name("geo.example.com."), type: .a, client: .internet(location: ClientLocation(countryCode: "KR")))
        #expect(F.resolver(configuration).resolve(korea).values == ["203.0.113.30"])
        let result = F.resolver(configuration, health: HealthOverrides(unhealthy: ["hc-seoul"])).resolve(korea)
        #expect(result.rcode == .noError)
        #expect(result.answers.isEmpty)
        #expect(result.explanation?.code == .healthCheckFailed)
        #expect(result.explanation?.component == "hc-seoul")
    }

    @Test func resolutionIsDeterministic() {
        let resolver = F.resolver()
        let queries = [F.fromApp("db.corp.internal"), F.fromOnPrem("db.cloud.internal"), F.fromInternet("api.example.com"),
                       F.fromOther("db.cloud.internal"), F.fromApp("anything.apps.cloud.internal")]
        for query in queries {
            let first = resolver.resolve(query)
            #expect(resolver.resolve(query) == first)
            #expect(F.resolver().resolve(query) == first)
        }
    }

    @Test func changingTheConfigurationRebuildsTheIndex() {
        var resolver = F.resolver()
        #expect(resolver.resolve(F.fromApp("db.cloud.internal")).values == ["10.0.1.50"])
        resolver.configuration.hostedZones.removeAll { $0.id == "ZCLOUD" }
        #expect(resolver.resolve(F.fromApp("db.cloud.internal")).rcode == .nxDomain)
    }

    @Test func everyCodeHasEnglishAndKoreanText() {
        let codes: [DNSCode] = [.nxDomain, .noData, .supportDisabled, .zoneNotAssociated, .ruleNotAssociated, .forwarderUnreachable,
                                .healthCheckFailed, .zoneNotLoaded, .forwardingLoop, .queryRefused, .dnssecValidationFailed]
        for code in codes {
            let english = code.text()
            let korean = code.text(korean: true)
            #expect(DNSCode.catalogue[code.rawValue] != nil, "\(code)")
            #expect(!english.sentence.isEmpty && !english.hint.isEmpty)
            #expect(!korean.sentence.isEmpty && !korean.hint.isEmpty)
            #expect(korean.sentence != english.sentence)
            #expect(korean.sentence.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) })
        }
        #expect(DNSCode.catalogue.count == codes.count)
        #expect(DNSCode(rawValue: "DNS_SOMETHING_ELSE").text().sentence == "The name does not resolve here.")
    }
}
