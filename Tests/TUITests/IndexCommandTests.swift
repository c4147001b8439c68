import Foundation
import Model
import Testing
@testable import TUI

@Suite struct IndexCommandTests {
    @Test func indexingAFolderLeavesItsCacheBesideTheReports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("index-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("一、主要举措和成效\n开展培训3次。\n".utf8).write(to: folder.appendingPathComponent("a.txt"))

        let command = try IndexCommand.parse([folder.path, "--stats"])
        try command.run()

        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".reports-index.sqlite").path))
    }

    @Test func statisticsNameEveryFigureTheBenchmarkReads() {
        var statistics = IndexStatistics()
        statistics.totalBytes = 2_000_000
        statistics.figures = 7
        statistics.bytesParsed = 1_000_000
        statistics.parseSeconds = 0.5
        let lines = IndexReport(statistics: statistics, reports: 4, seconds: 2).lines

        #expect(lines.contains("reports: 4"))
        #expect(lines.contains("figures: 7"))
        #expect(lines.contains("megabytes per second: 1.0"))
        #expect(lines.contains("reports per second: 2"))
        #expect(lines.contains { $0.hasPrefix("parser megabytes per core second: 2.0") })
        #expect(lines.contains { $0.hasPrefix("peak memory megabytes: ") })
    }
}
