import ArgumentParser
import Model

/// `reports check FILE|DIR…`: the mandated parts and every warning of each report.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check reports: mandated parts present or missing, and every warning.",
        discussion: "Exit status: 0 when no report has a warning, 1 when some do, 2 when an input cannot be read (the other reports are still checked).")

    @Argument(help: "Report files or folders of reports.")
    var paths: [String]

    @OptionGroup var review: ReviewOptions

    func run() throws {
        let (reports, failed) = ReportInputs.parse(paths)
        let stores = ReviewStores(options: review)
        var warned = false
        for (i, parsed) in reports.enumerated() {
            if i > 0 { print("") }
            let warnings = parsed.report.warnings
            warned = warned || !warnings.isEmpty
            print("== \(parsed.name): \(warnings.count) warning\(warnings.count == 1 ? "" : "s")")
            // What was made safe to show is not a fault in the report, so it leaves the exit status alone.
            parsed.notes.forEach { print("made safe to show: \($0)") }
            let reviews = stores.reviews(of: parsed)
            let checked = reviews.count { $0?.state == .checked }
            let disputed = reviews.count { $0?.state == .disputed }
            print("figures: \(reviews.count), \(checked) checked, \(disputed) disputed")
            print("mandated parts:")
            MandatedLines.describe(parsed.report).forEach { print($0) }
            for warning in warnings {
                let place = warning.line > 0 ? "line \(warning.line)" : "report"
                print("\(place): \(warning.kind.rawValue): \(warning.message)")
            }
        }
        if failed { throw ExitCode(2) }
        if warned { throw ExitCode(1) }
    }
}
