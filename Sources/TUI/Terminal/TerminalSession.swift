@preconcurrency import CNcursesw
import CTerminalShims
import Foundation

/// Why the browser cannot run in this terminal, in words that say what to do.
struct TerminalProblem: Error, CustomStringConvertible {
    let description: String
}

/// The ncurses screen: opened after every check that could otherwise crash or draw garbage,
/// closed exactly once whatever way the browser ends.
final class TerminalSession {
    private var screen: OpaquePointer?
    let colour: Bool

    /// Sets a UTF-8 locale (switching to C.UTF-8 when the environment's is not UTF-8).
    static func useUTF8Locale() throws {
        if setlocale(LC_ALL, "") != nil, ts_is_utf8_locale() == 1 { return }
        if setlocale(LC_ALL, "C.UTF-8") != nil, ts_is_utf8_locale() == 1 { return }
        throw TerminalProblem(description: "reports needs a UTF-8 locale to show Chinese text, and C.UTF-8 is not installed. Set one, for example: LANG=en_US.UTF-8 reports")
    }

    init(environment: [String: String], mouse: Bool) throws {
        try Self.useUTF8Locale()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalProblem(description: "reports browses reports in a terminal; its input and output must be a terminal. To print reports instead, use a subcommand (reports --help).")
        }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw TerminalProblem(description: "TERM is not set, so the terminal's abilities are unknown. Set it, for example: TERM=xterm-256color") }
        guard term != "dumb" else { throw TerminalProblem(description: "TERM=dumb cannot place text on the screen. Use a full terminal, for example TERM=xterm-256color.") }
        ts_install_handlers()
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(nil, output, input)
        else { throw TerminalProblem(description: "The terminal type TERM=\(term) is unknown here. Try TERM=xterm-256color.") }
        self.screen = screen
        guard ts_can_address_cursor() == 1 else {
            endwin()
            delscreen(screen)
            self.screen = nil
            throw TerminalProblem(description: "TERM=\(term) cannot move the cursor, so the browser cannot draw. Use a full terminal, for example TERM=xterm-256color.")
        }
        cbreak()
        noecho()
        nonl()
        keypad(ts_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        // Wake every 100 ms to take in background results and quit signals.
        wtimeout(ts_stdscr(), 100)
        // Off unless asked for: mouse reporting stops the terminal selecting text to copy.
        if mouse { ts_enable_mouse() }
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        colour = has_colors() && !noColour
        if colour {
            start_color()
            use_default_colors()
        }
    }

    var size: Size { Size(width: Int(getmaxx(ts_stdscr())), height: Int(getmaxy(ts_stdscr()))) }

    /// Gives the terminal back as it was. Safe to call more than once.
    func close() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
    }

    deinit { close() }
}
