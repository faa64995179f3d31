/// Where something was written: file and 1-based line and column.
public struct ConfigLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file, as the caller named it.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int
    /// Creates a location.
    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }
    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }
}

/// One `key=value` line of an `ipsec.conf` section.
public struct LibreswanSetting: Sendable, Hashable {
    /// The keyword, lower-cased (Libreswan reads keywords case-insensitively).
    public var key: String
    /// The value with its quotes removed.
    public var value: String
    /// Where the line is; `nil` for settings built in code.
    public var location: ConfigLocation?
    /// Creates a setting.
    public init(key: String, value: String, location: ConfigLocation? = nil) {
        self.key = key.lowercased()
        self.value = value
        self.location = location
    }
}

/// A `conn <name>` section, as written (before `also=` and `%default` are applied).
public struct LibreswanConn: Sendable, Hashable {
    /// The connection's name; `%default` for the defaults section.
    public var name: String
    /// The settings in file order.
    public var settings: [LibreswanSetting]
    /// Where the `conn` line is.
    public var location: ConfigLocation?
    /// Creates a conn.
    public init(name: String, settings: [LibreswanSetting] = [], location: ConfigLocation? = nil) {
        self.name = name
        self.settings = settings
        self.location = location
    }
    /// The first setting with this keyword, if any.
    public subscript(key: String) -> LibreswanSetting? {
        let key = key.lowercased()
        return settings.first { $0.key == key }
    }
}

/// An `ipsec.conf` file (with its includes inlined): `config setup` and `conn` sections.
public struct LibreswanConfig: Sendable, Hashable {
    /// The `config setup` settings, in file order.
    public var setup: [LibreswanSetting]
    /// Every conn section in file order, `%default` included.
    public var conns: [LibreswanConn]
    /// Creates a configuration.
    public init(setup: [LibreswanSetting] = [], conns: [LibreswanConn] = []) {
        self.setup = setup
        self.conns = conns
    }
    /// The first conn with this name.
    public func conn(named name: String) -> LibreswanConn? { conns.first { $0.name == name } }

    /// The conns that describe real connections (not `%default`), with `also=` and
    /// `conn %default` applied: the conn's own settings first, then each `also=` conn's
    /// in order (depth first), then `%default` for keys still missing.
    ///
    /// Cycles are cut: a conn already being expanded is not inserted again.
    /// - Complexity: O(total settings × also depth).
    public var resolvedConns: [ResolvedLibreswanConn] {
        conns.filter { $0.name != "%default" }.map(resolve)
    }

    /// Expands one conn as ``resolvedConns`` does.
    public func resolve(_ conn: LibreswanConn) -> ResolvedLibreswanConn {
        var merged: [String: LibreswanSetting] = [:]
        var order: [String] = []
        var visiting: Set<String> = []
        func add(_ section: LibreswanConn) {
            guard !visiting.contains(section.name) else { return }
            visiting.insert(section.name)
            for setting in section.settings where setting.key != "also" {
                let canonical = LibreswanKeywords.canonical(setting.key)
                if merged[canonical] == nil { merged[canonical] = setting; order.append(canonical) }
            }
            for also in section.settings where also.key == "also" {
                if let target = self.conn(named: also.value) { add(target) }
            }
        }
        add(conn)
        if let defaults = self.conn(named: "%default") { add(defaults) }
        return ResolvedLibreswanConn(name: conn.name, settings: order.compactMap { merged[$0] }, location: conn.location)
    }
}

/// A conn with `also=` and `%default` applied: every effective setting, each with the
/// line it came from.
public struct ResolvedLibreswanConn: Sendable, Hashable {
    /// The conn's name.
    public var name: String
    /// The effective settings, one per canonical keyword.
    public var settings: [LibreswanSetting]
    /// Where the `conn` line is.
    public var location: ConfigLocation?
    /// Creates a resolved conn.
    public init(name: String, settings: [LibreswanSetting], location: ConfigLocation?) {
        self.name = name
        self.settings = settings
        self.location = location
    }
    /// The effective setting for a keyword or any of its aliases (`keylife` = `lifetime` = `salifetime`).
    public subscript(key: String) -> LibreswanSetting? {
        let canonical = LibreswanKeywords.canonical(key.lowercased())
        return settings.first { LibreswanKeywords.canonical($0.key) == canonical }
    }
}
