import ArgumentParser

@main
struct ReportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports",
        abstract: "Review annual rule-of-law reports (法治政府建设情况报告) in the terminal.",
        subcommands: [
            BrowseCommand.self, OutlineCommand.self, FiguresCommand.self, ParseCommand.self, CheckCommand.self,
            MarkCommand.self, MoveCommand.self, ProgressCommand.self, HistoryCommand.self, ExportCommand.self, IndexCommand.self,
            KeysBenchmarkCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
