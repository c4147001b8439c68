import Foundation
import Model
import Testing
@testable import TUI

/// The list of a big folder: rows the cache knows paint at once, the index fills in the rest in
/// batches, and the order, the filter and the cursor stay right as they arrive.
struct IndexedListTests {
    let names = ["a.txt", "b.txt", "c.txt", "d.txt"]
    let towns = ["甲镇", "乙镇", "丙镇", "丁镇"]
    let years = [2023, 2021, 2024, 2022]

    func summary(_ i: Int) -> ReportSummary {
        var report = SampleReport.make()
        report.metadata.authority = towns[i] + "人民政府"
        report.metadata.region = [towns[i]]
        report.metadata.year = years[i]
        return Given.summary(report, path: names[i])
    }

    /// Four files; the cache knew `cached` of them. What the browser makes off the main loop
    /// at start has come back unless `prepared` is false.
    func list(cached: Set<Int>, prepared: Bool = true) -> AppState {
        let files = names.map { ReportFile(url: .init(fileURLWithPath: "/r/\($0)"), folder: .init(fileURLWithPath: "/r"), relativePath: $0) }
        let known = names.indices.map { cached.contains($0) ? summary($0) : nil }
        var state = AppState(size: Size(width: 100, height: 20), storeLocation: "/r/reviews.sqlite", list: ListState(files: files, cached: known, problems: []))
        if prepared { state.makeAsAsked(state.starting()) }
        return state
    }

    func screen(_ state: AppState) -> [String] { Screen.render(state).snapshot() }

    @Test func rowsTheCacheKnowsPaintAtOnceAndTheRestFillInFromTheIndex() {
        var state = list(cached: [0, 2])
        var rows = screen(state)
        #expect(rows[0].contains("indexed 0/4"))
        #expect(rows[2].contains("甲镇人民政府") && rows[2].contains("2023"))
        #expect(rows[3].contains("b.txt") && rows[3].contains("indexing..."))
        #expect(rows[4].contains("丙镇人民政府"))
        #expect(rows[5].contains("indexing..."))

        _ = state.handle(Given.indexed([1: summary(1)], done: 2, of: 4))
        rows = screen(state)
        #expect(rows[0].contains("indexed 2/4"))
        #expect(rows[3].contains("乙镇人民政府") && rows[3].contains("2021"))
        #expect(rows[5].contains("indexing..."))

        _ = state.handle(Given.indexed([3: summary(3)], done: 4, of: 4))
        rows = screen(state)
        #expect(!rows[0].contains("indexed"))
        #expect(rows[0].contains("store: /r/reviews.sqlite"))
        #expect(rows[5].contains("丁镇人民政府"))
    }

    @Test func aFileTheIndexCannotReadShowsWhy() {
        var state = list(cached: [0, 1, 2, 3])
        let broken = ReportSummary(relativePath: "c.txt", stamp: FileStamp(size: 3, modified: 3), problem: "not UTF-8 text")
        _ = state.handle(Given.indexed([2: broken], done: 4, of: 4))
        #expect(screen(state)[4].contains("unreadable: not UTF-8 text"))
    }

    @Test func theYearOrderStaysRightAsRowsArriveWithRowsStillIndexingLast() {
        var state = list(cached: [0])
        state.press(.character("s"), .character("s"))
        #expect(state.list.sort == .year)
        #expect(state.list.rows == [0, 1, 2, 3])
        _ = state.handle(Given.indexed([2: summary(2)], done: 1, of: 4))
        #expect(state.list.rows == [0, 2, 1, 3])
        _ = state.handle(Given.indexed([1: summary(1), 3: summary(3)], done: 4, of: 4))
        #expect(state.list.rows == [1, 3, 0, 2])
        state.press(.character("S"))
        #expect(state.list.rows == [2, 0, 3, 1])
    }

    @Test func theFilterTakesInRowsThatArriveMatchingIt() {
        var state = list(cached: [0])
        state.press(.character("/"))
        state.type("丁镇")
        #expect(state.list.rows.isEmpty)
        #expect(state.list.selected == nil)
        _ = state.handle(Given.indexed([3: summary(3), 1: summary(1)], done: 4, of: 4))
        #expect(state.list.rows == [3])
        #expect(state.list.selected == 3)
        state.press(.backspace, .backspace)
        #expect(state.list.rows == [0, 1, 2, 3])
    }

    @Test func theCursorStaysOnItsReportWhenArrivingRowsReorderTheList() {
        var state = list(cached: [0, 2])
        state.press(.character("s"), .character("s"))
        state.press(.character("j"))
        #expect(state.list.selected == 2)
        _ = state.handle(Given.indexed([1: summary(1), 3: summary(3)], done: 4, of: 4))
        #expect(state.list.selected == 2)
        #expect(state.list.cursorRow == 3)
        #expect(screen(state)[5].hasPrefix(">丙镇人民政府"))
    }

    @Test func batchesWaitingInTheInboxAreTakenAsOne() {
        let inbox = Inbox()
        inbox.post(Given.indexed([0: summary(0)], done: 2, of: 4))
        inbox.post(Given.indexed([3: summary(3)], done: 1, of: 4))
        let events = inbox.takeAll()
        #expect(events.count == 1)
        guard case .indexed(let batch) = events.first else {
            Issue.record("no batch")
            return
        }
        #expect(batch.done == 2)
        #expect(batch.updated.map(\.file) == [0, 3])
    }
}

extension IndexedListTests {
    @Test func theStoresTalliesFillTheMarksColumnAndOpeningMakesThemExact() {
        var state = list(cached: [0, 1, 2, 3])
        #expect(screen(state)[2].contains("-/-/9"))
        _ = state.handle(.tallied([MarkTally(checked: 2, disputed: 1), MarkTally(), MarkTally(), MarkTally()]))
        #expect(screen(state)[2].contains("2/1/9"))
        #expect(screen(state)[3].contains("0/0/9"))
        state.press(.enter)
        _ = state.handle(.opened(entry: 0, .success(Given.loadedReport())))
        state.press(.character("q"))
        #expect(state.report == nil)
        #expect(screen(state)[2].contains("0/0/9"))
    }
}

extension IndexedListTests {
    @Test func regionsSharingALongPrefixSortByTheirWholeText() {
        let regions = [["重庆市", "荣昌区", "清坝镇"], ["重庆市", "荣昌区"], ["重庆市", "荣昌区", "万灵镇"], ["重庆市", "荣昌区", "清坝镇"]]
        var state = list(cached: [])
        var summaries: [Int: ReportSummary] = [:]
        for (i, region) in regions.enumerated() {
            var report = SampleReport.make()
            report.metadata.region = region
            summaries[i] = Given.summary(report, path: names[i])
        }
        _ = state.handle(Given.indexed(summaries, done: 4, of: 4))
        state.press(.character("s"))
        #expect(state.list.sort == .region)
        // Shorter first, then 万 (U+4E07) before 清 (U+6E05); equal regions keep name order.
        #expect(state.list.rows == [1, 2, 0, 3])
        state.press(.character("S"))
        #expect(state.list.rows == [3, 0, 2, 1])
    }
}
