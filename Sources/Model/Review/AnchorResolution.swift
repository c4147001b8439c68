/// Which figure of the current text each marked anchor stands for. An anchor present in the
/// text is its own figure. One that is not (its heading was reworded, or the words before
/// the number changed) still finds its figure through a looser key, the figure's text with
/// its label or with its section, when that key picked out one figure in the text the mark
/// was made on, picks out one figure now, and one lost anchor: a mark is never moved onto a
/// figure that might be another. The rest are orphaned.
public struct AnchorResolution: Sendable {
    /// A looser way to recognise a figure; `ReviewEvent` records, per key, whether it was
    /// unique in the text the mark was made on.
    public enum LooseKey: CaseIterable, Sendable {
        case labelAndText, sectionAndText

        func of(_ anchor: FigureAnchor) -> [String] {
            switch self {
            case .labelAndText: [anchor.label, anchor.text]
            case .sectionAndText: [anchor.section, anchor.text]
            }
        }

        /// Whether this key of `anchors[index]` is shared by no other figure.
        public func isUnique(_ index: Int, in anchors: [FigureAnchor]) -> Bool {
            let key = of(anchors[index])
            return anchors.indices.allSatisfy { $0 == index || of(anchors[$0]) != key }
        }
    }

    /// Index into `report.figures` of each marked anchor that still has a figure.
    public let figure: [FigureAnchor: Int]

    public init(current anchors: [FigureAnchor], marked events: [ReviewEvent]) {
        var figure: [FigureAnchor: Int] = [:]
        let index = Dictionary(anchors.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var lost: [FigureAnchor: [ReviewEvent]] = [:]
        for event in events {
            if let i = index[event.anchor] { figure[event.anchor] = i } else { lost[event.anchor, default: []].append(event) }
        }
        for key in LooseKey.allCases where !lost.isEmpty {
            let figures = Dictionary(grouping: anchors.indices, by: { key.of(anchors[$0]) })
            let usable = lost.filter { $0.value.allSatisfy { $0.wasUnique(key) } }.keys
            for (value, group) in Dictionary(grouping: usable, by: key.of) where group.count == 1 {
                guard let only = figures[value], only.count == 1 else { continue }
                figure[group[0]] = only[0]
                lost[group[0]] = nil
            }
        }
        self.figure = figure
    }
}
