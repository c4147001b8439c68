import Foundation
import GRDB
import Testing
@testable import Model

/// Two sections' figures; `dropSentence` deletes the 来信来访 sentence (its figure is 3rd).
private func movedReport(dropSentence: Bool = false) -> Report {
    var lines = ["一、主要举措和成效", "（一）依法调解纠纷", "调处各类矛盾纠纷410件，其中村级339件。"]
    var figures: [(label: String, text: String)] = [("调处各类矛盾纠纷", "410件"), ("其中村级", "339件")]
    if !dropSentence {
        lines.append("办理来信来访34宗。")
        figures.append(("办理来信来访", "34宗"))
    }
    lines += ["二、存在的不足和原因", "开展培训2期。"]
    figures.append(("开展培训", "2期"))
    return HandMadeReport.make(lines, figures: figures)
}

/// A reports folder holding `names`, each with `report`'s text, and its review database.
private struct ReviewedFolder {
    let url: URL

    init(_ names: [String], report: Report = movedReport()) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("moved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for name in names { try write(report, to: name) }
    }

    var database: String { url.appendingPathComponent(".reports-review.sqlite").path }

    /// A store as a reviewer's program opens it: knowing the folder it serves.
    func store(_ reviewer: String = "alice") throws -> SQLiteReviewStore {
        try SQLiteReviewStore(path: database, reviewer: reviewer, folder: url)
    }

    func write(_ report: Report, to name: String) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(report.source.text.utf8).write(to: file)
    }

    func rename(_ old: String, _ new: String) throws {
        let target = url.appendingPathComponent(new)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: url.appendingPathComponent(old), to: target)
    }

    func copy(_ old: String, _ new: String) throws {
        try FileManager.default.copyItem(at: url.appendingPathComponent(old), to: url.appendingPathComponent(new))
    }
}

/// Checks figure 1, disputes figure 3 of `name`.
private func markTwo(_ store: SQLiteReviewStore, _ name: String) throws {
    _ = try store.record(.checked, note: nil, figure: 0, of: movedReport(), relativePath: name)
    _ = try store.record(.disputed, note: "台账为33宗", figure: 2, of: movedReport(), relativePath: name)
}

private let twoMarks: [MarkState?] = [.checked, nil, .disputed, nil]

@Test func marksFollowARenamedReportWhenItIsReopened() throws {
    let folder = try ReviewedFolder(["大足区拾万镇.txt"])
    try markTwo(try folder.store(), "大足区拾万镇.txt")
    try folder.rename("大足区拾万镇.txt", "2021-拾万镇.txt")

    let reopened = try folder.store("bob")
    #expect(try reopened.reviews(of: movedReport(), relativePath: "2021-拾万镇.txt").map { $0?.state } == twoMarks)
    let tallies = try reopened.tallies()
    #expect(tallies["2021-拾万镇.txt"] == MarkTally(checked: 1, disputed: 1))
    #expect(tallies["大足区拾万镇.txt"] == nil)
    let moves = try reopened.moves(of: "2021-拾万镇.txt")
    #expect(moves.map(\.fromReport) == ["大足区拾万镇.txt"])
    #expect(moves.first?.automatic == true)
    #expect(moves.first?.reviewer == "bob")
    #expect(try reopened.history(of: movedReport(), relativePath: "2021-拾万镇.txt", figure: nil).count == 2)
}

@Test func marksFollowAReportMovedIntoASubfolder() throws {
    let folder = try ReviewedFolder(["a.txt"])
    try markTwo(try folder.store(), "a.txt")
    try folder.rename("a.txt", "2021/a.txt")
    #expect(try folder.store().reviews(of: movedReport(), relativePath: "2021/a.txt").map { $0?.state } == twoMarks)
}

