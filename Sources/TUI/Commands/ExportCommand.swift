import ArgumentParser
import Foundation
import Model

/// `reports export DIR… --format csv|json [--output FILE]`: every figure with its review.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every figure with its report, section, label, value, unit and review state.",
        discussion: "CSV is UTF-8 with a byte-order mark, every field quoted and rows ending in CRLF, so Excel and WPS open it with the Chinese intact. JSON is an array of objects with the same keys. State is checked, disputed, cleared or unmarked.")

    @Argument(help: "Report files or folders of reports.")
    var paths: [String]

    @Option(help: "csv or json.")
    var format: ReviewExport.Format

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var review: ReviewOptions

    func run() throws {
        let (reports, failed) = ReportInputs.parse(paths)
        let stores = ReviewStores(options: review)
        // Reports from several folders may share a file name: keep them apart by folder.
        let severalFolders = Set(reports.map(\.file.folder)).count > 1
        var rows: [FigureRow] = []
        for parsed in reports {
            let file = parsed.file
            let name = severalFolders ? file.folder.lastPathComponent + "/" + file.relativePath : file.relativePath
            let reviews = try stores.store(for: file).reviews(of: parsed.report, relativePath: file.relativePath)
            rows += FigureRow.rows(of: parsed.report, named: name, reviews: reviews)
        }
        let data = try ReviewExport.data(rows, as: format)
        if let output {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            say("Wrote \(rows.count) figures to \(output).")
        } else {
            FileHandle.standardOutput.write(data)
        }
        if failed { throw ExitCode(2) }
    }
}

extension ReviewExport.Format: ExpressibleByArgument {}
