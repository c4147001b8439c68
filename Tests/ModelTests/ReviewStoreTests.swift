import Foundation
import Testing
@testable import Model

/// A report of two sections; `inserted` adds a paragraph with a figure of its own above the
/// figures already there, `dropSentence` removes the sentence of the 来信来访 figure.
private func sampleReport(inserted: Bool = false, dropSentence: Bool = false) -> Report {
    var lines = ["一、主要举措和成效", "（一）依法调解纠纷"]
    var figures: [(label: String, text: String)] = []
    if inserted {
        lines.append("全年新增人民调解员12名。")
        figures.append(("全年新增人民调解员", "12名"))
    }
    lines.append("调处各类矛盾纠纷410件，其中村级339件。")
    figures += [("调处各类矛盾纠纷", "410件"), ("其中村级", "339件")]
    if !dropSentence {
        lines.append("办理来信来访34宗。")
        figures.append(("办理来信来访", "34宗"))
    }
    lines += ["二、存在的不足和原因", "开展培训2期。开展培训2期。"]
    figures += [("开展培训", "2期"), ("开展培训", "2期")]
    return HandMadeReport.make(lines, figures: figures)
}

private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

private func newStore(in folder: URL, reviewer: String = "alice") throws -> SQLiteReviewStore {
    try SQLiteReviewStore(path: folder.appendingPathComponent("review.sqlite").path, reviewer: reviewer)
}

@Test func marksSurviveANewStoreOnTheSameFile() throws {
    let folder = try temporaryFolder()
    let report = sampleReport()
    let first = try newStore(in: folder)
    _ = try first.record(.checked, note: nil, figure: 0, of: report, relativePath: "a.txt")
    _ = try first.record(.disputed, note: "台账为409件", figure: 2, of: report, relativePath: "a.txt")

    let reopened = try newStore(in: folder, reviewer: "bob")
    let reviews = try reopened.reviews(of: report, relativePath: "a.txt")
    #expect(reviews.map { $0?.state } == [.checked, nil, .disputed, nil, nil])
    #expect(reviews[2]?.note == "台账为409件")
    #expect(reviews[2]?.reviewer == "alice")
    #expect(try reopened.reviews(of: report, relativePath: "b.txt").allSatisfy { $0 == nil })
}

@Test func theLatestEventIsTheStateAndHistoryKeepsEveryEvent() throws {
    let store = try newStore(in: try temporaryFolder())
    let report = sampleReport()
    _ = try store.record(.checked, note: nil, figure: 1, of: report, relativePath: "a.txt")
    _ = try store.record(.disputed, note: "数字对不上", figure: 1, of: report, relativePath: "a.txt")
    _ = try store.record(.cleared, note: nil, figure: 1, of: report, relativePath: "a.txt")
    _ = try store.record(.checked, note: nil, figure: 0, of: report, relativePath: "a.txt")

    let review = try store.review(of: report, relativePath: "a.txt")
    #expect(review.figures[1]?.state == .cleared)
    #expect(review.checked == 1)
    let history = try store.history(of: report, relativePath: "a.txt", figure: 1)
    #expect(history.map(\.state) == [.cleared, .disputed, .checked])
    #expect(try store.history(of: report, relativePath: "a.txt", figure: nil).count == 4)
}

@Test func identicalFiguresInOneSectionAreMarkedApart() throws {
    let store = try newStore(in: try temporaryFolder())
    let report = sampleReport()
    _ = try store.record(.checked, note: nil, figure: 4, of: report, relativePath: "a.txt")
    #expect(try store.reviews(of: report, relativePath: "a.txt").map { $0?.state } == [nil, nil, nil, nil, .checked])
}

@Test func aParagraphInsertedAboveKeepsTheMarkOnItsFigure() throws {
    let store = try newStore(in: try temporaryFolder())
    _ = try store.record(.checked, note: nil, figure: 0, of: sampleReport(), relativePath: "a.txt")
    _ = try store.record(.disputed, note: "核对", figure: 4, of: sampleReport(), relativePath: "a.txt")

    let edited = sampleReport(inserted: true)
    #expect(ReportFingerprint.of(edited.source) != ReportFingerprint.of(sampleReport().source))
    let review = try store.review(of: edited, relativePath: "a.txt")
    #expect(review.figures.map { $0?.state } == [nil, .checked, nil, nil, nil, .disputed])
    #expect(review.orphaned.isEmpty)
}

@Test func deletingAFiguresSentenceOrphansItsMarkWithoutLosingIt() throws {
    let store = try newStore(in: try temporaryFolder())
    _ = try store.record(.checked, note: nil, figure: 0, of: sampleReport(), relativePath: "a.txt")
    _ = try store.record(.disputed, note: "无台账", figure: 2, of: sampleReport(), relativePath: "a.txt")

    let edited = sampleReport(dropSentence: true)
    let review = try store.review(of: edited, relativePath: "a.txt")
    #expect(review.figures.map { $0?.state } == [.checked, nil, nil, nil])
    #expect(review.orphaned.map(\.figureText) == ["34宗"])
    #expect(review.orphaned.first?.note == "无台账")
    #expect(review.orphaned.first?.anchor.description == "主要举措和成效 / 依法调解纠纷 · 办理来信来访 34宗")
    #expect(try store.history(of: edited, relativePath: "a.txt", figure: nil).count == 2)

    // Putting the sentence back brings the mark back.
    #expect(try store.reviews(of: sampleReport(), relativePath: "a.txt")[2]?.state == .disputed)
}