@Test func aCopyStartsUncheckedAndTheOriginalKeepsItsMarks() throws {
    let folder = try ReviewedFolder(["a.txt"])
    try markTwo(try folder.store(), "a.txt")
    try folder.copy("a.txt", "copy.txt")

    let store = try folder.store()
    #expect(try store.reviews(of: movedReport(), relativePath: "copy.txt").allSatisfy { $0 == nil })
    #expect(try store.reviews(of: movedReport(), relativePath: "a.txt").map { $0?.state } == twoMarks)
    #expect(try store.moves(of: "copy.txt").isEmpty)
}

@Test func twoGoneReportsWithTheSameTextAreNotGuessedBetween() throws {
    let folder = try ReviewedFolder(["a.txt", "b.txt"])
    let store = try folder.store()
    try markTwo(store, "a.txt")
    _ = try store.record(.checked, note: nil, figure: 3, of: movedReport(), relativePath: "b.txt")
    try FileManager.default.removeItem(at: folder.url.appendingPathComponent("b.txt"))
    try folder.rename("a.txt", "c.txt")
    #expect(try store.reviews(of: movedReport(), relativePath: "c.txt").allSatisfy { $0 == nil })
}

@Test func marksFollowARenameTwiceAndARenameBack() throws {
    let folder = try ReviewedFolder(["a.txt"])
    let store = try folder.store()
    try markTwo(store, "a.txt")
    // Renamed twice before anyone opens it, then opened, marked, and renamed back.
    try folder.rename("a.txt", "b.txt")
    try folder.rename("b.txt", "c.txt")
    #expect(try store.reviews(of: movedReport(), relativePath: "c.txt").map { $0?.state } == twoMarks)
    _ = try store.record(.checked, note: nil, figure: 1, of: movedReport(), relativePath: "c.txt")
    try folder.rename("c.txt", "a.txt")

    let back = try store.reviews(of: movedReport(), relativePath: "a.txt")
    #expect(back.map { $0?.state } == [.checked, .checked, .disputed, nil])
    #expect(try store.moves(of: "a.txt").map(\.fromReport) == ["c.txt", "a.txt"])
    #expect(try store.reviews(of: movedReport(), relativePath: "c.txt").allSatisfy { $0 == nil })
    #expect(try store.tallies() == ["a.txt": MarkTally(checked: 2, disputed: 1)])
}

@Test func aNewReportUnderAnOldNameStartsUnchecked() throws {
    let folder = try ReviewedFolder(["a.txt"])
    let store = try folder.store()
    try markTwo(store, "a.txt")
    try folder.rename("a.txt", "b.txt")
    _ = try store.reviews(of: movedReport(), relativePath: "b.txt")
    let other = movedReport(dropSentence: true)
    try folder.write(other, to: "a.txt")
    #expect(try store.reviews(of: other, relativePath: "a.txt").allSatisfy { $0 == nil })
    #expect(try store.reviews(of: movedReport(), relativePath: "b.txt").map { $0?.state } == twoMarks)
}

@Test func aSecondReviewerStillMarkingTheOldNameMarksTheRenamedReport() throws {
    let folder = try ReviewedFolder(["a.txt"])
    let bob = try folder.store("bob")
    try markTwo(bob, "a.txt")
    try folder.rename("a.txt", "b.txt")
    let alice = try folder.store("alice")
    #expect(try alice.reviews(of: movedReport(), relativePath: "b.txt").map { $0?.state } == twoMarks)

    // Bob opened the report before it was renamed and marks on.
    _ = try bob.record(.checked, note: nil, figure: 3, of: movedReport(), relativePath: "a.txt")
    let reviews = try alice.reviews(of: movedReport(), relativePath: "b.txt")
    #expect(reviews.map { $0?.state } == [.checked, nil, .disputed, .checked])
    #expect(reviews[3]?.reviewer == "bob")
}

