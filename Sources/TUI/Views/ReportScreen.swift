import Model

/// An open report: outline, text and figures side by side as the width allows, and a status line.
enum ReportScreen {
    static func draw(_ r: ReportState, state: AppState, on canvas: inout Canvas) {
        let meta = r.report.metadata
        let heading = [meta.authority, meta.year.map { "\($0)" }, meta.title].compactMap { $0 }.joined(separator: " ")
        canvas.bar(row: 0, left: " " + (heading.isEmpty ? r.file.relativePath : heading), right: "\(r.file.relativePath) ")
        let panes = state.layout.panes(focus: r.focus)
        for (pane, rect) in panes {
            drawTitle(of: pane, r: r, in: rect, focused: pane == r.focus, on: &canvas)
            let body = ScreenLayout.body(of: rect)
            switch pane {
            case .outline: OutlinePane.draw(r, in: body, focused: r.focus == .outline, on: &canvas)
            case .text: TextPane.draw(r, in: body, on: &canvas)
            case .figures: FiguresPane.draw(r, in: body, focused: r.focus == .figures, on: &canvas)
            }
            if rect.maxX < canvas.width {
                for y in rect.y..<rect.maxY { canvas.put("|", x: rect.maxX, y: y, role: .normal) }
            }
        }
        StatusBar.draw(r, state: state, on: &canvas)
    }

    private static func drawTitle(of pane: Pane, r: ReportState, in rect: Rect, focused: Bool, on canvas: inout Canvas) {
        let role: Role = focused ? .focusedPaneTitle : .paneTitle
        let title: String = switch pane {
        case .outline: "Outline (\(r.report.sections.count))"
        case .text: "Text"
        case .figures: "Figures here: \(r.figuresInView.count) of \(r.report.figures.count)"
        }
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), role: role)
        canvas.put(" " + title, x: rect.x, y: rect.y, role: role, limit: rect.maxX)
    }
}