@Test func aFigureNumberOutsideTheReportIsRefusedAndNothingIsWritten() throws {
    let store = try newStore(in: try temporaryFolder())
    #expect(throws: ReviewStoreProblem.self) {
        try store.record(.checked, note: nil, figure: 5, of: sampleReport(), relativePath: "a.txt")
    }
    #expect(try store.history(of: sampleReport(), relativePath: "a.txt", figure: nil).isEmpty)
}

@Test func fingerprintIsTheIndexFingerprintOfTheNormalisedText() {
    #expect(ReportFingerprint.of(SourceText("a\nb")) == ReportFingerprint.hex(Fingerprint.of("a\nb")))
    #expect(ReportFingerprint.hex(0xAF) == "00000000000000af")
    #expect(ReportFingerprint.of(SourceText("a\r\nb")) == ReportFingerprint.of(SourceText("\u{FEFF}a\nb")))
}

@Test func aRewordedHeadingKeepsTheMarksOfItsFigures() throws {
    let store = try newStore(in: try temporaryFolder())
    _ = try store.record(.checked, note: nil, figure: 0, of: sampleReport(), relativePath: "a.txt")
    _ = try store.record(.disputed, note: "核对", figure: 2, of: sampleReport(), relativePath: "a.txt")

    let renamed = HandMadeReport.make(
        ["一、主要举措和成效", "（一）依法化解矛盾纠纷", "调处各类矛盾纠纷410件，其中村级339件。", "办理来信来访34宗。",
         "二、存在的不足和原因", "开展培训2期。开展培训2期。"],
        figures: [("调处各类矛盾纠纷", "410件"), ("其中村级", "339件"), ("办理来信来访", "34宗"), ("开展培训", "2期"), ("开展培训", "2期")])
    let review = try store.review(of: renamed, relativePath: "a.txt")
    #expect(review.figures.map { $0?.state } == [.checked, nil, .disputed, nil, nil])
    #expect(review.orphaned.isEmpty)

    // Marking again under the new heading supersedes the old mark; nothing is left orphaned.
    _ = try store.record(.checked, note: nil, figure: 2, of: renamed, relativePath: "a.txt")
    let again = try store.review(of: renamed, relativePath: "a.txt")
    #expect(again.figures[2]?.state == .checked)
    #expect(again.orphaned.isEmpty)
    #expect(try store.history(of: renamed, relativePath: "a.txt", figure: 2).map(\.state) == [.checked, .disputed])
}

@Test func aMarkIsNeverMovedOntoAFigureThatMightBeAnother() throws {
    let store = try newStore(in: try temporaryFolder())
    _ = try store.record(.checked, note: nil, figure: 3, of: sampleReport(), relativePath: "a.txt")
    // The section of the two identical 开展培训2期 is reworded: either could be the marked one.
    let renamed = HandMadeReport.make(
        ["一、主要举措和成效", "（一）依法调解纠纷", "调处各类矛盾纠纷410件，其中村级339件。", "办理来信来访34宗。",
         "二、问题和不足", "开展培训2期。开展培训2期。"],
        figures: [("调处各类矛盾纠纷", "410件"), ("其中村级", "339件"), ("办理来信来访", "34宗"), ("开展培训", "2期"), ("开展培训", "2期")])
    let review = try store.review(of: renamed, relativePath: "a.txt")
    #expect(review.figures.allSatisfy { $0 == nil })
    #expect(review.orphaned.map(\.figureText) == ["2期"])
}

@Test func aDeletedFigureMarkNeverPassesToAnotherWithTheSameNumber() throws {
    let store = try newStore(in: try temporaryFolder())
    let before = HandMadeReport.make(
        ["一、主要举措和成效", "办理来信来访34宗，化解积案34宗。"], figures: [("办理来信来访", "34宗"), ("化解积案", "34宗")])
    _ = try store.record(.checked, note: nil, figure: 0, of: before, relativePath: "a.txt")
    // Now the section holds one 34宗 only, but when the mark was made it held two.
    let after = HandMadeReport.make(["一、主要举措和成效", "化解积案34宗。"], figures: [("化解积案", "34宗")])
    let review = try store.review(of: after, relativePath: "a.txt")
    #expect(review.figures == [nil])
    #expect(review.orphaned.map(\.label) == ["办理来信来访"])
}

@Test func talliesCountEachFiguresLatestMarkPerReportWithoutTheText() throws {
    let store = try newStore(in: try temporaryFolder())
    #expect(try store.tallies().isEmpty)
    let report = sampleReport()
    _ = try store.record(.checked, note: nil, figure: 0, of: report, relativePath: "a.txt")
    _ = try store.record(.disputed, note: nil, figure: 0, of: report, relativePath: "a.txt")
    _ = try store.record(.checked, note: nil, figure: 1, of: report, relativePath: "a.txt")
    _ = try store.record(.checked, note: nil, figure: 2, of: report, relativePath: "a.txt")
    _ = try store.record(.cleared, note: nil, figure: 2, of: report, relativePath: "a.txt")
    // The two 开展培训 figures differ only by occurrence: both count.
    _ = try store.record(.checked, note: nil, figure: 3, of: report, relativePath: "b.txt")
    _ = try store.record(.checked, note: nil, figure: 4, of: report, relativePath: "b.txt")

    let tallies = try store.tallies()
    #expect(tallies["a.txt"] == MarkTally(checked: 1, disputed: 1))
    #expect(tallies["b.txt"] == MarkTally(checked: 2, disputed: 0))
    #expect(tallies["c.txt"] == nil)
    #expect(MarkTally(try store.reviews(of: report, relativePath: "a.txt")) == tallies["a.txt"])
}
