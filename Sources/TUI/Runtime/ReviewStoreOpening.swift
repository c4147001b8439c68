import Model

/// Opens the review store for the reports being browsed. The GRDB store is being written on
/// another branch; until it is merged this build has none, and every mark fails with a message
/// saying so instead of pretending to be kept.
enum ReviewStoreOpening {
    static func open(for files: [ReportFile], option: String?, environment: [String: String]) throws -> any ReviewStore {
        NoReviewStore()
    }
}

struct NoReviewStore: ReviewStore {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "this build has no review store yet; marks cannot be kept" }
    }

    var location: String { "(none)" }

    func reviews(of report: Report, relativePath: String) throws -> [FigureReview?] { throw Missing() }

    func record(_ state: MarkState, note: String?, figure: Int, of report: Report, relativePath: String) throws -> FigureReview {
        throw Missing()
    }
}
