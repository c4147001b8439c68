import Dispatch
import Foundation
import Synchronization

/// Summarises every report of the folders a reviewer opens, parsing on all cores, and keeps
/// the summaries in a cache per folder so that reopening a folder parses only what changed.
public struct ReportIndexer: Sendable {
    public typealias Loader = @Sendable (ReportFile) -> Result<LoadedText, LoadProblem>

    /// Reads and decodes a file; replaceable so tests can count reads.
    public var load: Loader
    /// Names the build of the parser: summaries made by another build are not trusted.
    public var parserIdentity: String
    /// How many files are read and parsed at once.
    public var width: Int

    public init(
        load: @escaping Loader = ReportLoader.load, parserIdentity: String = ReportIndexer.buildIdentity,
        width: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.load = load
        self.parserIdentity = parserIdentity
        self.width = max(1, width)
    }

    /// The running program's size and build time: a rebuilt parser may summarise differently.
    public static let buildIdentity: String = {
        let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        guard let stamp = FileStamp(path: program) else { return "unknown build" }
        return "\(stamp.size) bytes built \(stamp.modified)"
    }()

    public func index(paths: [String]) -> ReportIndex {
        prepare(paths: paths).finish()
    }

    /// Lists the files and reads the caches, looking at no report yet: what the list can show
    /// at once. `PendingIndex.finish` then checks and summarises every file.
    public func prepare(paths: [String]) -> PendingIndex {
        let unsureAfter = FileStamp.now - FileStamp.timeGrain
        let (files, problems) = ReportFolder.files(at: paths)
        var (folders, folderOfFile) = Folder.open(for: files, parserIdentity: parserIdentity)
        var members = [[Int]](repeating: [], count: folders.count)
        for (file, folder) in folderOfFile.enumerated() { members[folder].append(file) }
        var cached = [ReportSummary?](repeating: nil, count: files.count)
        for (number, members) in members.enumerated() {
            var found: [ReportSummary?]
            (found, folders[number].untaken) = folders[number].cache.summaries(of: members.map { files[$0].relativePath })
            if members.count == files.count {
                cached = found
            } else {
                for (i, file) in members.enumerated() { swap(&cached[file], &found[i]) }
            }
        }
        return PendingIndex(
            indexer: self, paths: paths, files: files, cached: cached, problems: problems, folders: folders,
            folderOfFile: folderOfFile, unsureAfter: unsureAfter
        )
    }

    /// Summarises the files of `pending` and saves the caches; `progress`, when given, is told
    /// of each batch of files done (from several threads at once).
    func finish(_ pending: PendingIndex, progress: (@Sendable (IndexProgress) -> Void)?) -> ReportIndex {
        let (folders, folderOfFile, files) = (pending.folders, pending.folderOfFile, pending.files)
        let outcomes = summarizeInParallel(files, cached: pending.cached, progress: progress)

        var statistics = IndexStatistics()
        var changed = [[ReportSummary]](repeating: [], count: folders.count)
        var timed = (bytes: 0, seconds: 0.0)
        for (i, outcome) in outcomes.enumerated() {
            let outcome = outcome!
            statistics.count(outcome)
            if let seconds = outcome.parseSeconds { timed = (timed.bytes + outcome.textBytes, timed.seconds + seconds) }
            if outcome.changed { changed[folderOfFile[i]].append(outcome.summary) }
        }
        // The parser's rate is that of the reports timed; its time, that rate over all it parsed.
        if timed.bytes > 0 { statistics.parseSeconds = timed.seconds * Double(statistics.bytesParsed) / Double(timed.bytes) }
        let listedWhole = Self.folders(among: pending.paths)
        for (number, folder) in folders.enumerated() {
            // Only a folder listed whole tells which of its files are gone.
            let gone = listedWhole.contains(folder.path) ? folder.untaken.sorted() : []
            folder.cache.save(changed[number], removing: gone, unsureAfter: pending.unsureAfter)
            statistics.caches.append(folder.cache.note.map { "\(folder.cache.location): \($0)" } ?? folder.cache.location)
        }
        return ReportIndex(files: files, summaries: outcomes.map { $0!.summary }, problems: pending.problems, statistics: statistics)
    }

    /// The paths among `paths` that name folders, as `ReportFile.folder` spells them.
    private static func folders(among paths: [String]) -> Set<String> {
        Set(paths.compactMap { path in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return exists && isDirectory.boolValue ? URL(fileURLWithPath: path).standardizedFileURL.path : nil
        })
    }

    /// A folder whose reports are being indexed, with its cache as it was before.
    struct Folder {
        let path: String
        let cache: SummaryCache
        /// The cached paths that no file of the listing has, in byte order.
        var untaken: [String] = []

        init(path: String, parserIdentity: String) {
            self.path = path
            cache = SummaryCache(at: CacheLocation.path(forFolder: path), parserIdentity: parserIdentity)
        }

