import Model
import Testing
@testable import TUI

struct ReportReducerTests {
    let report = SampleReport.make()

    func sectionTitle(_ state: AppState) -> String? {
        state.report?.currentSection.map { state.report!.report.sections[$0].title }
    }

    @Test func openingShowsTheTopOfTheTextWithTheFrontMattersFigures() {
        let state = Given.report()
        #expect(state.report?.anchor == 0)
        #expect(state.report?.currentSection == nil)
        #expect(state.report?.figuresInView == [0])
        #expect(state.report?.selectedFigure == 0)
    }

    // MARK: text pane

    @Test func textPaneJkArrowsPagesHomeEndScroll() {
        var state = Given.report(size: Size(width: 80, height: 24), focus: .text)
        state.press(.character("j"))
        #expect(state.report?.topLine == 1)
        state.press(.down, .down)
        #expect(state.report?.topLine == 3)
        state.press(.character("k"))
        #expect(state.report?.topLine == 2)
        state.press(.up)
        #expect(state.report?.topLine == 1)
        state.press(.pageDown)
        #expect(state.report?.topLine == 21)
        state.press(.pageUp)
        #expect(state.report?.topLine == 1)
        state.press(.end)
        let last = state.report!.lines.count - state.layout.paneRows
        #expect(state.report?.topLine == last)
        #expect(sectionTitle(state) != nil)
        state.press(.home)
        #expect(state.report?.topLine == 0)
        state.press(.character("G"))
        #expect(state.report?.topLine == last)
        state.press(.character("g"))
        #expect(state.report?.topLine == 0)
    }

    @Test func scrollingPastAHeadingMakesItsSectionCurrent() {
        var state = Given.report(size: Size(width: 80, height: 24))
        let heading = report.sections[1].headingRange.lowerBound
        let line = state.report!.lines.index(containing: heading)
        for _ in 0..<line { state.press(.character("j")) }
        #expect(state.report?.currentSection == 1)
        #expect(state.report?.outlineCursor == 1)
    }

    @Test func theFiguresPaneStartsFromTheTopWhenTheSectionChanges() {
        var state = Given.report(size: Size(width: 80, height: 24), focus: .figures)
        state.press(.character("1"), .end)
        state.report?.figuresTop = 4
        state.report?.focus = .text
        state.press(.end)
        #expect(state.report?.currentSection == 3)
        #expect(state.report?.figuresTop == 0)
        #expect(Screen.render(state).snapshot()[2].contains("[ ] 5名 仅有"))
    }

    // MARK: panes

    @Test func tabAndShiftTabCycleThePanes() {
        var state = Given.report(focus: .text)
        state.press(.tab)
        #expect(state.report?.focus == .figures)
        state.press(.tab)
        #expect(state.report?.focus == .outline)
        state.press(.tab)
        #expect(state.report?.focus == .text)
        state.press(.backTab)
        #expect(state.report?.focus == .outline)
        state.press(.backTab)
        #expect(state.report?.focus == .figures)
    }

    // MARK: sections, in every pane

    @Test(arguments: [Pane.outline, .text, .figures])
    func bracketsMoveBySectionAtAnyLevel(pane: Pane) {
        var state = Given.report(focus: pane)
        state.press(.character("]"))
        #expect(state.report?.currentSection == 0)
        state.press(.character("]"))
        #expect(state.report?.currentSection == 1)
        #expect(sectionTitle(state) == "加强学习")
        state.press(.character("]"), .character("]"))
        #expect(state.report?.currentSection == 3)
        state.press(.character("["))
        #expect(state.report?.currentSection == 2)
        #expect(state.report?.figuresInView == [4, 5])
        #expect(state.report?.selectedFigure == 4)
    }

    @Test(arguments: [Pane.outline, .text, .figures])
    func bracesMoveByLevelOneSection(pane: Pane) {
        var state = Given.report(focus: pane)
        state.press(.character("}"))
        #expect(state.report?.currentSection == 0)
        state.press(.character("}"))
        #expect(state.report?.currentSection == 3)
        state.press(.character("{"))
        #expect(state.report?.currentSection == 0)
        state.press(.character("]"), .character("{"))
        #expect(state.report?.currentSection == 0)
    }

    @Test(arguments: [Pane.outline, .text, .figures])
    func digitsJumpToLevelOneSectionN(pane: Pane) {
        var state = Given.report(focus: pane)
        state.press(.character("3"))
        #expect(sectionTitle(state) == "党政主要负责人履行第一责任人职责情况")
        #expect(state.report?.outlineCursor == 4)
        state.press(.character("1"))
        #expect(state.report?.currentSection == 0)
        state.press(.character("9"))
        #expect(state.report?.currentSection == 0)
        #expect(state.message?.text.contains("no level-1 section 9") == true)
    }

