/// Keys on a full-screen page: scroll, or go back to where it was opened.
extension AppState {
    mutating func pageCommand(_ command: Command) -> [Effect] {
        guard let current = page else { return [] }
        let rows = layout.pageBody.height
        let lineCount = PageContent.lines(for: self).count
        let maxTop = max(lineCount - rows, 0)
        switch command {
        case .moveDown: page?.top = min(current.top + 1, maxTop)
        case .moveUp: page?.top = max(current.top - 1, 0)
        case .pageDown: page?.top = min(current.top + rows, maxTop)
        case .pageUp: page?.top = max(current.top - rows, 0)
        case .moveFirst: page?.top = 0
        case .moveLast: page?.top = maxTop
        case .back: page = nil
        case .showHelp: page = current.kind == .help ? nil : Page(kind: .help)
        default: break
        }
        return []
    }
}
