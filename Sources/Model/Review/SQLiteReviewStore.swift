import Foundation
import GRDB
import GRDBSQLite

/// Marks kept as events in one SQLite file, safe for several reviewers' processes at once
/// (WAL, a busy timeout, every mark its own committed transaction).
public final class SQLiteReviewStore: ReviewHistory {
    public let location: String
    /// Who the marks made through this store are from.
    public let reviewer: String
    /// Set when this user may read the file but not write it: marks show, new ones are refused.
    public let limitation: ReviewStoreProblem?
    private let database: any DatabaseWriter

    /// Opens the database at `path`, creating it when missing. A file that is damaged, unreadable
    /// or from a newer version throws a `ReviewStoreProblem` and is left untouched.
    public init(path: String, reviewer: String) throws {
        location = path
        self.reviewer = reviewer
        let existing = try SQLiteReviewStore.inspect(path)
        if let existing, !FileManager.default.isWritableFile(atPath: path) {
            database = existing
            limitation = ReviewStoreProblem(.readOnly, path: path, detail: "you may read it but not write to it")
            return
        }
        try existing?.close()
        limitation = nil
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // Keep the -wal and -shm files when the last writer closes: a colleague who may
            // read the team's database but not write its folder cannot create them, and
            // SQLite cannot read a WAL database without them.
            var persist: CInt = 1
            sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
        }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw SQLiteReviewStore.problem(error, path: path)
        }
        try guarded {
            // GRDB opens WAL databases with synchronous NORMAL; a confirmed mark must survive
            // a power cut too, not only a crash of the process.
            try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try migrate()
        }
    }

    public func review(of report: Report, relativePath: String) throws -> ReportReview {
        let events = try events(ReviewEvent.filter(Column("report") == relativePath).order(Column("id")))
        return ReportReview(anchors: FigureAnchor.anchors(in: report), events: events)
    }

    public func history(of report: Report, relativePath: String, figure: Int?) throws -> [ReviewEvent] {
        let events = try events(ReviewEvent.filter(Column("report") == relativePath).order(Column("id").desc))
        guard let figure else { return events }
        let resolution = AnchorResolution(current: FigureAnchor.anchors(in: report), marked: events)
        return events.filter { resolution.figure[$0.anchor] == figure }
    }

    public func tallies() throws -> [String: MarkTally] {
        try guarded {
            try database.read { db in
                guard try db.tableExists(ReviewEvent.databaseTableName) else { return [:] }
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT report, state, COUNT(*) FROM (
                        SELECT report, state, ROW_NUMBER() OVER (
                            PARTITION BY report, section, label, figureText, occurrence ORDER BY id DESC) AS newest
                        FROM event)
                    WHERE newest = 1 GROUP BY report, state
                    """)
                var tallies: [String: MarkTally] = [:]
                while let row = try rows.next() {
                    let state = MarkState(rawValue: row[1])
                    let count: Int = row[2]
                    tallies[row[0], default: MarkTally()].count(state, by: count)
                }
                return tallies
            }
        }
    }

    /// A read-only file may predate its first mark, and so have no events table yet.
    private func events(_ request: QueryInterfaceRequest<ReviewEvent>) throws -> [ReviewEvent] {
        try guarded {
            try database.read { db in try db.tableExists(ReviewEvent.databaseTableName) ? request.fetchAll(db) : [] }
        }
    }

    public func record(
        _ state: MarkState, note: String?, figure: Int, of report: Report, relativePath: String
    ) throws -> FigureReview {
        if let limitation { throw limitation }
        let anchors = FigureAnchor.anchors(in: report)
        guard anchors.indices.contains(figure) else {
            throw ReviewStoreProblem.noFigure(figure + 1, of: anchors.count, path: location)
        }
        let event = ReviewEvent(
            report: relativePath, fingerprint: ReportFingerprint.of(report.source), figure: figure, of: anchors,
            state: state, note: note, reviewer: reviewer, time: Date())
        try guarded { try database.write { db in try event.insert(db) } }
        return event.review
    }

    /// Closes the database now rather than when the store is released.
    public func close() throws {
        try guarded { try database.close() }
    }

    /// Two processes creating the same new database both try the first migration; the loser
    /// fails on the table the winner made, and only needs to see that the schema is complete.
    private func migrate() throws {
        do {
            try ReviewSchema.migrator.migrate(database)
        } catch {
            guard try database.read(ReviewSchema.migrator.hasCompletedMigrations) else { throw error }
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
    /// Returns the read-only connection, nil when there is no file yet.
    private static func inspect(_ path: String) throws -> DatabaseQueue? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReviewStoreProblem(.unavailable, path: path, detail: "cannot be read")
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return nil }
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
            return database
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
