import Testing
@testable import TUI

struct KeymapTests {
    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let keys = Keymap.bindings(in: context).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context)")
        }
    }

    @Test func helpIsGeneratedFromTheKeymapAndListsEveryBinding() {
        var state = Given.report()
        state.press(.character("?"))
        let help = PageContent.lines(for: state).map(\.text).joined(separator: "\n")
        for binding in Keymap.bindings {
            #expect(help.contains(binding.summary), "\(binding.summary)")
            #expect(help.contains(binding.keyNames), "\(binding.keyNames)")
        }
    }

    @Test func theBriefsKeysAreBound() {
        let expectations: [(Key, KeyContext, Command)] = [
            (.character("j"), .text, .moveDown), (.down, .outline, .moveDown), (.pageDown, .figures, .pageDown),
            (.home, .list, .moveFirst), (.end, .page, .moveLast), (.tab, .text, .nextPane), (.backTab, .figures, .previousPane),
            (.character("]"), .outline, .nextSection), (.character("["), .text, .previousSection),
            (.character("}"), .figures, .nextTopSection), (.character("{"), .text, .previousTopSection),
            (.character("5"), .text, .topSection), (.enter, .outline, .activate), (.enter, .figures, .activate),
            (.character("u"), .text, .nextUnchecked), (.character("U"), .figures, .previousUnchecked),
            (.character("x"), .figures, .markChecked), (.character("d"), .text, .markDisputed), (.character("c"), .outline, .clearMark),
            (.character("w"), .text, .showWarnings), (.character("/"), .text, .search), (.character("n"), .text, .nextMatch),
            (.character("N"), .text, .previousMatch), (.character("r"), .figures, .showRaw), (.character("q"), .text, .back),
            (.escape, .figures, .back), (.character("q"), .list, .back), (.character("/"), .list, .filter),
            (.enter, .list, .activate), (.character("?"), .list, .showHelp),
        ]
        for (key, context, command) in expectations {
            #expect(Keymap.command(for: key, in: context) == command, "\(key) in \(context)")
        }
    }
}
