import ArgumentParser
import Foundation

/// `CorpusMaker OUT --count N --seed S`: writes N synthetic reports for benchmarks and scale
/// tests. A development tool: it is not part of the `reports` program.
@main
struct MakeCorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "CorpusMaker",
        abstract: "Write synthetic annual rule-of-law reports made from the sample reports."
    )

    @Argument(help: "Folder to write the reports into (created if missing).")
    var output: String

    @Option(help: "How many reports to write.")
    var count = 1000

    @Option(help: "The same seed makes the same reports, byte for byte.")
    var seed: UInt64 = 1

    @Option(help: "Folder of sample reports to recombine.")
    var samples = "sample-reports"

    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must not be negative") }
    }

    func run() throws {
        let start = DispatchTime.now()
        let corpus = try SyntheticCorpus(samples: URL(fileURLWithPath: samples))
        try corpus.write(count: count, seed: seed, to: URL(fileURLWithPath: output))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        print("wrote \(count) reports to \(output) in \(String(format: "%.2f", seconds)) s")
    }
}
