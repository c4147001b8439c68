import Foundation
import Testing

/// Drives the real `reports` binary in tmux on a private socket, as a reviewer would. Needs the
/// real parser and review store (it checks the second level-1 section of the third sample and a
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
        let title = try Self.secondTopSectionOfThirdSample()

        let command = "env LANG=C.UTF-8 TERM=xterm-256color REPORTS_REVIEW_DB='\(database)' '\(binary)'; echo \"exit status $?\"; sleep 120"

        // First run: open the third sample, jump to its second level-1 section, mark a figure.
        // Each run has its own server: one being killed may still hold the socket for a moment.
        let first = Tmux(socket: "reports-e2e-\(getpid())-1")
        defer { first.killServer() }
        try first.start(command, in: work.path)
        // The third report's second level-1 section has figures.
        let list = try first.waitFor("the list") { $0.contains("Authority") && $0.contains("store:") }
        #expect(list.contains("鲁山县瓦屋镇人民政府"))
        try first.keys("j", "j", "Enter")
        try first.waitFor("the report") { $0.contains("Outline (") }
        try first.keys("2")
        try first.waitFor("the second section") { Tmux.row($0, 38).contains("二、" + title.prefix(6)) }
        try first.keys("Tab", "j", "x")
        let marked = try first.waitFor("the mark") { $0.contains("checked 1/") }
        #expect(marked.contains("[x]"))
        let figureLabel = try #require(Tmux.statusField(marked, "figure "))
        try first.keys("q", "q")
        try first.waitFor("the exit") { $0.contains("exit status 0") }

        // Second run: the mark is still there.
        let second = Tmux(socket: "reports-e2e-\(getpid())-2")
        defer { second.killServer() }
        try second.start(command, in: work.path)
        try second.waitFor("the list again") { $0.contains("Authority") && $0.contains("store:") }
        try second.keys("j", "j", "Enter")
        try second.waitFor("the report again") { $0.contains("Outline (") }
        try second.keys("2", "Tab", "j")
        let again = try second.waitFor("the same figure") { $0.contains("figure \(figureLabel)") }
        #expect(again.contains("checked 1/"))
        #expect(again.contains("[x]"))

        // Resize: at 80 columns the outline folds away and text and figures stay side by side.
        try second.resize(width: 80, height: 24)
        let small = try second.waitFor("80 columns") { screen in
            screen.components(separatedBy: "\n").count >= 24 && !Tmux.row(screen, 1).contains("Outline")
                && Tmux.row(screen, 1).contains("Figures")
        }
        #expect(Tmux.row(small, 22).contains("二、"))
        try second.resize(width: 120, height: 40)
        try second.waitFor("120 columns") { Tmux.row($0, 1).contains("Outline (") }
        try second.keys("q", "q")
        try second.waitFor("the second exit") { $0.contains("exit status 0") }
    }

    static func secondTopSectionOfThirdSample() throws -> String {
        let url = root.appendingPathComponent("Tests/ModelTests/Fixtures/gold/002_4de97d768f8bb4c5.json")
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let sections = gold?["sections"] as? [[String: Any]] ?? []
        let tops = sections.filter { $0["level"] as? Int == 1 }
        return try #require(tops.dropFirst(1).first?["title"] as? String)
    }
}

/// A tmux server of our own, so tests never touch the user's sessions.
struct Tmux {
    let socket: String
    static let session = "reports"

    static var available: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs a tmux command and returns what it printed. posix_spawn rather than Foundation's
    /// Process: the server that `new-session` forks would inherit Process's bookkeeping
    /// descriptors and signal mask, so the call would never return and the browser would not
    /// see signals. The child gets default signals, and its output goes to a file.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let output = NSTemporaryDirectory() + "reports-tmux-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out"
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Failure(description: "tmux could not be started (\(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
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

    /// Polls the screen until `condition` holds, for up to 60 seconds: 20 once ran
    /// out on a machine busy with other builds.
    @discardableResult
    func waitFor(_ what: String, _ condition: (String) -> Bool) throws -> String {
        var screen = ""
        for _ in 0..<600 {
            screen = try capture()
            if condition(screen) { return screen }
            usleep(100_000)
        }
        throw Failure(description: "the screen never showed \(what); last screen:\n\(screen)")
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
