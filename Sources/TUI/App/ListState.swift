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

enum SortKey: String, Sendable, CaseIterable {
    case name, region, year, progress
}

/// The report list. The display order is kept, not recomputed per key: each sort's order is
/// made once and kept until a batch of summaries (or marks, for progress) changes it; the
/// filter is applied again only when it changes, and typing more searches only the rows shown.
/// What would make a key slow on 100,000 rows is made off the main loop (`wanted`, `prepared`).
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
    /// Every row's search text in one buffer, made off the main loop (`ListPreparation`): a
    /// filter then scans plain bytes, without touching 100,000 arrays. Until it comes, a filter
    /// typed waits for it (`filterWaits`) rather than hold up keys.
    private var searchText: SearchText?
    /// Entries whose summary changed since the list was opened, while the search text (made
    /// from what it was opened with) is on its way; their text is brought up to date when it comes.
    private var changedBeforeSearch: [Int] = []
    /// What the list was opened with, until the search text and the region order are asked
    /// to be made from it: made from these, they need no copy of rows that keep changing.
    private var openedWith: ListOpening?
    /// Counts summary changes, so that an order made off the main loop from older rows is dropped.
    private var version = 0
    /// The `version` the region order was last asked for at.
    private var regionRequested: Int?
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

    /// Files with what the cache knew of them (`cached[i]` for `files[i]`), then paths that
    /// could not be opened.
    init(files: [ReportFile], cached: [ReportSummary?]? = nil, problems: [LoadProblem]) {
        let opening = ListOpening(files: files, cached: cached, problems: problems)
        openedWith = opening
        entries = (0..<opening.count).map { ListEntry(name: opening.name($0), file: opening.file($0), summary: opening.summary($0)) }
        keys = entries.map { RowKeys(summary: $0.summary) }
        indexTotal = files.count
        let named = entries
        byName = named.indices.sorted { a, b in ByteOrder.precedes(named[a].name, named[b].name) ?? (a < b) }
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

    /// Which of `candidates` (entries) are shown without marks although their text is known: a
    /// report renamed since it was last opened, whose marks the store can find by its text.
    func unmarked(_ candidates: some Sequence<Int>) -> [UnmarkedReport] {
        candidates.compactMap { entry in
            let row = entries[entry]
            guard let file = row.file, let summary = row.summary, summary.problem == nil,
                  row.marks == MarkTally() else { return nil }
            return UnmarkedReport(entry: entry, file: file, fingerprint: summary.fingerprint)
        }
    }

    /// The marks the store found for rows shown unmarked (`unmarked`).
    mutating func found(_ marks: [Int: MarkTally]) {
        for (entry, tally) in marks where entries.indices.contains(entry) {
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
        version += 1
        if searchText == nil { changedBeforeSearch.append(entry) }
        searchText?.replace(entry, with: entries[entry])
    }

    /// What to make off the main loop now: the search text and the region order from what the
    /// list was opened with, the first time; later the region order again when the rows
    /// changed since it was last asked for. Nil when nothing is wanted.
    mutating func wanted() -> ListPreparation.Request? {
        if let opening = openedWith {
            openedWith = nil
            regionRequested = 0
            return ListPreparation.Request(opening: opening, keys: nil, byName: byName, version: 0)
        }
        guard orders[.region] == nil, regionRequested != version else { return nil }
        regionRequested = version
        return ListPreparation.Request(opening: nil, keys: keys, byName: byName, version: version)
    }

    /// Takes what was made off the main loop; a filter waiting for the search text applies now.
    mutating func prepared(_ made: ListPreparation) {
        if let order = made.regionOrder, made.version == version, orders[.region] == nil {
            orders[.region] = order
        }
        guard searchText == nil, var text = made.searchText else { return }
        for entry in changedBeforeSearch { text.replace(entry, with: entries[entry]) }
        changedBeforeSearch = []
        searchText = text
        if !filter.isEmpty { rows = keep(order) }
    }

    /// A filter is typed but the search text is still being made: the rows are not filtered yet.
    var filterWaits: Bool { !filter.isEmpty && searchText == nil }

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
        guard !needle.isEmpty, let text = searchText else { return indices }
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
            return Ordering.byRegion(keys, byName: byName)
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
}