@Test func aRenamedAndEditedReportGetsItsMarksWhenTheMoveIsNamed() throws {
    let folder = try ReviewedFolder(["a.txt"])
    let store = try folder.store()
    try markTwo(store, "a.txt")
    try folder.rename("a.txt", "b.txt")
    let edited = movedReport(dropSentence: true)
    try folder.write(edited, to: "b.txt")
    // Edited as well as renamed: the store does not guess.
    #expect(try store.reviews(of: edited, relativePath: "b.txt").allSatisfy { $0 == nil })

    #expect(try store.recordMove(from: "a.txt", to: "b.txt", of: edited) == 2)
    let review = try store.review(of: edited, relativePath: "b.txt")
    #expect(review.figures.map { $0?.state } == [.checked, nil, nil])
    #expect(review.orphaned.map(\.anchor.text) == ["34宗"])
    #expect(try store.moves(of: "b.txt").map(\.automatic) == [false])
}

@Test func aMoveIsRefusedWithoutMarksToMoveOrOntoAMarkedReport() throws {
    let folder = try ReviewedFolder(["a.txt", "b.txt"])
    let store = try folder.store()
    #expect(throws: ReviewStoreProblem.self) { try store.recordMove(from: "gone.txt", to: "b.txt", of: movedReport()) }
    try markTwo(store, "a.txt")
    _ = try store.record(.checked, note: nil, figure: 1, of: movedReport(), relativePath: "b.txt")
    #expect(throws: ReviewStoreProblem.self) { try store.recordMove(from: "a.txt", to: "b.txt", of: movedReport()) }
    #expect(try store.reviews(of: movedReport(), relativePath: "b.txt").map { $0?.state } == [nil, .checked, nil, nil])
    #expect(try store.reviews(of: movedReport(), relativePath: "a.txt").map { $0?.state } == twoMarks)

    try folder.rename("a.txt", "c.txt")
    _ = try store.reviews(of: movedReport(), relativePath: "c.txt")
    let again = #expect(throws: ReviewStoreProblem.self) { try store.recordMove(from: "a.txt", to: "d.txt", of: movedReport()) }
    #expect(again?.description.contains("they went to c.txt") == true)
}

@Test func aDatabaseFromBeforeMovesOpensWithEveryMarkAndThenFollowsRenames() throws {
    let folder = try ReviewedFolder(["a.txt", "b.txt"])
    let old = try DatabaseQueue(path: folder.database)
    try ReviewSchema.migrator.migrate(old, upTo: "v1 events")
    let anchors = FigureAnchor.anchors(in: movedReport())
    try old.write { db in
        for (figure, state) in [(0, MarkState.checked), (2, .disputed), (3, .checked)] {
            try ReviewEvent(
                report: figure == 3 ? "b.txt" : "a.txt", fingerprint: ReportFingerprint.of(movedReport().source),
                figure: figure, of: anchors, state: state, note: nil, reviewer: "carol", time: Date()
            ).insert(db)
        }
    }
    try old.close()

    try folder.rename("a.txt", "renamed.txt")
    let store = try folder.store()
    #expect(try store.reviews(of: movedReport(), relativePath: "b.txt").map { $0?.state } == [nil, nil, nil, .checked])
    #expect(try store.reviews(of: movedReport(), relativePath: "renamed.txt").map { $0?.state } == twoMarks)
    #expect(try store.history(of: movedReport(), relativePath: "renamed.txt", figure: nil).allSatisfy { $0.reviewer == "carol" })
}

@Test func moveRowsAreNeverChangedOrRemoved() throws {
    let folder = try ReviewedFolder(["a.txt"])
    let store = try folder.store()
    try markTwo(store, "a.txt")
    try folder.rename("a.txt", "b.txt")
    _ = try store.reviews(of: movedReport(), relativePath: "b.txt")
    try store.close()
    let raw = try DatabaseQueue(path: folder.database)
    #expect(throws: (any Error).self) { try raw.write { try $0.execute(sql: "DELETE FROM move") } }
    #expect(throws: (any Error).self) { try raw.write { try $0.execute(sql: "UPDATE move SET toReport = 'x.txt'") } }
    #expect(try raw.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM move") } == 1)
}

