/// How many of a report's figures are marked checked and disputed: what the list shows of a
/// report's review without the report's text.
public struct MarkTally: Sendable, Equatable {
    public var checked: Int
    public var disputed: Int

    public init(checked: Int = 0, disputed: Int = 0) {
        self.checked = checked
        self.disputed = disputed
    }

    /// The tally of a report's current reviews.
    public init(_ reviews: [FigureReview?]) {
        self.init(checked: reviews.count { $0?.state == .checked }, disputed: reviews.count { $0?.state == .disputed })
    }

    /// The tally of a report's events, in commit order, without its text: each marked
    /// figure's latest event counts.
    init(latestOf events: [ReviewEvent]) {
        var latest: [FigureAnchor: MarkState] = [:]
        for event in events { latest[event.anchor] = event.state }
        self.init()
        for state in latest.values { count(state, by: 1) }
    }

    public mutating func count(_ state: MarkState?, by delta: Int) {
        switch state {
        case .checked: checked += delta
        case .disputed: disputed += delta
        case .cleared, nil: break
        }
    }
}
