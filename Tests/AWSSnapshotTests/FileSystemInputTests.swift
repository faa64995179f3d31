import Foundation
import Testing
import AWSSnapshot
import Routing

/// Inputs that cannot live in the repository: symbolic links, huge files, UTF-16 text,
/// pathological nesting. Each is built in a temporary folder.
@Suite("File system input")
struct FileSystemInputTests {
    /// A submission in a temporary folder, removed at the end.
    final class TemporarySubmission {
        let root: URL
        var aws: URL { root.appendingPathComponent("aws") }

        init() throws {
            root = try TestPaths.temporaryFolder()
            try FileManager.default.createDirectory(at: root.appendingPathComponent("aws"), withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ text: String, to relativePath: String) throws {
            try write(Data(text.utf8), to: relativePath)
        }

        func write(_ data: Data, to relativePath: String) throws {
            let url = root.appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }

        func link(_ relativePath: String, to destination: String) throws {
            let url = root.appendingPathComponent(relativePath)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
        }

        func load() -> LoadResult { SubmissionLoader.load(submission: root) }
    }

    static let vpcs = #"{"Vpcs": [{"VpcId": "vpc-0a1b2c3d4e5f60718", "CidrBlock": "10.0.0.0/16"}]}"#

    @Test func symbolicLinkOutOfTheSubmissionIsRefused() throws {
        let outside = try TemporarySubmission()
        try outside.write(Self.vpcs, to: "secret/Vpcs.json")
        let submission = try TemporarySubmission()
        try submission.link("aws/Vpcs.json", to: outside.root.appendingPathComponent("secret/Vpcs.json").path)
        try submission.link("aws/more", to: outside.root.appendingPathComponent("secret").path)
        try submission.link("aws/passwd.json", to: "../../../../../../../../etc/passwd")
        let result = submission.load()
        let escapes = result.diagnostics(.pathEscape)
        #expect(escapes.map(\.file) == ["aws/Vpcs.json", "aws/more", "aws/passwd.json"])
        #expect(escapes.allSatisfy { $0.severity == .error })
        #expect(result.network.vpcs.isEmpty, "nothing outside was read")
        #expect(result.files.isEmpty)
    }

    @Test func symbolicLinkInsideTheSubmissionIsFollowed() throws {
        let submission = try TemporarySubmission()
        try submission.write(Self.vpcs, to: "exports/Vpcs.json")
        try submission.link("aws/Vpcs.json", to: "../exports/Vpcs.json")
        try submission.link("aws/loop", to: ".")
        let result = submission.load()
        #expect(!result.hasErrors, "\(result.report)")
        #expect(result.network.vpcs.count == 1)
        #expect(result.files == ["aws/Vpcs.json"], "the link back to aws/ is not walked twice")
    }

    @Test func brokenSymbolicLinkIsReported() throws {
        let submission = try TemporarySubmission()
        try submission.link("aws/Vpcs.json", to: "missing.json")
        #expect(submission.load().diagnostics.map(\.code) == [.unreadableFile])
    }

    @Test func fileOverTheLimitIsNotRead() throws {
        let submission = try TemporarySubmission()
        try submission.write(Self.vpcs, to: "aws/Vpcs.json")
        let url = submission.aws.appendingPathComponent("Reservations.json")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 257 * 1_048_576)  // sparse: no disk used
        try handle.close()
        let result = submission.load()
        let refused = try #require(result.diagnostics(.fileTooLarge).first)
        #expect(refused.file == "aws/Reservations.json" && refused.severity == .error)
        #expect(refused.message.contains("256 MiB"))
        #expect(result.network.vpcs.count == 1)
        let strict = SubmissionLoader(maximumFileSize: 16).load(submission: submission.root)
        #expect(strict.diagnostics(.fileTooLarge).count == 2)
    }

