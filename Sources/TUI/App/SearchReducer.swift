/// Search in the open report's text: matches found as the query is typed, `n`/`N` step
/// through them.
extension AppState {
    mutating func searchText(for query: String) {
        guard let r = report else { return }
        guard !query.isEmpty else {
            report?.search = nil
            return
        }
        let matches = Self.occurrences(of: Array(query.utf8), in: r.report.source.bytes)
        let first = matches.firstIndex { $0.lowerBound >= r.anchor } ?? (matches.isEmpty ? nil : 0)
        report?.search = Search(query: query, matches: matches, current: first)
        if let first { reveal(offset: matches[first].lowerBound) }
    }

    mutating func stepMatch(forward: Bool) {
        guard let search = report?.search, !search.matches.isEmpty else {
            message = Message(text: "No search: press / to search the text.")
            return
        }
        let count = search.matches.count
        let next = search.current.map { (forward ? $0 + 1 : $0 - 1 + count) % count } ?? 0
        report?.search?.current = next
        reveal(offset: search.matches[next].lowerBound)
        message = Message(text: "Match \(next + 1) of \(count) for \"\(search.query)\".")
    }

    /// Byte ranges where `needle` occurs in `haystack`, not overlapping.
    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Range<Int>] = []
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) {
                found.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return found
    }
}
