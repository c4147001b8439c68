/// Everything the store knows about one report as it is now on disk.
public struct ReportReview: Sendable, Equatable {
    /// The current review of each figure, indexed like `report.figures`; nil where never marked.
    public var figures: [FigureReview?]
    /// Marks whose figure can no longer be found in the text (its sentence was deleted or
    /// rewritten). Kept, never deleted, so the reviewer can redo them.
    public var orphaned: [ReviewEvent]

    public var checked: Int { figures.count { $0?.state == .checked } }
    public var disputed: Int { figures.count { $0?.state == .disputed } }
    public var total: Int { figures.count }

    /// Resolves the latest event of each anchor (`events` in commit order) against `anchors`.
    public init(anchors: [FigureAnchor], events: [ReviewEvent]) {
        var latest: [FigureAnchor: ReviewEvent] = [:]
        for event in events { latest[event.anchor] = event }
        let current = Set(anchors)
        figures = anchors.map { latest[$0]?.review }
        orphaned = latest.values
            .filter { !current.contains($0.anchor) && $0.state != .cleared }
            .sorted { ($0.id ?? 0) < ($1.id ?? 0) }
    }
}
