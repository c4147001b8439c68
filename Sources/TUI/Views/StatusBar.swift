/// Where the reader is: report, section path, figure n of N, how many are checked, and where
/// the marks are kept.
enum StatusBar {
    static func draw(_ r: ReportState, state: AppState, on canvas: inout Canvas) {
        let path = r.currentSection.map { current in
            r.path(to: current).map { r.report.sections[$0].marker + r.report.sections[$0].title }.joined(separator: " > ")
        } ?? "front matter"
        let total = r.report.figures.count
        let figure = r.selectedFigure.map { "figure \($0 + 1)/\(total)" } ?? "figure -/\(total)"
        var right = "\(figure)  checked \(r.checkedCount)/\(total)"
        if r.disputedCount > 0 { right += "  disputed \(r.disputedCount)" }
        if let search = r.search {
            right += "  match \(search.current.map { "\($0 + 1)" } ?? "-")/\(search.matches.count)"
        }
        right += "  store: \(r.storeLocation) "
        // On a wide screen the counts and the store's location matter more than the end of a long
        // section path; on a narrow one the path's start is kept.
        let leftShare = canvas.width >= 110 ? 0.35 : 0.5
        canvas.bar(row: state.layout.statusRow, left: " \(r.file.relativePath)  \(path)", right: right, leftShare: leftShare)
    }
}
