import Foundation
import Model

/// One row of the list: the corpus index's summary of a report, kept small for 100,000 rows.
struct ListEntry: Sendable {
    /// The path as shown: relative to the opened folder, or as given when it could not be opened.
    let name: String
    let file: ReportFile?
    /// From the index or its cache; nil until the report has been summarised. A summary with a
    /// `problem` is a file that could not be opened.
    fileprivate(set) var summary: ReportSummary?
    /// From the review store's tally, made exact when the report is opened; nil until known.
    var marks: MarkTally?

    var problem: String? { summary?.problem }

    var progress: Double? {
        guard let summary, summary.problem == nil else { return nil }
        guard summary.figureCount > 0 else { return 1 }
        return Double((marks?.checked ?? 0) + (marks?.disputed ?? 0)) / Double(summary.figureCount)
    }
}

/// What sorting needs of an entry, apart from the entries so that a pass over 100,000 rows
/// reads only these.
private struct RowKeys: Sendable {
    /// Region as written, else the authority, in UTF-8; nil for rows not summarised or unreadable.
    var region: [UInt8]?
    /// The first sixteen bytes of `region`, big-endian: most comparisons end here (regions
    /// share their province and city, six to nine bytes each).
    var regionPrefix: (UInt64, UInt64) = (0, 0)
    var year: Int?

    init(summary s: ReportSummary?) {
        guard let s, s.problem == nil else { return }
        let region = Array((s.region.isEmpty ? (s.authority ?? "") : s.region.joined(separator: " ")).utf8)
        self.region = region
        for i in 0..<8 { regionPrefix.0 = regionPrefix.0 << 8 | UInt64(i < region.count ? region[i] : 0) }
        for i in 8..<16 { regionPrefix.1 = regionPrefix.1 << 8 | UInt64(i < region.count ? region[i] : 0) }
        year = s.year ?? Int(Int32.max)
    }

}

enum SortKey: String, Sendable, CaseIterable {
    case name, region, year, progress
}

/// The report list. The display order is kept, not recomputed per key: each sort's order is
/// made once and kept until a batch of summaries (or marks, for progress) changes it; the
/// filter is applied again only when it changes, and typing more searches only the rows shown.
struct ListState: Sendable {
    private(set) var entries: [ListEntry]
    var sort: SortKey = .name {
        didSet { reorder() }
    }
    var descending = false {
        didSet { reorder() }
    }
    /// Set through `setFilter`, which keeps `rows` in step.
    private(set) var filter = ""
    /// Entry indices in display order: filtered, then sorted.
    private(set) var rows: [Int] = []
    /// Every entry in display order, filtered or not.
    private var order: [Int] = []
    /// `keys[i]` for `entries[i]`.
    private var keys: [RowKeys]
    /// Every row's search text in one buffer, made when a filter is first typed: a filter then
    /// scans plain bytes, without touching 100,000 arrays.
    private var searchText: SearchText?
    /// Entry indices by name, which never changes: the order for `.name`, and of ties.
    private let byName: [Int]
    /// The ascending order of each sort made so far and still true.
    private var orders: [SortKey: Ordering] = [:]
    /// The entry under the cursor, by index into `entries`, so rows filling in do not move it.
    var selected: Int?
    /// First visible row.
    var top = 0
    /// The entry being opened, while its report loads.
    var opening: Int?
    /// Files checked by the indexer so far, of `indexTotal`.
    private(set) var indexed = 0
    let indexTotal: Int

    /// Rows with a key in ascending order, then rows without one (not summarised, unreadable)
    /// in name order: those stay last in either direction.
    private struct Ordering: Sendable {
        var keyed: [Int]
        var rest: [Int]
    }

    /// Files with what the cache knew of them (`cached[i]` for `files[i]`), then paths that
    /// could not be opened.
    init(files: [ReportFile], cached: [ReportSummary?]? = nil, problems: [LoadProblem]) {
        var entries: [ListEntry] = []
        entries.reserveCapacity(files.count + problems.count)
        for (i, file) in files.enumerated() {
            entries.append(ListEntry(name: file.relativePath, file: file, summary: cached?[i] ?? nil))
        }
        for problem in problems {
            let summary = ReportSummary(relativePath: problem.path, stamp: FileStamp(size: 0, modified: 0), problem: problem.reason)
            entries.append(ListEntry(name: problem.path, file: nil, summary: summary))
        }
        self.entries = entries
        keys = entries.map { RowKeys(summary: $0.summary) }
        indexTotal = files.count
        let names = entries.map { Array($0.name.utf8) }
        byName = entries.indices.sorted { a, b in Self.compare(names[a], names[b]) ?? (a < b) }
        reorder()
        selected = rows.first
    }

