import Routing

/// Reads account and Region from a file's folders, as Batfish's layout names them:
/// `aws/<region>/…` and `aws/accounts/<account-id>/<region>/…`.
enum SnapshotLayout {
    /// The location that the folders of `relativePath` give.
    /// - Parameter relativePath: a path relative to the submission, `aws/…/file.json`.
    static func location(ofRelativePath relativePath: String) -> ResourceLocation {
        let folders = relativePath.split(separator: "/").dropLast().map(String.init)
        var location = ResourceLocation()
        var index = 0
        while index < folders.count {
            let folder = folders[index]
            if folder == "accounts", index + 1 < folders.count {
                location.accountID = folders[index + 1]
                index += 2
                continue
            }
            if looksLikeRegion(folder) { location.region = folder }
            index += 1
        }
        return location
    }

    /// Whether a folder name looks like a Region: `[a-z]{2}(-gov)?-[a-z]+-[0-9]+`
    /// (`us-east-1`, `ap-northeast-2`, `us-gov-west-1`).
    static func looksLikeRegion(_ name: String) -> Bool {
        var parts = name.split(separator: "-", omittingEmptySubsequences: false)[...]
        guard parts.count == 3 || parts.count == 4 else { return false }
        func isLower(_ part: Substring) -> Bool { !part.isEmpty && part.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } }
        guard let area = parts.popFirst(), area.utf8.count == 2, isLower(area) else { return false }
        if parts.count == 3 {
            guard parts.popFirst() == "gov" else { return false }
        }
        guard let direction = parts.popFirst(), isLower(direction),
              let number = parts.popFirst(), !number.isEmpty, number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        return true
    }
}
