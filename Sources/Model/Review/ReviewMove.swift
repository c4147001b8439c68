import Foundation
import GRDB

/// A report renamed or moved inside its folder: the marks made under `fromReport` up to
/// `lastEvent` are, from then on, the marks of `toReport`. Appended and never changed, like
/// the marks themselves, so the marks' own rows keep the path they were made under.
public struct ReviewMove: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "move"

    /// Order of commit, shared with no other table: moves are ordered among themselves.
    public var id: Int64?
    public var fromReport: String
    public var toReport: String
    /// The newest event when the move was recorded: events under `fromReport` up to it moved;
    /// later ones belong to whatever report has that path afterwards.
    public var lastEvent: Int64
    /// `ReportFingerprint` of the report's text at `toReport` when it was moved.
    public var fingerprint: String
    /// True when the store found the move itself (same text, old file gone); false when a
    /// reviewer named it with `reports move`.
    public var automatic: Bool
    public var reviewer: String
    public var time: Date

    public init(
        fromReport: String, toReport: String, lastEvent: Int64, fingerprint: String, automatic: Bool,
        reviewer: String, time: Date
    ) {
        self.fromReport = fromReport
        self.toReport = toReport
        self.lastEvent = lastEvent
        self.fingerprint = fingerprint
        self.automatic = automatic
        self.reviewer = reviewer
        self.time = time
    }
}
