/// What a key asks for; the keymap turns keys into commands and the reducer carries them out.
enum Command: Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, moveFirst, moveLast
    case nextPane, previousPane
    case nextSection, previousSection, nextTopSection, previousTopSection
    /// Level-1 section N, N taken from the digit pressed.
    case topSection
    case activate
    case nextUnchecked, previousUnchecked
    case markChecked, markDisputed, clearMark
    case showWarnings, showRaw, showHelp
    case search, nextMatch, previousMatch
    case filter, cycleSort, reverseSort
    case back
}

/// Where keys are read: the list, one of the report's panes, or a full-screen page
/// (help, warnings, raw text).
enum KeyContext: String, Sendable, CaseIterable {
    case list, outline, text, figures, page

    static let reportPanes: [KeyContext] = [.outline, .text, .figures]

    /// How the help screen heads the context.
    var title: String {
        switch self {
        case .list: "Report list"
        case .outline: "Report, outline pane"
        case .text: "Report, text pane"
        case .figures: "Report, figures pane"
        case .page: "Help, warnings and raw text pages"
        }
    }
}