    var isIndexing: Bool { indexed < indexTotal }

    var cursorRow: Int? {
        guard let selected else { return nil }
        return rows.firstIndex(of: selected)
    }

    /// Takes a batch of summaries from the indexer; sorts and filters again only if one came.
    mutating func apply(_ progress: IndexProgress) {
        indexed = min(max(indexed, progress.done), indexTotal)
        guard !progress.updated.isEmpty else { return }
        for change in progress.updated where entries.indices.contains(change.file) {
            update(change.file, change.summary)
        }
        orders = orders.filter { $0.key == .name }
        reorder()
    }

    /// The review stores' tallies (`tallies[i]` for entry `i`); rows whose report was opened
    /// already know better.
    mutating func tallied(_ tallies: [MarkTally]) {
        for (entry, tally) in zip(entries.indices, tallies) where entries[entry].marks == nil {
            entries[entry].marks = tally
        }
        marksChanged()
    }

    /// What opening a report found out about it.
    mutating func opened(_ entry: Int, marks: MarkTally?, problem: String?) {
        guard entries.indices.contains(entry) else { return }
        if let marks {
            entries[entry].marks = marks
            marksChanged()
        }
        if let problem {
            let stamp = entries[entry].summary?.stamp ?? FileStamp(size: 0, modified: 0)
            update(entry, ReportSummary(relativePath: entries[entry].name, stamp: stamp, problem: problem))
            orders = orders.filter { $0.key == .name }
            reorder()
        }
    }

    mutating func count(_ state: MarkState?, by delta: Int, in entry: Int) {
        guard entries.indices.contains(entry), entries[entry].marks != nil else { return }
        entries[entry].marks!.count(state, by: delta)
        marksChanged()
    }

    private mutating func update(_ entry: Int, _ summary: ReportSummary) {
        entries[entry].summary = summary
        keys[entry] = RowKeys(summary: summary)
        searchText?.replace(entry, with: entries[entry])
    }

    private mutating func marksChanged() {
        orders[.progress] = nil
        if sort == .progress { reorder() }
    }

    /// Typing more only narrows the rows already shown; anything else filters the whole order.
    mutating func setFilter(_ text: String) {
        let narrowing = !filter.isEmpty && text.hasPrefix(filter)
        filter = text
        rows = keep(narrowing ? rows : order)
    }

    private mutating func keep(_ indices: [Int]) -> [Int] {
        let needle = SearchText.folded(filter)
        guard !needle.isEmpty else { return indices }
        if searchText == nil { searchText = SearchText(entries) }
        let text = searchText!
        return needle.withUnsafeBytes { n in
            text.bytes.withUnsafeBytes { bytes in
                text.rows.withUnsafeBufferPointer { rows in
                    indices.filter { i in
                        Self.find(n, in: UnsafeRawBufferPointer(rebasing: bytes[Int(rows[i].start)..<Int(rows[i].end)]))
                    }
                }
            }
        }
    }