        /// The folders of `files`, each with its cache, and the number of each file's folder.
        /// A folder's files come one after another, so it is looked up once per run of them.
        static func open(for files: [ReportFile], parserIdentity: String) -> (folders: [Folder], folderOfFile: [Int]) {
            var folders: [Folder] = []
            var numbers: [String: Int] = [:]
            var folderOfFile: [Int] = []
            folderOfFile.reserveCapacity(files.count)
            var last: (url: URL, number: Int)?
            for file in files {
                if file.folder != last?.url {
                    let path = file.folder.path
                    let number = numbers[path] ?? folders.count
                    if number == folders.count {
                        numbers[path] = number
                        folders.append(Folder(path: path, parserIdentity: parserIdentity))
                    }
                    last = (file.folder, number)
                }
                folderOfFile.append(last!.number)
            }
            return (folders, folderOfFile)
        }
    }

    struct Outcome {
        var summary: ReportSummary
        /// The summary differs from the cached one and must be saved.
        var changed = true
        var wasRead = false
        /// Set when the report was parsed.
        var parsed = false
        var textBytes = 0
        /// Set when the report was parsed and timed.
        var parseSeconds: Double?
    }

    /// Workers take the next file from a shared counter, so a slow file holds up no one. Each
    /// tells `progress` of what it did every `progressBatch` files, and of the rest at the end.
    /// Every outcome is set on return (left optional: unwrapping them all would copy 100,000).
    private func summarizeInParallel(
        _ files: [ReportFile], cached: [ReportSummary?], progress: (@Sendable (IndexProgress) -> Void)?
    ) -> [Outcome?] {
        var outcomes = [Outcome?](repeating: nil, count: files.count)
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: min(width, max(files.count, 1))) { _ in
                var batch = IndexProgress(done: 0, total: files.count, updated: [])
                var inBatch = 0
                var parsedHere = 0
                func report() {
                    guard let progress, inBatch > 0 else { return }
                    batch.done = done.add(inBatch, ordering: .relaxed).newValue
                    progress(batch)
                    batch.updated.removeAll(keepingCapacity: true)
                    inBatch = 0
                }
                while true {
                    let i = next.add(1, ordering: .relaxed).oldValue
                    guard i < files.count else { break }
                    let outcome = summarize(files[i], previous: cached[i], timed: parsedHere % Self.timingInterval == 0)
                    if outcome.parsed { parsedHere += 1 }
                    buffer[i] = outcome
                    if progress != nil {
                        if outcome.changed { batch.updated.append(.init(file: i, summary: outcome.summary)) }
                        inBatch += 1
                        if inBatch == Self.progressBatch { report() }
                    }
                }
                report()
            }
        }
        return outcomes
    }

    /// Small enough that rows fill in steadily, large enough that reporting costs nothing.
    private static let progressBatch = 64

    /// Each worker times the first report it parses and every eighth after it: reading a
    /// thread's processor time is a system call, which for every report would cost about
    /// 1% of the whole index, and an eighth of them gives the parser's rate as well.
    private static let timingInterval = 8

    /// Summarises `file`, whose cached summary was `previous`.
    private func summarize(_ file: ReportFile, previous: ReportSummary?, timed: Bool) -> Outcome {
        // A file that failed to load is tried again: permissions change without touching the time.
        let trusted = previous.flatMap { $0.problem == nil ? $0 : nil }
        // A file no summary vouches for is read whatever its stamp, which then comes from the
        // open file rather than from a look of its own.
        let loaded = trusted == nil ? load(file) : nil
        guard let stamp = (try? loaded?.get())?.stamp ?? FileStamp(path: file.path) else {
            // The listing takes the folder's word that an entry is a file, so the reason the
            // open gave (permission denied, gone) is the one to show.
            var reason = "cannot be read (gone or not a file)"
            if case .failure(let problem)? = loaded { reason = problem.reason }
            return Outcome(summary: ReportSummary(relativePath: file.relativePath, stamp: FileStamp(size: 0, modified: 0), problem: reason))
        }
        if let trusted, trusted.stamp == stamp { return Outcome(summary: trusted, changed: false) }
        // Consumed, so that nothing else holds the text's bytes and line ends are rewritten in place.
        switch (consume loaded) ?? load(file) {
        case .failure(let problem):
            let summary = ReportSummary(relativePath: file.relativePath, stamp: stamp, problem: problem.reason)
            return Outcome(summary: summary, changed: summary != previous, wasRead: true)
        case .success(let text):
            let encoding = text.encoding
            let source = (consume text).source
            let fingerprint = source.bytes.withUnsafeBytes { Fingerprint.of($0) }
            if var trusted, trusted.fingerprint == fingerprint, trusted.encoding == encoding {
                trusted.stamp = stamp
                return Outcome(summary: trusted, wasRead: true)
            }
            let start = timed ? ThreadTime.now() : 0
            let report = ReportParser.parse(source)
            let seconds = timed ? ThreadTime.now() - start : nil
            let summary = ReportSummary(
                relativePath: file.relativePath, stamp: stamp, fingerprint: fingerprint,
                encoding: encoding, report: report
            )
            return Outcome(summary: summary, wasRead: true, parsed: true, textBytes: source.bytes.count, parseSeconds: seconds)
        }
    }
}

extension IndexStatistics {
    fileprivate mutating func count(_ outcome: ReportIndexer.Outcome) {
        if outcome.wasRead { filesRead += 1 }
        if outcome.parsed {
            reportsParsed += 1
            bytesParsed += Int64(outcome.textBytes)
        }
        totalBytes += outcome.summary.stamp.size
        figures += outcome.summary.figureCount
    }
}

/// Processor time of the calling thread: on a shared machine wall time would count the waits.
enum ThreadTime {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
