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
    public var state: MarkState
    public var note: String?
    public var reviewer: String
    public var time: Date

    public init(
        report: String, fingerprint: String, anchor: FigureAnchor, state: MarkState, note: String?,
        reviewer: String, time: Date
    ) {
        self.report = report
        self.fingerprint = fingerprint
        section = anchor.section
        label = anchor.label
        figureText = anchor.text
        occurrence = anchor.occurrence
        self.state = state
        self.note = note
        self.reviewer = reviewer
        self.time = time
    }

    public var anchor: FigureAnchor {
        FigureAnchor(section: section, label: label, text: figureText, occurrence: occurrence)
    }

    public var review: FigureReview {
        FigureReview(state: state, note: note, reviewer: reviewer, time: time)
    }
}

extension MarkState: DatabaseValueConvertible {}
