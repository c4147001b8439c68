import Model

/// Every row's name, authority, title, year and region laid end to end, for the filter. A row
/// that changes gets its new text at the end; the buffer is made afresh once half is stale.
struct SearchText: Sendable {
    var bytes: [UInt8] = []
    /// Row `i`'s text is `bytes[rows[i].start..<rows[i].end]`.
    var rows: [(start: Int32, end: Int32)] = []
    private var stale = 0

    /// `row(i)` gives row `i`'s name and summary.
    init(count: Int, row: (Int) -> (name: String, summary: ReportSummary?)) {
        rows.reserveCapacity(count)
        for i in 0..<count {
            let (name, summary) = row(i)
            rows.append(append(name, summary))
        }
    }

    mutating func replace(_ row: Int, with entry: ListEntry) {
        stale += Int(rows[row].end - rows[row].start)
        rows[row] = append(entry.name, entry.summary)
        if stale > bytes.count / 2 {
            var fresh = SearchText(count: 0) { _ in ("", nil) }
            fresh.bytes.reserveCapacity(bytes.count - stale)
            fresh.rows = rows.map { row in
                let start = Int32(fresh.bytes.count)
                fresh.bytes += bytes[Int(row.start)..<Int(row.end)]
                return (start, Int32(fresh.bytes.count))
            }
            self = fresh
        }
    }

    private mutating func append(_ name: String, _ s: ReportSummary?) -> (start: Int32, end: Int32) {
        let start = Int32(bytes.count)
        bytes += Self.folded(name)
        for part in [s?.authority, s?.title, s?.year.map(String.init)] + (s?.region ?? []).map(Optional.some) {
            guard let part else { continue }
            bytes.append(0x1F)
            bytes += Self.folded(part)
        }
        return (start, Int32(bytes.count))
    }

    /// UTF-8 with ASCII letters in lower case: Chinese has no case, and `String.lowercased`
    /// costs a tenth of opening a folder of 10,000 reports.
    static func folded(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }
}
