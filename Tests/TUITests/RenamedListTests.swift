import Foundation
import Model
import Testing
@testable import TUI

/// A reviewer tidies the file names of a marked folder and opens it again: the list's
/// `Chk/Dis/All` must show the marks on the renamed report before it is opened, and never
/// give them to a copy. Driven through the reducer, with the runtime's answers fed back.
struct RenamedListTests {
    let folder: URL

    init() throws {
        folder = try ReportsBinary.folder(["拾万镇.txt": SampleReport.text, "清坝镇.txt": SampleReport.text + "\n补充说明。\n"])
    }

    func rename(_ old: String, _ new: String) throws {
        try FileManager.default.moveItem(at: folder.appendingPathComponent(old), to: folder.appendingPathComponent(new))
    }

    /// Checks two figures and disputes one of `name`, as the browser records them.
    func mark(_ name: String) throws {
        let stores = try browserStores(for: [name])
        let file = ReportFile(url: folder.appendingPathComponent(name), folder: folder, relativePath: name)
        let report = try ReportReading.read(file, store: stores.store(for: file)).get().report
        let store = stores.store(for: file)
        _ = try store.record(.checked, note: nil, figure: 0, of: report, relativePath: name)
        _ = try store.record(.checked, note: nil, figure: 1, of: report, relativePath: name)
        _ = try store.record(.disputed, note: "台账为409件", figure: 4, of: report, relativePath: name)
    }

    func browserStores(for names: [String]) throws -> BrowserReviewStores {
        let files = names.map { ReportFile(url: folder.appendingPathComponent($0), folder: folder, relativePath: $0) }
        return BrowserReviewStores(files: files, options: try ReviewOptions.parse([]), environment: ["USER": "alice"])
    }

    /// The browser on the folder as `reports` opens it: the list from the index's cache, then
    /// the stores' tallies (unless `tallyLast`) and the index's batches, each effect the reducer
    /// asks of the review stores answered as the runtime answers it.
    func browse(tallyLast: Bool = false) throws -> AppState {
        let pending = ReportIndexer().prepare(paths: [folder.path])
        let stores = BrowserReviewStores(files: pending.files, options: try ReviewOptions.parse([]), environment: ["USER": "bob"])
        var state = AppState(
            size: Size(width: 120, height: 20), storeLocation: stores.summary,
            list: ListState(files: pending.files, cached: pending.cached, problems: pending.problems))
        func answer(_ effects: [Effect]) {
            for case .followRenames(let reports) in effects {
                answer(state.handle(.marksFound(stores.followRenames(reports))))
            }
        }
        let inbox = Inbox()
        _ = pending.finish { inbox.post(.indexed($0)) }
        let tally = Event.tallied(stores.tallies(of: pending.files))
        let events = tallyLast ? inbox.takeAll() + [tally] : [tally] + inbox.takeAll()
        for event in events { answer(state.handle(event)) }
        return state
    }

    /// The list's row for the file `name`, as the screen shows it.
    func row(_ state: AppState, _ name: String) throws -> String {
        let entry = try #require(state.list.entries.firstIndex { $0.name == name })
        let shown = try #require(state.list.rows.firstIndex(of: entry))
        return Screen.render(state).snapshot()[state.layout.listBody.y + shown - state.list.top]
    }

    @Test func aRenamedReportShowsItsMarksInTheListBeforeItIsOpened() throws {
        try mark("拾万镇.txt")
        try rename("拾万镇.txt", "2024-拾万镇.txt")
        let state = try browse()
        #expect(state.report == nil)
        #expect(try row(state, "2024-拾万镇.txt").contains(" 2/1/9 "))
        #expect(try row(state, "清坝镇.txt").contains(" 0/0/9 "))
    }

    @Test func theMarksShowWhicheverComesFirstTheTallyOrTheIndex() throws {
        try mark("拾万镇.txt")
        try rename("拾万镇.txt", "2024-拾万镇.txt")
        #expect(try row(try browse(tallyLast: true), "2024-拾万镇.txt").contains(" 2/1/9 "))
    }

    @Test func aRenamedReportTheCacheAlreadyKnowsShowsItsMarks() throws {
        try mark("拾万镇.txt")
        try rename("拾万镇.txt", "2024-拾万镇.txt")
        // Indexed since the rename (`reports index`): the list starts from the cached summary
        // and the index has nothing new to say of it.
        _ = ReportIndexer().index(paths: [folder.path])
        #expect(try row(try browse(), "2024-拾万镇.txt").contains(" 2/1/9 "))
    }

    @Test func theListRecordsTheMoveAsOpeningWould() throws {
        try mark("拾万镇.txt")
        try rename("拾万镇.txt", "2024-拾万镇.txt")
        _ = try browse()
        let store = try SQLiteReviewStore(
            path: folder.appendingPathComponent(".reports-review.sqlite").path, reviewer: "carol", folder: folder)
        let moves = try store.moves(of: "2024-拾万镇.txt")
        #expect(moves.map(\.fromReport) == ["拾万镇.txt"])
        #expect(moves.first?.reviewer == "bob")
        #expect(moves.first?.automatic == true)
        #expect(try store.tallies() == ["2024-拾万镇.txt": MarkTally(checked: 2, disputed: 1)])
    }

    @Test func aCopyShowsNothingCheckedAndItsOriginalKeepsItsMarks() throws {
        try mark("拾万镇.txt")
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("拾万镇.txt"), to: folder.appendingPathComponent("副本.txt"))
        let state = try browse()
        #expect(try row(state, "副本.txt").contains(" 0/0/9 "))
        #expect(try row(state, "拾万镇.txt").contains(" 2/1/9 "))
    }
}
