/// Keys on the report list.
extension AppState {
    mutating func listCommand(_ command: Command, key: Key) -> [Effect] {
        let rows = list.rows
        let page = layout.listBody.height
        switch command {
        case .moveDown: list.moveCursor(by: 1, in: rows)
        case .moveUp: list.moveCursor(by: -1, in: rows)
        case .pageDown: list.moveCursor(by: page, in: rows)
        case .pageUp: list.moveCursor(by: -page, in: rows)
        case .moveFirst: list.moveCursor(by: -rows.count, in: rows)
        case .moveLast: list.moveCursor(by: rows.count, in: rows)
        case .activate:
            guard let entry = list.selected, rows.contains(entry) else { return [] }
            // A file the index could not read is tried again (it may have been fixed since);
            // only a path that named no file has nothing to open.
            guard let file = list.entries[entry].file else {
                message = Message(text: "\(list.entries[entry].name): \(list.entries[entry].problem ?? "cannot be opened")", isError: true)
                return []
            }
            list.opening = entry
            message = Message(text: "Opening \(list.entries[entry].name)...")
            return [.open(entry: entry, file: file)]
        case .filter:
            prompt = Prompt(purpose: .filter, text: list.filter)
        case .cycleSort:
            let all = SortKey.allCases
            list.sort = all[(all.firstIndex(of: list.sort)! + 1) % all.count]
            message = Message(text: "Sorted by \(list.sort.rawValue).")
        case .reverseSort:
            list.descending.toggle()
            message = Message(text: list.descending ? "Descending order." : "Ascending order.")
        case .showHelp:
            self.page = Page(kind: .help)
        case .back:
            if key == .escape {
                if !list.filter.isEmpty { applyFilter("") }
                return []
            }
            return [.quit]
        default:
            return []
        }
        list.keepCursorVisible(rows: page)
        return []
    }

    mutating func applyFilter(_ text: String) {
        list.setFilter(text)
        followRows()
    }

    /// Keeps the cursor on its report when the rows change, or puts it on the first row when
    /// its report is no longer shown.
    mutating func followRows() {
        let rows = list.rows
        if let selected = list.selected, rows.contains(selected) {
            list.keepCursorVisible(rows: layout.listBody.height)
        } else {
            list.selected = rows.first
            list.top = 0
        }
    }
}

extension ListState {
    mutating func moveCursor(by delta: Int, in rows: [Int]) {
        guard !rows.isEmpty else { return }
        let current = cursorRow ?? 0
        selected = rows[min(max(current + delta, 0), rows.count - 1)]
    }

    mutating func keepCursorVisible(rows height: Int) {
        guard let row = cursorRow else {
            top = 0
            return
        }
        if row < top { top = row }
        if row >= top + height { top = row - height + 1 }
        top = max(0, min(top, max(rows.count - height, 0)))
    }
}
