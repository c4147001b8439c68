import Foundation
import GRDB

/// One mark as it was made: appended to the store, never changed or removed afterwards.
public struct ReviewEvent: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "event"

    /// Order of commit; the latest event of a figure is its current state.
    public var id: Int64?
    /// The report's path relative to its folder.
    public var report: String
    /// `ReportFingerprint` of the text the mark was made on.
    public var fingerprint: String
    public var section: String
    public var label: String
    public var figureText: String
    public var occurrence: Int
    /// Whether the figure's label and text, and its section and text, picked it out alone in
    /// the text the mark was made on: only then may they find it again after an edit.
    public var uniqueLabelText: Bool
    public var uniqueSectionText: Bool
    public var state: MarkState
    public var note: String?
    public var reviewer: String
    public var time: Date

    /// The event for figure `index` of a report whose figures have `anchors`.
    public init(
        report: String, fingerprint: String, figure index: Int, of anchors: [FigureAnchor], state: MarkState,
        note: String?, reviewer: String, time: Date
    ) {
        let anchor = anchors[index]
        self.report = report
        self.fingerprint = fingerprint
        section = anchor.section
        label = anchor.label
        figureText = anchor.text
        occurrence = anchor.occurrence
        uniqueLabelText = AnchorResolution.LooseKey.labelAndText.isUnique(index, in: anchors)
        uniqueSectionText = AnchorResolution.LooseKey.sectionAndText.isUnique(index, in: anchors)
        self.state = state
        self.note = note
        self.reviewer = reviewer
        self.time = time
    }

    public var anchor: FigureAnchor {
        FigureAnchor(section: section, label: label, text: figureText, occurrence: occurrence)
    }

    func wasUnique(_ key: AnchorResolution.LooseKey) -> Bool {
        switch key {
        case .labelAndText: uniqueLabelText
        case .sectionAndText: uniqueSectionText
        }
    }

    public var review: FigureReview {
        FigureReview(state: state, note: note, reviewer: reviewer, time: time)
    }
}

extension MarkState: DatabaseValueConvertible {}
