import ArgumentParser
import Model

/// `reports outline FILE…`: the section tree of each report and its mandated parts.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Show each report's headings, indented by level, with the number of figures under each.",
        discussion: "The count after a heading covers the section and its subsections. Then the mandated parts (主要举措和成效, 存在的不足, 第一责任人职责, 下一年度安排) are listed as present or missing.")

    @Argument(help: "Report files or folders of reports.")
    var paths: [String]

    func run() throws {
        let (reports, failed) = ReportInputs.parse(paths)
        for (i, parsed) in reports.enumerated() {
            if i > 0 { print("") }
            print(Self.outline(parsed.report, name: parsed.name))
        }
        if failed { throw ExitCode(2) }
    }

    static func outline(_ report: Report, name: String) -> String {
        var lines = ["== \(name)"]
        for section in report.sections {
            let count = report.figures.count { section.treeRange.contains($0.range.lowerBound) }
            let indent = String(repeating: "  ", count: section.level - 1)
            let marker = section.markerInferred ? "[no marker] " : section.marker
            lines.append("\(indent)\(marker)\(section.title)  (\(count) figure\(count == 1 ? "" : "s"), line \(section.line))")
        }
        if report.sections.isEmpty { lines.append("(no headings found)") }
        lines.append("mandated parts:")
        lines.append(contentsOf: MandatedLines.describe(report))
        return lines.joined(separator: "\n")
    }
}
