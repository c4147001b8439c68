import ArgumentParser
import Foundation
import Model

/// `reports mark FILE FIGURE (--checked | --disputed NOTE | --clear)`.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark one figure of a report as checked or disputed, or clear its mark.",
        discussion: "Every mark is kept as an event with its reviewer and time; the figure's state is its latest mark, and `reports history` shows them all. The mark is committed to the review database before this command says it is done.")

    @Argument(help: "The report file.")
    var file: String

    @Argument(help: "The figure's number as `reports figures` lists it (1 is the report's first figure).")
    var figure: Int

    @Flag(help: "The figure agrees with the records.")
    var checked = false

    @Option(help: ArgumentHelp("The figure does not agree with the records; say why.", valueName: "note"))
    var disputed: String?

    @Flag(help: "Withdraw the figure's mark.")
    var clear = false

    @OptionGroup var review: ReviewOptions

    func validate() throws {
        let chosen = [checked, disputed != nil, clear].filter { $0 }.count
        guard chosen == 1 else { throw ValidationError("Give exactly one of --checked, --disputed NOTE or --clear.") }
        if let disputed, disputed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--disputed needs a note saying what is wrong.")
        }
        guard figure >= 1 else { throw ValidationError("Figures are numbered from 1.") }
    }

    func run() throws {
        guard !FileManager.default.isDirectory(file) else {
            throw ValidationError("\(file) is a folder: name one report file.")
        }
        guard let parsed = ReportInputs.parse([file]).reports.first else { throw ExitCode(2) }
        let store = ReviewStores(options: review).store(for: parsed.file)
        let state: MarkState = checked ? .checked : clear ? .cleared : .disputed
        do {
            let review = try store.record(
                state, note: disputed, figure: figure - 1, of: parsed.report, relativePath: parsed.file.relativePath)
            let marked = parsed.report.figures[figure - 1]
            let note = review.note.map { ": \($0)" } ?? ""
            print("Figure \(figure) (\(marked.label) \(marked.text)): \(review.state.rawValue) by \(review.reviewer)\(note).")
        } catch let problem as ReviewStoreProblem {
            // A database that cannot take marks was already named when it was opened.
            if problem != store.limitation { say("reports: \(problem)") }
            throw ExitCode(problem.kind == .badRequest ? 64 : 1)
        }
    }
}

extension FileManager {
    func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
