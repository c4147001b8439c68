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

    /// Resolves `events` (in commit order) against the current `anchors`: each figure's state is
    /// the latest event of any anchor that stands for it.
    public init(anchors: [FigureAnchor], events: [ReviewEvent]) {
        var latest: [FigureAnchor: ReviewEvent] = [:]
        for event in events { latest[event.anchor] = event }
        let resolution = AnchorResolution(current: anchors, marked: events)
        var current = [ReviewEvent?](repeating: nil, count: anchors.count)
        var orphaned: [ReviewEvent] = []
        for (anchor, event) in latest {
            guard let index = resolution.figure[anchor] else {
                if event.state != .cleared { orphaned.append(event) }
                continue
            }
            if (current[index]?.id ?? -1) < (event.id ?? 0) { current[index] = event }
        }
        figures = current.map { $0?.review }
        self.orphaned = orphaned.sorted { ($0.id ?? 0) < ($1.id ?? 0) }
    }
}