    @Test func aJumpPutsTheHeadingAtTheTopOfTheText() {
        var state = Given.report(size: Size(width: 80, height: 24))
        state.press(.character("2"))
        let heading = report.sections[3].headingRange.lowerBound
        #expect(state.report!.lines[state.report!.topLine].range.contains(heading))
    }

    @Test(arguments: [Key.character("4"), .character("}"), .character("]")])
    func aJumpToTheLastSectionScrollsPastTheEndToPutItsHeadingAtTheTop(key: Key) {
        var state = Given.report(size: Size(width: 80, height: 24))
        state.press(.character("3"), key)
        let heading = report.sections[5].headingRange.lowerBound
        let r = state.report!
        #expect(r.currentSection == 5)
        #expect(r.lines[r.topLine].range.contains(heading))
        #expect(r.topLine > r.lines.count - state.layout.paneRows)
    }

    @Test func pastTheEndScrollingDownStaysAndScrollingUpGoesBackALineAtATime() {
        var state = Given.report(size: Size(width: 80, height: 24))
        state.press(.character("4"))
        let top = state.report!.topLine
        state.press(.character("j"), .pageDown, .end)
        #expect(state.report?.topLine == top)
        state.press(.character("k"))
        #expect(state.report?.topLine == top - 1)
        state.press(.home)
        for _ in 0..<10 { state.press(.pageDown) }
        #expect(state.report?.topLine == state.report!.lines.count - state.layout.paneRows)
    }

    @Test func enterInTheOutlineOnTheLastSectionPutsItsHeadingAtTheTop() {
        var state = Given.report(focus: .outline)
        state.press(.end, .enter)
        let heading = report.sections[5].headingRange.lowerBound
        #expect(state.report!.lines[state.report!.topLine].range.contains(heading))
    }

    // MARK: outline pane

    @Test func outlineJkMoveTheCursorAndEnterJumpsTheText() {
        var state = Given.report(focus: .outline)
        state.press(.character("j"), .down, .character("j"))
        #expect(state.report?.outlineCursor == 3)
        #expect(state.report?.anchor == 0)
        state.press(.character("k"))
        #expect(state.report?.outlineCursor == 2)
        state.press(.up)
        #expect(state.report?.outlineCursor == 1)
        state.press(.end)
        #expect(state.report?.outlineCursor == 5)
        state.press(.home)
        #expect(state.report?.outlineCursor == 0)
        state.press(.pageDown)
        #expect(state.report?.outlineCursor == 5)
        state.press(.pageUp, .character("j"), .enter)
        #expect(state.report?.currentSection == 1)
        #expect(state.report?.focus == .outline)
        #expect(state.report!.lines[state.report!.topLine].range.contains(report.sections[1].headingRange.lowerBound))
    }

    // MARK: figures pane

    @Test func figuresPaneMovesTheSelectionAndEnterScrollsTheTextToIt() {
        var state = Given.report(size: Size(width: 80, height: 24), focus: .figures)
        state.press(.character("1"))
        #expect(state.report?.figuresInView == [1, 2, 3, 4, 5])
        state.press(.character("j"), .down)
        #expect(state.report?.selectedFigure == 3)
        state.press(.character("k"))
        #expect(state.report?.selectedFigure == 2)
        state.press(.up)
        #expect(state.report?.selectedFigure == 1)
        state.press(.end)
        #expect(state.report?.selectedFigure == 5)
        state.press(.home)
        #expect(state.report?.selectedFigure == 1)
        state.press(.pageDown)
        #expect(state.report?.selectedFigure == 5)
        state.press(.pageUp)
        #expect(state.report?.selectedFigure == 1)
        state.press(.end)
        state.report?.focus = .text
        state.press(.end)
        state.report?.focus = .figures
        let before = state.report!.topLine
        state.press(.enter)
        let r = state.report!
        let line = r.lines.index(containing: report.figures[5].range.lowerBound)
        #expect(r.topLine != before)
        #expect(line >= r.topLine && line < r.topLine + state.layout.paneRows)
        #expect(r.currentSection == 2)
    }

    @Test func onANarrowScreenEnterInTheOutlineShowsTheText() {
        var state = Given.report(size: Size(width: 50, height: 20), focus: .outline)
        #expect(state.layout.panes(focus: .outline).keys.sorted { $0.rawValue < $1.rawValue } == [.outline])
        state.press(.character("j"), .enter)
        #expect(state.report?.focus == .text)
        #expect(state.report?.currentSection == 1)
    }

