import Model
import Testing
@testable import TUI

/// Whole screens rendered to plain text, as a reader would see them.
struct ScreenTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24)]

    /// Every row is exactly the screen's width in display columns, and no wide character was
    /// cut: each continuation cell follows the first half of a wide character.
    func expectWellFormed(_ canvas: Canvas, sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = canvas.snapshot()
        #expect(rows.count == canvas.height, sourceLocation: sourceLocation)
        for (y, row) in rows.enumerated() {
            #expect(canvas.displayWidth.of(row) == canvas.width, "row \(y): \(row)", sourceLocation: sourceLocation)
            for x in 0..<canvas.width where canvas.cell(x: x, y: y).width == 0 {
                #expect(x > 0 && canvas.cell(x: x - 1, y: y).width == 2, "row \(y) column \(x)", sourceLocation: sourceLocation)
            }
            for x in 0..<canvas.width where canvas.cell(x: x, y: y).width == 2 {
                #expect(x + 1 < canvas.width && canvas.cell(x: x + 1, y: y).width == 0, sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: sizes)
    func listScreen(size: Size) {
        let canvas = Screen.render(Given.list(size: size))
        expectWellFormed(canvas)
        let rows = canvas.snapshot()
        #expect(rows[0].contains("reports: 2 files"))
        #expect(rows[1].contains("Authority") && rows[1].contains("Year"))
        #expect(rows[2].hasPrefix(">某某镇人民政府"))
        #expect(rows[2].contains("2024"))
        #expect(rows[2].contains("-/-/9"))
        #expect(rows[2].contains("MSLP"))
        #expect(rows[3].contains("unreadable.txt") && rows[3].contains("not UTF-8 text"))
        #expect(rows[size.height - 1].contains("Enter open"))
    }

    @Test func listRowsCutLongTitlesByDisplayWidth() {
        var state = Given.list(size: Size(width: 80, height: 24))
        var report = SampleReport.make()
        report.metadata.title = String(repeating: "关于法治政府建设情况的报告", count: 5)
        _ = state.handle(Given.indexed([0: Given.summary(report)], done: 1, of: 1))
        let canvas = Screen.render(state)
        expectWellFormed(canvas)
        #expect(canvas.snapshot()[2].contains("~"))
    }

    @Test func aListOfRowsStillIndexingPaintsAtOnceWithItsProgress() {
        let canvas = Screen.render(Given.list(loaded: false))
        #expect(canvas.snapshot()[2].contains("indexing..."))
        #expect(canvas.snapshot()[0].contains("indexed 0/1"))
    }

    @Test func reportScreenAt120x40ShowsAllThreePanes() {
        var state = Given.report(size: Size(width: 120, height: 40))
        state.press(.character("1"))
        let canvas = Screen.render(state)
        expectWellFormed(canvas)
        let rows = canvas.snapshot()
        #expect(rows[1].contains("Outline (6)") && rows[1].contains("Text") && rows[1].contains("Figures here: 5 of 9"))
        #expect(rows.contains { $0.contains(">一、主要举措和成效") })
        #expect(rows.contains { $0.contains("  （一）加强学习") })
        #expect(rows.contains { $0.contains("[ ] 3次 组织培训") })
        #expect(rows[38].contains("一、主要举措和成效") && rows[38].contains("figure 2/9") && rows[38].contains("checked 0/9"))
        #expect(rows[38].contains("store: /tmp/reviews.sqlite"))
    }

    @Test func reportScreenAt80x24ShowsTextAndFiguresSideBySide() {
        var state = Given.report(size: Size(width: 80, height: 24))
        state.press(.character("1"))
        let canvas = Screen.render(state)
        expectWellFormed(canvas)
        let rows = canvas.snapshot()
        #expect(!rows[1].contains("Outline"))
        #expect(rows[1].hasPrefix(" Text") && rows[1].contains("Figures here"))
        #expect(rows[2].contains("一、主要举措和成效") && rows[2].contains("[ ] 3次"))
        state.press(.backTab)
        #expect(state.report?.focus == .outline)
        let outline = Screen.render(state).snapshot()
        #expect(outline[1].hasPrefix(" Outline") && !outline[1].contains("Figures"))
    }

    @Test func theLastSectionsHeadingIsTheTextPanesFirstRowWithBlankRowsBelowTheText() {
        var state = Given.report(size: Size(width: 80, height: 24))
        state.press(.character("4"))
        let canvas = Screen.render(state)
        expectWellFormed(canvas)
        let rows = canvas.snapshot()
        #expect(rows[2].hasPrefix(" 四、下一年度主要安排"))
        let textEnd = canvas.displayWidth.of(" 四、下一年度主要安排") + 2
        let last = rows.lastIndex { $0.contains("计划开展培训30余场次") }!
        #expect(last < 21)
        for row in (last + 1)...21 {
            #expect(rows[row].prefix(textEnd).allSatisfy { $0 == " " }, "row \(row): \(rows[row])")
        }
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 45, height: 10)])
    func everyScreenIsWellFormed(size: Size) {
        var state = Given.report(size: size)
        for keys in [[Key](), [.character("2")], [.character("w")], [.character("q"), .character("r")], [.character("q"), .character("?")],
                     [.character("q"), .tab, .character("u")], [.character("q"), .character("/")]] {
            state.press(keys)
            expectWellFormed(Screen.render(state))
        }
    }

    @Test func ambiguousCharactersCountedWideKeepEveryRowExact() {
        var state = Given.report(size: Size(width: 80, height: 24))
        state.settings.displayWidth = DisplayWidth(ambiguous: 2)
        var loaded = Given.loadedReport()
        loaded.report = ReportParser.parse("一、“五个一”活动……①②——\n" + String(repeating: "开展“法治进村”活动①，", count: 20))
        state.press(.character("q"), .enter)
        _ = state.handle(.opened(entry: 0, .success(loaded)))
        let canvas = Screen.render(state)
        expectWellFormed(canvas)
        #expect(canvas.snapshot().contains { $0.contains("“五个一”活动") })
    }

    @Test func theTextHighlightsFiguresByStateAndTheSelectedOne() {
        var state = Given.report(size: Size(width: 120, height: 40))
        state.press(.character("1"))
        state.report?.reviews[2] = FigureReview(state: .checked, note: nil, reviewer: "t", time: .init())
        state.report?.reviews[3] = FigureReview(state: .disputed, note: nil, reviewer: "t", time: .init())
        let canvas = Screen.render(state)
        let text = state.layout.panes(focus: .text)[.text]!
        func roles(of figure: String) -> Set<Role> {
            for y in 0..<canvas.height {
                let row = canvas.snapshot()[y]
                var from = row.startIndex
                while let found = row.range(of: figure, range: from..<row.endIndex) {
                    let x = canvas.displayWidth.of(row[..<found.lowerBound])
                    if x > text.x, x < text.maxX {
                        return Set((x..<(x + canvas.displayWidth.of(figure))).map { canvas.cell(x: $0, y: y).role })
                    }
                    from = found.upperBound
                }
            }
            return []
        }
        #expect(roles(of: "3次") == [.figureSelected])
        #expect(roles(of: "120人次") == [.figureChecked])
        #expect(roles(of: "98.5%") == [.figureDisputed])
        #expect(roles(of: "410件") == [.figureUnchecked])
        #expect(roles(of: "主要举措和成效") == [.heading])
    }

    @Test func figureStatesStayDistinctWithoutColour() {
        let roles: [Role] = [.figureUnchecked, .figureChecked, .figureDisputed, .figureSelected, .searchMatch, .heading, .normal]
        let looks = roles.map { Theme(colour: false).look($0) }
        #expect(Set(looks).count == roles.count)
        #expect(looks.allSatisfy { $0.foreground == nil && $0.background == nil })
    }

    @Test func figuresPaneShowsQualifierUnitLabelAndWarningMark() {
        var state = Given.report()
        state.press(.character("4"))
        #expect(FiguresPane.line(for: 8, in: state.report!) == "[ ] ≈30场次 计划开展培训")
        #expect(FiguresPane.line(for: 5, in: state.report!) == "[ ]*100% 成功率")
    }

    @Test func figuresPaneShowsBothEndsOfARangeAndAFraction() {
        var state = Given.report()
        state.press(.character("4"))
        state.report!.report.figures[8].upperValue = 50
        #expect(FiguresPane.line(for: 8, in: state.report!) == "[ ] ≈30–50场次 计划开展培训")
        state.report!.report.figures[8] = Figure(
            text: "三分之一以上", range: state.report!.report.figures[8].range, value: 1, unit: "/3", kind: .fraction,
            qualifier: .atLeast, label: "的村", section: nil, line: 1)
        #expect(FiguresPane.line(for: 8, in: state.report!) == "[ ] ≥1/3 的村")
    }

    @Test func controlCharactersInAReportNeverReachTheScreen() {
        var state = Given.list()
        state.press(.enter)
        var loaded = Given.loadedReport()
        loaded.report = ReportParser.parse("报告\u{1B}[2J正文\u{7}")
        _ = state.handle(.opened(entry: 0, .success(loaded)))
        let canvas = Screen.render(state)
        let all = canvas.snapshot().joined()
        #expect(all.contains("报告\u{241B}[2J正文\u{2407}"))
        #expect(!all.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func whatWasMadeSafeToShowIsSaidOnOpeningAndListedOnTheWarningsPage() {
        var state = Given.list()
        state.press(.enter)
        var loaded = Given.loadedReport()
        loaded.notes = ["2 control character(s) shown as symbols such as ␛"]
        _ = state.handle(.opened(entry: 0, .success(loaded)))
        let opened = Screen.render(state).snapshot()
        #expect(opened[39].hasPrefix("Made safe to show: 2 control character(s) shown as symbols such as ␛ (w lists them)."))
        state.press(.character("w"))
        let page = Screen.render(state).snapshot()
        let heading = page.firstIndex { $0.contains("file  made safe to show") }
        let warning = page.firstIndex { $0.contains("rateMismatch") }
        #expect(heading != nil && warning != nil && heading! < warning!)
        #expect(page[heading! + 1].contains("  2 control character(s) shown as symbols such as ␛"))
    }

    @Test func aReportWithNothingMadeSafeOpensWithoutAMessage() {
        let state = Given.report()
        #expect(state.message == nil)
        #expect(state.report?.notes == [])
    }

    @Test func aTooSmallTerminalAsksToBeEnlargedThenRecovers() {
        var state = Given.report(size: Size(width: 120, height: 40))
        _ = state.handle(.resize(Size(width: 30, height: 8)))
        let small = Screen.render(state)
        expectWellFormed(small)
        #expect(small.snapshot().joined().contains("Terminal too small"))
        _ = state.handle(.resize(Size(width: 80, height: 24)))
        let back = Screen.render(state).snapshot()
        #expect(back[1].contains("Text") && back[1].contains("Figures"))
    }

    @Test func searchMatchesAreHighlighted() {
        var state = Given.report(size: Size(width: 120, height: 40))
        state.press(.character("/"))
        state.type("依法行政")
        let canvas = Screen.render(state)
        let y = canvas.snapshot().firstIndex { $0.contains("依法行政取得") }!
        let x = canvas.displayWidth.of(canvas.snapshot()[y].components(separatedBy: "依法行政取得")[0])
        #expect(canvas.cell(x: x, y: y).role == .searchMatch)
        #expect(canvas.snapshot()[39].hasPrefix("Search: 依法行政_"))
    }
}

extension AppState {
    mutating func press(_ keys: [Key]) {
        for key in keys { _ = handle(.key(key)) }
    }
}
