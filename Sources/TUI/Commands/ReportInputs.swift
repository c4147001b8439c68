import Foundation
import Model

/// One report named on the command line, read and parsed.
struct ParsedReport {
    let file: ReportFile
    let encoding: String
    let report: Report
    /// What the loader changed to make the text safe to show (`LoadedText.notes`).
    var notes: [String] = []

    /// The file's path, relative to the working folder when it lies inside it.
    var name: String {
        let base = FileManager.default.currentDirectoryPath
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let path = file.path
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

/// Shared by every inspection command: turns paths into parsed reports, and says on stderr,
/// one line each, which paths could not be read.
enum ReportInputs {
    /// Reports in name order, and whether any path failed (the command then exits 2).
    static func parse(_ paths: [String]) -> (reports: [ParsedReport], failed: Bool) {
        let (files, problems) = ReportFolder.files(at: paths)
        var failed = !problems.isEmpty
        problems.forEach { complain($0) }
        var reports: [ParsedReport] = []
        for file in files {
            switch ReportLoader.load(file) {
            case .success(let loaded):
                reports.append(ParsedReport(file: file, encoding: loaded.encoding, report: ReportParser.parse(loaded.source), notes: loaded.notes))
            case .failure(let problem):
                complain(problem)
                failed = true
            }
        }
        return (reports, failed)
    }

    static func complain(_ problem: LoadProblem) {
        FileHandle.standardError.write(Data("reports: \(problem)\n".utf8))
    }
}
