import ArgumentParser
import Model

/// `reports figures FILE… [--json]`: every figure, numbered from 1 in document order.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List every figure (counts, percentages, money, measures) of each report.",
        discussion: "Each report's figures are numbered from 1 in document order. With --json, one JSON object a line with keys n, file, line, start, end (UTF-8 byte offsets), text, value (a range's lower end), upperValue (a range's upper end, else null), unit, kind, qualifier, label, section, state (checked, disputed or - for unmarked).")

    @Argument(help: "Report files or folders of reports.")
    var paths: [String]

    @Flag(help: "One JSON object per figure per line.")
    var json = false

    @OptionGroup var review: ReviewOptions

    func run() throws {
        let (reports, failed) = ReportInputs.parse(paths)
        let stores = ReviewStores(options: review)
        for parsed in reports {
            let reviews = stores.reviews(of: parsed)
            for (offset, (figure, review)) in zip(parsed.report.figures, reviews).enumerated() {
                let n = offset + 1
                if json {
                    var object = ReportJSON.figure(figure, number: n, in: parsed)
                    object["state"] = review.stateText
                    print(ReportJSON.text(object))
                } else {
                    let section = figure.section.map { ReportJSON.sectionPath($0, parsed.report) } ?? "-"
                    print("\(n)\t\(parsed.name):\(figure.line)\t\(figure.text)\t\(figure.amountText) \(figure.unit)\t\(figure.kind.rawValue)/\(figure.qualifier.rawValue)\t\(figure.label)\t\(section)\t\(review.stateText)")
                }
            }
        }
        if failed { throw ExitCode(2) }
    }
}
