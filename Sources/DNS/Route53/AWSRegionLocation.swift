#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an AWS Region's data centres roughly are (the city the Region is named after),
/// for latency and geoproximity routing. Route 53 measures latency; VPCLab has no
/// measurements and uses great-circle distance between Regions as a stand-in.
public struct AWSRegionLocation: Sendable, Hashable {
    /// Latitude in degrees, north positive.
    public var latitude: Double
    /// Longitude in degrees, east positive.
    public var longitude: Double

    /// Creates a location.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The location of `region` (`ap-northeast-2`), or `nil` for a Region VPCLab does not know.
    public static func of(_ region: String) -> AWSRegionLocation? {
        table[region.lowercased()]
    }

    /// The great-circle distance to `other` in kilometres (haversine, mean Earth radius).
    public func distance(to other: AWSRegionLocation) -> Double {
        let radians = Double.pi / 180
        let dLat = (other.latitude - latitude) * radians
        let dLon = (other.longitude - longitude) * radians
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(latitude * radians) * cos(other.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        let c = 2 * asin(min(1, max(0, a)).squareRoot())
        return 6_371.0 * c
    }

    /// Region → location; coordinates of the Region's city, rounded.
    static let table: [String: AWSRegionLocation] = [
        "us-east-1": .init(latitude: 38.9, longitude: -77.4),        // N. Virginia
        "us-east-2": .init(latitude: 40.0, longitude: -83.0),        // Ohio
        "us-west-1": .init(latitude: 37.4, longitude: -122.0),       // N. California
        "us-west-2": .init(latitude: 45.8, longitude: -119.7),       // Oregon
        "us-gov-east-1": .init(latitude: 40.0, longitude: -83.0),    // GovCloud (US-East), Ohio
        "us-gov-west-1": .init(latitude: 45.6, longitude: -121.2),   // GovCloud (US-West), Oregon
        "ca-central-1": .init(latitude: 45.5, longitude: -73.6),     // Montreal
        "ca-west-1": .init(latitude: 51.0, longitude: -114.1),       // Calgary
        "mx-central-1": .init(latitude: 20.6, longitude: -100.4),    // Querétaro
        "sa-east-1": .init(latitude: -23.5, longitude: -46.6),       // São Paulo
        "eu-west-1": .init(latitude: 53.3, longitude: -6.3),         // Ireland
        "eu-west-2": .init(latitude: 51.5, longitude: -0.1),         // London
        "eu-west-3": .init(latitude: 48.9, longitude: 2.4),          // Paris
        "eu-central-1": .init(latitude: 50.1, longitude: 8.7),       // Frankfurt
        "eu-central-2": .init(latitude: 47.4, longitude: 8.5),       // Zurich
        "eu-south-1": .init(latitude: 45.5, longitude: 9.2),         // Milan
        "eu-south-2": .init(latitude: 41.6, longitude: -0.9),        // Spain (Aragón)
        "eu-north-1": .init(latitude: 59.3, longitude: 18.1),        // Stockholm
        "il-central-1": .init(latitude: 32.1, longitude: 34.8),      // Tel Aviv
        "me-south-1": .init(latitude: 26.1, longitude: 50.6),        // Bahrain
        "me-central-1": .init(latitude: 25.2, longitude: 55.3),      // UAE
        "af-south-1": .init(latitude: -33.9, longitude: 18.4),       // Cape Town
        "ap-east-1": .init(latitude: 22.3, longitude: 114.2),        // Hong Kong
        "ap-east-2": .init(latitude: 25.0, longitude: 121.6),        // Taipei
        "ap-south-1": .init(latitude: 19.1, longitude: 72.9),        // Mumbai
        "ap-south-2": .init(latitude: 17.4, longitude: 78.5),        // Hyderabad
        "ap-northeast-1": .init(latitude: 35.7, longitude: 139.7),   // Tokyo
        "ap-northeast-2": .init(latitude: 37.6, longitude: 127.0),   // Seoul
        "ap-northeast-3": .init(latitude: 34.7, longitude: 135.5),   // Osaka
        "ap-southeast-1": .init(latitude: 1.4, longitude: 103.8),    // Singapore
        "ap-southeast-2": .init(latitude: -33.9, longitude: 151.2),  // Sydney
        "ap-southeast-3": .init(latitude: -6.2, longitude: 106.8),   // Jakarta
        "ap-southeast-4": .init(latitude: -37.8, longitude: 145.0),  // Melbourne
        "ap-southeast-5": .init(latitude: 3.1, longitude: 101.7),    // Malaysia
        "ap-southeast-7": .init(latitude: 13.8, longitude: 100.5),   // Thailand
        "cn-north-1": .init(latitude: 39.9, longitude: 116.4),       // Beijing
        "cn-northwest-1": .init(latitude: 38.5, longitude: 106.2),   // Ningxia
    ]
}
