/// What a piece of screen text is; the theme decides how each role looks.
enum Role: String, Sendable, CaseIterable {
    case normal
    case bar
    case paneTitle, focusedPaneTitle
    case heading
    case figureUnchecked, figureChecked, figureDisputed, figureSelected
    case searchMatch
    case cursor, cursorUnfocused
    case warning, error
    case placeholder
}
