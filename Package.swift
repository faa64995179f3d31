// swift-tools-version:6.0
// VPCLab — models AWS networks from exported configuration and traces packets through them.
import PackageDescription

/// Settings shared by every target: Swift 6 language mode with strict concurrency.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "VPCLab",
    products: [
        .library(name: "CIDR", targets: ["CIDR"]),
        .library(name: "Routing", targets: ["Routing"]),
        .library(name: "VPN", targets: ["VPN"]),
        .library(name: "DNS", targets: ["DNS"]),
        .library(name: "BGP", targets: ["BGP"]),
        .library(name: "AWSSnapshot", targets: ["AWSSnapshot"]),
        .library(name: "LabRunner", targets: ["LabRunner"]),
        .executable(name: "vpclab", targets: ["vpclab"]),
        .executable(name: "vpclab-bench", targets: ["vpclab-bench"]),
    ],
    targets: [
        .target(name: "CIDR", swiftSettings: swiftSettings),
        .target(name: "BGP", dependencies: ["CIDR"], swiftSettings: swiftSettings),
        .target(name: "VPN", dependencies: ["CIDR"], swiftSettings: swiftSettings),
        .target(name: "Routing", dependencies: ["CIDR", "VPN", "BGP"], swiftSettings: swiftSettings),
        .target(name: "DNS", dependencies: ["CIDR"], swiftSettings: swiftSettings),
        .target(name: "AWSSnapshot", dependencies: ["CIDR", "Routing", "DNS", "VPN", "BGP"], swiftSettings: swiftSettings),
        .target(name: "LabRunner", dependencies: ["CIDR", "AWSSnapshot", "Routing", "DNS"], swiftSettings: swiftSettings),
        .executableTarget(name: "vpclab", dependencies: ["VPN", "BGP", "DNS", "CIDR", "LabRunner", "Routing", "AWSSnapshot"], swiftSettings: swiftSettings),
        .executableTarget(name: "vpclab-bench", dependencies: ["CIDR", "Routing", "AWSSnapshot", "LabRunner", "DNS"], swiftSettings: swiftSettings),
        .testTarget(name: "CIDRTests", dependencies: ["CIDR"], swiftSettings: swiftSettings),
        .testTarget(name: "VPNTests", dependencies: ["VPN", "CIDR"], swiftSettings: swiftSettings),
        .testTarget(name: "BGPTests", dependencies: ["BGP", "CIDR"], swiftSettings: swiftSettings),
        .testTarget(name: "VPCLabCLITests", dependencies: ["vpclab"], swiftSettings: swiftSettings),
        .testTarget(name: "AWSSnapshotTests", dependencies: ["AWSSnapshot", "Routing", "CIDR", "DNS"], swiftSettings: swiftSettings),
        .testTarget(name: "RoutingTests", dependencies: ["Routing", "CIDR"], swiftSettings: swiftSettings),
        .testTarget(name: "ReachabilityScenarioTests", dependencies: ["AWSSnapshot", "Routing"], swiftSettings: swiftSettings),
        .testTarget(name: "LabRunnerTests", dependencies: ["LabRunner", "Routing", "AWSSnapshot", "CIDR", "DNS"], swiftSettings: swiftSettings),
        .testTarget(name: "DNSTests", dependencies: ["DNS", "CIDR"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