    @Test func utf16FromPowerShellIsRead() throws {
        let submission = try TemporarySubmission()
        var littleEndian = Data([0xFF, 0xFE])
        for unit in Self.vpcs.utf16 { littleEndian.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        try submission.write(littleEndian, to: "aws/Vpcs.json")
        try submission.write(Data([0xEF, 0xBB, 0xBF]) + Data(#"{"Subnets": []}"#.utf8), to: "aws/Subnets.json")
        let result = submission.load()
        #expect(!result.hasErrors, "\(result.report)")
        #expect(result.network.vpcs.count == 1)
    }

    @Test func invalidUTF8IsMalformed() throws {
        let submission = try TemporarySubmission()
        try submission.write(Data(#"{"Vpcs": [{"VpcId": "vpc-"#.utf8) + Data([0xC3, 0x28]) + Data(#""}]}"#.utf8), to: "aws/Vpcs.json")
        let error = try #require(submission.load().diagnostics(.malformedJSON).first)
        #expect(error.message.contains("UTF-8") && error.line == 1 && error.column == 21)
    }

    @Test func deepNestingIsRefusedNotOverflowed() throws {
        let submission = try TemporarySubmission()
        try submission.write("{\"Vpcs\": " + String(repeating: "[", count: 200_000), to: "aws/Vpcs.json")
        let error = try #require(submission.load().diagnostics(.malformedJSON).first)
        #expect(error.message.contains("nesting"))
    }

    @Test(arguments: ["", "   \n", "{", "{\"Vpcs\": [", "{\"Vpcs\": [}", "nul", "{\"a\" 1}", "{\"a\": 01}", "{\"a\": \"\\x\"}",
                      "{\"a\": \"\\ud800\"}", "{\"a\": 1} x", "{\"a\": \"tab\there\"}", "{'a': 1}", "{\"a\": -}", "{\"a\": 1.}", "{\"a\": 1e}"])
    func malformedTextNeverCrashes(_ text: String) throws {
        let submission = try TemporarySubmission()
        try submission.write(text, to: "aws/Bad.json")
        let result = submission.load()
        let error = try #require(result.diagnostics.first)
        #expect(error.code == .malformedJSON && error.line != nil && error.column != nil)
    }

    @Test func nextTokenWarnsOfATruncatedOutput() throws {
        let submission = try TemporarySubmission()
        try submission.write(#"{"Vpcs": [], "NextToken": "eyJ2IjoxfQ=="}"#, to: "aws/Vpcs.json")
        #expect(submission.load().diagnostics.map(\.code) == [.truncatedOutput])
    }

    @Test func regionAndAccountComeFromTheFolders() throws {
        let submission = try TemporarySubmission()
        try submission.write(Self.vpcs, to: "aws/accounts/123456789012/us-gov-west-1/Vpcs.json")
        try submission.write(#"{"Vpcs": [{"VpcId": "vpc-2", "CidrBlock": "10.1.0.0/16", "OwnerId": "210987654321"}]}"#,
                             to: "aws/ap-northeast-2/exports/Vpcs.json")
        try submission.write(#"{"Vpcs": [{"VpcId": "vpc-3", "CidrBlock": "10.2.0.0/16"}]}"#, to: "aws/not-a-region/Vpcs.json")
        let network = submission.load().network
        #expect(network.vpcs["vpc-0a1b2c3d4e5f60718"]?.location == ResourceLocation(accountID: "123456789012", region: "us-gov-west-1"))
        #expect(network.vpcs["vpc-2"]?.location == ResourceLocation(accountID: "210987654321", region: "ap-northeast-2"))
        #expect(network.vpcs["vpc-3"]?.location == ResourceLocation())
    }

    @Test func aFileNamedAWSIsNotASnapshot() throws {
        let root = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(Self.vpcs.utf8).write(to: root.appendingPathComponent("aws"))
        #expect(SubmissionLoader.load(submission: root).diagnostics.map(\.code) == [.noAWSFolder])
        #expect(SubmissionLoader.load(submission: root.appendingPathComponent("aws")).diagnostics.map(\.code) == [.noAWSFolder])
    }

    @Test func aHandAssembledFileWithSeveralListsIsReadWhole() throws {
        let submission = try TemporarySubmission()
        try submission.write(#"{"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16"}], "Subnets": [{"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24"}]}"#,
                             to: "aws/lab.json")
        let result = submission.load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.network.vpcs.count == 1 && result.network.subnets.count == 1)
    }

    @Test func batfishLayoutUnderAWSConfigsIsAccepted() throws {
        let root = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("aws_configs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.vpcs.utf8).write(to: folder.appendingPathComponent("Vpcs.json"))
        let result = SubmissionLoader.load(submission: root)
        #expect(!result.hasErrors && result.network.vpcs.count == 1 && result.files == ["aws_configs/Vpcs.json"])
    }
}
