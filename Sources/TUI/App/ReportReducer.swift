/// Keys in the report's panes: moving, jumping between sections and figures, opening pages.
extension AppState {
    mutating func reportCommand(_ command: Command, key: Key) -> [Effect] {
        guard let r = report else { return [] }
        let rows = layout.paneRows
        switch command {
        case .moveDown: move(by: 1, in: r.focus)
        case .moveUp: move(by: -1, in: r.focus)
        case .pageDown: move(by: rows, in: r.focus)
        case .pageUp: move(by: -rows, in: r.focus)
        case .moveFirst: move(by: -Self.far, in: r.focus)
        case .moveLast: move(by: Self.far, in: r.focus)
        case .nextPane, .previousPane:
            let all = Pane.allCases
            let step = command == .nextPane ? 1 : all.count - 1
            report?.focus = all[(all.firstIndex(of: r.focus)! + step) % all.count]
            if report?.focus == .outline, let current = r.currentSection { report?.outlineCursor = current }
            keepOutlineCursorVisible()
        case .nextSection:
            let next = r.currentSection.map { $0 + 1 }
                ?? r.report.sections.firstIndex { $0.headingRange.lowerBound >= r.anchor }
            jump(toSection: next, otherwise: "This is the last section.")
        case .previousSection:
            guard let current = r.currentSection else { return notice("This is the first section.") }
            let heading = r.report.sections[current].headingRange.lowerBound
            jump(toSection: r.anchor > heading ? current : current - 1, otherwise: "This is the first section.")
        case .nextTopSection:
            let after = r.currentSection ?? -1
            let next = r.report.sections.indices.first { $0 > after && r.report.sections[$0].level == 1 }
                ?? (r.currentSection == nil ? r.report.sections.indices.first { r.report.sections[$0].level == 1 } : nil)
            jump(toSection: next, otherwise: "This is the last level-1 section.")
        case .previousTopSection:
            guard let current = r.currentSection else { return notice("This is the first section.") }
            let root = r.path(to: current)[0]
            let rootStart = r.report.sections[root].headingRange.lowerBound
            let target = current != root || r.anchor > rootStart
                ? root : r.report.sections.indices.last { $0 < root && r.report.sections[$0].level == 1 }
            jump(toSection: target, otherwise: "This is the first level-1 section.")
        case .topSection:
            guard case .character(let c) = key, let n = c.wholeNumberValue else { return [] }
            let tops = r.report.sections.indices.filter { r.report.sections[$0].level == 1 }
            jump(toSection: n <= tops.count ? tops[n - 1] : nil, otherwise: "There is no level-1 section \(n); the report has \(tops.count).")
        case .activate:
            if r.focus == .outline, r.report.sections.indices.contains(r.outlineCursor) {
                jump(toSection: r.outlineCursor, otherwise: "")
            } else if r.focus == .figures, let figure = r.selectedFigure {
                reveal(figure: figure)
            }
            if layout.panes(focus: r.focus)[.text] == nil { report?.focus = .text }
        case .nextUnchecked, .previousUnchecked:
            selectUnchecked(forward: command == .nextUnchecked)
        case .markChecked:
            return mark(.checked)
        case .clearMark:
            return mark(.cleared)
        case .markDisputed:
            guard let figure = r.selectedFigure else { return notice(Self.noFigure) }
            prompt = Prompt(purpose: .disputeNote(figure: figure))
        case .search:
            prompt = Prompt(purpose: .search, text: r.search?.query ?? "")
        case .nextMatch, .previousMatch:
            stepMatch(forward: command == .nextMatch)
        case .showWarnings: page = Page(kind: .warnings)
        case .showRaw: page = Page(kind: .raw)
        case .showHelp: page = Page(kind: .help)
        case .back:
            if key == .escape, r.search != nil {
                report?.search = nil
                return []
            }
            report = nil
            list.keepCursorVisible(rows: layout.listBody.height)
        default:
            break
        }
        return []
    }

    /// A move long enough to reach either end of anything.
    private static let far = 1 << 40

    static let noFigure = "No figure selected: press u for the next unchecked figure, or Tab to the figures pane."

    private mutating func notice(_ text: String) -> [Effect] {
        message = Message(text: text)
        return []
    }

