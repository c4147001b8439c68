import Model

/// The report's text, wrapped by display width: headings bold, figures highlighted by their
/// review state, the selected figure and search matches set apart.
enum TextPane {
    static func draw(_ r: ReportState, in body: Rect, on canvas: inout Canvas) {
        guard !r.lines.isEmpty else { return }
        let top = r.topLine
        let visible = r.lines[top..<min(top + body.height, r.lines.count)]
        guard let first = visible.first, let last = visible.last else { return }
        let spans = highlights(r, within: first.range.lowerBound..<max(last.range.upperBound, first.range.lowerBound + 1))
        for (row, line) in visible.enumerated() {
            var x = body.x + 1
            var offset = line.range.lowerBound
            for character in r.report.source.slice(line.range) {
                let role = spans.last { $0.range.contains(offset) }?.role ?? .normal
                x = canvas.put(String(character), x: x, y: body.y + row, role: role, limit: body.maxX - 1)
                offset += character.utf8.count
            }
        }
    }

    /// Highlighted byte ranges overlapping `window`, lowest priority first.
    static func highlights(_ r: ReportState, within window: Range<Int>) -> [(range: Range<Int>, role: Role)] {
        var spans: [(range: Range<Int>, role: Role)] = []
        for section in r.report.sections where section.headingRange.overlaps(window) {
            spans.append((section.headingRange, .heading))
        }
        for (index, figure) in r.report.figures.enumerated() where figure.range.overlaps(window) {
            spans.append((figure.range, role(ofFigure: index, in: r)))
        }
        if let search = r.search {
            for match in search.matches where match.overlaps(window) { spans.append((match, .searchMatch)) }
        }
        if let selected = r.selectedFigure, r.report.figures.indices.contains(selected) {
            spans.append((r.report.figures[selected].range, .figureSelected))
        }
        return spans
    }

    static func role(ofFigure index: Int, in r: ReportState) -> Role {
        switch r.state(ofFigure: index) {
        case .checked: .figureChecked
        case .disputed: .figureDisputed
        case .cleared, nil: .figureUnchecked
        }
    }
}
