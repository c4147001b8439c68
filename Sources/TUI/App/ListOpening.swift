import Model

/// What a list is opened with: files with what the cache knew of them (`cached[i]` for
/// `files[i]`), then paths that could not be opened. Row `i` of the list is row `i` here.
struct ListOpening: Sendable {
    var files: [ReportFile]
    var cached: [ReportSummary?]?
    var problems: [LoadProblem]

    var count: Int { files.count + problems.count }

    func name(_ row: Int) -> String {
        row < files.count ? files[row].relativePath : problems[row - files.count].path
    }

    func file(_ row: Int) -> ReportFile? {
        row < files.count ? files[row] : nil
    }

    /// A path that could not be opened has a summary saying why.
    func summary(_ row: Int) -> ReportSummary? {
        guard row >= files.count else { return cached?[row] ?? nil }
        let problem = problems[row - files.count]
        return ReportSummary(relativePath: problem.path, stamp: FileStamp(size: 0, modified: 0), problem: problem.reason)
    }
}