    // MARK: unchecked figures

    @Test(arguments: [Pane.outline, .text, .figures])
    func uAndShiftUMoveToUncheckedFiguresAcrossSections(pane: Pane) {
        var state = Given.report(focus: pane)
        for i in [1, 2, 4] { state.report?.reviews[i] = FigureReview(state: .checked, note: nil, reviewer: "t", time: .init()) }
        state.press(.character("u"))
        #expect(state.report?.selectedFigure == 3)
        state.press(.character("u"))
        #expect(state.report?.selectedFigure == 5)
        #expect(state.report?.currentSection == 2)
        state.press(.character("U"), .character("U"))
        #expect(state.report?.selectedFigure == 0)
        state.press(.character("U"))
        #expect(state.report?.selectedFigure == 8)
        #expect(state.message?.text == "Wrapped around.")
    }

    // MARK: search

    @Test(arguments: [Pane.outline, .text, .figures])
    func slashSearchesNAndShiftNStepThroughMatches(pane: Pane) {
        var state = Given.report(size: Size(width: 80, height: 24), focus: pane)
        state.press(.character("/"))
        state.type("培训")
        #expect(state.report?.search?.matches.count == 2)
        #expect(state.report?.search?.current == 0)
        state.press(.enter)
        #expect(state.prompt == nil)
        state.press(.character("n"))
        #expect(state.report?.search?.current == 1)
        #expect(state.report?.currentSection == 5)
        state.press(.character("n"))
        #expect(state.report?.search?.current == 0)
        state.press(.character("N"))
        #expect(state.report?.search?.current == 1)
        state.press(.escape)
        #expect(state.report?.search == nil)
        #expect(state.report != nil)
    }

    // MARK: pages and back

    @Test(arguments: [Pane.outline, .text, .figures])
    func wRAndQuestionMarkOpenPagesThatQAndEscClose(pane: Pane) {
        var state = Given.report(focus: pane)
        state.press(.character("w"))
        #expect(state.page?.kind == .warnings)
        #expect(PageContent.lines(for: state).contains { $0.text.contains("rateMismatch") })
        state.press(.character("q"))
        #expect(state.page == nil)
        state.press(.character("r"))
        #expect(state.page?.kind == .raw)
        #expect(PageContent.lines(for: state).first?.text == "  1  某某镇人民政府关于2024年法治政府建设情况的报告")
        state.press(.escape)
        state.press(.character("?"))
        #expect(state.page?.kind == .help)
        state.press(.character("?"))
        #expect(state.page == nil)
        #expect(state.report != nil)
    }

    @Test func pagesScroll() {
        var state = Given.report(size: Size(width: 60, height: 12))
        state.press(.character("r"))
        state.press(.character("j"))
        #expect(state.page?.top == 1)
        state.press(.down, .up, .character("k"))
        #expect(state.page?.top == 0)
        state.press(.pageDown)
        #expect(state.page?.top == 10)
        state.press(.pageUp)
        #expect(state.page?.top == 0)
        state.press(.end)
        #expect(state.page!.top == PageContent.lines(for: state).count - 10)
        state.press(.home)
        #expect(state.page?.top == 0)
    }

    @Test(arguments: [Pane.outline, .text, .figures])
    func qGoesBackToTheList(pane: Pane) {
        var state = Given.report(focus: pane)
        state.press(.character("q"))
        #expect(state.report == nil)
        #expect(state.list.selected == 0)
    }

    // MARK: resize

    @Test func resizeRewrapsAndKeepsTheReadingPosition() {
        var state = Given.report(size: Size(width: 120, height: 40))
        state.press(.character("2"))
        let anchor = state.report!.anchor
        _ = state.handle(.resize(Size(width: 80, height: 24)))
        #expect(state.report!.wrappedColumns == state.layout.textColumns)
        #expect(state.report!.lines[state.report!.topLine].range.contains(anchor))
        _ = state.handle(.resize(Size(width: 30, height: 8)))
        _ = state.handle(.resize(Size(width: 120, height: 40)))
        #expect(state.report!.lines[state.report!.topLine].range.contains(anchor))
        #expect(state.report?.currentSection == 3)
        state.report?.focus = .outline
        state.press(.end)
        _ = state.handle(.resize(Size(width: 120, height: 12)))
        #expect(state.report!.outlineCursor >= state.report!.outlineTop)
        #expect(state.report!.outlineCursor < state.report!.outlineTop + state.layout.paneRows)
    }
}
