import Foundation
import Testing

private let report = """
    一、主要举措和成效
    （一）依法调解纠纷
    全年调处各类矛盾纠纷410件。
    办理来信来访34宗。
    二、存在的不足和原因
    开展执法45次。

    """

/// The counts `reports progress` prints for the report named `name`, as written.
private func progressCounts(_ output: String, of name: String) -> String? {
    output.split(separator: "\n").first { $0.hasSuffix("/" + name) }.map { String($0.prefix(36)) }
}

/// The fields of a CSV the export wrote: the test's reports hold no quotes, commas or line
/// breaks, so splitting on the quoted separators is exact here.
private func csvRecords(_ data: Data) -> [[String]] {
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    return text.components(separatedBy: "\r\n").dropLast().map {
        String($0.dropFirst().dropLast()).components(separatedBy: "\",\"")
    }
}

@Test func aReviewerMarksFiguresFollowsProgressAndExportsIt() throws {
    let folder = try ReportsBinary.folder(["万灵镇.txt": report])
    let file = folder.appendingPathComponent("万灵镇.txt").path
    let alice = ["--reviewer", "alice"]

    #expect(try ReportsBinary.run(["mark", file, "1", "--checked"] + alice).stdout
        == "Figure 1 (全年调处各类矛盾纠纷 410件): checked by alice.\n")
    #expect(try ReportsBinary.run(["mark", file, "2", "--disputed", "台账为33宗"] + alice).status == 0)
    #expect(try ReportsBinary.run(["mark", file, "3", "--checked"] + alice).status == 0)
    #expect(try ReportsBinary.run(["mark", file, "3", "--clear", "--reviewer", "bob"]).status == 0)

    let progress = try ReportsBinary.run(["progress", folder.path]).stdout
    #expect(progressCounts(progress, of: "万灵镇.txt") == "      1         1      3         0  ")

    let figures = try ReportsBinary.run(["figures", file]).stdout.split(separator: "\n")
    #expect(figures.map { $0.split(separator: "\t").last } == ["checked", "disputed", "-"])
    #expect(try ReportsBinary.run(["check", file]).stdout.contains("figures: 3, 1 checked, 1 disputed"))

    let history = try ReportsBinary.run(["history", file, "3"]).stdout.split(separator: "\n")
    #expect(history.count == 2)
    #expect(!history.contains { $0.contains("earlier text") })
    #expect(history.first?.contains("bob  cleared  figure 3") == true)
    #expect(history.last?.contains("alice  checked  figure 3") == true)

    let csv = folder.appendingPathComponent("review.csv")
    #expect(try ReportsBinary.run(["export", folder.path, "--format", "csv", "--output", csv.path]).status == 0)
    let data = try Data(contentsOf: csv)
    #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
    let records = csvRecords(data)
    let state = try #require(records.first?.firstIndex(of: "state"))
    let note = try #require(records.first?.firstIndex(of: "note"))
    #expect(records.dropFirst().map { $0[state] } == ["checked", "disputed", "cleared"])
    #expect(records.dropFirst().map { $0[0] } == ["万灵镇.txt", "万灵镇.txt", "万灵镇.txt"])
    #expect(records[2][note] == "台账为33宗")
}

@Test func lookingAtFiguresMakesNoReviewDatabase() throws {
    let folder = try ReportsBinary.folder(["a.txt": report])
    let figures = try ReportsBinary.run(["figures", folder.path]).stdout.split(separator: "\n")
    #expect(figures.count == 3)
    #expect(figures.allSatisfy { $0.hasSuffix("\t-") })
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".reports-review.sqlite").path))
}

@Test func editsKeepMarksOnTheirFiguresAndListTheOnesWhoseSentenceWent() throws {
    let folder = try ReportsBinary.folder(["a.txt": report])
    let file = folder.appendingPathComponent("a.txt")
    #expect(try ReportsBinary.run(["mark", file.path, "1", "--checked"]).status == 0)
    #expect(try ReportsBinary.run(["mark", file.path, "2", "--disputed", "台账为33宗"]).status == 0)

    let inserted = report.replacingOccurrences(of: "全年调处", with: "全面推进依法行政，规范执法行为。\n全年调处")
    try Data(inserted.utf8).write(to: file)
    #expect(progressCounts(try ReportsBinary.run(["progress", folder.path]).stdout, of: "a.txt") == "      1         1      3         0  ")

    try Data(inserted.replacingOccurrences(of: "办理来信来访34宗。\n", with: "").utf8).write(to: file)
    let progress = try ReportsBinary.run(["progress", folder.path]).stdout
    #expect(progressCounts(progress, of: "a.txt") == "      1         0      2         1  ")
    #expect(progress.contains("orphaned disputed by"))
    #expect(progress.contains("办理来信来访 34宗: 台账为33宗"))
    let history = try ReportsBinary.run(["history", file.path]).stdout.split(separator: "\n")
    #expect(history.first { $0.contains("34宗") }?.contains("[orphaned]") == true)
    #expect(history.allSatisfy { $0.hasSuffix("(made on an earlier text)") })
}
