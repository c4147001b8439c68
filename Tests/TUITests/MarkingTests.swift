import Model
import Testing
@testable import TUI

/// Marks go effect → store → result event; the screen shows a mark only once it is committed.
struct MarkingTests {
    /// Runs a record effect against `store` the way the shell does, returning the answer event.
    func perform(_ effects: [Effect], with store: MemoryReviewStore) -> Event? {
        guard case .record(let entry, let figure, let state, let previous, let note, let report, let file) = effects.first else { return nil }
        let result = Result { try store.record(state, note: note, figure: figure, of: report, relativePath: file.relativePath) }
            .mapError { StoreFailure(message: String(describing: $0)) }
        return .recorded(entry: entry, figure: figure, previous: previous, result)
    }

    @Test(arguments: [Pane.outline, .text, .figures])
    func xMarksTheSelectedFigureCheckedOnceTheStoreCommits(pane: Pane) throws {
        let store = MemoryReviewStore()
        var state = Given.report(focus: pane)
        state.press(.character("1"))
        let effects = state.press(.character("x"))
        #expect(state.report?.state(ofFigure: 1) == nil)
        #expect(state.report?.pending == [1])
        #expect(FiguresPane.mark(for: 1, in: state.report!) == "[~]")
        _ = state.handle(try #require(perform(effects, with: store)))
        #expect(state.report?.state(ofFigure: 1) == .checked)
        #expect(state.report?.pending == [])
        #expect(state.list.entries[0].summary?.checked == 1)
        #expect(try store.reviews(of: state.report!.report, relativePath: "sample.txt")[1]?.state == .checked)
        #expect(TextPane.role(ofFigure: 1, in: state.report!) == .figureChecked)
    }

    @Test(arguments: [Pane.outline, .text, .figures])
    func dAsksForANoteThenMarksDisputed(pane: Pane) throws {
        let store = MemoryReviewStore()
        var state = Given.report(focus: pane)
        #expect(state.press(.character("d")).isEmpty)
        #expect(state.prompt?.purpose == .disputeNote(figure: 0))
        state.type("台账只有5次")
        let effects = state.press(.enter)
        guard case .record(_, 0, .disputed, nil, "台账只有5次", _, let file) = effects.first, file.relativePath == "sample.txt" else {
            Issue.record("expected a disputed record effect, got \(effects)")
            return
        }
        _ = state.handle(try #require(perform(effects, with: store)))
        #expect(state.report?.state(ofFigure: 0) == .disputed)
        #expect(state.list.entries[0].summary?.disputed == 1)
        #expect(state.message?.text.contains("台账只有5次") == true)
    }

    @Test func escapeAtTheNotePromptMarksNothing() {
        var state = Given.report()
        state.press(.character("d"))
        state.type("abc")
        #expect(state.press(.escape).isEmpty)
        #expect(state.prompt == nil)
        #expect(state.report?.state(ofFigure: 0) == nil)
    }

    @Test(arguments: [Pane.outline, .text, .figures])
    func cClearsAMark(pane: Pane) throws {
        let store = MemoryReviewStore()
        var state = Given.report(focus: pane)
        _ = state.handle(try #require(perform(state.press(.character("x")), with: store)))
        #expect(state.list.entries[0].summary?.checked == 1)
        _ = state.handle(try #require(perform(state.press(.character("c")), with: store)))
        #expect(state.report?.state(ofFigure: 0) == nil)
        #expect(state.list.entries[0].summary?.checked == 0)
    }

    @Test func aStoreErrorIsShownAndTheFigureStaysUnmarked() throws {
        let store = MemoryReviewStore()
        store.failing = true
        var state = Given.report()
        _ = state.handle(try #require(perform(state.press(.character("x")), with: store)))
        #expect(state.report?.state(ofFigure: 0) == nil)
        #expect(state.report?.pending == [])
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("disk full") == true)
    }

    @Test func withoutASelectedFigureMarkingSaysWhatToDo() {
        var state = Given.report()
        state.report?.selectedFigure = nil
        #expect(state.press(.character("x")).isEmpty)
        #expect(state.press(.character("d")).isEmpty)
        #expect(state.prompt == nil)
        #expect(state.message?.text == AppState.noFigure)
    }

    @Test func anAnswerArrivingAfterLeavingTheReportStillCountsInTheList() throws {
        let store = MemoryReviewStore()
        var state = Given.report()
        let effects = state.press(.character("x"))
        state.press(.character("q"))
        _ = state.handle(try #require(perform(effects, with: store)))
        #expect(state.list.entries[0].summary?.checked == 1)
    }

    @Test func marksAlreadyInTheStoreShowWhenTheReportOpens() throws {
        let store = MemoryReviewStore()
        let report = SampleReport.make()
        _ = try store.record(.checked, note: nil, figure: 4, of: report, relativePath: "sample.txt")
        var state = Given.list()
        state.press(.enter)
        let reviews = try store.reviews(of: report, relativePath: "sample.txt")
        _ = state.handle(.opened(entry: 0, .success(LoadedReport(report: report, reviews: .success(reviews), storeLocation: "memory"))))
        #expect(state.report?.state(ofFigure: 4) == .checked)
        #expect(state.report?.checkedCount == 1)
    }

    @Test func aStoreThatCannotBeReadIsReportedOnOpening() {
        var state = Given.list()
        state.press(.enter)
        _ = state.handle(.opened(entry: 0, .success(LoadedReport(report: SampleReport.make(), reviews: .failure(StoreFailure(message: "locked")), storeLocation: "memory"))))
        #expect(state.report != nil)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("locked") == true)
    }
}
