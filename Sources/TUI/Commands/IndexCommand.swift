import ArgumentParser
import Foundation
import Model

/// `reports index DIR…`: builds or refreshes the summary cache of each folder, so that the
/// browser opens a folder of thousands of reports at once.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Summarise every report of the folders and keep the summaries for next time."
    )

    @Argument(help: "Report folders or files.")
    var paths: [String]

    @Flag(help: "Print how much was read and parsed, how fast, and the peak memory.")
    var stats = false

    @Option(help: "How many files to read and parse at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let start = DispatchTime.now()
        let index = ReportIndexer(width: jobs).index(paths: paths)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9

        for problem in index.problems { printError(problem.description) }
        for (file, summary) in zip(index.files, index.summaries) {
            if let problem = summary.problem { printError("\(file.path): \(problem)") }
        }
        let s = index.statistics
        print("\(index.summaries.count) reports indexed (\(s.filesRead) read, \(s.reportsParsed) parsed).")
        if stats { print(IndexReport(statistics: s, reports: index.summaries.count, seconds: seconds).lines.joined(separator: "\n")) }
        if index.summaries.isEmpty && !index.problems.isEmpty { throw ExitCode.failure }
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The figures `--stats` prints, one per line, name first so that scripts can pick them out.
struct IndexReport {
    var statistics: IndexStatistics
    var reports: Int
    var seconds: Double

    var lines: [String] {
        let s = statistics
        let megabytes = Double(s.totalBytes) / 1_000_000
        let parsedMegabytes = Double(s.bytesParsed) / 1_000_000
        var lines = [
            "reports: \(reports)",
            "figures: \(s.figures)",
            "megabytes: \(format(megabytes, 1))",
            "seconds: \(format(seconds, 3))",
            "megabytes per second: \(format(megabytes / max(seconds, 1e-9), 1))",
            "reports per second: \(format(Double(reports) / max(seconds, 1e-9), 0))",
            "peak memory megabytes: \(format(Double(Self.peakMemoryBytes()) / 1_000_000, 1))",
            "files read: \(s.filesRead)",
            "reports parsed: \(s.reportsParsed)",
        ]
        if s.parseSeconds > 0 {
            lines.append("parser megabytes per core second: \(format(parsedMegabytes / s.parseSeconds, 1)) (\(format(parsedMegabytes, 1)) MB in \(format(s.parseSeconds, 3)) s of processor time)")
        }
        lines += s.caches.map { "cache: \($0)" }
        return lines
    }

    private func format(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// Peak resident memory of this process; Linux reports ru_maxrss in kilobytes.
    static func peakMemoryBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
