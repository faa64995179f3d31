import Foundation

/// Finds the JSON files of a submission: every `*.json` at any depth under `aws/` (and
/// Batfish's `aws_configs/`), in sorted path order.
///
/// Symbolic links are followed only while they stay inside the submission folder; a
/// link leading out is refused, so a submission cannot make the grader read
/// `/etc/passwd` or another student's work. Files over the size limit are refused
/// before they are read. Hidden entries and macOS `__MACOSX` folders are skipped.
struct SubmissionScanner {
    /// The folders, directly under the submission, that hold AWS outputs.
    static let awsFolderNames = ["aws", "aws_configs"]

    /// Files larger than this are refused.
    var maximumFileSize: UInt64

    /// What a scan found.
    struct Scan {
        /// The JSON files, sorted by relative path.
        var files: [SnapshotFile] = []
        /// Problems met on the way.
        var diagnostics: [Diagnostic] = []
    }

    /// Scans `submission`.
    func scan(submission: URL) -> Scan {
        var scan = Scan()
        let rootPath = submission.standardizedFileURL.path
        guard let realRoot = FileSystem.realPath(rootPath), FileSystem.kind(followingLinksAt: realRoot) == .directory else {
            let what = FileSystem.realPath(rootPath) == nil ? "does not exist" : "is not a folder"
            scan.diagnostics.append(Diagnostic(severity: .error, code: .noAWSFolder,
                                               message: "the submission \(rootPath) \(what); it should be a folder holding aws/"))
            return scan
        }
        var walker = Walker(realRoot: realRoot, maximumFileSize: maximumFileSize)
        var foundFolder = false
        for name in Self.awsFolderNames {
            let path = rootPath + "/" + name
            let kind = FileSystem.kind(ofEntryAt: path)
            // Only a folder (or a link to one) counts; a file named aws is not a snapshot.
            guard kind == .directory || (kind == .symbolicLink && FileSystem.kind(followingLinksAt: path) == .directory) else { continue }
            foundFolder = true
            walker.visit(path: path, relativePath: name, kind: kind)
        }
        guard foundFolder else {
            scan.diagnostics.append(Diagnostic(severity: .error, code: .noAWSFolder,
                                               message: "the submission has no aws/ folder; put the aws ec2 describe-* outputs (*.json) in \(rootPath)/aws/"))
            return scan
        }
        scan.files = walker.files.sorted { $0.relativePath < $1.relativePath }
        scan.diagnostics = walker.diagnostics
        if scan.files.isEmpty, !scan.diagnostics.contains(where: { $0.severity == .error }) {
            scan.diagnostics.append(Diagnostic(severity: .warning, code: .emptySnapshot, file: "aws/",
                                               message: "the aws/ folder holds no .json file; export the describe-* outputs into it"))
        }
        return scan
    }

    /// A depth-first walk that remembers the real folders it has entered, so a link
    /// back to a parent folder cannot loop.
    private struct Walker {
        let realRoot: String
        let maximumFileSize: UInt64
        var files: [SnapshotFile] = []
        var diagnostics: [Diagnostic] = []
        var visitedFolders: Set<String> = []

        mutating func visit(path: String, relativePath: String, kind: FileSystem.EntryKind) {
            switch kind {
            case .symbolicLink:
                guard let target = FileSystem.realPath(path), let targetKind = FileSystem.kind(followingLinksAt: target) else {
                    refuse(relativePath, .unreadableFile, "the symbolic link leads nowhere (its target does not exist)")
                    return
                }
                guard FileSystem.isInside(target, root: realRoot) else {
                    refuse(relativePath, .pathEscape, "the symbolic link leads outside the submission folder; it was not followed")
                    return
                }
                visit(path: path, relativePath: relativePath, kind: targetKind)
            case .directory:
                guard let real = FileSystem.realPath(path), visitedFolders.insert(real).inserted else { return }
                guard let names = FileSystem.entries(ofDirectory: path) else {
                    refuse(relativePath + "/", .unreadableFile, "the folder cannot be read")
                    return
                }
                for name in names where !name.hasPrefix(".") && name != "__MACOSX" {
                    let child = path + "/" + name
                    visit(path: child, relativePath: relativePath + "/" + name, kind: FileSystem.kind(ofEntryAt: child))
                }
            case .file:
                guard relativePath.lowercased().hasSuffix(".json") else { return }
                if let size = FileSystem.size(at: path), size > maximumFileSize {
                    refuse(relativePath, .fileTooLarge,
                           "the file is \(size / 1_048_576) MiB, over the \(maximumFileSize / 1_048_576) MiB limit; it was not read")
                    return
                }
                files.append(SnapshotFile(url: URL(fileURLWithPath: path), relativePath: relativePath,
                                          location: SnapshotLayout.location(ofRelativePath: relativePath)))
            case .other:
                return
            }
        }

        private mutating func refuse(_ relativePath: String, _ code: Diagnostic.Code, _ message: String) {
            diagnostics.append(Diagnostic(severity: .error, code: code, file: relativePath, message: message))
        }
    }
}
