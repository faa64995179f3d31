import Foundation
import Routing

/// One JSON file found in a submission: where it is and which account and Region its
/// folder says it belongs to.
struct SnapshotFile: Sendable, Hashable {
    /// The file on disk (the path inside the submission, before following links).
    var url: URL
    /// The path relative to the submission folder: `aws/us-east-1/Vpcs.json`.
    var relativePath: String
    /// Account and Region from the folder layout.
    var location: ResourceLocation

    /// The file name without its folder: `TransitGatewayRoutes-tgw-rtb-0abc.json`.
    var fileName: String { relativePath.split(separator: "/").last.map(String.init) ?? relativePath }

    /// The resource id a per-resource file carries after `prefix-`:
    /// `TransitGatewayRoutes-tgw-rtb-0abc.json` with prefix `TransitGatewayRoutes` gives
    /// `tgw-rtb-0abc`. `nil` when the name does not have that shape.
    func resourceID(afterPrefix prefix: String) -> String? {
        let name = fileName
        guard name.count > prefix.count + 1, name.hasPrefix(prefix + "-") else { return nil }
        var id = name.dropFirst(prefix.count + 1)
        if id.lowercased().hasSuffix(".json") { id = id.dropLast(5) }
        return id.isEmpty ? nil : String(id)
    }
}
