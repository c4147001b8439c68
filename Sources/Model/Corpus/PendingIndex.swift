/// A folder listing with what the caches knew of each file, before any file is looked at: the
/// browser shows it at once and fills in the rest as `finish` summarises the files.
/// Its caches are used by one thread at a time: `finish` is called once, after `prepare`.
public final class PendingIndex: @unchecked Sendable {
    public let files: [ReportFile]
    /// Paths that named no file or folder that could be opened.
    public let problems: [LoadProblem]
    /// What the cache said of each file last time (`cached[i]` for `files[i]`), not yet checked
    /// against the file; nil for files it did not know.
    public let cached: [ReportSummary?]

    let indexer: ReportIndexer
    let paths: [String]
    let folders: [ReportIndexer.Folder]
    let folderOfFile: [Int]
    let unsureAfter: Int64

    init(
        indexer: ReportIndexer, paths: [String], files: [ReportFile], cached: [ReportSummary?], problems: [LoadProblem],
        folders: [ReportIndexer.Folder], folderOfFile: [Int], unsureAfter: Int64
    ) {
        self.indexer = indexer
        self.paths = paths
        self.problems = problems
        self.folders = folders
        self.folderOfFile = folderOfFile
        self.unsureAfter = unsureAfter
        self.files = files
        self.cached = cached
    }

    /// Checks every file against its cached summary, summarises the new and changed ones on all
    /// cores and saves the caches. `progress` is called from the worker threads.
    public func finish(progress: (@Sendable (IndexProgress) -> Void)? = nil) -> ReportIndex {
        indexer.finish(self, progress: progress)
    }
}

/// How far `PendingIndex.finish` has got, told in batches.
public struct IndexProgress: Sendable {
    /// A summary that differs from what the cache said (`file` indexes `PendingIndex.files`).
    public struct Update: Sendable {
        public var file: Int
        public var summary: ReportSummary

        public init(file: Int, summary: ReportSummary) {
            self.file = file
            self.summary = summary
        }
    }

    /// Files done so far, of `total`.
    public var done: Int
    public var total: Int
    /// The summaries of this batch that differ from the cached ones.
    public var updated: [Update]

    public init(done: Int, total: Int, updated: [Update]) {
        self.done = done
        self.total = total
        self.updated = updated
    }
}
