/// Draws a whole state onto a canvas of the state's size: the only way views are reached.
enum Screen {
    static func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.size.width, height: state.size.height, displayWidth: state.settings.displayWidth)
        guard state.layout.fits else {
            TooSmallScreen.draw(state, on: &canvas)
            return canvas
        }
        if state.page != nil {
            PageScreen.draw(state, on: &canvas)
        } else if let report = state.report {
            ReportScreen.draw(report, state: state, on: &canvas)
        } else {
            ListScreen.draw(state, on: &canvas)
        }
        MessageLine.draw(state, on: &canvas)
        return canvas
    }
}

extension Canvas {
    /// A full-width row in `role` holding `left`, and `right` flush with the right edge. When
    /// both do not fit, `right` gives way until `left` has `leftShare` of the row, then `left`
    /// is cut.
    mutating func bar(row: Int, left: String, right: String = "", role: Role = .bar, leftShare: Double = 0.5) {
        fill(Rect(x: 0, y: row, width: width, height: 1), role: role)
        let rightRoom = width - Int(Double(width) * leftShare)
        let rightWidth = min(displayWidth.of(right), max(width - displayWidth.of(left) - 1, rightRoom))
        let leftRoom = max(width - rightWidth - (right.isEmpty ? 0 : 1), 0)
        put(displayWidth.fit(left, to: leftRoom), x: 0, y: row, role: role)
        if rightWidth > 0 {
            put(displayWidth.fit(right, to: rightWidth), x: width - rightWidth, y: row, role: role)
        }
    }
}
