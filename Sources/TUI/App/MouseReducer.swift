/// The mouse, when turned on: the wheel moves in what is under the pointer, a press selects
/// there, and a press on what is already selected acts on it like Enter.
extension AppState {
    private static let wheelStep = 3

    mutating func handle(_ mouse: MouseEvent) -> [Effect] {
        guard prompt == nil, layout.fits else { return [] }
        let delta = mouse.kind == .wheelUp ? -Self.wheelStep : Self.wheelStep
        if page != nil {
            guard mouse.kind != .press else { return [] }
            for _ in 0..<Self.wheelStep { _ = pageCommand(delta < 0 ? .moveUp : .moveDown) }
            return []
        }
        if report != nil { return reportMouse(mouse, delta: delta) }
        let rows = list.rows
        let body = layout.listBody
        if mouse.kind != .press {
            list.moveCursor(by: delta, in: rows)
            list.keepCursorVisible(rows: body.height)
            return []
        }
        let row = list.top + mouse.y - body.y
        guard mouse.y >= body.y, row < rows.count else { return [] }
        if list.selected == rows[row] { return listCommand(.activate, key: .enter) }
        list.selected = rows[row]
        return []
    }

    private mutating func reportMouse(_ mouse: MouseEvent, delta: Int) -> [Effect] {
        guard let r = report,
              let (pane, rect) = layout.panes(focus: r.focus).first(where: { $0.value.contains(x: mouse.x, y: mouse.y) })
        else { return [] }
        if mouse.kind != .press {
            move(by: delta, in: pane)
            return []
        }
        let wasFocused = pane == r.focus
        report?.focus = pane
        let row = mouse.y - ScreenLayout.body(of: rect).y
        guard row >= 0 else { return [] }
        switch pane {
        case .outline:
            let index = r.outlineTop + row
            guard r.report.sections.indices.contains(index) else { return [] }
            if wasFocused, index == r.outlineCursor { return reportCommand(.activate, key: .enter) }
            report?.outlineCursor = index
        case .figures:
            let inView = r.figuresInView
            guard r.figuresTop + row < inView.count else { return [] }
            let figure = inView[r.figuresTop + row]
            if wasFocused, figure == r.selectedFigure { return reportCommand(.activate, key: .enter) }
            report?.selectedFigure = figure
        case .text:
            break
        }
        return []
    }
}

extension Rect {
    func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}
