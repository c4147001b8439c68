import Foundation
import Model
import Testing

private let original = """
    一、主要举措和成效
    （一）依法调解纠纷
    调处各类矛盾纠纷410件，其中村级339件。
    办理来信来访34宗。
    """

/// `original` with the 来信来访 sentence rewritten: its figure is gone.
private let edited = """
    一、主要举措和成效
    （一）依法调解纠纷
    调处各类矛盾纠纷410件，其中村级339件。
    信访工作平稳有序。
    """

/// A folder holding 拾万镇.txt, its figures 1 and 3 marked through the command line.
private func markedFolder() throws -> URL {
    let folder = try ReportsBinary.folder(["拾万镇.txt": original])
    let file = folder.appendingPathComponent("拾万镇.txt").path
    #expect(try ReportsBinary.run(["mark", file, "1", "--checked", "--reviewer", "alice"]).status == 0)
    #expect(try ReportsBinary.run(["mark", file, "3", "--disputed", "台账为33宗", "--reviewer", "alice"]).status == 0)
    return folder
}

private func rename(_ folder: URL, _ old: String, _ new: String) throws {
    let target = folder.appendingPathComponent(new)
    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.moveItem(at: folder.appendingPathComponent(old), to: target)
}

@Test func aRenamedReportShowsItsMarksInProgressHistoryAndExport() throws {
    let folder = try markedFolder()
    try rename(folder, "拾万镇.txt", "2021/拾万镇.txt")

    let progress = try ReportsBinary.run(["progress", folder.path])
    #expect(progress.stdout.contains("      1         1      3         0  "))
    #expect(progress.stdout.contains("2021/拾万镇.txt"))
    let export = try ReportsBinary.run(["export", folder.path, "--format", "csv"])
    #expect(export.stdout.contains("\"2021/拾万镇.txt\",\"一、主要举措和成效 / （一）依法调解纠纷\",\"调处各类矛盾纠纷\",\"410件\",\"410\",\"\",\"件\",\"checked\""))
    #expect(!export.stdout.contains("\"拾万镇.txt\""))
}

@Test func historySaysAReportWasRenamed() throws {
    let folder = try markedFolder()
    try rename(folder, "拾万镇.txt", "2021-拾万镇.txt")
    let history = try ReportsBinary.run(["history", folder.appendingPathComponent("2021-拾万镇.txt").path, "--reviewer", "bob"])
    let lines = history.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.first?.hasSuffix("bob  moved from 拾万镇.txt to 2021-拾万镇.txt (its text unchanged)") == true)
    #expect(lines.last?.contains("alice  checked  figure 1") == true)
}

@Test func aCopyStartsUncheckedBesideItsMarkedOriginal() throws {
    let folder = try markedFolder()
    try FileManager.default.copyItem(
        at: folder.appendingPathComponent("拾万镇.txt"), to: folder.appendingPathComponent("副本.txt"))
    let progress = try ReportsBinary.run(["progress", folder.path]).stdout.split(separator: "\n")
    #expect(progress.contains { $0.hasSuffix("/副本.txt") && $0.hasPrefix("      0         0      3") })
    #expect(progress.contains { $0.hasSuffix("/拾万镇.txt") && $0.hasPrefix("      1         1      3") })
}

@Test func aRenamedAndEditedReportGetsItsMarksThroughMove() throws {
    let folder = try markedFolder()
    try FileManager.default.removeItem(at: folder.appendingPathComponent("拾万镇.txt"))
    try Data(edited.utf8).write(to: folder.appendingPathComponent("2021-拾万镇.txt"))
    let new = folder.appendingPathComponent("2021-拾万镇.txt").path
    #expect(try ReportsBinary.run(["progress", new]).stdout.contains("      0         0      2         0  "))

    let move = try ReportsBinary.run(["move", folder.appendingPathComponent("拾万镇.txt").path, new, "--reviewer", "bob"])
    #expect(move.status == 0)
    #expect(move.stdout.contains("2 marks made under 拾万镇.txt now belong to 2021-拾万镇.txt: 1 figures checked, 0 disputed, 1 marks orphaned."))
    #expect(move.stdout.contains("orphaned disputed: 主要举措和成效 / 依法调解纠纷 · 办理来信来访 34宗"))

    let progress = try ReportsBinary.run(["progress", new]).stdout
    #expect(progress.contains("      1         0      2         1  "))
    let history = try ReportsBinary.run(["history", new]).stdout
    #expect(history.contains("bob  moved from 拾万镇.txt to 2021-拾万镇.txt (named with `reports move`)"))
    #expect(history.contains("[orphaned]"))
}

@Test func moveRefusesWhatWouldTakeOrMixMarks() throws {
    let folder = try markedFolder()
    let old = folder.appendingPathComponent("拾万镇.txt").path
    try Data(original.utf8).write(to: folder.appendingPathComponent("副本.txt"))
    let copy = folder.appendingPathComponent("副本.txt").path

    let stillThere = try ReportsBinary.run(["move", old, copy])
    #expect(stillThere.status != 0)
    #expect(stillThere.stderr.contains("is still there, and keeps its marks"))

    let nothing = try ReportsBinary.run(["move", folder.appendingPathComponent("从未审核.txt").path, copy])
    #expect(nothing.status == 64)
    #expect(nothing.stderr.contains("There are no marks under 从未审核.txt"))
    #expect(try ReportsBinary.run(["progress", old]).stdout.contains("      1         1      3"))
}

@Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
               "needs root and setpriv to act as a colleague who may only read"))
func aColleagueWhoMayOnlyReadSeesARenamedReportsMarksAndRecordsNoMove() throws {
    let folder = try markedFolder()
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    try rename(folder, "拾万镇.txt", "2021-拾万镇.txt")

    let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    let progress = try ReportsBinary.run(["progress", folder.path], launcher: asNobody)
    #expect(progress.stdout.split(separator: "\n").contains { $0.hasPrefix("      1         1      3") && $0.hasSuffix("2021-拾万镇.txt") })
    #expect(progress.stderr.contains("read-only for you"))
    let store = try SQLiteReviewStore(
        path: folder.appendingPathComponent(".reports-review.sqlite").path, reviewer: "alice", folder: folder)
    #expect(try store.moves(of: "2021-拾万镇.txt").isEmpty)
}
