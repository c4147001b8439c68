import ArgumentParser
import Foundation
import Model

/// `reports [PATH...]`: the terminal browser, the default subcommand.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse reports in the terminal (the default when no subcommand is given).",
        discussion: "Keys are listed on the help screen (press ?)."
    )

    @Argument(help: "Report files or folders. Default: sample-reports in the current folder.")
    var paths: [String] = []

    @OptionGroup var review: ReviewOptions

    @Option(
        name: .customLong("ambiguous-width"),
        help: "Columns for East-Asian-ambiguous characters such as “ ” … ① — (1 or 2; also REPORTS_AMBIGUOUS_WIDTH). Default 1."
    )
    var ambiguousWidth: Int?

    @Flag(help: "Let the mouse wheel scroll and a click select (off by default, so the terminal can select text to copy).")
    var mouse = false

    func validate() throws {
        if let ambiguousWidth, ambiguousWidth != 1, ambiguousWidth != 2 {
            throw ValidationError("--ambiguous-width must be 1 or 2.")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var paths = self.paths
        if paths.isEmpty {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: "sample-reports", isDirectory: &isFolder), isFolder.boolValue else {
                Self.fail("No reports to open: there is no sample-reports folder here. Pass report files or folders: reports PATH...")
            }
            paths = ["sample-reports"]
        }
        // Let go of as soon as the indexer has it: for a big folder it holds many megabytes.
        var pending: PendingIndex? = ReportIndexer().prepare(paths: paths)
        let files = pending!.files
        let session: TerminalSession
        do {
            session = try TerminalSession(environment: environment, mouse: mouse)
        } catch {
            Self.fail(String(describing: error))
        }
        // Opened only once the terminal is known to work, so a failed start creates no database.
        let stores = BrowserReviewStores(files: files, options: review, environment: environment)
        let ambiguous = ambiguousWidth ?? environment["REPORTS_AMBIGUOUS_WIDTH"].flatMap(Int.init) ?? 1
        let settings = Settings(displayWidth: DisplayWidth(ambiguous: ambiguous), colour: session.colour)
        let inbox = Inbox()
        let runner = EffectRunner(stores: stores, inbox: inbox)
        var state = AppState(
            size: session.size, settings: settings, storeLocation: stores.summary,
            list: ListState(files: files, cached: pending!.cached, problems: pending!.problems))
        _ = runner.run(state.starting())
        runner.index(pending!)
        pending = nil
        runner.tally(files)
        state.message = stores.problem.map { Message(text: $0, isError: true) }
        let status = BrowserLoop.run(state: &state, terminal: session, runner: runner, inbox: inbox)
        session.close()
        if status != 0 { throw ExitCode(status) }
    }

    /// Prints `message` and exits with status 2, before the terminal was taken over.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("reports: \(message)\n".utf8))
        Foundation.exit(2)
    }
}
