import Foundation
import Model

/// The reducer: an event and the current state make the next state and the effects to run.
/// No I/O happens here; the shell runs the effects and feeds their answers back as events.
extension AppState {
    mutating func handle(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
            return handle(key)
        case .mouse(let mouse):
            return handle(mouse)
        case .resize(let newSize):
            size = newSize
            relayoutReport()
            keepOutlineCursorVisible()
            keepFigureCursorVisible()
            list.keepCursorVisible(rows: layout.listBody.height)
            return []
        case .indexed(let progress):
            list.apply(progress)
            followRows()
            let renamed = renamesToFollow(progress.updated.map(\.file))
            // Orders made while rows were still arriving were dropped; make them again once.
            return renamed + (list.isIndexing ? [] : listPreparation())
        case .listPrepared(let made):
            list.prepared(made)
            followRows()
            return []
        case .tallied(let tallies):
            list.tallied(tallies)
            return renamesToFollow(list.entries.indices)
        case .marksFound(let marks):
            list.found(marks)
            return []
        case .opened(let entry, let result):
            guard list.opening == entry, let file = list.entries[entry].file else { return [] }
            list.opening = nil
            switch result {
            case .success(let loaded):
                list.opened(entry, marks: try? loaded.reviews.map(MarkTally.init).get(), problem: nil)
                open(ReportState(entry: entry, file: file, loaded: loaded))
                message = loaded.notes.isEmpty ? nil : Message(text: "Made safe to show: \(loaded.notes.joined(separator: "; ")) (w lists them).")
                if case .failure(let failure) = loaded.reviews {
                    message = Message(text: "Review store: \(failure.message)", isError: true)
                }
            case .failure(let problem):
                list.opened(entry, marks: nil, problem: problem.reason)
                message = Message(text: "\(list.entries[entry].name): \(problem.reason)", isError: true)
            }
            return []
        case .recorded(let entry, let figure, let previous, let result):
            recorded(entry: entry, figure: figure, previous: previous, result: result)
            return []
        }
    }

    /// What to start with the browser: making what the list's keys need, off the main loop.
    mutating func starting() -> [Effect] {
        listPreparation()
    }

    /// Rows that show no marks once both their summary and the stores' tally are in (whichever
    /// comes last asks): the store looks for marks they left under an earlier name.
    private func renamesToFollow(_ entries: some Sequence<Int>) -> [Effect] {
        let unmarked = list.unmarked(entries)
        return unmarked.isEmpty ? [] : [.followRenames(unmarked)]
    }

    private mutating func listPreparation() -> [Effect] {
        list.wanted().map { [.prepareList($0)] } ?? []
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        if prompt != nil { return edit(with: key) }
        guard let command = Keymap.command(for: key, in: keyContext) else { return [] }
        message = nil
        if page != nil { return pageCommand(command) }
        if report != nil { return reportCommand(command, key: key) }
        return listCommand(command, key: key)
    }

    private mutating func open(_ state: ReportState) {
        report = state
        relayoutReport()
        guard var r = report else { return }
        r.currentSection = r.section(containing: 0)
        r.selectedFigure = r.figuresInView.first
        report = r
    }

    /// Rewraps the text for the current width. The reading position is a byte offset, so the
    /// line holding it stays at the top whatever the width.
    mutating func relayoutReport() {
        guard var r = report else { return }
        let columns = layout.textColumns
        guard r.wrappedColumns != columns else { return }
        r.lines = wrapper.wrap(r.report.source, columns: columns, keepTogether: r.report.figures.map(\.range))
        r.wrappedColumns = columns
        report = r
    }

    // MARK: Prompts

    private mutating func edit(with key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        switch key {
        case .character(let c) where !c.isASCII || c.asciiValue! >= 0x20:
            p.text.append(c)
        case .backspace:
            if !p.text.isEmpty { p.text.removeLast() }
        case .enter:
            prompt = nil
            return finish(p)
        case .escape:
            prompt = nil
            cancel(p)
            return []
        default:
            return []
        }
        prompt = p
        typed(p)
        return []
    }

    /// Updates what a prompt drives as the reader types (filter and search are live).
    private mutating func typed(_ p: Prompt) {
        switch p.purpose {
        case .filter: applyFilter(p.text)
        case .search: searchText(for: p.text)
        case .disputeNote: break
        }
    }

    private mutating func finish(_ p: Prompt) -> [Effect] {
        switch p.purpose {
        case .filter, .search:
            return []
        case .disputeNote(let figure):
            let note = p.text.trimmingCharacters(in: .whitespaces)
            return record(.disputed, note: note.isEmpty ? nil : note, figure: figure)
        }
    }

    private mutating func cancel(_ p: Prompt) {
        switch p.purpose {
        case .filter: applyFilter("")
        case .search: report?.search = nil
        case .disputeNote: message = Message(text: "Not marked.")
        }
    }
}
