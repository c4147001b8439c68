enum Pane: String, Sendable, CaseIterable {
    case outline, text, figures
}

/// Where everything goes on a screen of a given size. The reducer and the views both use it, so
/// paging and scrolling agree with what is drawn.
///
/// Every screen: a title bar on row 0, a message line on the last row. The report screen has a
/// status line above the message line and its panes in between, each with a title row.
struct ScreenLayout: Sendable, Equatable {
    static let minimum = Size(width: 40, height: 10)

    let size: Size

    var fits: Bool { size.width >= Self.minimum.width && size.height >= Self.minimum.height }

    var statusRow: Int { size.height - 2 }

    /// Rows of the list below its header.
    var listBody: Rect { Rect(x: 0, y: 2, width: size.width, height: max(size.height - 3, 1)) }

    /// Rows of a full-screen page (help, warnings, raw text).
    var pageBody: Rect { Rect(x: 0, y: 1, width: size.width, height: max(size.height - 2, 1)) }

    /// The report's panes, title row included; a pane that does not fit is absent. Three panes
    /// from 110 columns; from 60 the text and one side pane (the outline while it has focus,
    /// else the figures); below that only the focused pane.
    func panes(focus: Pane) -> [Pane: Rect] {
        let top = 1
        let height = max(size.height - 3, 2)
        let w = size.width
        func rect(_ x: Int, _ width: Int) -> Rect { Rect(x: x, y: top, width: width, height: height) }
        if w >= 110 {
            let outline = clamp(w * 22 / 100, 20, 34)
            let figures = clamp(w * 27 / 100, 26, 40)
            let text = w - outline - figures - 2
            return [.outline: rect(0, outline), .text: rect(outline + 1, text), .figures: rect(outline + text + 2, figures)]
        }
        if w >= 60 {
            let side = clamp(w * 35 / 100, 24, 34)
            let text = w - side - 1
            if focus == .outline { return [.outline: rect(0, side), .text: rect(side + 1, text)] }
            return [.text: rect(0, text), .figures: rect(text + 1, side)]
        }
        return [focus: rect(0, w)]
    }

    /// A pane's content, below its title row.
    static func body(of pane: Rect) -> Rect {
        Rect(x: pane.x, y: pane.y + 1, width: pane.width, height: max(pane.height - 1, 1))
    }

    /// Columns the text wraps to: the text pane's width less a margin each side. The same
    /// whichever side pane shows, so a change of focus never rewraps.
    var textColumns: Int { max((panes(focus: .text)[.text]?.width ?? size.width) - 2, 1) }

    /// Rows of text, outline or figures visible at once.
    var paneRows: Int { max(size.height - 4, 1) }

    private func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { min(max(v, lo), hi) }
}
