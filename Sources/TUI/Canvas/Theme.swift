/// Text attributes every terminal has, so a role stays recognisable without colour.
struct TextAttributes: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let bold = TextAttributes(rawValue: 1)
    static let underline = TextAttributes(rawValue: 2)
    static let reverse = TextAttributes(rawValue: 4)
}

enum TerminalColor: Sendable, Hashable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

struct Look: Sendable, Hashable {
    var attributes: TextAttributes = []
    var foreground: TerminalColor?
    var background: TerminalColor?
}

/// How each role looks, in colour or, under `NO_COLOR` and on monochrome terminals, through
/// bold, underline and reverse alone.
struct Theme: Sendable {
    let colour: Bool

    func look(_ role: Role) -> Look {
        colour ? Self.coloured(role) : Look(attributes: Self.monochrome(role))
    }

    static func monochrome(_ role: Role) -> TextAttributes {
        switch role {
        case .normal: []
        case .bar, .focusedPaneTitle, .cursor, .figureSelected: .reverse
        case .paneTitle, .heading, .cursorUnfocused, .warning: .bold
        case .figureUnchecked: .underline
        case .figureChecked: [.bold, .underline]
        case .figureDisputed: [.reverse, .underline]
        case .searchMatch, .error: [.reverse, .bold]
        case .placeholder: .underline
        }
    }

    private static func coloured(_ role: Role) -> Look {
        switch role {
        case .normal: Look()
        case .bar, .focusedPaneTitle, .cursor: Look(attributes: .reverse)
        case .paneTitle, .heading: Look(attributes: .bold)
        case .cursorUnfocused: Look(attributes: .bold, foreground: .cyan)
        case .figureUnchecked: Look(attributes: [.bold, .underline], foreground: .yellow)
        case .figureChecked: Look(attributes: .bold, foreground: .green)
        case .figureDisputed: Look(attributes: [.bold, .reverse], foreground: .red)
        case .figureSelected: Look(attributes: [.bold, .reverse], foreground: .cyan)
        case .searchMatch: Look(foreground: .black, background: .yellow)
        case .warning: Look(attributes: .bold, foreground: .yellow)
        case .error: Look(attributes: .bold, foreground: .red)
        case .placeholder: Look(attributes: .underline, foreground: .magenta)
        }
    }
}
