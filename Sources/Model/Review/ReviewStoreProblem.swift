/// Why marks cannot be read or written, in words a reviewer can act on. The file named is
/// never touched after one of these: the reports still open, without marks.
public struct ReviewStoreProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Not a database, or a database whose pages are damaged.
        case corrupt
        /// Cannot be opened, read or written (permissions, missing folder, disk full…).
        case unavailable
        /// Readable but not writable for this user: marks show, new ones cannot be kept.
        case readOnly
        /// Made by a newer version of reports, whose schema this one does not know.
        case newer
        /// The figure number or the mark asked for does not fit the report.
        case badRequest
    }

    public let kind: Kind
    public let path: String
    public let detail: String

    public init(_ kind: Kind, path: String, detail: String) {
        self.kind = kind
        self.path = path
        self.detail = detail
    }

    /// A figure number (1-based, as listed) past the report's last figure.
    public static func noFigure(_ number: Int, of count: Int, path: String) -> ReviewStoreProblem {
        ReviewStoreProblem(.badRequest, path: path, detail: "There is no figure \(number): the report has \(count) figures.")
    }

    public var description: String {
        switch kind {
        case .corrupt:
            "The review database \(path) is damaged (\(detail)). It has been left exactly as it is; "
                + "reports open read-only, without marks. Move it aside to start a new one, "
                + "or name another with --review-db."
        case .unavailable:
            "The review database \(path) cannot be used (\(detail)). Reports open read-only, "
                + "without marks; name another with --review-db or REPORTS_REVIEW_DB."
        case .readOnly:
            "The review database \(path) is read-only for you (\(detail)): marks are shown, but yours "
                + "cannot be kept. Ask its owner to let the team write to it (chmod g+w on it and its "
                + "-wal and -shm files), or name another with --review-db."
        case .newer:
            "The review database \(path) was written by a newer version of reports (\(detail)). "
                + "It has been left as it is; reports open read-only, without marks."
        case .badRequest:
            detail
        }
    }
}
