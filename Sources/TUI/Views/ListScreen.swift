/// The report list: one row per report, filled in as reports are parsed in the background.
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
        let parsed = list.entries.count { if case .parsing = $0.status { false } else { true } }
        let order = list.sort.rawValue + (list.descending ? " (descending)" : "")
        let filter = list.filter.isEmpty ? "" : "  filter: \(list.filter) (\(rows.count) shown)"
        let storeError = list.entries.lazy.compactMap { $0.summary?.storeError }.first
        let right = if parsed < list.entries.count {
            "parsing \(parsed)/\(list.entries.count) "
        } else if let storeError {
            "review store error: \(storeError) "
        } else {
            "store: \(state.storeLocation) "
        }
        canvas.bar(row: 0, left: " reports: \(list.entries.count) files  sorted by \(order)\(filter)", right: right)
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
        switch entry.status {
        case .parsing:
            drawRow(cells: [entry.name, "", "parsing...", "", "", "", ""], columns: columns, y: y, role: .normal, on: &canvas)
        case .unreadable(let reason):
            drawRow(cells: [entry.name, "", "unreadable: \(reason)", "", "", "", ""], columns: columns, y: y, role: .error, on: &canvas)
        case .ready(let s):
            let authority = s.authority ?? s.region.last ?? entry.name
            let marks = "\(s.checked)/\(s.disputed)/\(s.figures)"
            let parts = zip(["M", "S", "L", "P"], s.parts).map { $1 ? $0 : "-" }.joined()
            drawRow(
                cells: [authority, s.year.map(String.init) ?? "", s.title ?? "(no title found)", "\(s.figures)", marks, parts, "\(s.warnings)"],
                columns: columns, y: y, role: .normal, on: &canvas
            )
            if columns.parts > 0, s.parts.contains(false) {
                canvas.put(parts, x: columns.partsStart, y: y, role: .warning)
            }
        }
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
