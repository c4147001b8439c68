import Model

/// The figures of the current section: mark, qualifier and value with unit, label.
enum FiguresPane {
    static func draw(_ r: ReportState, in body: Rect, focused: Bool, on canvas: inout Canvas) {
        let inView = r.figuresInView
        guard !inView.isEmpty else {
            canvas.put(" (no figures in this section)", x: body.x, y: body.y, role: .normal, limit: body.maxX)
            return
        }
        for row in 0..<body.height where r.figuresTop + row < inView.count {
            let index = inView[r.figuresTop + row]
            let y = body.y + row
            canvas.put(line(for: index, in: r), x: body.x + 1, y: y, role: .normal, limit: body.maxX)
            let markRole: Role = r.pending.contains(index) ? .normal : TextPane.role(ofFigure: index, in: r)
            canvas.put(mark(for: index, in: r), x: body.x + 1, y: y, role: markRole)
            if index == r.selectedFigure {
                canvas.paint(row: y, from: body.x, to: body.maxX, role: focused ? .cursor : .cursorUnfocused)
            }
        }
    }

    static func mark(for index: Int, in r: ReportState) -> String {
        if r.pending.contains(index) { return "[~]" }
        switch r.state(ofFigure: index) {
        case .checked: return "[x]"
        case .disputed: return "[!]"
        case .cleared, nil: return "[ ]"
        }
    }

    /// `[x]* ≥30场次 开展尚书学堂`, `[ ]  3–5场次 开展法治讲座`, `[ ]  ≥1/3 的村`: `*` where a
    /// warning concerns the figure.
    static func line(for index: Int, in r: ReportState) -> String {
        let figure = r.report.figures[index]
        let warned = r.report.warnings.contains { warning in
            if let range = warning.range { return range.overlaps(figure.range) }
            return warning.line > 0 && warning.line == figure.line
        }
        let qualifier: String = switch figure.qualifier {
        case .exact: ""
        case .approx: "≈"
        case .atLeast: "≥"
        case .atMost: "≤"
        }
        return mark(for: index, in: r) + (warned ? "*" : " ") + qualifier + figure.amountText + figure.unit + " " + figure.label
    }
}