    /// Whether `needle` (not empty) occurs in `haystack`: memchr for its last byte, then
    /// memcmp. The last byte of a Chinese character varies far more than its first (E4–E9).
    private static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Bool {
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return false }
        let tail = needle.count - 1
        let lastByte = Int32(needle[tail])
        var from = tail
        while from < haystack.count {
            guard let hit = memchr(base + from, lastByte, haystack.count - from) else { return false }
            let at = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + (at - tail), needle.baseAddress!, needle.count) == 0 { return true }
            from = at + 1
        }
        return false
    }

    /// Descending reverses the rows with a key; the rest stay last.
    private mutating func reorder() {
        let ordering = orders[sort] ?? ascending(sort)
        orders[sort] = ordering
        order = descending ? ordering.keyed.reversed() + ordering.rest : ordering.keyed + ordering.rest
        rows = keep(order)
    }

    /// Sorts by `key`, ties in name order. Years and progress are packed with the name rank
    /// into one integer, so the sort compares plain numbers.
    private func ascending(_ key: SortKey) -> Ordering {
        switch key {
        case .name:
            return Ordering(keyed: byName, rest: [])
        case .year:
            return packed { keys[$0].year.map { UInt64(UInt32(clamping: $0)) } }
        case .progress:
            return packed { entries[$0].progress.map { UInt64($0 * 1_000_000) } }
        case .region:
            // The regions laid end to end, by name rank: comparing them then touches no array
            // of its own (each would be retained and released per comparison).
            var keyed: [Int32] = []
            var rest: [Int] = []
            var bytes: [UInt8] = []
            var spans = [(start: Int, end: Int, prefix: (UInt64, UInt64))](repeating: (0, 0, (0, 0)), count: byName.count)
            for (rank, entry) in byName.enumerated() {
                guard let region = keys[entry].region else {
                    rest.append(entry)
                    continue
                }
                keyed.append(Int32(rank))
                let start = bytes.count
                bytes += region
                spans[rank] = (start, bytes.count, keys[entry].regionPrefix)
            }
            bytes.withUnsafeBytes { bytes in
                spans.withUnsafeBufferPointer { spans in
                    keyed.sort { a, b in
                        let x = spans[Int(a)], y = spans[Int(b)]
                        if x.prefix.0 != y.prefix.0 { return x.prefix.0 < y.prefix.0 }
                        if x.prefix.1 != y.prefix.1 { return x.prefix.1 < y.prefix.1 }
                        let common = min(x.end - x.start, y.end - y.start)
                        let c = common == 0 ? 0 : memcmp(bytes.baseAddress! + x.start, bytes.baseAddress! + y.start, common)
                        if c != 0 { return c < 0 }
                        let (xCount, yCount) = (x.end - x.start, y.end - y.start)
                        return xCount != yCount ? xCount < yCount : a < b
                    }
                }
            }
            return Ordering(keyed: keyed.map { byName[Int($0)] }, rest: rest)
        }
    }

    /// Rows by a number of at most 32 bits, ties by name rank; rows without one go to `rest`.
    private func packed(_ number: (Int) -> UInt64?) -> Ordering {
        var keyed: [UInt64] = []
        var rest: [Int] = []
        keyed.reserveCapacity(byName.count)
        for (rank, entry) in byName.enumerated() {
            if let value = number(entry) { keyed.append(min(value, 0xFFFF_FFFF) << 32 | UInt64(rank)) } else { rest.append(entry) }
        }
        keyed.sort()
        return Ordering(keyed: keyed.map { byName[Int($0 & 0xFFFF_FFFF)] }, rest: rest)
    }

    /// Byte order of UTF-8, which is code point order; nil when equal.
    private static func compare(_ a: [UInt8], _ b: [UInt8]) -> Bool? {
        let common = min(a.count, b.count)
        let c = a.withUnsafeBytes { x in b.withUnsafeBytes { y in common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common) } }
        if c != 0 { return c < 0 }
        return a.count == b.count ? nil : a.count < b.count
    }
}

/// Every row's name, authority, title, year and region laid end to end, for the filter. A row
/// that changes gets its new text at the end; the buffer is made afresh once half is stale.
private struct SearchText: Sendable {
    var bytes: [UInt8] = []
    /// Row `i`'s text is `bytes[rows[i].start..<rows[i].end]`.
    var rows: [(start: Int32, end: Int32)] = []
    private var stale = 0

    init(_ entries: [ListEntry]) {
        rows.reserveCapacity(entries.count)
        for entry in entries { rows.append(append(entry)) }
    }

    mutating func replace(_ row: Int, with entry: ListEntry) {
        stale += Int(rows[row].end - rows[row].start)
        rows[row] = append(entry)
        if stale > bytes.count / 2 {
            var fresh = SearchText([])
            fresh.bytes.reserveCapacity(bytes.count - stale)
            fresh.rows = rows.map { row in
                let start = Int32(fresh.bytes.count)
                fresh.bytes += bytes[Int(row.start)..<Int(row.end)]
                return (start, Int32(fresh.bytes.count))
            }
            self = fresh
        }
    }

    private mutating func append(_ entry: ListEntry) -> (start: Int32, end: Int32) {
        let start = Int32(bytes.count)
        let s = entry.summary
        bytes += Self.folded(entry.name)
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
