/// Help, warnings or raw text over the whole screen.
enum PageScreen {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        canvas.bar(row: 0, left: " " + PageContent.title(for: state), right: "? help  q back ")
        let body = state.layout.pageBody
        let lines = PageContent.lines(for: state)
        let top = state.page?.top ?? 0
        for row in 0..<body.height where top + row < lines.count {
            let line = lines[top + row]
            canvas.put(line.text, x: 1, y: body.y + row, role: line.role, limit: body.maxX - 1)
        }
    }
}
