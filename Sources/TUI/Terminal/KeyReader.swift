@preconcurrency import CNcursesw
import CTerminalShims

/// What one read from the terminal gave.
enum TerminalInput {
    case key(Key)
    case resize
    case mouse(MouseEvent)
    /// Nothing within the read timeout, an unknown key, or a read cut short by a signal.
    case none
}

enum KeyReader {
    static func read() -> TerminalInput {
        var code: wint_t = 0
        switch get_wch(&code) {
        case OK: return character(code)
        case KEY_CODE_YES: return special(Int32(bitPattern: code))
        default: return .none
        }
    }

    private static func character(_ code: wint_t) -> TerminalInput {
        switch code {
        case 0x0A, 0x0D: return .key(.enter)
        case 0x1B: return .key(.escape)
        case 0x09: return .key(.tab)
        case 0x08, 0x7F: return .key(.backspace)
        case 0..<0x20: return .none
        default:
            guard let scalar = Unicode.Scalar(code) else { return .none }
            return .key(.character(Character(scalar)))
        }
    }

    private static func mouse() -> TerminalInput {
        var x: Int32 = 0
        var y: Int32 = 0
        let kind: MouseEvent.Kind
        switch ts_read_mouse(&x, &y) {
        case 1: kind = .press
        case 2: kind = .wheelUp
        case 3: kind = .wheelDown
        default: return .none
        }
        return .mouse(MouseEvent(kind: kind, x: Int(x), y: Int(y)))
    }

    private static func special(_ code: Int32) -> TerminalInput {
        switch code {
        case KEY_RESIZE: .resize
        case KEY_MOUSE: mouse()
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_BTAB: .key(.backTab)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        default: .none
        }
    }
}
