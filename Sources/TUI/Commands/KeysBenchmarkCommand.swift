import ArgumentParser
import Foundation
import Model

/// `reports keys-benchmark`: times key press to drawn canvas on a big list and on a big report,
/// for `bench/keys`. A development command, hidden from help; it prints figures and judges nothing.
struct KeysBenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys-benchmark",
        abstract: "Time the reducer and the drawing of the canvas per key (development only).",
        shouldDisplay: false
    )

    @Option(help: "A folder to open through the corpus index (its cache warm or cold, as it is).")
    var folder: String?

    @Option(help: "Without --folder: how many summaries to make in memory from the samples.")
    var count = 100_000

    @Option(help: "A report file to open and scroll (a big one: concatenated samples).")
    var report: String?

    @Option(help: "The sample reports, to make summaries from.")
    var samples = "sample-reports"

    func run() throws {
        let size = Size(width: 160, height: 48)
        var state: AppState
        if let folder {
            let start = DispatchTime.now()
            let pending = ReportIndexer().prepare(paths: [folder])
            state = AppState(size: size, storeLocation: "-", list: ListState(files: pending.files, cached: pending.cached, problems: pending.problems))
            _ = Screen.render(state)
            let known = state.list.entries.count { $0.summary != nil }
            print("painted \(pending.files.count) reports (\(known) from the cache) in \(milliseconds(since: start)) ms")
            // As the browser does: the list's preparation asked for first, then batches through
            // the inbox, taken between keys while the preparation holds a copy of the rows.
            let preparing = state.starting()
            let finishing = DispatchTime.now()
            let inbox = Inbox()
            _ = pending.finish { inbox.post(.indexed($0)) }
            for event in inbox.takeAll() { _ = state.handle(event) }
            print("index checked and applied in \(milliseconds(since: finishing)) ms")
            print(try Self.prepare(&state, preparing))
        } else {
            let start = DispatchTime.now()
            let (files, summaries) = try Self.madeUp(count, from: samples)
            state = AppState(size: size, storeLocation: "-", list: ListState(files: files, cached: summaries, problems: []))
            print("made and listed \(count) summaries in \(milliseconds(since: start)) ms")
            let preparing = state.starting()
            // The stores' tallies come while the rows are being prepared: the first change to
            // the rows copies them, as the preparation holds them.
            let tallying = DispatchTime.now()
            _ = state.handle(.tallied(Array(repeating: MarkTally(), count: count)))
            print("tallies taken while the rows are being prepared in \(milliseconds(since: tallying)) ms")
            print(Self.time("list filter typed before the rows are ready to search (/ 县 Backspace Esc)", &state, [.character("/"), .character("县"), .backspace, .escape]))
            print(try Self.prepare(&state, preparing))
        }
        print(Self.time("list j", &state, Array(repeating: .character("j"), count: 300)))
        print(Self.time("list k", &state, Array(repeating: .character("k"), count: 300)))
        print(Self.time("list PgDn", &state, Array(repeating: .pageDown, count: 200)))
        print(Self.time("list G g", &state, [.character("G"), .character("g")]))
        _ = state.handle(.key(.character("/")))
        print(Self.time("list filter, first letter then backspace", &state, Array(repeating: [Key.character("县"), .backspace], count: 20).flatMap { $0 }))
        print(Self.time("list filter, typing 2023", &state, "2023".map { .character($0) }))
        print(Self.time("list filter, backspace", &state, [.backspace, .backspace]))
        print(Self.time("list filter, Esc", &state, [.escape, .escape]))
        for key in SortKey.allCases.dropFirst() + [.name] {
            print(Self.time("list sort by \(key) (s)", &state, [.character("s")]))
        }
        print(Self.time("list reverse (S)", &state, [.character("S")]))
        if let report {
            let file = ReportFile(url: URL(fileURLWithPath: report), folder: URL(fileURLWithPath: report).deletingLastPathComponent(), relativePath: (report as NSString).lastPathComponent)
            let source = try ReportLoader.load(file).get().source
            let parsed = ReportParser.parse(source)
            let list = ListState(files: [file], problems: [])
            state = AppState(size: size, storeLocation: "-", list: list)
            let effects = state.handle(.key(.enter))
            guard case .open = effects.first else { throw ValidationError("Enter did not open the report") }
            let start = DispatchTime.now()
            _ = state.handle(.opened(entry: 0, .success(LoadedReport(report: parsed, reviews: .success(Array(repeating: nil, count: parsed.figures.count)), storeLocation: "-"))))
            _ = Screen.render(state)
            print("report of \(source.bytes.count / 1000) kB, \(parsed.figures.count) figures: laid out and drawn in \(milliseconds(since: start)) ms")
            print(Self.time("report j", &state, Array(repeating: .character("j"), count: 300)))
            print(Self.time("report PgDn", &state, Array(repeating: .pageDown, count: 200)))
            print(Self.time("report G g", &state, [.character("G"), .character("g")]))
            print(Self.time("report Tab figures j", &state, [.tab, .tab] + Array(repeating: .character("j"), count: 200)))
            print(Self.time("report search typing", &state, [.tab, .character("/")] + "法治".map { .character($0) } + [.enter, .character("n"), .character("n")]))
        }
        print("peak memory: \(IndexReport.peakMemoryBytes() / 1_000_000) MB")
    }

    /// Makes the list's preparation as the browser's runner does off the main loop, and hands
    /// it over; says how long each took.
    private static func prepare(_ state: inout AppState, _ effects: [Effect]) throws -> String {
        guard case .prepareList(let request) = effects.first else { throw ValidationError("The list asked for no preparation") }
        let start = DispatchTime.now()
        let made = ListPreparation(request)
        let making = milliseconds(since: start)
        let taking = DispatchTime.now()
        _ = state.handle(.listPrepared(made))
        return "search text and region order made in \(making) ms (off the main loop), taken in \(milliseconds(since: taking)) ms"
    }

    /// Median and worst of reducer plus render, one key at a time.
    private static func time(_ name: String, _ state: inout AppState, _ keys: [Key]) -> String {
        var times: [Double] = []
        for key in keys {
            let start = DispatchTime.now()
            _ = state.handle(.key(key))
            _ = Screen.render(state)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
        }
        times.sort()
        return String(format: "%@: %d keys, median %.2f ms, worst %.2f ms", name, keys.count, times[times.count / 2], times.last ?? 0)
    }

    /// `count` summaries of the samples under made-up county and township names and years.
    private static func madeUp(_ count: Int, from samples: String) throws -> ([ReportFile], [ReportSummary?]) {
        let reports = ReportFolder.files(at: [samples]).files.compactMap { try? ReportLoader.load($0).get() }.map { ReportParser.parse($0.text) }
        guard !reports.isEmpty else { throw ValidationError("No sample reports in \(samples).") }
        let folder = URL(fileURLWithPath: "/nowhere")
        var files: [ReportFile] = []
        var summaries: [ReportSummary?] = []
        files.reserveCapacity(count)
        summaries.reserveCapacity(count)
        for i in 0..<count {
            let path = String(format: "县%03d/镇%05d-%d.txt", i % 137, i, 2019 + i % 6)
            var report = reports[i % reports.count]
            report.metadata.region = ["县\(i % 137)", "镇\(i)"]
            report.metadata.authority = "镇\(i)人民政府"
            report.metadata.year = 2019 + (i * 7919) % 6
            files.append(ReportFile(url: folder.appendingPathComponent(path), folder: folder, relativePath: path))
            summaries.append(ReportSummary(relativePath: path, stamp: FileStamp(size: 1, modified: 1), fingerprint: UInt64(i), encoding: "UTF-8", report: report))
        }
        return (files, summaries)
    }
}

private func milliseconds(since start: DispatchTime) -> String {
    String(format: "%.1f", Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
}
