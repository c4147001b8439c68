/// What indexing found: a summary of every report file, in the order the folder lists them.
public struct ReportIndex: Sendable {
    public var files: [ReportFile]
    /// `summaries[i]` describes `files[i]`.
    public var summaries: [ReportSummary]
    /// Paths that named no file or folder that could be opened.
    public var problems: [LoadProblem]
    public var statistics: IndexStatistics
}

/// How much work an index took, for `reports index --stats` and the benchmark.
public struct IndexStatistics: Sendable, Equatable {
    /// Files whose text was read, because they were new or their size or time had changed.
    public var filesRead = 0
    /// Reports parsed, because their text was new.
    public var reportsParsed = 0
    /// UTF-8 bytes of the text handed to the parser.
    public var bytesParsed: Int64 = 0
    /// Processor time spent in the parser, summed over the threads: measured on every eighth
    /// report a thread parses (the first included) and carried over to the rest by their size.
    public var parseSeconds = 0.0
    /// Each cache used, with what went wrong with it if anything did.
    public var caches: [String] = []

    /// Bytes of all the indexed files, read or not.
    public var totalBytes: Int64 = 0
    public var figures = 0

    public init() {}
}
