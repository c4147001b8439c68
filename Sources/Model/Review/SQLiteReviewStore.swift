import Foundation
import GRDB

/// Marks kept as events in one SQLite file, safe for several reviewers' processes at once
/// (WAL, a busy timeout, every mark its own committed transaction).
public final class SQLiteReviewStore: ReviewHistory {
    public let location: String
    /// Who the marks made through this store are from.
    public let reviewer: String
    private let pool: DatabasePool

    /// Opens the database at `path`, creating it when missing. A file that is damaged, unreadable
    /// or from a newer version throws a `ReviewStoreProblem` and is left untouched.
    public init(path: String, reviewer: String) throws {
        location = path
        self.reviewer = reviewer
        try SQLiteReviewStore.inspect(path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw SQLiteReviewStore.problem(error, path: path)
        }
        try guarded {
            // GRDB opens WAL databases with synchronous NORMAL; a confirmed mark must survive
            // a power cut too, not only a crash of the process.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try migrate()
        }
    }

    public func review(of report: Report, relativePath: String) throws -> ReportReview {
        let events = try guarded {
            try pool.read { db in
                try ReviewEvent.filter(Column("report") == relativePath).order(Column("id")).fetchAll(db)
            }
        }
        return ReportReview(anchors: FigureAnchor.anchors(in: report), events: events)
    }

    public func history(of report: Report, relativePath: String, figure: Int?) throws -> [ReviewEvent] {
        var request = ReviewEvent.filter(Column("report") == relativePath)
        if let figure {
            let anchor = try anchor(of: figure, in: report)
            request = request.filter(
                Column("section") == anchor.section && Column("label") == anchor.label
                    && Column("figureText") == anchor.text && Column("occurrence") == anchor.occurrence)
        }
        return try guarded { try pool.read { db in try request.order(Column("id").desc).fetchAll(db) } }
    }

    public func record(
        _ state: MarkState, note: String?, figure: Int, of report: Report, relativePath: String
    ) throws -> FigureReview {
        let event = ReviewEvent(
            report: relativePath, fingerprint: ReportFingerprint.of(report.source),
            anchor: try anchor(of: figure, in: report), state: state, note: note, reviewer: reviewer,
            time: Date())
        try guarded { try pool.write { db in try event.insert(db) } }
        return event.review
    }

    /// Closes the database now rather than when the store is released, folding the WAL back in.
    public func close() throws {
        try guarded { try pool.close() }
    }

    private func anchor(of figure: Int, in report: Report) throws -> FigureAnchor {
        let anchors = FigureAnchor.anchors(in: report)
        guard anchors.indices.contains(figure) else {
            throw ReviewStoreProblem(
                .badRequest, path: location,
                detail: "There is no figure \(figure + 1): the report has \(anchors.count) figures.")
        }
        return anchors[figure]
    }

    /// Two processes creating the same new database both try the first migration; the loser
    /// fails on the table the winner made, and only needs to see that the schema is complete.
    private func migrate() throws {
        do {
            try ReviewSchema.migrator.migrate(pool)
        } catch {
            guard try pool.read(ReviewSchema.migrator.hasCompletedMigrations) else { throw error }
        }
    }

    private func guarded<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch {
            throw SQLiteReviewStore.problem(error, path: location)
        }
    }

    /// Looks at an existing file through a read-only connection before anything opens it for
    /// writing (opening a pool already writes to it): a file that is not a database, has
    /// damaged pages or a newer schema is reported and left exactly as it was.
    private static func inspect(_ path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReviewStoreProblem(.unavailable, path: path, detail: "cannot be read")
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }
        if header != Data("SQLite format 3\0".utf8) {
            throw ReviewStoreProblem(.corrupt, path: path, detail: "not an SQLite database")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        do {
            let database = try DatabaseQueue(path: path, configuration: configuration)
            try database.read { db in
                let damage = try String.fetchOne(db, sql: "PRAGMA quick_check(1)")
                if damage != "ok" {
                    throw ReviewStoreProblem(.corrupt, path: path, detail: damage ?? "no integrity report")
                }
                if try ReviewSchema.migrator.hasBeenSuperseded(db) {
                    throw ReviewStoreProblem(.newer, path: path, detail: "unknown schema versions")
                }
            }
            try database.close()
        } catch {
            throw problem(error, path: path)
        }
    }

    private static func problem(_ error: Error, path: String) -> Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return ReviewStoreProblem(.corrupt, path: path, detail: error.message ?? "\(error.resultCode)")
        default:
            return ReviewStoreProblem(.unavailable, path: path, detail: error.message ?? "\(error.resultCode)")
        }
    }
}
