import Foundation
import DNS

/// Reads the BIND servers of a submission's `onprem/` folder: each `named.conf` (and any
/// other `*.conf` there that is BIND's: it has an `options {` or `zone "` statement) with
/// the DNS module's `NamedConfReader`, then the file of every primary zone with
/// `ZoneFileReader`, as `named` loads them at start.
///
/// Paths stay inside the submission folder. `include`, zone `file`s and `$INCLUDE` are
/// mapped as the on-prem folder mirrors the server: `/etc/…` is taken relative to
/// `onprem/` (`/etc/bind/db.corp` → `onprem/bind/db.corp`), a path under the `directory`
/// option relative to `onprem/` (or to `onprem/bind/` for `directory "/etc/bind"`), a
/// relative path relative to the `directory` so mapped, then to `onprem/`; any other
/// absolute path, and anything whose real path leads outside the submission (a `..`
/// escape, a symbolic link), is refused with `SNAPSHOT_PATH_ESCAPE`.
///
/// A zone whose file `named-checkzone` would reject is listed in the server's
/// `rejectedZones` with its first error (`onprem/db.corp.internal:7: CNAME and other
/// data`), its diagnostics warnings of the submission (named starts without the zone,
/// and the lab grades the consequence, DNS_ZONE_NOT_LOADED); a named.conf that
/// `named-checkconf` rejects gives no server (named does not start).
struct OnPremDNSReader {
    /// What was read.
    struct Result {
        /// The BIND servers, one per main configuration file, in path order.
        var servers: [OnPremDNSServer] = []
        /// Problems, as submission diagnostics (`onprem/named.conf:12: error: … [CODE]`).
        var diagnostics: [Diagnostic] = []
    }

    /// The submission folder.
    let submission: URL

    /// Reads `onprem/`; an empty result when it does not exist or holds no BIND file.
    func read() -> Result {
        var result = Result()
        let rootPath = submission.standardizedFileURL.path
        guard let realRoot = FileSystem.realPath(rootPath) else { return result }
        let files = ConfinedFiles(rootPath: rootPath, realRoot: realRoot)
        let folder = OnPremReader.folderName
        guard let realFolder = FileSystem.realPath(rootPath + "/" + folder), FileSystem.kind(followingLinksAt: realFolder) == .directory,
              FileSystem.isInside(realFolder, root: realRoot) else { return result }
        var included: Set<String> = []
        for relative in mainFiles(files) where !included.contains(relative) {
            guard case .text(let text) = files.read(relative) else { continue }
            let log = PathLog()
            let server = readServer(relative, text: text, files: files, log: log, diagnostics: &result.diagnostics)
            included.formUnion(log.readPaths)
            if let server { result.servers.append(server) }
        }
        return result
    }

    /// The candidate main files: `onprem/named.conf`, `onprem/bind/named.conf`, then every
    /// other `onprem/*.conf` that looks like BIND, sorted.
    private func mainFiles(_ files: ConfinedFiles) -> [String] {
        let folder = OnPremReader.folderName
        var result: [String] = []
        for fixed in [folder + "/named.conf", folder + "/bind/named.conf"] {
            if case .text = files.read(fixed) { result.append(fixed) }
        }
        for name in FileSystem.entries(ofDirectory: files.rootPath + "/" + folder) ?? [] where !name.hasPrefix(".") {
            let lower = name.lowercased()
            let relative = folder + "/" + name
            guard lower.hasSuffix(".conf"), lower != "named.conf", lower != OnPremReader.frrFileName, lower != "ipsec.conf" else { continue }
            guard case .text(let text) = files.read(relative), Self.looksLikeBIND(text), !OnPremReader.looksLikeLibreswan(text) else { continue }
            result.append(relative)
        }
        return result
    }

    /// Whether a `.conf` file has a BIND `options {` or `zone "…"` statement.
    static func looksLikeBIND(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { line in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = words.first else { return false }
            if first == "options{" || (first == "options" && words.dropFirst().first?.hasPrefix("{") == true) { return true }
            return first == "zone" && words.dropFirst().first?.hasPrefix("\"") == true
        }
    }

