import CTerminalShims
import Model

/// The browser's main loop: read a key or take background results, reduce, draw.
enum BrowserLoop {
    /// Runs until the reader quits or a quit signal arrives; returns the exit status.
    static func run(state initial: AppState, terminal: TerminalSession, runner: EffectRunner, inbox: Inbox) -> Int32 {
        var state = initial
        let painter = CursesPainter(colour: state.settings.colour)
        state.size = terminal.size
        painter.paint(Screen.render(state))
        while true {
            let signal = ts_quit_signal()
            if signal != 0 { return 128 + signal }
            var events: [Event] = []
            switch KeyReader.read() {
            case .key(let key): events.append(.key(key))
            case .mouse(let mouse): events.append(.mouse(mouse))
            case .resize:
                painter.invalidate()
                events.append(.resize(terminal.size))
            case .none: break
            }
            events += inbox.takeAll()
            guard !events.isEmpty else { continue }
            var effects: [Effect] = []
            for event in events { effects += state.handle(event) }
            guard runner.run(effects) else { return 0 }
            painter.paint(Screen.render(state))
        }
    }
}
