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

/// The review store of each folder, opened when first needed; says on stderr which database
/// is in use, and why marks cannot be kept when they cannot.
final class ReviewStores {
    private let stores: ReviewStoresByFolder

    init(options: ReviewOptions) {
        stores = ReviewStoresByFolder(chosen: options.reviewDatabase, reviewer: options.reviewer)
    }

    func store(for file: ReportFile) -> any ReviewHistory {
        stores.store(for: file.folder) { location, store in
            say(location.description)
            if let limitation = store.limitation { say("reports: \(limitation)") }
        }
    }

    /// The current review of each figure, for commands that only show it: all unmarked when
    /// no review database exists yet (none is made just to look), or, after saying why, when
    /// it cannot be read.
    func reviews(of parsed: ParsedReport) -> [FigureReview?] {
        let unmarked = [FigureReview?](repeating: nil, count: parsed.report.figures.count)
        guard FileManager.default.fileExists(atPath: stores.location(of: parsed.file.folder).path) else { return unmarked }
        do {
            return try store(for: parsed.file).reviews(of: parsed.report, relativePath: parsed.file.relativePath)
        } catch {
            say("reports: \(error)")
            return unmarked
        }
    }
}

/// A line on stderr, where notes go so that stdout stays the command's output.
func say(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

extension FigureReview? {
    /// `checked`, `disputed`, or `-` for a figure never marked or whose mark was cleared.
    var stateText: String {
        guard let review = self, review.state != .cleared else { return "-" }
        return review.state.rawValue
    }
}