    /// One server: its named.conf (with includes) and the zone files of its primary zones.
    private func readServer(_ relative: String, text: String, files: ConfinedFiles, log: PathLog,
                            diagnostics: inout [Diagnostic]) -> OnPremDNSServer? {
        let base = relative.split(separator: "/").dropLast().joined(separator: "/")
        let reader = NamedConfReader(fileName: relative) { path in
            files.resolve(path, candidates: PathMapping.candidates(for: path, directory: nil, base: base), log: log)
        }
        let read = reader.read(text)
        diagnostics += read.diagnostics.map { Self.diagnostic($0, log: log, context: nil) }
        diagnostics += log.drainEscapes().map { path in
            Diagnostic(severity: .error, code: .pathEscape, file: relative,
                       message: "include \"\(path)\" leads outside the submission folder; it was not read")
        }
        guard var config = read.config else { return nil }
        // Zones of included files name the included file, relative to the submission.
        for index in config.zones.indices {
            if let written = config.zones[index].declaredIn { config.zones[index].declaredIn = log.relative(written) ?? written }
        }
        var server = OnPremDNSServer(id: relative, addresses: config.options?.listenOn ?? [], config: config)
        let directory = config.options?.directory
        for zone in config.zones where zone.kind == .primary {
            guard let file = zone.file else { continue }
            let declaredIn = zone.declaredIn ?? relative
            let place = "\(declaredIn):\(zone.line)"
            let candidates = PathMapping.candidates(for: file, directory: directory, base: base)
            let zoneLog = PathLog()
            guard let zoneText = files.resolve(file, candidates: candidates, log: zoneLog) else {
                let escaped = !zoneLog.drainEscapes().isEmpty
                let message = escaped ? "zone \(zone.name): file \"\(file)\" leads outside the submission folder; the zone is not loaded"
                                      : "zone \(zone.name): file \"\(file)\" is not in the submission; the zone is not loaded"
                server.rejectedZones[zone.name] = "\(place): \(message)"
                diagnostics.append(Diagnostic(severity: escaped ? .error : .warning, code: escaped ? .pathEscape : Diagnostic.Code(rawValue: "FILE_NOT_FOUND"),
                                              file: declaredIn, line: zone.line, message: message))
                continue
            }
            let zoneFile = zoneLog.readPaths.first ?? file
            let zoneReader = ZoneFileReader(origin: zone.name, fileName: zoneFile) { path in
                files.resolve(path, candidates: PathMapping.candidates(for: path, directory: directory, base: base), log: zoneLog)
            }
            let loaded = zoneReader.read(zoneText)
            // named refuses only this zone and still starts: the student's mistake is graded
            // (DNS_ZONE_NOT_LOADED), so the zone's errors are warnings of the submission.
            diagnostics += loaded.diagnostics.map { finding in
                var diagnostic = Self.diagnostic(finding, log: zoneLog, context: "zone \(zone.name)")
                if diagnostic.severity == .error {
                    diagnostic.severity = .warning
                    diagnostic.message += " (named does not load this zone)"
                }
                return diagnostic
            }
            diagnostics += zoneLog.drainEscapes().map { path in
                Diagnostic(severity: .error, code: .pathEscape, file: zoneFile,
                           message: "zone \(zone.name): $INCLUDE \"\(path)\" leads outside the submission folder; it was not read")
            }
            if let loadedZone = loaded.zone {
                server.zones[zone.name] = loadedZone
            } else {
                let first = loaded.errors.first
                let where_ = first.map { finding in
                    let file = log.relative(finding.file) ?? zoneLog.relative(finding.file) ?? finding.file
                    return finding.line.map { "\(file):\($0)" } ?? file
                } ?? zoneFile
                server.rejectedZones[zone.name] = "\(where_): \(first?.message ?? "the zone does not load")"
            }
        }
        return server
    }

    /// A DNS diagnostic as a submission diagnostic, its file made relative to the submission.
    static func diagnostic(_ finding: ZoneDiagnostic, log: PathLog, context: String?) -> Diagnostic {
        Diagnostic(severity: finding.severity == .error ? .error : .warning, code: Diagnostic.Code(rawValue: finding.code),
                   file: log.relative(finding.file) ?? finding.file, line: finding.line,
                   message: context.map { "\($0): \(finding.message)" } ?? finding.message)
    }
}

