/// One row of the keymap: keys, where they apply, what they do, and how help describes it.
struct Binding: Sendable {
    var keys: [Key]
    var contexts: [KeyContext]
    var command: Command
    var summary: String
    /// How help shows the keys when listing each would be noise (`1-9`).
    var label: String?

    var keyNames: String { label ?? keys.map(\.name).joined(separator: " ") }
}

/// The single table that both dispatches keys and generates the help screen.
enum Keymap {
    private static let everywhere = KeyContext.allCases
    private static let panes = KeyContext.reportPanes
    private static let moving: [KeyContext] = [.list, .outline, .text, .figures, .page]

    static let bindings: [Binding] = [
        Binding(keys: [.character("j"), .down], contexts: moving, command: .moveDown, summary: "move down (the text pane scrolls)"),
        Binding(keys: [.character("k"), .up], contexts: moving, command: .moveUp, summary: "move up (the text pane scrolls)"),
        Binding(keys: [.pageDown, .character(" ")], contexts: moving, command: .pageDown, summary: "one page down"),
        Binding(keys: [.pageUp, .character("b")], contexts: moving, command: .pageUp, summary: "one page up"),
        Binding(keys: [.home, .character("g")], contexts: moving, command: .moveFirst, summary: "to the top"),
        Binding(keys: [.end, .character("G")], contexts: moving, command: .moveLast, summary: "to the bottom"),
        Binding(keys: [.enter], contexts: [.list], command: .activate, summary: "open the report"),
        Binding(keys: [.enter], contexts: [.outline], command: .activate, summary: "show the section in the text"),
        Binding(keys: [.enter], contexts: [.figures], command: .activate, summary: "scroll the text to the figure"),
        Binding(keys: [.tab], contexts: panes, command: .nextPane, summary: "next pane"),
        Binding(keys: [.backTab], contexts: panes, command: .previousPane, summary: "previous pane"),
        Binding(keys: [.character("]")], contexts: panes, command: .nextSection, summary: "next section (any level)"),
        Binding(keys: [.character("[")], contexts: panes, command: .previousSection, summary: "previous section (any level)"),
        Binding(keys: [.character("}")], contexts: panes, command: .nextTopSection, summary: "next level-1 section"),
        Binding(keys: [.character("{")], contexts: panes, command: .previousTopSection, summary: "previous level-1 section"),
        Binding(
            keys: (1...9).map { .character(Character(String($0))) }, contexts: panes, command: .topSection,
            summary: "level-1 section N", label: "1-9"
        ),
        Binding(keys: [.character("u")], contexts: panes, command: .nextUnchecked, summary: "next unchecked figure"),
        Binding(keys: [.character("U")], contexts: panes, command: .previousUnchecked, summary: "previous unchecked figure"),
        Binding(keys: [.character("x")], contexts: panes, command: .markChecked, summary: "mark the selected figure checked"),
        Binding(keys: [.character("d")], contexts: panes, command: .markDisputed, summary: "mark it disputed (asks for a note)"),
        Binding(keys: [.character("c")], contexts: panes, command: .clearMark, summary: "clear its mark"),
        Binding(keys: [.character("/")], contexts: panes, command: .search, summary: "search the text"),
        Binding(keys: [.character("n")], contexts: panes, command: .nextMatch, summary: "next match"),
        Binding(keys: [.character("N")], contexts: panes, command: .previousMatch, summary: "previous match"),
        Binding(keys: [.character("w")], contexts: panes, command: .showWarnings, summary: "the report's warnings"),
        Binding(keys: [.character("r")], contexts: panes, command: .showRaw, summary: "the raw text with line numbers"),
        Binding(keys: [.character("/")], contexts: [.list], command: .filter, summary: "filter as you type (Enter keeps, Esc clears)"),
        Binding(keys: [.character("s")], contexts: [.list], command: .cycleSort, summary: "sort by name, region, year, progress"),
        Binding(keys: [.character("S")], contexts: [.list], command: .reverseSort, summary: "reverse the order"),
        Binding(keys: [.character("?")], contexts: everywhere, command: .showHelp, summary: "this help"),
        Binding(keys: [.character("q"), .escape], contexts: panes + [.page], command: .back, summary: "back"),
        Binding(keys: [.character("q")], contexts: [.list], command: .back, summary: "quit"),
        Binding(keys: [.escape], contexts: [.list], command: .back, summary: "clear the filter"),
    ]

    static func command(for key: Key, in context: KeyContext) -> Command? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.command
    }

    static func bindings(in context: KeyContext) -> [Binding] {
        bindings.filter { $0.contexts.contains(context) }
    }
}
