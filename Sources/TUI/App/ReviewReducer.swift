import Model

/// Marking figures: the mark is sent to the store as an effect and shows as done only when the
/// store's answer comes back.
extension AppState {
    mutating func mark(_ state: MarkState) -> [Effect] {
        guard let r = report, let figure = r.selectedFigure else {
            message = Message(text: Self.noFigure)
            return []
        }
        return record(state, note: nil, figure: figure)
    }

    mutating func record(_ state: MarkState, note: String?, figure: Int) -> [Effect] {
        guard let r = report, r.report.figures.indices.contains(figure) else { return [] }
        report?.pending.insert(figure)
        message = Message(text: "Saving...")
        return [.record(
            entry: r.entry, figure: figure, state: state, previous: r.state(ofFigure: figure), note: note,
            report: r.report, file: r.file
        )]
    }

    mutating func recorded(entry: Int, figure: Int, previous: MarkState?, result: Result<FigureReview, StoreFailure>) {
        let isOpen = report?.entry == entry
        if isOpen { report?.pending.remove(figure) }
        switch result {
        case .failure(let failure):
            message = Message(text: "Mark not saved: \(failure.message)", isError: true)
        case .success(let review):
            if isOpen, report!.reviews.indices.contains(figure) { report!.reviews[figure] = review }
            if list.entries.indices.contains(entry), case .ready(var summary) = list.entries[entry].status {
                summary.count(previous, by: -1)
                summary.count(review.state, by: 1)
                list.entries[entry].status = .ready(summary)
            }
            let total = report.map { " of \($0.report.figures.count)" } ?? ""
            let words: String = switch review.state {
            case .checked: "checked"
            case .disputed: "disputed" + (review.note.map { ": \($0)" } ?? "")
            case .cleared: "cleared"
            }
            message = Message(text: "Figure \(figure + 1)\(total) \(words).")
        }
    }
}

extension ListSummary {
    mutating func count(_ state: MarkState?, by delta: Int) {
        switch state {
        case .checked: checked += delta
        case .disputed: disputed += delta
        case .cleared, nil: break
        }
    }
}