/// Where a path named in a BIND file may be inside the submission (see ``OnPremDNSReader``).
enum PathMapping {
    /// The submission-relative paths `path` may name, most likely first; empty when it
    /// names nothing inside the submission (an absolute path outside `/etc` and `directory`).
    /// - Parameters:
    ///   - directory: the `directory` option, when set.
    ///   - base: the folder of the including file, relative to the submission.
    static func candidates(for path: String, directory: String?, base: String) -> [String] {
        let folder = OnPremReader.folderName
        var result: [String] = []
        func add(_ candidate: String) { if !result.contains(candidate) { result.append(candidate) } }
        if path.hasPrefix("/") {
            if path.hasPrefix("/etc/") { add(folder + "/" + path.dropFirst("/etc/".count)) }
            if let directory, directory.hasPrefix("/"), path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/") {
                let rest = String(path.dropFirst(directory.hasSuffix("/") ? directory.count : directory.count + 1))
                for candidate in candidates(for: rest, directory: directory, base: base) { add(candidate) }
            }
            return result
        }
        if let directory {
            var mapped = directory
            while mapped.hasSuffix("/") && mapped.count > 1 { mapped.removeLast() }
            if mapped.hasPrefix("/etc/") {
                add(folder + "/" + mapped.dropFirst("/etc/".count) + "/" + path)
            } else if !mapped.hasPrefix("/"), mapped != "." {
                add(folder + "/" + mapped + "/" + path)
            }
        }
        if !base.isEmpty { add(base + "/" + path) }
        add(folder + "/" + path)
        return result
    }
}

/// Reads files by submission-relative path, refusing any whose real path leads outside it.
struct ConfinedFiles: Sendable {
    /// What reading a path gave.
    enum Outcome {
        /// The file's text.
        case text(String)
        /// No such regular file.
        case missing
        /// The path leads outside the submission.
        case escape
    }

    /// The submission folder as given, and its real path.
    let rootPath: String, realRoot: String

    /// Reads `relative` (a path relative to the submission).
    func read(_ relative: String) -> Outcome {
        guard let real = FileSystem.realPath(rootPath + "/" + relative) else { return .missing }
        guard FileSystem.isInside(real, root: realRoot) else { return .escape }
        guard FileSystem.kind(followingLinksAt: real) == .file, let bytes = FileSystem.contents(of: real) else { return .missing }
        return .text(String(decoding: bytes, as: UTF8.self))
    }

    /// The text of the first candidate that is a file inside the submission, logging which
    /// one `written` named (or that it escaped).
    func resolve(_ written: String, candidates: [String], log: PathLog) -> String? {
        var escaped = candidates.isEmpty
        for candidate in candidates {
            switch read(candidate) {
            case .text(let text):
                log.record(written, as: candidate)
                return text
            case .escape: escaped = true
            case .missing: continue
            }
        }
        if escaped { log.recordEscape(written) }
        return nil
    }
}

/// Which submission file each path written in a BIND file led to, and which paths were
/// refused; filled from the readers' `include` closures.
final class PathLog: @unchecked Sendable {
    private let lock = NSLock()
    private var resolved: [String: String] = [:]
    private var order: [String] = []
    private var escapes: [String] = []

    /// Records that `written` was read from `relative`.
    func record(_ written: String, as relative: String) {
        lock.withLock {
            if resolved[written] == nil { order.append(relative) }
            resolved[written] = relative
        }
    }

    /// Records that `written` was refused.
    func recordEscape(_ written: String) { lock.withLock { if !escapes.contains(written) { escapes.append(written) } } }

    /// The submission-relative path `written` led to, if it was read.
    func relative(_ written: String) -> String? { lock.withLock { resolved[written] } }

    /// The submission-relative paths read, in reading order.
    var readPaths: [String] { lock.withLock { order } }

    /// The refused paths since the last call.
    func drainEscapes() -> [String] {
        lock.withLock {
            defer { escapes = [] }
            return escapes
        }
    }
}
