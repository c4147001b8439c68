import Foundation

/// What a reviewer said about one figure.
public enum MarkState: String, Sendable, Codable, CaseIterable {
    case checked, disputed, cleared
}

/// A figure's current review: its latest event.
public struct FigureReview: Sendable, Equatable {
    public var state: MarkState
    public var note: String?
    public var reviewer: String
    public var time: Date

    public init(state: MarkState, note: String?, reviewer: String, time: Date) {
        self.state = state
        self.note = note
        self.reviewer = reviewer
        self.time = time
    }
}

/// Where checked marks live. The browser and the commands talk to the store only through this.
public protocol ReviewStore: Sendable {
    /// Where the marks are kept, shown to the reviewer (a path).
    var location: String { get }
    /// The current review of each figure of `report`, indexed like `report.figures`;
    /// nil where a figure was never marked. `relativePath` is the report's path inside its folder.
    func reviews(of report: Report, relativePath: String) throws -> [FigureReview?]
    /// Appends one event and returns once it is committed.
    func record(
        _ state: MarkState, note: String?, figure: Int, of report: Report, relativePath: String
    ) throws -> FigureReview
}

/// What the browser and the commands ask beyond the current state: orphaned marks and history.
public protocol ReviewHistory: ReviewStore {
    /// Why marks cannot be kept (or not even read) through this store; nil when all is well.
    var limitation: ReviewStoreProblem? { get }
    /// The current review of each figure and the marks that no longer resolve.
    func review(of report: Report, relativePath: String) throws -> ReportReview
    /// The events of one figure (`figure` indexes `report.figures`), or of the whole report
    /// when nil, orphaned ones included: newest first.
    func history(of report: Report, relativePath: String, figure: Int?) throws -> [ReviewEvent]
    /// The marks of every report by relative path, from each marked figure's latest event, read
    /// without the reports' text: a mark orphaned by an edit still counts, so the tally is exact
    /// only for reports unchanged since they were marked. Moves already recorded are followed;
    /// a report renamed since is counted by `followRenames`.
    func tallies() throws -> [String: MarkTally]
    /// Applies to reports known by path and the fingerprint of their text (`ReportSummary.fingerprint`)
    /// the rule by which opening a report finds the marks it left under an earlier path (renamed
    /// or moved, its text unchanged), so a list can count them without the reports' text.
    /// Returns the tallies of the reports that have marks now, by path.
    func followRenames(_ reports: [String: UInt64]) throws -> [String: MarkTally]
    /// The moves that brought the marks of the report at `relativePath` there, newest first.
    func moves(of relativePath: String) throws -> [ReviewMove]
    /// Records that the report now at `to` is the one marked under `from` (renamed or moved,
    /// and maybe edited): its marks follow it. Returns how many marks moved. Refused when
    /// `from` has no marks or `to` has marks of its own.
    func recordMove(from: String, to: String, of report: Report) throws -> Int
}

extension ReviewHistory {
    public func reviews(of report: Report, relativePath: String) throws -> [FigureReview?] {
        try review(of: report, relativePath: relativePath).figures
    }
}
