import ArgumentParser
import Foundation
import Model

/// Where marks are kept and whose they are: shared by every command that reads or writes marks.
struct ReviewOptions: ParsableArguments {
    @Option(
        name: .customLong("review-db"),
        help: ArgumentHelp(
            "Review database to use instead of the default.",
            discussion: "Default: .reports-review.sqlite in the reports folder, or a per-user file under $XDG_DATA_HOME/reports/ when that folder is not writable. REPORTS_REVIEW_DB also overrides the default. Marks are kept by the report's path inside its folder, so give each folder its own database.",
            valueName: "path"))
    var reviewDatabase: String?

    @Option(help: ArgumentHelp("Name the marks are made under (default: $USER).", valueName: "name"))
    var reviewer: String?
}

/// The reports named on the command line, parsed, each with the review store of its folder.
/// Says on stderr which database is in use, and why marks are unavailable when they are.
struct ReviewedReports {
    struct Entry {
        let file: ReportFile
        let report: Report
        let store: any ReviewHistory
    }

    let entries: [Entry]
    /// True when a path could not be read.
    let failed: Bool

    init(paths: [String], options: ReviewOptions) {
        let (files, problems) = ReportFolder.files(at: paths)
        problems.forEach { say("reports: \($0)") }
        var stores: [String: any ReviewHistory] = [:]
        var entries: [Entry] = []
        var failed = !problems.isEmpty
        for file in files {
            let text: String
            switch ReportLoader.load(file) {
            case .success(let loaded): text = loaded.text
            case .failure(let problem):
                say("reports: \(problem)")
                failed = true
                continue
            }
            let location = ReviewLocation.resolve(folder: file.folder, chosen: options.reviewDatabase)
            let store = stores[location.path] ?? {
                let opened = location.open(reviewer: ReviewLocation.reviewer(chosen: options.reviewer))
                say(location.description)
                if let limitation = opened.limitation { say("reports: \(limitation)") }
                stores[location.path] = opened
                return opened
            }()
            entries.append(Entry(file: file, report: ReportParser.parse(text), store: store))
        }
        self.entries = entries
        self.failed = failed
    }
}

/// A line on stderr, where notes go so that stdout stays the command's output.
func say(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
