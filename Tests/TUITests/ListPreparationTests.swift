import Model
import Testing
@testable import TUI

/// What a big list makes off the main loop (the filter's search text, the region order) comes
/// back a moment after start; until then keys must still give the right rows.
extension IndexedListTests {
    @Test func aFilterTypedBeforeTheRowsAreReadyToSearchAppliesWhenTheyAre() throws {
        var waiting = list(cached: [0, 1, 2, 3], prepared: false)
        let asked = waiting.starting()
        waiting.press(.character("/"))
        waiting.type("丁镇")
        // Not filtered yet, and the header says why rather than show a wrong count.
        #expect(waiting.list.rows == [0, 1, 2, 3])
        #expect(screen(waiting)[0].contains("filter: 丁镇 (getting the rows ready to search...)"))
        waiting.makeAsAsked(asked)
        #expect(waiting.list.rows == [3])
        #expect(waiting.list.selected == 3)
        #expect(screen(waiting)[0].contains("filter: 丁镇 (1 shown)"))

        var ready = list(cached: [0, 1, 2, 3])
        ready.press(.character("/"))
        ready.type("丁镇")
        #expect(ready.list.rows == waiting.list.rows)
        ready.press(.backspace, .backspace, .character("镇"))
        waiting.press(.backspace, .backspace, .character("镇"))
        #expect(waiting.list.rows == [0, 1, 2, 3])
        #expect(ready.list.rows == waiting.list.rows)
    }

    @Test func rowsThatArriveBeforeTheRowsAreReadyToSearchAreSearchedToo() {
        var state = list(cached: [0], prepared: false)
        let asked = state.starting()
        _ = state.handle(Given.indexed([1: summary(1), 2: summary(2), 3: summary(3)], done: 4, of: 4))
        state.press(.character("/"))
        state.type("丁镇")
        state.makeAsAsked(asked)
        #expect(state.list.rows == [3])
    }

    @Test func rowsArrivingWhileAFilterIsActiveAreFiltered() {
        var state = list(cached: [0])
        state.press(.character("/"))
        state.type("镇")
        #expect(state.list.rows == [0])
        state.makeAsAsked(state.handle(Given.indexed([2: summary(2)], done: 2, of: 4)))
        #expect(state.list.rows == [0, 2])
        state.makeAsAsked(state.handle(Given.indexed([1: summary(1), 3: summary(3)], done: 4, of: 4)))
        #expect(state.list.rows == [0, 1, 2, 3])
        state.type("甲")
        #expect(state.list.rows == [])
        state.press(.backspace, .backspace, .character("乙"))
        #expect(state.list.rows == [1])
    }

    @Test func sortingByRegionIsRightOnTheFirstPress() {
        // 丁 U+4E01, 丙 U+4E19, 乙 U+4E59, 甲 U+7532.
        var state = list(cached: [0, 1, 2, 3])
        state.press(.character("s"))
        #expect(state.list.sort == .region)
        #expect(state.list.rows == [3, 2, 1, 0])
        state.press(.character("S"))
        #expect(state.list.rows == [0, 1, 2, 3])
    }

    @Test func aRegionOrderMadeFromRowsThatHaveSinceChangedIsNotUsed() {
        var state = list(cached: [0, 2], prepared: false)
        let asked = state.starting()
        // The rest arrive, and the index is done, before what was asked at start comes back.
        let askedAgain = state.handle(Given.indexed([1: summary(1), 3: summary(3)], done: 4, of: 4))
        state.makeAsAsked(asked)
        state.press(.character("s"))
        #expect(state.list.rows == [3, 2, 1, 0])
        state.press(.character("s"), .character("s"), .character("s"))
        #expect(state.list.sort == .name)
        state.makeAsAsked(askedAgain)
        state.press(.character("s"))
        #expect(state.list.rows == [3, 2, 1, 0])
    }
}
