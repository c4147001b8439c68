/// Stands in when the review database cannot be used, so reports still open, read-only:
/// every figure reads as never marked, and marking fails with the reason.
public struct UnavailableReviewStore: ReviewHistory {
    public let problem: ReviewStoreProblem

    public init(problem: ReviewStoreProblem) {
        self.problem = problem
    }

    public var location: String { problem.path }
    public var limitation: ReviewStoreProblem? { problem }

    public func review(of report: Report, relativePath: String) throws -> ReportReview {
        ReportReview(anchors: FigureAnchor.anchors(in: report), events: [])
    }

    public func history(of report: Report, relativePath: String, figure: Int?) throws -> [ReviewEvent] {
        []
    }

    public func tallies() throws -> [String: MarkTally] {
        [:]
    }

    public func followRenames(_ reports: [String: UInt64]) throws -> [String: MarkTally] {
        [:]
    }

    public func moves(of relativePath: String) throws -> [ReviewMove] {
        []
    }

    public func recordMove(from: String, to: String, of report: Report) throws -> Int {
        throw problem
    }

    public func record(
        _ state: MarkState, note: String?, figure: Int, of report: Report, relativePath: String
    ) throws -> FigureReview {
        throw problem
    }
}
