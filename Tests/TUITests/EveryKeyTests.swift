import Model
import Testing
@testable import TUI

/// Every key of the keymap, in every context it is bound in, changes what the reader sees or
/// asks the shell for something: no binding is dead.
struct EveryKeyTests {
    /// A state for `context` in which every move is possible in both directions.
    func start(in context: KeyContext) -> AppState {
        switch context {
        case .list:
            var state = Given.list(size: Size(width: 80, height: 24))
            for i in 2...4 {
                state.list.entries.append(state.list.entries[0])
                state.list.entries[state.list.entries.count - 1].name = "sample\(i).txt"
            }
            state.list.filter = "txt"
            state.press(.character("j"))
            return state
        case .page:
            var state = Given.report(size: Size(width: 60, height: 12))
            state.press(.character("r"), .character("j"))
            return state
        case .outline, .text, .figures:
            var state = Given.report(size: Size(width: 80, height: 24), focus: .text)
            state.press(.character("1"), .character("j"), .character("j"))
            state.report?.focus = .outline
            state.press(.character("j"))
            state.report?.focus = .figures
            state.press(.character("j"))
            state.report?.focus = Pane(rawValue: context.rawValue)!
            state.message = nil
            return state
        }
    }

    func fingerprint(_ s: AppState) -> String {
        let r = s.report
        return [
            "\(String(describing: s.page)) \(String(describing: s.prompt)) \(String(describing: s.message))",
            "\(String(describing: s.list.selected)) \(s.list.sort) \(s.list.descending) \(s.list.filter) \(s.list.top)",
            "\(r == nil) \(String(describing: r?.focus)) \(String(describing: r?.anchor)) \(String(describing: r?.currentSection))",
            "\(String(describing: r?.outlineCursor)) \(String(describing: r?.selectedFigure)) \(String(describing: r?.search))",
            "\(String(describing: r?.pending))",
        ].joined(separator: "|")
    }

    @Test(arguments: KeyContext.allCases)
    func everyBoundKeyDoesSomething(context: KeyContext) {
        for binding in Keymap.bindings(in: context) {
            for key in binding.keys {
                var state = start(in: context)
                let before = fingerprint(state)
                let effects = state.handle(.key(key))
                #expect(!effects.isEmpty || fingerprint(state) != before, "\(key.name) in \(context): \(binding.summary)")
            }
        }
    }
}
