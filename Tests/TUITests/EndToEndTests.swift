import Foundation
import Testing

/// Drives the real `reports` binary in tmux on a private socket, as a reviewer would. Needs the
/// real parser and review store (it checks the third level-1 section of the first sample and a
/// mark surviving a restart).
@Suite(.enabled(if: Tmux.available, "tmux is not installed"))
struct EndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func openJumpMarkQuitReopenAndResize() throws {
        let binary = Self.root.appendingPathComponent(".build/debug/reports").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the package first: \(binary)")
        let work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("reports-e2e-\(getpid())")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("sample-reports"), to: work.appendingPathComponent("sample-reports"))
        let database = work.appendingPathComponent("reviews.sqlite").path
        let third = try Self.thirdTopSectionOfThirdSample()

        let tmux = Tmux(socket: "reports-e2e-\(getpid())")
        defer { tmux.killServer() }
        let command = "env LANG=C.UTF-8 TERM=xterm-256color REPORTS_REVIEW_DB='\(database)' '\(binary)'; echo \"exit status $?\"; sleep 120"

        // First run: open the first sample, jump to its third level-1 section, mark a figure.
        try tmux.start(command, in: work.path)
        // The third report's third level-1 section has figures.
        let list = try tmux.waitFor { $0.contains("Authority") && $0.contains("store:") }
        #expect(list.contains("鲁山县瓦屋镇人民政府"))
        try tmux.keys("j", "j", "Enter")
        try tmux.waitFor { $0.contains("Outline (") }
        try tmux.keys("3")
        let jumped = try tmux.waitFor { Tmux.row($0, 38).contains("三、" + third.prefix(6)) }
        try tmux.keys("Tab", "j")
        let selected = try tmux.waitFor { $0.contains("figure ") && !$0.contains("figure -/") }
        let figureLabel = try #require(Tmux.statusField(selected, "figure "))
        try tmux.keys("x")
        let marked = try tmux.waitFor { $0.contains("checked 1/") }
        #expect(marked.contains("[x]"))
        try tmux.keys("q", "q")
        try tmux.waitFor { $0.contains("exit status 0") }

        // Second run: the mark is still there.
        tmux.killServer()
        try tmux.start(command, in: work.path)
        try tmux.waitFor { $0.contains("Authority") && $0.contains("store:") }
        try tmux.keys("j", "j", "Enter")
        try tmux.waitFor { $0.contains("Outline (") }
        try tmux.keys("3", "Tab", "j")
        let again = try tmux.waitFor { $0.contains("figure \(figureLabel)") }
        #expect(again.contains("checked 1/"))
        #expect(again.contains("[x]"))

        // Resize: at 80 columns the outline folds away and text and figures stay side by side.
        try tmux.resize(width: 80, height: 24)
        let small = try tmux.waitFor { screen in
            let rows = screen.components(separatedBy: "\n")
            return rows.count >= 24 && !Tmux.row(screen, 1).contains("Outline") && Tmux.row(screen, 1).contains("Figures")
        }
        #expect(Tmux.row(small, 22).contains("三、"))
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor { Tmux.row($0, 1).contains("Outline (") }
        try tmux.keys("q", "q")
        try tmux.waitFor { $0.contains("exit status 0") }
    }

    static func thirdTopSectionOfThirdSample() throws -> String {
        let url = root.appendingPathComponent("Tests/ModelTests/Fixtures/gold/002_4de97d768f8bb4c5.json")
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let sections = gold?["sections"] as? [[String: Any]] ?? []
        let tops = sections.filter { $0["level"] as? Int == 1 }
        return try #require(tops.dropFirst(2).first?["title"] as? String)
    }
}

/// A tmux server of our own, so tests never touch the user's sessions.
struct Tmux {
    let socket: String
    static let session = "reports"

    static var available: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Timeout: Error, CustomStringConvertible {
        let screen: String
        var description: String { "the screen never showed what was expected; last screen:\n\(screen)" }
    }

    /// Runs a tmux command; only `capture-pane` output is read, since a server started by
    /// `new-session` would keep a pipe open for as long as it lives.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard arguments.first == "capture-pane" else {
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return ""
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func start(_ command: String, in folder: String) throws {
        try run(["new-session", "-d", "-s", Self.session, "-x", "120", "-y", "40", "-c", folder, command])
    }

    func keys(_ keys: String...) throws {
        for key in keys { try run(["send-keys", "-t", Self.session, key]) }
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", Self.session, "-x", "\(width)", "-y", "\(height)"])
    }

    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", Self.session])
    }

    /// Polls the screen until `condition` holds, for up to 20 seconds.
    @discardableResult
    func waitFor(_ condition: (String) -> Bool) throws -> String {
        var screen = ""
        for _ in 0..<200 {
            screen = try capture()
            if condition(screen) { return screen }
            usleep(100_000)
        }
        throw Timeout(screen: screen)
    }

    func killServer() {
        _ = try? run(["kill-server"])
    }

    static func row(_ screen: String, _ index: Int) -> String {
        let rows = screen.components(separatedBy: "\n")
        return index < rows.count ? rows[index] : ""
    }

    /// The text after `label` up to the next space in the status line (`figure 3/57` → `3/57`).
    static func statusField(_ screen: String, _ label: String) -> String? {
        guard let range = screen.range(of: label) else { return nil }
        return String(screen[range.upperBound...].prefix { $0 != " " && $0 != "\n" })
    }
}
