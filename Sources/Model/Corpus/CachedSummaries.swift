/// A folder's cached summaries, handed to the files of a listing one by one. The cache gives
/// them in the byte order of their paths, which is the listing's order but for rare names (the
/// file `a-b.txt` comes before the folder `a`'s `a/x.txt` by path, after it in a listing), so
/// each file is compared with the summary after the last one handed out, and looked up by path
/// only when that is not it: hashing every path costs more than reading its summary.
struct CachedSummaries {
    let all: [ReportSummary]
    private var next = 0
    /// Made at the first file that is not the next summary.
    private var byPath: [PathKey: Int]?

    init(_ all: [ReportSummary]) {
        self.all = all
    }

    /// The summary of the file at `relativePath`, nil when the cache did not know it.
    mutating func take(_ relativePath: String) -> ReportSummary? {
        let key = PathKey(path: relativePath)
        if next < all.count, PathKey(path: all[next].relativePath) == key {
            next += 1
            return all[next - 1]
        }
        if byPath == nil {
            byPath = Dictionary(all.indices.map { (PathKey(path: all[$0].relativePath), $0) }, uniquingKeysWith: { first, _ in first })
        }
        guard let found = byPath![key] else { return nil }
        next = found + 1
        return all[found]
    }
}
