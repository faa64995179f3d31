extension Diagnostic {
    /// A diagnostic code: a stable upper-case name tests and tools can match on.
    ///
    /// A struct with named constants rather than an enum, so new codes do not break
    /// exhaustive switches in callers.
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The code's text, such as `SNAPSHOT_MALFORMED_JSON`.
        public var rawValue: String

        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The code's text.
        public var description: String { rawValue }

        /// The submission has no `aws/` (or `aws_configs/`) folder, or is not a folder.
        public static let noAWSFolder = Code(rawValue: "SNAPSHOT_NO_AWS_FOLDER")
        /// The `aws/` folder holds no `.json` file.
        public static let emptySnapshot = Code(rawValue: "SNAPSHOT_EMPTY")
        /// A file is not valid JSON; the line and column point at the first problem.
        public static let malformedJSON = Code(rawValue: "SNAPSHOT_MALFORMED_JSON")
        /// A field has the wrong type, a required id is missing, or a value is not one
        /// AWS uses.
        public static let invalidField = Code(rawValue: "SNAPSHOT_INVALID_FIELD")
        /// A CIDR block or IP address does not parse.
        public static let invalidCIDR = Code(rawValue: "SNAPSHOT_INVALID_CIDR")
        /// A route (or Elastic IP, or transit gateway route) names a resource the snapshot
        /// does not contain although it exported that kind of resource: the route is
        /// treated as a blackhole, as AWS shows routes to deleted targets.
        public static let danglingReference = Code(rawValue: "SNAPSHOT_DANGLING_REFERENCE")
        /// A route names a kind of resource whose describe file was not exported, so the
        /// target cannot be checked; the route is kept active.
        public static let missingFile = Code(rawValue: "SNAPSHOT_MISSING_FILE")
        /// The same resource id is listed twice in one account and Region; the first
        /// listing (in path order) is kept.
        public static let duplicateResource = Code(rawValue: "SNAPSHOT_DUPLICATE_RESOURCE")
        /// A JSON file that is not an AWS CLI output at all: an array, a string, a number
        /// (often the result of `--query`).
        public static let invalidDocument = Code(rawValue: "SNAPSHOT_INVALID_DOCUMENT")
        /// A JSON file whose top-level keys are not an output VPCLab reads.
        public static let unknownDocument = Code(rawValue: "SNAPSHOT_UNKNOWN_DOCUMENT")
        /// A file whose name must carry a resource id (`TransitGatewayRoutes-<id>.json`)
        /// does not.
        public static let invalidFileName = Code(rawValue: "SNAPSHOT_INVALID_FILE_NAME")
        /// A symbolic link leads outside the submission folder; it is not followed.
        public static let pathEscape = Code(rawValue: "SNAPSHOT_PATH_ESCAPE")
        /// A file exceeds the size limit and is not read.
        public static let fileTooLarge = Code(rawValue: "SNAPSHOT_FILE_TOO_LARGE")
        /// A file or folder cannot be read (permissions, broken link, not UTF-8 or UTF-16).
        public static let unreadableFile = Code(rawValue: "SNAPSHOT_UNREADABLE_FILE")
        /// An output is incomplete (`AdditionalRoutesAvailable`, a `NextToken` left over).
        public static let truncatedOutput = Code(rawValue: "SNAPSHOT_TRUNCATED_OUTPUT")
        /// Something VPCLab reads but does not model (a prefix-list route on a transit
        /// gateway, …) was skipped.
        public static let unsupported = Code(rawValue: "SNAPSHOT_UNSUPPORTED")
    }
}
