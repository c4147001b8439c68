import ArgumentParser
import Foundation
import Model

/// `reports history FILE [FIGURE]`: every mark made, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the marks made on a report, or on one of its figures, newest first.",
        discussion: "Marks whose figure is no longer in the report's text are shown with [orphaned]; marks made before the report's text last changed say so.")

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
        let store = ReviewStores(options: review).store(for: parsed.file)
        if let figure, figure > parsed.report.figures.count {
            throw ReviewStoreProblem.noFigure(figure, of: parsed.report.figures.count, path: store.location)
        }
        let events = try store.history(
            of: parsed.report, relativePath: parsed.file.relativePath, figure: figure.map { $0 - 1 })
        let resolution = AnchorResolution(current: FigureAnchor.anchors(in: parsed.report), marked: events)
        let fingerprint = ReportFingerprint.of(parsed.report.source)
        if events.isEmpty { print("No marks yet.") }
        // Each move is shown where it happened among the marks: after the marks it carried.
        var moves = try store.moves(of: parsed.file.relativePath)
        for event in events {
            while let move = moves.first, move.lastEvent >= event.id ?? 0 {
                print(HistoryCommand.line(move))
                moves.removeFirst()
            }
            let place = resolution.figure[event.anchor].map { "figure \($0 + 1)" } ?? "[orphaned]"
            let note = event.note.map { ": \($0)" } ?? ""
            let earlier = event.fingerprint == fingerprint ? "" : "  (made on an earlier text)"
            print("\(HistoryCommand.timeText(event.time))  \(event.reviewer)  \(event.state.rawValue)  \(place)  \(event.anchor.description)\(note)\(earlier)")
        }
        moves.map(HistoryCommand.line).forEach { print($0) }
    }

    static func line(_ move: ReviewMove) -> String {
        let how = move.automatic ? "its text unchanged" : "named with `reports move`"
        return "\(timeText(move.time))  \(move.reviewer)  moved from \(move.fromReport) to \(move.toReport) (\(how))"
    }

    /// Local time to the second, as a reviewer reads a clock.
    static func timeText(_ time: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: time)
    }
}
