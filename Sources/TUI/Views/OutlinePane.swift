/// Sections indented by level, with the number of figures in each; `>` marks the current one.
enum OutlinePane {
    static func draw(_ r: ReportState, in body: Rect, focused: Bool, on canvas: inout Canvas) {
        let sections = r.report.sections
        guard !sections.isEmpty else {
            canvas.put(" (no sections found)", x: body.x, y: body.y, role: .normal, limit: body.maxX)
            return
        }
        let counts = figureCounts(r)
        for row in 0..<body.height where r.outlineTop + row < sections.count {
            let index = r.outlineTop + row
            let section = sections[index]
            let y = body.y + row
            let count = counts[index] > 0 ? " \(counts[index])" : ""
            let countWidth = canvas.displayWidth.of(count)
            let indent = String(repeating: " ", count: 2 * max(section.level - 1, 0))
            let mark = index == r.currentSection ? ">" : " "
            let room = max(body.width - 1 - countWidth, 0)
            canvas.put(canvas.displayWidth.fit(indent + section.marker + section.title, to: room), x: body.x + 1, y: y, role: .normal, limit: body.x + 1 + room)
            canvas.put(count, x: body.maxX - countWidth, y: y, role: .normal, limit: body.maxX)
            canvas.put(mark, x: body.x, y: y, role: .normal)
            if index == r.outlineCursor {
                canvas.paint(row: y, from: body.x, to: body.maxX, role: focused ? .cursor : .cursorUnfocused)
            }
        }
    }

    /// Figures within each section and its subsections.
    private static func figureCounts(_ r: ReportState) -> [Int] {
        r.report.sections.map { section in
            r.report.figures.count { section.treeRange.contains($0.range.lowerBound) }
        }
    }
}
