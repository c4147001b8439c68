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
        let (files, problems) = ReportFolder.files(at: paths)
        let openedFolders = Set(paths.compactMap { path -> URL? in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return exists && isDirectory.boolValue ? URL(fileURLWithPath: path).standardizedFileURL : nil
        })

        var caches: [URL: SummaryCache] = [:]
        var cached: [URL: [String: ReportSummary]] = [:]
        for folder in files.map(\.folder) where caches[folder] == nil {
            let cache = SummaryCache.open(at: CacheLocation.path(for: folder), parserIdentity: parserIdentity)
            caches[folder] = cache
            cached[folder] = cache.summaries()
        }
        let previous = files.map { cached[$0.folder]?[$0.relativePath] }
        let outcomes = summarizeInParallel(files, previous: previous)

        var statistics = IndexStatistics()
        var changed: [URL: [ReportSummary]] = [:]
        for (file, outcome) in zip(files, outcomes) {
            if outcome.wasRead { statistics.filesRead += 1 }
            if let seconds = outcome.parseSeconds {
                statistics.reportsParsed += 1
                statistics.parseSeconds += seconds
                statistics.bytesParsed += Int64(outcome.textBytes)
            }
            if outcome.summary != cached[file.folder]?[file.relativePath] {
                changed[file.folder, default: []].append(outcome.summary)
            }
            statistics.totalBytes += outcome.summary.stamp.size
            statistics.figures += outcome.summary.figureCount
        }
        for (folder, cache) in caches.sorted(by: { $0.key.path < $1.key.path }) {
            // Only a folder listed whole tells which of its files are gone.
            let present = Set(files.lazy.filter { $0.folder == folder }.map(\.relativePath))
            let gone = openedFolders.contains(folder)
                ? (cached[folder] ?? [:]).keys.filter { !present.contains($0) }.sorted() : []
            cache.save(changed[folder] ?? [], removing: gone)
            statistics.caches.append(cache.note.map { "\(cache.location): \($0)" } ?? cache.location)
        }
        return ReportIndex(files: files, summaries: outcomes.map(\.summary), problems: problems, statistics: statistics)
    }

    private struct Outcome {
        var summary: ReportSummary
        var wasRead = false
        var textBytes = 0
        /// Set when the report was parsed.
        var parseSeconds: Double?
    }

    /// Workers take the next file from a shared counter, so a slow file holds up no one.
    private func summarizeInParallel(_ files: [ReportFile], previous: [ReportSummary?]) -> [Outcome] {
        var outcomes = [Outcome?](repeating: nil, count: files.count)
        let next = Atomic<Int>(0)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: min(width, max(files.count, 1))) { _ in
                while true {
                    let i = next.add(1, ordering: .relaxed).oldValue
                    guard i < files.count else { return }
                    buffer[i] = summarize(files[i], previous: previous[i])
                }
            }
        }
        return outcomes.map { $0! }
    }

    private func summarize(_ file: ReportFile, previous: ReportSummary?) -> Outcome {
        guard let stamp = FileStamp(path: file.url.path) else {
            return Outcome(summary: ReportSummary(relativePath: file.relativePath, stamp: FileStamp(size: 0, modified: 0), problem: "cannot be read (gone or not a file)"))
        }
        // A file that failed to load is tried again: permissions change without touching the time.
        let trusted = previous.flatMap { $0.problem == nil ? $0 : nil }
        if let trusted, trusted.stamp == stamp { return Outcome(summary: trusted) }
        switch load(file) {
        case .failure(let problem):
            return Outcome(summary: ReportSummary(relativePath: file.relativePath, stamp: stamp, problem: problem.reason), wasRead: true)
        case .success(let loaded):
            let fingerprint = Fingerprint.of(loaded.text)
            if var trusted, trusted.fingerprint == fingerprint, trusted.encoding == loaded.encoding {
                trusted.stamp = stamp
                return Outcome(summary: trusted, wasRead: true)
            }
            let start = ThreadTime.now()
            let report = ReportParser.parse(loaded.text)
            let seconds = ThreadTime.now() - start
            let summary = ReportSummary(
                relativePath: file.relativePath, stamp: stamp, fingerprint: fingerprint,
                encoding: loaded.encoding, report: report
            )
            return Outcome(summary: summary, wasRead: true, textBytes: loaded.text.utf8.count, parseSeconds: seconds)
        }
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
