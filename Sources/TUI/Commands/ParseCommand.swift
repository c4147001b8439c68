import ArgumentParser
import Model

/// `reports parse FILE --json`: everything the parser found in one report.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show what the parser found in one report: title block, sections, mandated parts, figures, warnings.",
        discussion: "With --json, one JSON document with keys metadata, sections, mandated, figures, warnings, notes (what was made safe to show), points, debris, file, encoding, lines.")

    @Argument(help: "A report file.")
    var path: String

    @Flag(help: "Print one JSON document.")
    var json = false

    func run() throws {
        let (reports, failed) = ReportInputs.parse([path])
        for parsed in reports {
            if json {
                print(ReportJSON.text(ReportJSON.document(parsed)))
            } else {
                print(summary(parsed))
            }
        }
        if failed { throw ExitCode(2) }
    }

    func summary(_ parsed: ParsedReport) -> String {
        let report = parsed.report
        let m = report.metadata
        func show(_ value: String?) -> String { value ?? "-" }
        var lines = [
            "file:       \(parsed.name) (\(parsed.encoding), \(report.source.lineCount) lines)",
            "title:      \(show(m.title))",
            "authority:  \(show(m.authority))",
            "region:     \(m.region.isEmpty ? "-" : m.region.joined(separator: " / "))",
            "year:       \(show(m.year.map(String.init)))",
            "doc number: \(show(m.docNumber))",
            "addressee:  \(show(m.addressee))",
            "signature:  \(show(m.signature))",
            "date:       \(show(m.date?.description))",
            "copy to:    \(m.copyTo.isEmpty ? "-" : m.copyTo.joined(separator: "、"))",
            "sections:   \(report.sections.count), points: \(report.points.count), figures: \(report.figures.count), warnings: \(report.warnings.count)",
        ]
        lines.append("mandated parts:")
        lines.append(contentsOf: MandatedLines.describe(report))
        return lines.joined(separator: "\n")
    }
}