    mutating func move(by delta: Int, in pane: Pane) {
        guard let r = report else { return }
        switch pane {
        case .text:
            scrollText(toLine: r.topLine + delta)
        case .outline:
            guard !r.report.sections.isEmpty else { return }
            report?.outlineCursor = clamp(r.outlineCursor + delta, 0, r.report.sections.count - 1)
            keepOutlineCursorVisible()
        case .figures:
            let inView = r.figuresInView
            guard !inView.isEmpty else { return }
            let at = r.selectedFigure.flatMap { inView.firstIndex(of: $0) }
            let row = at.map { clamp($0 + delta, 0, inView.count - 1) } ?? 0
            report?.selectedFigure = inView[row]
            keepFigureCursorVisible()
        }
    }

    /// Scrolls the text so `line` is at the top; the section at the top becomes current.
    /// Scrolling stops with the last line at the bottom, but a jump (`pastEnd`) may leave blank
    /// rows below it so that a late heading still shows at the top; from there scrolling down
    /// stays put rather than snapping back.
    private mutating func scrollText(toLine line: Int, pastEnd: Bool = false) {
        guard var r = report, !r.lines.isEmpty else { return }
        let lastFull = max(r.lines.count - layout.paneRows, 0)
        let maxTop = pastEnd ? r.lines.count - 1 : max(lastFull, min(line, r.topLine))
        r.anchor = r.lines[clamp(line, 0, maxTop)].range.lowerBound
        report = r
        makeCurrent(r.section(containing: r.anchor))
    }

    /// Makes `section` the one being read: the outline follows it (unless the reader is moving
    /// in the outline) and the figures pane lists its figures from the top.
    private mutating func makeCurrent(_ section: Int?) {
        guard var r = report else { return }
        if r.currentSection != section {
            r.currentSection = section
            r.figuresTop = 0
        }
        if r.focus != .outline, let section { r.outlineCursor = section }
        report = r
        keepOutlineCursorVisible()
        keepFigureCursorVisible()
    }

    private mutating func jump(toSection section: Int?, otherwise: String) {
        guard let r = report, let section, r.report.sections.indices.contains(section) else {
            if !otherwise.isEmpty { message = Message(text: otherwise) }
            return
        }
        let heading = r.report.sections[section].headingRange.lowerBound
        scrollText(toLine: r.lines.index(containing: heading), pastEnd: true)
        makeCurrent(section)
        report?.outlineCursor = section
        let first = report?.figuresInView.first
        report?.selectedFigure = first
        keepOutlineCursorVisible()
        keepFigureCursorVisible()
    }

    /// Shows byte `offset` in the text, a third of the way down when it was off screen, and
    /// makes its section current.
    mutating func reveal(offset: Int) {
        guard let r = report, !r.lines.isEmpty else { return }
        let line = r.lines.index(containing: offset)
        let rows = layout.paneRows
        if line < r.topLine || line >= r.topLine + rows { scrollText(toLine: line - rows / 3) }
        makeCurrent(r.section(containing: offset))
    }

    mutating func reveal(figure: Int) {
        guard let r = report, r.report.figures.indices.contains(figure) else { return }
        reveal(offset: r.report.figures[figure].range.lowerBound)
        report?.selectedFigure = figure
        keepFigureCursorVisible()
    }

    private mutating func selectUnchecked(forward: Bool) {
        guard let r = report else { return }
        let count = r.report.figures.count
        guard count > 0 else {
            message = Message(text: "This report has no figures.")
            return
        }
        // With no figure selected, start from the reading position.
        let firstOnScreen = r.report.figures.firstIndex { $0.range.lowerBound >= r.anchor } ?? count
        let start = r.selectedFigure ?? (forward ? firstOnScreen - 1 : firstOnScreen)
        let order = (1...count).map { forward ? (start + $0) % count : (start - $0 + count * 2) % count }
        guard let next = order.first(where: { r.state(ofFigure: $0) == nil }) else {
            message = Message(text: "Every figure is checked or disputed.")
            return
        }
        if forward ? next <= start : next >= start { message = Message(text: "Wrapped around.") }
        reveal(figure: next)
    }

    mutating func keepOutlineCursorVisible() {
        guard var r = report else { return }
        r.outlineTop = visibleTop(for: r.outlineCursor, top: r.outlineTop)
        report = r
    }

    mutating func keepFigureCursorVisible() {
        guard var r = report else { return }
        let row = r.selectedFigure.flatMap { r.figuresInView.firstIndex(of: $0) } ?? 0
        r.figuresTop = visibleTop(for: row, top: r.figuresTop)
        report = r
    }

    private func visibleTop(for row: Int, top: Int) -> Int {
        let rows = layout.paneRows
        if row < top { return row }
        if row >= top + rows { return row - rows + 1 }
        return top
    }

}

private func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { min(max(v, lo), hi) }
