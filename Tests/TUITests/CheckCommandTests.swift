import ArgumentParser
import Foundation
import Testing
@testable import TUI

/// The inspection commands run in-process: their exit codes are what scripts rely on.
@Suite struct CheckCommandTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-reports")

    /// The exit code a command line ends with.
    func exitCode(_ arguments: [String]) throws -> Int32 {
        var command = try ReportsCommand.parseAsRoot(arguments)
        do {
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        }
    }

    func file(_ name: String) -> String { Self.samples.appendingPathComponent(name).path }

    @Test func cleanReportExitsZero() throws {
        #expect(try exitCode(["check", file("001_40507ad071df1468.txt")]) == 0)
    }

    @Test func reportWithWarningsExitsOne() throws {
        #expect(try exitCode(["check", file("003_cfc91b1fc11f746f.txt")]) == 1)
        #expect(try exitCode(["check", Self.samples.path]) == 1)
    }

    @Test func missingPathExitsTwoButOthersAreStillRead() throws {
        #expect(try exitCode(["check", "/nonexistent/report.txt", file("001_40507ad071df1468.txt")]) == 2)
        #expect(try exitCode(["outline", "/nonexistent/report.txt"]) == 2)
        #expect(try exitCode(["figures", "--json", "/nonexistent/report.txt"]) == 2)
        #expect(try exitCode(["parse", "--json", "/nonexistent/report.txt"]) == 2)
    }

    @Test func unreadableFileExitsTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0xFF, 0xFE, 0x00, 0xD8]).write(to: folder.appendingPathComponent("bad.txt"))
        try Data("一、主要举措和成效\n二、存在的问题\n三、主要负责人履职情况\n四、下一步打算\n".utf8)
            .write(to: folder.appendingPathComponent("good.txt"))
        #expect(try exitCode(["check", folder.path]) == 2)
    }

    @Test func checkAndParseSayWhatWasMadeSafeToShowWithoutChangingTheExitStatus() throws {
        let clean = try String(contentsOfFile: file("001_40507ad071df1468.txt"), encoding: .utf8)
        let stop = try #require(clean.range(of: "。", options: .backwards))
        let folder = try ReportsBinary.folder(["a.txt": clean, "b.txt": clean.replacingCharacters(in: stop, with: "\u{1B}[31m。\u{7}")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let safe = try ReportsBinary.run(["check", folder.appendingPathComponent("a.txt").path])
        let made = try ReportsBinary.run(["check", folder.appendingPathComponent("b.txt").path])
        #expect(safe.status == 0 && made.status == 0)
        #expect(!safe.stdout.contains("made safe"))
        #expect(made.stdout.contains("\nmade safe to show: 2 control character(s) shown as symbols such as ␛\n"))
        #expect(!made.stdout.contains("\u{1B}"))

        func notes(_ name: String) throws -> [String]? {
            let json = try ReportsBinary.run(["parse", "--json", folder.appendingPathComponent(name).path]).stdout
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            return object?["notes"] as? [String]
        }
        #expect(try notes("a.txt") == [])
        #expect(try notes("b.txt") == ["2 control character(s) shown as symbols such as ␛"])
    }

    @Test func parseJSONCarriesTheStructure() throws {
        let parsed = ReportInputs.parse([file("004_301245093cdc576d.txt")]).reports
        let document = try #require(parsed.first.map(ReportJSON.document))
        let text = ReportJSON.text(document)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata["authority"] as? String == "重庆市南川区南平镇人民政府")
        #expect(metadata["date"] is NSNull)
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.count == 16)
        #expect(sections.first?["marker"] as? String == "一、")
        let mandated = try #require(object["mandated"] as? [String: Any])
        #expect(mandated["plans"] as? String == "四、2026年度推进法治政府建设的主要工作思路与目标举措")
        #expect(mandated["other"] is NSNull)
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(warnings.contains { $0["kind"] as? String == "malformedDate" && $0["line"] as? Int == 65 })
        #expect(text.contains("重庆市") && !text.contains("\\/"))
    }
}