/// The fingerprint the corpus index gives the text of `report` as written to a folder.
private func indexed(_ report: Report = movedReport()) -> UInt64 {
    report.source.bytes.withUnsafeBytes { Fingerprint.of($0) }
}

@Test func theIndexAndTheStoreFingerprintATextAlike() {
    #expect(ReportFingerprint.hex(indexed()) == ReportFingerprint.of(movedReport().source))
}

@Test func aListCountsARenamedReportsMarksBeforeItIsOpened() throws {
    let folder = try ReviewedFolder(["大足区拾万镇.txt", "other.txt"], report: movedReport())
    try markTwo(try folder.store(), "大足区拾万镇.txt")
    try folder.rename("大足区拾万镇.txt", "2021-拾万镇.txt")

    let store = try folder.store("bob")
    #expect(try store.tallies()["2021-拾万镇.txt"] == nil)
    let found = try store.followRenames(["2021-拾万镇.txt": indexed(), "never-marked.txt": indexed(movedReport(dropSentence: true))])
    #expect(found == ["2021-拾万镇.txt": MarkTally(checked: 1, disputed: 1)])
    // Recorded as if it had been opened: the marks are the renamed report's from now on.
    #expect(try store.moves(of: "2021-拾万镇.txt").map(\.fromReport) == ["大足区拾万镇.txt"])
    #expect(try store.tallies()["2021-拾万镇.txt"] == MarkTally(checked: 1, disputed: 1))
    #expect(try store.reviews(of: movedReport(), relativePath: "2021-拾万镇.txt").map { $0?.state } == twoMarks)
}

@Test func aListLeavesACopyUncheckedAndItsOriginalMarked() throws {
    let folder = try ReviewedFolder(["a.txt"])
    try markTwo(try folder.store(), "a.txt")
    try folder.copy("a.txt", "copy.txt")

    let store = try folder.store()
    #expect(try store.followRenames(["copy.txt": indexed()]).isEmpty)
    #expect(try store.moves(of: "copy.txt").isEmpty)
    #expect(try store.tallies() == ["a.txt": MarkTally(checked: 1, disputed: 1)])
}

@Test func aListDoesNotGuessWhichOfTwoReportsWithTheSameTextWasRenamed() throws {
    // Renamed, then copied under a third name before anyone looked: either could be the one.
    let folder = try ReviewedFolder(["a.txt"])
    try markTwo(try folder.store(), "a.txt")
    try folder.rename("a.txt", "b.txt")
    try folder.copy("b.txt", "c.txt")
    let store = try folder.store()
    #expect(try store.followRenames(["b.txt": indexed(), "c.txt": indexed()]).isEmpty)
    #expect(try store.moves(of: "b.txt").isEmpty && store.moves(of: "c.txt").isEmpty)

    // Two gone reports with the same text: neither is taken.
    let two = try ReviewedFolder(["a.txt", "b.txt"])
    let marks = try two.store()
    try markTwo(marks, "a.txt")
    _ = try marks.record(.checked, note: nil, figure: 3, of: movedReport(), relativePath: "b.txt")
    try FileManager.default.removeItem(at: two.url.appendingPathComponent("b.txt"))
    try two.rename("a.txt", "c.txt")
    #expect(try marks.followRenames(["c.txt": indexed()]).isEmpty)
}

@Test func aListDoesNotTakeMarksFromAReportMarkedOnAnotherText() throws {
    let folder = try ReviewedFolder(["a.txt"])
    try markTwo(try folder.store(), "a.txt")
    try folder.rename("a.txt", "b.txt")
    let store = try folder.store()
    #expect(try store.followRenames(["b.txt": indexed(movedReport(dropSentence: true))]).isEmpty)
    #expect(try store.tallies() == ["a.txt": MarkTally(checked: 1, disputed: 1)])
}
