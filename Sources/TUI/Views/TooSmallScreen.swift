/// Shown instead of a layout that cannot fit; the browser carries on once the terminal grows.
enum TooSmallScreen {
    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let minimum = ScreenLayout.minimum
        let text = "Terminal too small (\(state.size.width)x\(state.size.height)). Enlarge it to at least \(minimum.width)x\(minimum.height), or press q."
        let lines = PageContent.wrap(text, columns: max(canvas.width, 1), wrapper: state.wrapper)
        for (i, line) in lines.prefix(canvas.height).enumerated() {
            canvas.put(line, x: 0, y: i, role: i == 0 ? .warning : .normal)
        }
    }
}
