import ArgumentParser
import Model

/// `reports progress DIR…`: how far the review of each report has got.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show, per report, how many figures are checked or disputed, and marks left orphaned.",
        discussion: "A mark is orphaned when its figure can no longer be found because the report was edited (its sentence deleted or rewritten). Orphaned marks are kept and listed under their report so they can be redone.")

    @Argument(help: "Report files or folders of reports.")
    var paths: [String]

    @OptionGroup var review: ReviewOptions

    func run() throws {
        let (reports, failed) = ReportInputs.parse(paths)
        let stores = ReviewStores(options: review)
        print("checked  disputed  total  orphaned  report")
        var sums = (checked: 0, disputed: 0, total: 0, orphaned: 0)
        for parsed in reports {
            let state = try stores.store(for: parsed.file).review(of: parsed.report, relativePath: parsed.file.relativePath)
            print(columns(state.checked, state.disputed, state.total, state.orphaned.count) + parsed.name)
            for mark in state.orphaned {
                let note = mark.note.map { ": \($0)" } ?? ""
                print("    orphaned \(mark.state.rawValue) by \(mark.reviewer), \(HistoryCommand.timeText(mark.time)): \(mark.anchor.description)\(note)")
            }
            sums = (sums.checked + state.checked, sums.disputed + state.disputed, sums.total + state.total,
                    sums.orphaned + state.orphaned.count)
        }
        if reports.count > 1 {
            print(columns(sums.checked, sums.disputed, sums.total, sums.orphaned) + "(all \(reports.count) reports)")
        }
        if failed { throw ExitCode(2) }
    }

    private func columns(_ checked: Int, _ disputed: Int, _ total: Int, _ orphaned: Int) -> String {
        pad(checked, 7) + pad(disputed, 10) + pad(total, 7) + pad(orphaned, 10) + "  "
    }

    private func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
