import ArgumentParser
import Foundation
import Model

/// `reports history FILE [FIGURE]`: every mark made, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the marks made on a report, or on one of its figures, newest first.",
        discussion: "Marks whose figure is no longer in the report's text are shown with [orphaned].")

    @Argument(help: "The report file.")
    var file: String

    @Argument(help: "Only this figure, numbered as `reports figures` lists it.")
    var figure: Int?

    @OptionGroup var review: ReviewOptions

    func validate() throws {
        if let figure, figure < 1 { throw ValidationError("Figures are numbered from 1.") }
    }

    func run() throws {
        guard !FileManager.default.isDirectory(file) else {
            throw ValidationError("\(file) is a folder: name one report file.")
        }
        guard let parsed = ReportInputs.parse([file]).reports.first else { throw ExitCode(2) }
        let figures = parsed.report.figures.count
        if let figure, figure > figures {
            throw ValidationError("There is no figure \(figure): the report has \(figures) figures.")
        }
        let events = try ReviewStores(options: review).store(for: parsed.file).history(
            of: parsed.report, relativePath: parsed.file.relativePath, figure: figure.map { $0 - 1 })
        let current = FigureAnchor.anchors(in: parsed.report)
        let numbers = Dictionary(current.enumerated().map { ($1, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        if events.isEmpty { print("No marks yet.") }
        for event in events {
            let place = numbers[event.anchor].map { "figure \($0)" } ?? "[orphaned]"
            let note = event.note.map { ": \($0)" } ?? ""
            print("\(HistoryCommand.timeText(event.time))  \(event.reviewer)  \(event.state.rawValue)  \(place)  \(event.anchor.description)\(note)")
        }
    }

    /// Local time to the second, as a reviewer reads a clock.
    static func timeText(_ time: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: time)
    }
}
