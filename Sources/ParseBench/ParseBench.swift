import ArgumentParser
import Foundation
import Model

/// Parser throughput: parses the sample reports many times (and once more all of them joined
/// into one large text, to show that cost grows with length only) and prints MB/s of CPU time.
/// One thread, so the figures are per core. `--passes 1` gives a short run for callgrind.
@main
struct ParseBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-bench",
        abstract: "Measure ReportParser.parse (with figure extraction and checks) in MB/s per core.")

    @Option(help: "Folder of .txt reports to parse.")
    var samples = "sample-reports"

    @Option(help: "Bytes of parsing per measurement, in MB.")
    var megabytes = 20.0

    @Option(help: "How many times each measurement is taken; the fastest counts.")
    var passes = 3

    @Option(help: "Size of the joined report, in MB.")
    var joinedMegabytes = 10.0

    func run() throws {
        let folder = URL(fileURLWithPath: samples)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !files.isEmpty else { throw ValidationError("No .txt reports in \(samples).") }
        var texts = try files.map { (name: $0.lastPathComponent, text: try String(contentsOf: $0, encoding: .utf8)) }
        let all = texts.map(\.text).joined(separator: "\n")
        let copies = max(1, Int(joinedMegabytes * 1_000_000) / max(1, all.utf8.count))
        texts.append((name: "joined (\(copies) × all)", text: Array(repeating: all, count: copies).joined(separator: "\n")))

        print("parse (structure, figures, checks), MB/s per core, best of \(passes):")
        var totalBytes = 0.0
        var totalSeconds = 0.0
        var parsed = 0
        for (name, text) in texts {
            let size = Double(text.utf8.count)
            let rounds = max(1, Int(megabytes * 1_000_000 / size))
            let seconds = (0..<max(1, passes)).map { _ in cpuSeconds { for _ in 0..<rounds { consume(ReportParser.parse(text)) } } }.min()!
            let rate = size * Double(rounds) / seconds / 1_000_000
            if name.hasPrefix("joined") {
                print(line(name, rate) + String(format: "  (%.1f MB)", size / 1_000_000))
            } else {
                totalBytes += size * Double(rounds)
                totalSeconds += seconds
                print(line(name, rate))
            }
            parsed += Int(size) * rounds * max(1, passes)
        }
        print(line("all samples", totalBytes / totalSeconds / 1_000_000))
        print("\(parsed) bytes parsed in all (divide callgrind's instruction count by this)")
    }

    private func line(_ name: String, _ rate: Double) -> String {
        "  " + name.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%8.1f MB/s", rate)
    }

    /// Keeps the optimiser from dropping a parse whose result is unused.
    private func consume(_ report: Report) {
        if report.figures.count + report.sections.count == -1 { print(report.warnings.count) }
    }

    private func cpuSeconds(_ work: () -> Void) -> Double {
        var start = timespec()
        var end = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start)
        work()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }
}
