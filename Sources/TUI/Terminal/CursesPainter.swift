@preconcurrency import CNcursesw
import CTerminalShims

/// Copies canvases to the terminal, rewriting only rows that changed since the last frame.
/// Characters reach ncurses only from the canvas, which has already replaced control characters.
final class CursesPainter {
    private let theme: Theme
    private var pairs: [Look: Int16] = [:]
    private var previous: Canvas?

    init(colour: Bool) {
        theme = Theme(colour: colour)
        if colour {
            var next: Int16 = 1
            for role in Role.allCases {
                let look = theme.look(role)
                guard look.foreground != nil || look.background != nil, pairs[look] == nil else { continue }
                init_pair(next, Self.code(look.foreground), Self.code(look.background))
                pairs[look] = next
                next += 1
            }
        }
    }

    /// Forget the last frame, so the next one is drawn whole (after a resize).
    func invalidate() { previous = nil }

    func paint(_ canvas: Canvas) {
        let whole = previous == nil || previous!.width != canvas.width || previous!.height != canvas.height
        if whole { erase() }
        for y in 0..<canvas.height {
            if !whole, let previous, (0..<canvas.width).allSatisfy({ previous.cell(x: $0, y: y) == canvas.cell(x: $0, y: y) }) {
                continue
            }
            for x in 0..<canvas.width {
                let cell = canvas.cell(x: x, y: y)
                guard cell.width > 0 else { continue }
                let look = theme.look(cell.role)
                attr_set(attributes(look.attributes), pairs[look] ?? 0, nil)
                var buffer = cell.character.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
                // The bottom-right cell reports ERR because the cursor cannot move past it; the
                // character is drawn all the same.
                _ = mvaddnwstr(Int32(y), Int32(x), &buffer, Int32(buffer.count - 1))
            }
        }
        attr_set(ts_A_NORMAL(), 0, nil)
        refresh()
        previous = canvas
    }

    private func attributes(_ a: TextAttributes) -> attr_t {
        var bits = ts_A_NORMAL()
        if a.contains(.bold) { bits |= ts_A_BOLD() }
        if a.contains(.underline) { bits |= ts_A_UNDERLINE() }
        if a.contains(.reverse) { bits |= ts_A_REVERSE() }
        return bits
    }

    private static func code(_ colour: TerminalColor?) -> Int16 {
        switch colour {
        case nil: -1
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        }
    }
}
