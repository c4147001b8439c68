import Model
import Testing
@testable import TUI

struct ListReducerTests {
    /// Three parsed reports and one unreadable file.
    func threeReports() -> AppState {
        let names = ["a.txt", "b.txt", "c.txt"]
        let files = names.map { ReportFile(url: .init(fileURLWithPath: "/r/\($0)"), folder: .init(fileURLWithPath: "/r"), relativePath: $0) }
        var state = AppState(
            size: Size(width: 120, height: 40), storeLocation: "x",
            list: ListState(files: files, problems: [LoadProblem(path: "d.txt", reason: "not UTF-8 text")])
        )
        let years = [2023, 2024, 2022]
        let regions = ["乙镇", "甲镇", "丙镇"]
        var summaries: [Int: ReportSummary] = [:]
        for i in 0..<3 {
            var report = SampleReport.make()
            report.metadata.year = years[i]
            report.metadata.region = [regions[i]]
            report.metadata.title = "报告\(i)"
            summaries[i] = Given.summary(report, path: names[i])
        }
        state.makeAsAsked(state.handle(Given.indexed(summaries, done: 3, of: 3)))
        let allChecked = SampleReport.make().figures.map { _ in FigureReview(state: .checked, note: nil, reviewer: "t", time: .init()) }
        state.list.opened(1, marks: MarkTally(allChecked), problem: nil)
        return state
    }

    @Test func rowsStartAsIndexingAndFillInAsSummariesArrive() {
        var state = Given.list(loaded: false)
        #expect(state.list.entries[0].summary == nil)
        #expect(state.list.entries[1].problem == "not UTF-8 text")
        _ = state.handle(Given.indexed([0: Given.summary()], done: 1, of: 1))
        #expect(state.list.entries[0].summary?.figureCount == 9)
        #expect(state.list.entries[0].summary?.mandatedParts.contains(.plans) == true)
    }

    @Test func jkArrowsPagesHomeAndEndMoveTheCursor() {
        var state = threeReports()
        state.press(.character("j"))
        #expect(state.list.selected == 1)
        state.press(.down)
        #expect(state.list.selected == 2)
        state.press(.character("k"))
        #expect(state.list.selected == 1)
        state.press(.up)
        #expect(state.list.selected == 0)
        state.press(.end)
        #expect(state.list.selected == 3)
        state.press(.home)
        #expect(state.list.selected == 0)
        state.press(.pageDown)
        #expect(state.list.selected == 3)
        state.press(.pageUp)
        #expect(state.list.selected == 0)
        state.press(.character("G"))
        #expect(state.list.selected == 3)
        state.press(.character("g"))
        #expect(state.list.selected == 0)
    }

    @Test func pagingScrollsALongList() {
        let files = (0..<100).map { ReportFile(url: .init(fileURLWithPath: "/r/\($0)"), folder: .init(fileURLWithPath: "/r"), relativePath: String(format: "%03d.txt", $0)) }
        var state = AppState(size: Size(width: 80, height: 24), storeLocation: "x", list: ListState(files: files, problems: []))
        state.press(.pageDown)
        #expect(state.list.selected == 21)
        #expect(state.list.top == 1)
        state.press(.end)
        #expect(state.list.top == 100 - 21)
    }

    @Test func sortKeysCycleAndReverse() {
        var state = threeReports()
        state.press(.character("s"))
        #expect(state.list.sort == .region)
        #expect(state.list.rows.prefix(3).map { state.list.entries[$0].summary!.region[0] } == ["丙镇", "乙镇", "甲镇"].sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        state.press(.character("s"))
        #expect(state.list.sort == .year)
        #expect(state.list.rows.prefix(3) == [2, 0, 1])
        state.press(.character("S"))
        // Files that could not be read stay at the end in either direction.
        #expect(state.list.rows == [1, 0, 2, 3])
        state.press(.character("S"), .character("s"))
        #expect(state.list.sort == .progress)
        #expect(state.list.rows.prefix(3) == [0, 2, 1])
        state.press(.character("s"))
        #expect(state.list.sort == .name)
    }

    @Test func slashFiltersAsYouTypeEnterKeepsEscClears() {
        var state = threeReports()
        state.press(.character("/"))
        #expect(state.prompt?.purpose == .filter)
        state.type("甲")
        #expect(state.list.rows == [1])
        #expect(state.list.selected == 1)
        state.press(.enter)
        #expect(state.prompt == nil)
        #expect(state.list.rows == [1])
        state.press(.escape)
        #expect(state.list.filter.isEmpty)
        #expect(state.list.rows.count == 4)
        state.press(.character("/"))
        state.type("2022x")
        state.press(.backspace)
        #expect(state.list.rows == [2])
        state.press(.escape)
        #expect(state.list.rows.count == 4)
    }

    @Test func enterOpensTheReportThroughAnEffect() {
        var state = threeReports()
        let effects = state.press(.enter)
        guard case .open(let entry, let file) = effects.first else {
            Issue.record("no open effect")
            return
        }
        #expect(entry == 0 && file.relativePath == "a.txt")
        #expect(state.report == nil)
        _ = state.handle(.opened(entry: 0, .success(Given.loadedReport())))
        #expect(state.report?.file.relativePath == "a.txt")
    }

    @Test func enterOnAnUnreadableFileSaysWhy() {
        var state = threeReports()
        state.press(.end)
        #expect(state.press(.enter).isEmpty)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("not UTF-8 text") == true)
    }

    @Test func aFileThatFailsToOpenIsMarkedUnreadable() {
        var state = threeReports()
        state.press(.enter)
        _ = state.handle(.opened(entry: 0, .failure(LoadProblem(path: "/r/a.txt", reason: "permission denied"))))
        #expect(state.report == nil)
        #expect(state.list.entries[0].problem == "permission denied")
    }

    @Test func questionMarkShowsHelpAndQQuits() {
        var state = threeReports()
        state.press(.character("?"))
        #expect(state.page?.kind == .help)
        state.press(.character("q"))
        #expect(state.page == nil)
        let effects = state.press(.character("q"))
        guard case .quit = effects.first else {
            Issue.record("q did not quit")
            return
        }
        #expect(state.press(.escape).isEmpty)
    }
}
