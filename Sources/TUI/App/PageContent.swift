import Model

struct PageLine: Sendable, Equatable {
    var text: String
    var role: Role = .normal
}

/// The lines of a full-screen page, wrapped to the screen's width. The reducer counts them to
/// scroll, the view draws them.
enum PageContent {
    static func lines(for state: AppState) -> [PageLine] {
        guard let page = state.page else { return [] }
        let columns = max(state.size.width - 2, 1)
        switch page.kind {
        case .help: return help(columns: columns, wrapper: state.wrapper)
        case .warnings: return state.report.map { warnings(of: $0, columns: columns, wrapper: state.wrapper) } ?? []
        case .raw: return state.report.map { raw($0.report.source, columns: columns, wrapper: state.wrapper) } ?? []
        }
    }

    static func title(for state: AppState) -> String {
        switch state.page?.kind {
        case .help: "Keys"
        case .warnings: "Warnings: \(state.report?.file.relativePath ?? "")"
        case .raw: "Raw text: \(state.report?.file.relativePath ?? "")"
        case nil: ""
        }
    }

    /// Generated from the keymap, so help lists exactly the keys that work. Keys that work the
    /// same in every pane of a report are listed once.
    private static func help(columns: Int, wrapper: LineWrapper) -> [PageLine] {
        let panes = Set(KeyContext.reportPanes)
        let everyPane = Keymap.bindings.filter { panes.isSubset(of: $0.contexts) }
        var groups: [(title: String, bindings: [Binding])] = [("Report list", Keymap.bindings(in: .list))]
        groups.append(("Report, in every pane", everyPane))
        for pane in KeyContext.reportPanes {
            groups.append((pane.title, Keymap.bindings(in: pane).filter { !panes.isSubset(of: $0.contexts) }))
        }
        groups.append((KeyContext.page.title, Keymap.bindings(in: .page)))
        var lines: [PageLine] = []
        for group in groups where !group.bindings.isEmpty {
            lines.append(PageLine(text: group.title, role: .heading))
            for binding in group.bindings {
                let keys = wrapper.width.fit(binding.keyNames, to: 16)
                for (i, row) in wrap(binding.summary, columns: max(columns - 18, 10), wrapper: wrapper).enumerated() {
                    lines.append(PageLine(text: "  " + (i == 0 ? keys : String(repeating: " ", count: 16)) + row))
                }
            }
            lines.append(PageLine(text: ""))
        }
        lines += wrap(
            "Figures in the text: unchecked underlined (yellow), checked green (bold underlined without colour), "
                + "disputed red (reversed and underlined), the selected one reversed. In the figures pane: "
                + "[ ] unchecked, [x] checked, [!] disputed, [~] being saved, * a warning concerns the figure. "
                + "Started with --mouse, the wheel scrolls what is under the pointer and a click selects; "
                + "a click on what is selected acts like Enter.",
            columns: columns, wrapper: wrapper
        ).map { PageLine(text: $0) }
        return lines
    }

    /// What the loader made safe to show, then the parser's warnings.
    private static func warnings(of r: ReportState, columns: Int, wrapper: LineWrapper) -> [PageLine] {
        var lines: [PageLine] = []
        for note in r.notes {
            lines.append(PageLine(text: "file  made safe to show", role: .warning))
            lines += wrap(note, columns: columns - 2, wrapper: wrapper).map { PageLine(text: "  " + $0) }
        }
        if r.report.warnings.isEmpty { lines.append(PageLine(text: "No warnings for this report.")) }
        for warning in r.report.warnings {
            let place = warning.line > 0 ? "line \(warning.line)" : "report"
            lines.append(PageLine(text: "\(place)  \(warning.kind.rawValue)", role: .warning))
            lines += wrap(warning.message, columns: columns - 2, wrapper: wrapper).map { PageLine(text: "  " + $0) }
        }
        return lines
    }

    /// The text with its line numbers, wrapped.
    private static func raw(_ source: SourceText, columns: Int, wrapper: LineWrapper) -> [PageLine] {
        let gutter = max(String(source.lineCount).count, 3)
        var lines: [PageLine] = []
        var lastLine = 0
        for visual in wrapper.wrap(source, columns: max(columns - gutter - 2, 1)) {
            let number = source.line(at: visual.range.lowerBound)
            let label = number == lastLine ? "" : String(number)
            lastLine = number
            lines.append(PageLine(text: String(repeating: " ", count: gutter - label.count) + label + "  " + source.slice(visual.range)))
        }
        return lines
    }

    static func wrap(_ text: String, columns: Int, wrapper: LineWrapper) -> [String] {
        let source = SourceText(text)
        return wrapper.wrap(source, columns: columns).map { source.slice($0.range) }
    }
}
