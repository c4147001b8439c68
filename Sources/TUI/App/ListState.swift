import Foundation
import Model

/// One row of the list: the corpus index's summary of a report, kept small for 100,000 rows.
struct ListEntry: Sendable {
    /// The path as shown: relative to the opened folder, or as given when it could not be opened.
    let name: String
    let file: ReportFile?
    /// From the index or its cache; nil until the report has been summarised. A summary with a
    /// `problem` is a file that could not be opened.
    private(set) var summary: ReportSummary?
    /// From the review store's tally, made exact when the report is opened; nil until known.
    var marks: MarkTally?
    /// Name, authority, title, year and region, lowercased, for the filter.
    private(set) var searchKey: [UInt8]

    init(name: String, file: ReportFile?, summary: ReportSummary?) {
        self.name = name
        self.file = file
        self.summary = summary
        searchKey = Self.searchKey(name: name, summary: summary)
    }

    mutating func update(_ summary: ReportSummary) {
        self.summary = summary
        searchKey = Self.searchKey(name: name, summary: summary)
    }

    var problem: String? { summary?.problem }

    var progress: Double? {
        guard let summary, summary.problem == nil else { return nil }
        guard summary.figureCount > 0 else { return 1 }
        return Double((marks?.checked ?? 0) + (marks?.disputed ?? 0)) / Double(summary.figureCount)
    }

    /// Region as written, else the authority.
    var regionKey: String? {
        guard let s = summary, s.problem == nil else { return nil }
        return s.region.isEmpty ? (s.authority ?? "") : s.region.joined(separator: " ")
    }

    private static func searchKey(name: String, summary s: ReportSummary?) -> [UInt8] {
        let parts = [name, s?.authority ?? "", s?.title ?? "", s?.year.map(String.init) ?? ""] + (s?.region ?? [])
        return Array(parts.joined(separator: "\u{1F}").lowercased().utf8)
    }
}

enum SortKey: String, Sendable, CaseIterable {
    case name, region, year, progress
}

/// The report list. The display order is kept, not recomputed per key: sorted again only when
/// the sort changes or a batch of summaries arrives, filtered again only when the filter does.
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
    /// Every entry in sort order, filtered or not.
    private var order: [Int] = []
    /// Entry indices by name, which never changes: the order for `.name`.
    private let byName: [Int]
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
        for update in progress.updated where entries.indices.contains(update.file) {
            entries[update.file].update(update.summary)
        }
        if !progress.updated.isEmpty { reorder() }
    }

    /// The review stores' tallies (`tallies[i]` for entry `i`); rows whose report was opened
    /// already know better.
    mutating func tallied(_ tallies: [MarkTally]) {
        for (entry, tally) in zip(entries.indices, tallies) where entries[entry].marks == nil {
            entries[entry].marks = tally
        }
        if sort == .progress { reorder() }
    }

    /// What opening a report found out about it.
    mutating func opened(_ entry: Int, marks: MarkTally?, problem: String?) {
        guard entries.indices.contains(entry) else { return }
        if let marks { entries[entry].marks = marks }
        if let problem {
            entries[entry].update(ReportSummary(
                relativePath: entries[entry].name, stamp: entries[entry].summary?.stamp ?? FileStamp(size: 0, modified: 0),
                problem: problem))
            reorder()
        } else if sort == .progress, marks != nil {
            reorder()
        }
    }

    mutating func count(_ state: MarkState?, by delta: Int, in entry: Int) {
        guard entries.indices.contains(entry), entries[entry].marks != nil else { return }
        entries[entry].marks!.count(state, by: delta)
        if sort == .progress { reorder() }
    }

    /// Typing more only narrows the rows already shown; anything else filters the whole order.
    mutating func setFilter(_ text: String) {
        let narrowing = !filter.isEmpty && text.hasPrefix(filter)
        filter = text
        rows = keep(narrowing ? rows : order)
    }

    private func keep(_ indices: [Int]) -> [Int] {
        let needle = Array(filter.lowercased().utf8)
        guard !needle.isEmpty else { return indices }
        return needle.withUnsafeBytes { n in
            indices.filter { i in
                entries[i].searchKey.withUnsafeBytes { Self.find(n, in: $0) }
            }
        }
    }

    /// Whether `needle` (not empty) occurs in `haystack`: memchr for its first byte, then memcmp.
    private static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Bool {
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return false }
        let first = Int32(needle[0])
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            guard let hit = memchr(base + start, first, last - start + 1) else { return false }
            let at = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(hit, needle.baseAddress!, needle.count) == 0 { return true }
            start = at + 1
        }
        return false
    }

    /// Sorts by the current key with ties in name order; rows not yet summarised and files
    /// that could not be opened sort last whichever the direction.
    private mutating func reorder() {
        order = switch sort {
        case .name: byName
        case .region: sorted(by: entries.map { $0.regionKey.map { Array($0.utf8) } }) { Self.compare($0, $1) }
        case .year: sorted(by: entries.map { $0.regionKey == nil ? nil : $0.summary?.year ?? Int.max }) { $0 == $1 ? nil : $0 < $1 }
        case .progress: sorted(by: entries.map(\.progress)) { $0 == $1 ? nil : $0 < $1 }
        }
        if descending && sort == .name { order.reverse() }
        rows = keep(order)
    }

    /// `byName` reordered by `keys`, which say true, false or nil (equal) for a pair.
    private func sorted<K>(by keys: [K?], _ less: (K, K) -> Bool?) -> [Int] {
        var rank = [Int](repeating: 0, count: byName.count)
        for (position, entry) in byName.enumerated() { rank[entry] = position }
        let descending = descending
        return byName.sorted { a, b in
            switch (keys[a], keys[b]) {
            case (nil, nil): return rank[a] < rank[b]
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                if let ordered = less(x, y) { return ordered != descending }
                return rank[a] < rank[b]
            }
        }
    }

    /// Byte order of UTF-8, which is code point order; nil when equal.
    private static func compare(_ a: [UInt8], _ b: [UInt8]) -> Bool? {
        let common = min(a.count, b.count)
        let c = a.withUnsafeBytes { x in b.withUnsafeBytes { y in common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common) } }
        if c != 0 { return c < 0 }
        return a.count == b.count ? nil : a.count < b.count
    }
}
