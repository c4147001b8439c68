import Model

/// What the list knows of a report without keeping the whole report in memory.
struct ListSummary: Sendable, Equatable {
    var authority: String?
    var region: [String]
    var year: Int?
    var title: String?
    var figures: Int
    var checked: Int
    var disputed: Int
    /// The four mandated parts in the regulation's order: true where the report has the part.
    var parts: [Bool]
    var warnings: Int
    var storeError: String?

    init(_ loaded: LoadedReport) {
        let report = loaded.report
        authority = report.metadata.authority
        region = report.metadata.region
        year = report.metadata.year
        title = report.metadata.title
        figures = report.figures.count
        parts = report.mandated.required.map { $0.section != nil }
        warnings = report.warnings.count
        switch loaded.reviews {
        case .success(let reviews):
            checked = reviews.count { $0?.state == .checked }
            disputed = reviews.count { $0?.state == .disputed }
            storeError = nil
        case .failure(let failure):
            checked = 0
            disputed = 0
            storeError = failure.message
        }
    }

    var progress: Double { figures == 0 ? 1 : Double(checked + disputed) / Double(figures) }
}

enum EntryStatus: Sendable, Equatable {
    case parsing
    case ready(ListSummary)
    case unreadable(String)
}

struct ListEntry: Sendable {
    /// The path as shown: relative to the opened folder, or as given when it could not be opened.
    var name: String
    var file: ReportFile?
    var status: EntryStatus

    var summary: ListSummary? {
        if case .ready(let summary) = status { summary } else { nil }
    }
}

enum SortKey: String, Sendable, CaseIterable {
    case name, region, year, progress
}

struct ListState: Sendable {
    var entries: [ListEntry]
    var sort: SortKey = .name
    var descending = false
    var filter = ""
    /// The entry under the cursor, by index into `entries`, so rows filling in do not move it.
    var selected: Int?
    /// First visible row.
    var top = 0
    /// The entry being opened, while its report loads.
    var opening: Int?

    init(files: [ReportFile], problems: [LoadProblem]) {
        entries = files.map { ListEntry(name: $0.relativePath, file: $0, status: .parsing) }
            + problems.map { ListEntry(name: $0.path, file: nil, status: .unreadable($0.reason)) }
        selected = rows.first
    }

    /// Entry indices in display order: filtered, then sorted.
    var rows: [Int] {
        let needle = filter.lowercased()
        let kept = entries.indices.filter { needle.isEmpty || searchText(entries[$0]).contains(needle) }
        let sorted = kept.sorted { a, b in
            let ordered = precedes(entries[a], entries[b])
            if ordered != precedes(entries[b], entries[a]) { return ordered != descending }
            return a < b
        }
        return sorted
    }

    var cursorRow: Int? {
        guard let selected else { return nil }
        return rows.firstIndex(of: selected)
    }

    private func searchText(_ entry: ListEntry) -> String {
        let s = entry.summary
        return ([entry.name, s?.authority ?? "", s?.title ?? "", s.map { String($0.year ?? 0) } ?? ""] + (s?.region ?? []))
            .joined(separator: " ").lowercased()
    }

    /// Region as written, else the authority; rows still parsing sort last.
    private func regionKey(_ entry: ListEntry) -> String {
        guard let s = entry.summary else { return "\u{10FFFF}" }
        return s.region.isEmpty ? (s.authority ?? "") : s.region.joined(separator: " ")
    }

    private func precedes(_ a: ListEntry, _ b: ListEntry) -> Bool {
        switch sort {
        case .name: return a.name < b.name
        case .region: return regionKey(a) < regionKey(b)
        case .year: return (a.summary?.year ?? Int.max) < (b.summary?.year ?? Int.max)
        case .progress: return (a.summary?.progress ?? 2) < (b.summary?.progress ?? 2)
        }
    }
}
