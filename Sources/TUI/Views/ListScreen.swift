import Model

/// The report list: one row per report, from the corpus index, filled in as the index works.
/// Only the visible rows are drawn, so a list of 100,000 costs no more than one of 30.
enum ListScreen {
    /// Column widths for a screen width; narrower screens drop the least needed columns.
    struct Columns {
        var authority: Int
        var year = 4
        var title: Int
        var figures = 5
        var marks = 11
        var parts = 5
        var warnings = 4

        init(width: Int) {
            authority = min(max(width * 22 / 100, 10), 30)
            title = 0
            if titleRoom(for: width) < 16 { parts = 0 }
            if titleRoom(for: width) < 16 { warnings = 0 }
            if titleRoom(for: width) < 16 { figures = 0 }
            title = max(titleRoom(for: width), 1)
        }

        private func titleRoom(for width: Int) -> Int {
            let optional = [figures, marks, parts, warnings].filter { $0 > 0 }
            return width - 1 - (authority + 1) - (year + 1) - optional.reduce(0) { $0 + $1 + 1 }
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let list = state.list
        let rows = list.rows
        let order = list.sort.rawValue + (list.descending ? " (descending)" : "")
        let filter = list.filter.isEmpty ? ""
            : list.filterWaits ? "  filter: \(list.filter) (getting the rows ready to search...)"
            : "  filter: \(list.filter) (\(grouped(rows.count)) shown)"
        let right = list.isIndexing
            ? "indexed \(grouped(list.indexed))/\(grouped(list.indexTotal)) "
            : "store: \(state.storeLocation) "
        canvas.bar(row: 0, left: " reports: \(grouped(list.entries.count)) files  sorted by \(order)\(filter)", right: right)
        let columns = Columns(width: canvas.width)
        drawRow(
            cells: ["Authority", "Year", "Title", "Figs", "Chk/Dis/All", "Parts", "Warn"], columns: columns,
            y: 1, role: .paneTitle, on: &canvas
        )
        let body = state.layout.listBody
        if list.entries.isEmpty {
            canvas.put("No reports here. Pass a folder or files: reports PATH...", x: 1, y: body.y, role: .warning)
            return
        }
        for row in 0..<body.height where list.top + row < rows.count {
            let entry = rows[list.top + row]
            let y = body.y + row
            draw(list.entries[entry], columns: columns, y: y, on: &canvas)
            if entry == list.selected {
                canvas.put(">", x: 0, y: y, role: .cursor)
                canvas.paint(row: y, from: 0, to: canvas.width, role: .cursor)
            }
        }
    }

    private static func draw(_ entry: ListEntry, columns: Columns, y: Int, on canvas: inout Canvas) {
        guard let s = entry.summary else {
            drawRow(cells: [entry.name, "", "indexing...", "", "", "", ""], columns: columns, y: y, role: .normal, on: &canvas)
            return
        }
        if let problem = s.problem {
            drawRow(cells: [entry.name, "", "unreadable: \(problem)", "", "", "", ""], columns: columns, y: y, role: .error, on: &canvas)
            return
        }
        let authority = s.authority ?? s.region.last ?? entry.name
        // Marks are counted when a report is opened; until then only the figures are known.
        let marks = entry.marks.map { "\($0.checked)/\($0.disputed)/\(s.figureCount)" } ?? "-/-/\(s.figureCount)"
        let present = [MandatedPart.measures, .shortcomings, .leaders, .plans].map(s.mandatedParts.contains)
        let parts = zip(["M", "S", "L", "P"], present).map { $1 ? $0 : "-" }.joined()
        drawRow(
            cells: [authority, s.year.map(String.init) ?? "", s.title ?? "(no title found)", "\(s.figureCount)", marks, parts, "\(s.warningCount)"],
            columns: columns, y: y, role: .normal, on: &canvas
        )
        if columns.parts > 0, present.contains(false) {
            canvas.put(parts, x: columns.partsStart, y: y, role: .warning)
        }
    }

    /// 12345 as 12,345: progress counts of a big folder are read at a glance.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// Seven cells, cut or padded to their columns; number columns align right.
    private static func drawRow(cells: [String], columns: Columns, y: Int, role: Role, on canvas: inout Canvas) {
        let width = canvas.displayWidth
        let widths = [columns.authority, columns.year, columns.title, columns.figures, columns.marks, columns.parts, columns.warnings]
        let alignRight = [false, false, false, true, true, false, true]
        var x = 1
        for (i, cell) in cells.enumerated() where widths[i] > 0 {
            let room = widths[i]
            let text = alignRight[i] && width.of(cell) < room
                ? String(repeating: " ", count: room - width.of(cell)) + cell : width.fit(cell, to: room)
            canvas.put(text, x: x, y: y, role: role, limit: x + room)
            x += room + 1
        }
    }
}

extension ListScreen.Columns {
    /// Column where the parts marks start.
    var partsStart: Int { 1 + authority + 1 + year + 1 + title + 1 + (figures > 0 ? figures + 1 : 0) + marks + 1 }
}
