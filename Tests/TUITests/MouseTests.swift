import Testing
@testable import TUI

struct MouseTests {
    func press(_ x: Int, _ y: Int) -> Event { .mouse(MouseEvent(kind: .press, x: x, y: y)) }

    @Test func inTheListAPressSelectsARowAndASecondOpensIt() {
        var state = Given.list()
        _ = state.handle(press(10, 3))
        #expect(state.list.selected == 1)
        #expect(state.handle(press(10, 2)).isEmpty)
        #expect(state.list.selected == 0)
        guard case .open(0, _) = state.handle(press(10, 2)).first else {
            Issue.record("a second press did not open the report")
            return
        }
        #expect(state.handle(press(10, 30)).isEmpty)
    }

    @Test func theWheelScrollsThePaneUnderThePointer() {
        var state = Given.report(size: Size(width: 120, height: 40), focus: .outline)
        let text = state.layout.panes(focus: .outline)[.text]!
        _ = state.handle(.mouse(MouseEvent(kind: .wheelDown, x: text.x + 5, y: 10)))
        #expect(state.report?.topLine == 3)
        #expect(state.report?.focus == .outline)
        _ = state.handle(.mouse(MouseEvent(kind: .wheelUp, x: text.x + 5, y: 10)))
        #expect(state.report?.topLine == 0)
        _ = state.handle(.mouse(MouseEvent(kind: .wheelDown, x: 2, y: 10)))
        #expect(state.report?.outlineCursor == 3)
    }

    @Test func pressingAFigureSelectsItAndPressingItAgainShowsItInTheText() {
        var state = Given.report(size: Size(width: 120, height: 40), focus: .text)
        state.press(.character("1"))
        let figures = state.layout.panes(focus: .text)[.figures]!
        _ = state.handle(press(figures.x + 3, figures.y + 3))
        #expect(state.report?.focus == .figures)
        #expect(state.report?.selectedFigure == 3)
        _ = state.handle(press(figures.x + 3, figures.y + 3))
        #expect(state.report?.currentSection == 1)
    }

    @Test func pressingASectionInTheOutlineSelectsItAndPressingAgainJumps() {
        var state = Given.report(size: Size(width: 120, height: 40), focus: .outline)
        _ = state.handle(press(3, 2 + 3))
        #expect(state.report?.outlineCursor == 3)
        #expect(state.report?.currentSection == nil)
        _ = state.handle(press(3, 2 + 3))
        #expect(state.report?.currentSection == 3)
    }

    @Test func theWheelScrollsAPage() {
        var state = Given.report(size: Size(width: 60, height: 12))
        state.press(.character("r"))
        _ = state.handle(.mouse(MouseEvent(kind: .wheelDown, x: 5, y: 5)))
        #expect(state.page?.top == 3)
    }
}
