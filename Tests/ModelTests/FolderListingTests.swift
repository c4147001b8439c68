import Foundation
import Testing
@testable import Model
#if canImport(Glibc)
import Glibc
#endif

/// A reviewer opens a province's folder: every report in it is listed once, whatever else lies there.
@Suite struct FolderListingTests {
    @Test func subfoldersAreListedAndHiddenLockAndDatabaseFilesSkipped() throws {
        let scratch = try ScratchFolder()
        try scratch.write("a.txt", "一、总体情况")
        try scratch.write("荣昌区/万灵镇.txt", "一、总体情况")
        try scratch.write("荣昌区/清江镇/报告.docx", "not really a docx")
        try scratch.write(".hidden.txt", "x")
        try scratch.write(".reports-review.sqlite", "x")
        try scratch.write("reports-review.sqlite-wal", "x")
        try scratch.write("~$报告.docx", "x")
        try scratch.write("Thumbs.db", "x")
        try scratch.write(".git/notes.txt", "x")
        let listing = ReportFolder.files(at: [scratch.url.path])
        #expect(listing.files.map(\.relativePath) == ["a.txt", "荣昌区/万灵镇.txt", "荣昌区/清江镇/报告.docx"])
        #expect(listing.files.allSatisfy { $0.folder.standardizedFileURL.path == scratch.url.standardizedFileURL.path }, "\(listing.files.map(\.folder)) vs \(scratch.url)")
        #expect(listing.problems.isEmpty)
    }

    @Test func symbolicLinkLoopsEndAndTheRestIsListed() throws {
        let scratch = try ScratchFolder()
        try scratch.write("county/a.txt", "一、情况")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: scratch.url.appendingPathComponent("county/back").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: scratch.url.appendingPathComponent("self").path, withDestinationPath: "self")
        try fm.createSymbolicLink(atPath: scratch.url.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        try scratch.write("z.txt", "二、问题")
        let listing = ReportFolder.files(at: [scratch.url.path])
        #expect(listing.files.map(\.relativePath) == ["county/a.txt", "z.txt"])
        let root = scratch.url.standardizedFileURL.path + "/"
        let reasons = Dictionary(uniqueKeysWithValues: listing.problems.map { ($0.path.replacingOccurrences(of: root, with: ""), $0.reason) })
        #expect(reasons["county/back"]?.contains("already listed") == true)
        #expect(reasons["self"]?.contains("leads back to itself") == true)
        #expect(reasons["gone.txt"]?.contains("not there") == true)
    }

    @Test func namedPipeIsReportedAndNeverOpenedForReading() throws {
        let scratch = try ScratchFolder()
        try scratch.write("a.txt", "一、情况")
        let pipe = scratch.url.appendingPathComponent("pipe.txt")
        #expect(mkfifo(pipe.path, 0o644) == 0)
        let listing = ReportFolder.files(at: [scratch.url.path])
        #expect(listing.files.map(\.relativePath) == ["a.txt"])
        #expect(listing.problems.map(\.path) == [pipe.standardizedFileURL.path])
        #expect(listing.problems.first?.reason.contains("named pipe") == true)
        // Named directly, it is refused the same way; a blocking open would hang this test.
        #expect(ReportLoader.load(scratch.file("pipe.txt")).refusal?.contains("named pipe") == true)
        #expect(ReportFolder.files(at: [pipe.path]).problems.first?.reason.contains("named pipe") == true)
    }

    @Test func aFolderOpenedAsAFileSaysSo() throws {
        let scratch = try ScratchFolder()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("报告.txt"), withIntermediateDirectories: true)
        #expect(ReportLoader.load(scratch.file("报告.txt")).refusal == "a folder, not a file")
        #expect(ReportLoader.load(scratch.file("missing.txt")).refusal?.contains("no longer there") == true)
    }

    @Test func aNameThatIsNotUTF8IsReportedWithWhatItSays() throws {
        let scratch = try ScratchFolder()
        try scratch.write("a.txt", "一、情况")
        // "万灵镇.txt" in GBK, as a zip made on Chinese Windows unpacks it.
        let name: [UInt8] = [0xCD, 0xF2, 0xC1, 0xE9, 0xD5, 0xF2] + Array(".txt".utf8)
        let path = Array(scratch.url.path.utf8) + [0x2F] + name
        let fd = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(fd >= 0)
        close(fd)
        defer { _ = (path + [0]).withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { unlink($0.baseAddress!) } } }
        let listing = ReportFolder.files(at: [scratch.url.path])
        #expect(listing.files.map(\.relativePath) == ["a.txt"])
        let problem = try #require(listing.problems.first)
        #expect(problem.path == scratch.url.standardizedFileURL.path + "/\\xCD\\xF2\\xC1\\xE9\\xD5\\xF2.txt")
        #expect(problem.reason.contains("GBK: 万灵镇.txt"))
        #expect(problem.reason.contains("rename"))
    }

    @Test func missingPathsAreReportedAndOthersStillListed() throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write(".hidden-but-named.txt", "一、情况")
        let listing = ReportFolder.files(at: ["/nonexistent/folder", file.url.path])
        #expect(listing.files.map(\.relativePath) == [".hidden-but-named.txt"])
        #expect(listing.problems == [LoadProblem(path: "/nonexistent/folder", reason: "no such file or folder")])
    }
}
