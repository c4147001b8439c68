import ArgumentParser
import Foundation
import Model

/// `reports move OLD NEW`: the report now at NEW is the one that was marked as OLD.
struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Give a report that was renamed or moved, and edited, the marks made under its old path.",
        discussion: "A report renamed or moved inside its folder keeps its marks by itself as long as its text is unchanged. One that was also edited cannot be recognised safely, so name it here: the marks made under OLD follow the report at NEW, each finding its figure as after any edit, and a mark whose sentence was edited away is listed as orphaned by `reports progress`. Nothing is rewritten: the move is kept beside the marks, and `reports history` shows it.")

    @Argument(help: "The report's old path (its file is gone).")
    var old: String

    @Argument(help: "The report file as it is now.")
    var new: String

    @Option(help: ArgumentHelp(
        "The reports folder whose marks these are (default: the folder holding both paths).",
        discussion: "Marks are kept by the report's path inside the folder that was opened, so name the folder you open with `reports` when it lies above both.",
        valueName: "folder"))
    var folder: String?

    @OptionGroup var review: ReviewOptions

    func run() throws {
        guard !FileManager.default.isDirectory(new) else {
            throw ValidationError("\(new) is a folder: name one report file.")
        }
        let oldURL = URL(fileURLWithPath: old).standardizedFileURL
        if FileManager.default.fileExists(atPath: oldURL.path) {
            throw ValidationError("\(old) is still there, and keeps its marks: a copy starts unmarked. Move only a report whose old file is gone.")
        }
        guard let parsed = ReportInputs.parse([new]).reports.first else { throw ExitCode(2) }
        let newURL = parsed.file.url.standardizedFileURL
        let root = folder.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? Self.commonFolder(oldURL, newURL)
        guard let from = Self.path(of: oldURL, inside: root), let to = Self.path(of: newURL, inside: root) else {
            throw ValidationError("Both paths must lie inside the folder \(root.path).")
        }
        let store = ReviewStores(options: review).store(for: ReportFile(url: newURL, folder: root, relativePath: to))
        do {
            let moved = try store.recordMove(from: from, to: to, of: parsed.report)
            let state = try store.review(of: parsed.report, relativePath: to)
            print("\(moved) marks made under \(from) now belong to \(to): \(state.checked) figures checked, \(state.disputed) disputed, \(state.orphaned.count) marks orphaned.")
            for mark in state.orphaned {
                print("    orphaned \(mark.state.rawValue): \(mark.anchor.description)")
            }
        } catch let problem as ReviewStoreProblem {
            if problem != store.limitation { say("reports: \(problem)") }
            throw ExitCode(problem.kind == .badRequest ? 64 : 1)
        }
    }

    /// The deepest folder holding both files.
    static func commonFolder(_ one: URL, _ other: URL) -> URL {
        let a = one.deletingLastPathComponent().pathComponents
        let b = other.deletingLastPathComponent().pathComponents
        let shared = zip(a, b).prefix { $0 == $1 }.map(\.0)
        return URL(fileURLWithPath: NSString.path(withComponents: shared), isDirectory: true)
    }

    /// `file`'s path relative to `folder`, nil when it lies outside it.
    static func path(of file: URL, inside folder: URL) -> String? {
        let parts = file.pathComponents
        let base = folder.pathComponents
        guard parts.count > base.count, Array(parts.prefix(base.count)) == base else { return nil }
        return parts.dropFirst(base.count).joined(separator: "/")
    }
}
