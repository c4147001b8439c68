import Foundation
import Model
import Testing

/// Runs `reports` as the unprivileged user `nobody`, which only root can do.
private let canRunAsNobody = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

@Test(.enabled(if: canRunAsNobody, "needs root and setpriv to act as another reviewer"))
func aColleagueWhoMayOnlyReadSeesTheMarksAndIsToldWhyTheirsCannotBeKept() throws {
    let folder = try ReportsBinary.folder(["a.txt": "调处纠纷410件。\n"])
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    let location = ReviewLocation.resolve(folder: folder, environment: [:])
    let store = try #require(location.open(reviewer: "alice") as? SQLiteReviewStore)
    let source = SourceText("调处纠纷410件。\n")
    let figure = Figure(
        text: "410件", range: 12..<18, value: 410, unit: "件", kind: .count, qualifier: .exact, label: "调处纠纷",
        section: nil, line: 1)
    let report = Report(
        source: source, metadata: Metadata(), sections: [], points: [], mandated: MandatedParts(),
        figures: [figure], warnings: [])
    _ = try store.record(.disputed, note: "台账为409件", figure: 0, of: report, relativePath: "a.txt")
    try store.close()

    let asNobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    let file = folder.appendingPathComponent("a.txt").path
    let history = try ReportsBinary.run(["history", file], launcher: asNobody)
    #expect(history.status == 0)
    #expect(history.stdout.contains("alice  disputed"))
    #expect(history.stdout.contains("台账为409件"))
    #expect(history.stderr.contains("read-only for you"))

    let mark = try ReportsBinary.run(["mark", file, "1", "--checked"], launcher: asNobody)
    #expect(mark.status != 0)
    #expect(mark.stderr.contains("read-only for you"))
}
