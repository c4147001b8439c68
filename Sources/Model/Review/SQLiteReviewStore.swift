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
    /// The folder whose reports' relative paths the marks are kept under, when known: only then
    /// can the store tell that a report's old file is gone and take its marks to the new path.
    public let folder: URL?
    private let database: any DatabaseWriter

    /// Opens the database at `path`, creating it when missing. A file that is damaged, unreadable
    /// or from a newer version throws a `ReviewStoreProblem` and is left untouched. `folder` is
    /// the reports folder the database serves.
    public init(path: String, reviewer: String, folder: URL? = nil) throws {
        location = path
        self.reviewer = reviewer
        self.folder = folder
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
            database = try Self.retryingWhileAnotherProcessOpens { try DatabasePool(path: path, configuration: configuration) }
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
        let events = try events(of: report, at: relativePath, order: Column("id"))
        return ReportReview(anchors: FigureAnchor.anchors(in: report), events: events)
    }

    public func history(of report: Report, relativePath: String, figure: Int?) throws -> [ReviewEvent] {
        let events = try events(of: report, at: relativePath, order: Column("id").desc)
        guard let figure else { return events }
        let resolution = AnchorResolution(current: FigureAnchor.anchors(in: report), marked: events)
        return events.filter { resolution.figure[$0.anchor] == figure }
    }

    public func moves(of relativePath: String) throws -> [ReviewMove] {
        try guarded { try database.read { db in ReviewLineage(of: relativePath, moves: try moves(db)).arrivals } }
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
                // Few reports are ever moved: count those again, following their moves.
                let moves = try moves(db)
                for path in Set(moves.flatMap { [$0.fromReport, $0.toReport] }) {
                    let lineage = try events(db, ReviewLineage(of: path, moves: moves), order: Column("id"))
                    tallies[path] = lineage.isEmpty ? nil : MarkTally(latestOf: lineage)
                }
                return tallies
            }
        }
    }

    /// The events of the report now at `relativePath`, following its moves; when it has none,
    /// first takes over the marks it left under an earlier path (see `renames`).
    private func events(of report: Report, at relativePath: String, order: any SQLOrderingTerm) throws -> [ReviewEvent] {
        try followingRenames(of: [relativePath: ReportFingerprint.of(report.source)]) { db, moves in
            try events(db, ReviewLineage(of: relativePath, moves: moves), order: order)
        }
    }

    public func followRenames(_ reports: [String: UInt64]) throws -> [String: MarkTally] {
        let texts = reports.mapValues(ReportFingerprint.hex)
        return try followingRenames(of: texts) { db, moves in
            var tallies: [String: MarkTally] = [:]
            for path in Set(moves.map(\.toReport)) where texts[path] != nil {
                let lineage = try events(db, ReviewLineage(of: path, moves: moves), order: Column("id"))
                if !lineage.isEmpty { tallies[path] = MarkTally(latestOf: lineage) }
            }
            return tallies
        }
    }

    /// Runs `read` with the moves of the folder in commit order, once the renames of `reports`
    /// (path → `ReportFingerprint`) are found: recorded when this store may write, checked
    /// again inside the writing transaction so two processes record each once. A reviewer who
    /// may only read sees the marks followed: the moves found are passed on, not recorded.
    private func followingRenames<T>(of reports: [String: String], _ read: (Database, [ReviewMove]) throws -> T) throws -> T {
        try guarded {
            let seen = try database.read { db -> T? in
                let moves = try moves(db)
                let found = try renames(db, of: reports, moves: moves)
                guard found.isEmpty || limitation != nil else { return nil }
                return try read(db, moves + found)
            }
            if let seen { return seen }
            return try database.write { db in
                for move in try renames(db, of: reports, moves: try moves(db)) { try move.insert(db) }
                return try read(db, try moves(db))
            }
        }
    }

    /// The rule by which a report's marks follow it when it is renamed or moved: a report with
    /// no marks of its own takes those of the one path of this folder whose marks were last made
    /// on exactly its text and whose file is gone. None when there is no such path, or more than
    /// one (which of them is a guess), or two reports here would take the same path (a copy of
    /// a renamed report), or the folder is not known. `reports` maps path → `ReportFingerprint`;
    /// the moves are not yet recorded.
    private func renames(_ db: Database, of reports: [String: String], moves: [ReviewMove]) throws -> [ReviewMove] {
        guard let folder, try db.tableExists(ReviewEvent.databaseTableName) else { return [] }
        // Most texts were never marked anywhere: the list asks for every unmarked report at once.
        let marked = Set(try String.fetchAll(db, sql: "SELECT DISTINCT fingerprint FROM event"))
        var claims: [String: [(path: String, fingerprint: String)]] = [:]
        for (path, fingerprint) in reports where marked.contains(fingerprint) {
            guard try !hasMarks(db, ReviewLineage(of: path, moves: moves)) else { continue }
            let events = try Row.fetchAll(db, sql: "SELECT report, id FROM event WHERE fingerprint = ?", arguments: [fingerprint])
            let holders = Set(events.map { ReviewLineage.holder(of: $0["id"], madeUnder: $0["report"], moves: moves) })
            var found: [String] = []
            for holder in holders where holder != path {
                let lineage = ReviewLineage(of: holder, moves: moves).condition
                let latest = try String.fetchOne(
                    db, sql: "SELECT fingerprint FROM event WHERE \(lineage.sql) ORDER BY id DESC LIMIT 1",
                    arguments: StatementArguments(lineage.arguments))
                if latest == fingerprint, !FileManager.default.fileExists(atPath: folder.appendingPathComponent(holder).path) {
                    found.append(holder)
                }
            }
            if found.count == 1 { claims[found[0], default: []].append((path, fingerprint)) }
        }
        return try claims.compactMap { earlier, claimants in
            guard claimants.count == 1 else { return nil }
            return try newMove(db, from: earlier, to: claimants[0].path, fingerprint: claimants[0].fingerprint, automatic: true)
        }
    }

    private func hasMarks(_ db: Database, _ lineage: ReviewLineage) throws -> Bool {
        let condition = lineage.condition
        return try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM event WHERE \(condition.sql))",
            arguments: StatementArguments(condition.arguments)) ?? false
    }

    private func events(_ db: Database, _ lineage: ReviewLineage, order: any SQLOrderingTerm) throws -> [ReviewEvent] {
        guard try db.tableExists(ReviewEvent.databaseTableName) else { return [] }
        let condition = lineage.condition
        return try ReviewEvent.filter(sql: condition.sql, arguments: StatementArguments(condition.arguments))
            .order(order).fetchAll(db)
    }

    /// Every move in commit order; none in a database older than moves (opened read-only).
    private func moves(_ db: Database) throws -> [ReviewMove] {
        try db.tableExists(ReviewMove.databaseTableName) ? ReviewMove.order(Column("id")).fetchAll(db) : []
    }

    /// A move of the marks made under `from` so far, to be recorded by a write.
    private func newMove(_ db: Database, from: String, to: String, fingerprint: String, automatic: Bool) throws -> ReviewMove {
        let last = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM event") ?? 0
        return ReviewMove(
            fromReport: from, toReport: to, lastEvent: last, fingerprint: fingerprint,
            automatic: automatic, reviewer: reviewer, time: Date())
    }

    public func recordMove(from: String, to: String, of report: Report) throws -> Int {
        if let limitation { throw limitation }
        return try guarded {
            try database.write { db in
                let moves = try moves(db)
                guard from != to else {
                    throw ReviewStoreProblem(.badRequest, path: location, detail: "\(from) is where the report already is.")
                }
                let kept = try events(db, ReviewLineage(of: to, moves: moves), order: Column("id")).count
                guard kept == 0 else {
                    throw ReviewStoreProblem(
                        .badRequest, path: location,
                        detail: "\(to) already has \(kept) marks of its own: its marks and those of \(from) are not merged.")
                }
                let moving = try events(db, ReviewLineage(of: from, moves: moves), order: Column("id")).count
                guard moving > 0 else {
                    let now = ReviewLineage.current(from, moves: moves)
                    let gone = now == from ? "" : " (they went to \(now) when it was moved)"
                    throw ReviewStoreProblem(.badRequest, path: location, detail: "There are no marks under \(from) in \(location)\(gone).")
                }
                try newMove(db, from: from, to: to, fingerprint: ReportFingerprint.of(report.source), automatic: false).insert(db)
                return moving
            }
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
        var event = ReviewEvent(
            report: relativePath, fingerprint: ReportFingerprint.of(report.source), figure: figure, of: anchors,
            state: state, note: note, reviewer: reviewer, time: Date())
        try guarded {
            try database.write { db in
                // A reviewer still marking a report another has just renamed: the mark goes
                // where the report's marks went.
                if let folder, !FileManager.default.fileExists(atPath: folder.appendingPathComponent(relativePath).path) {
                    event.report = ReviewLineage.current(relativePath, moves: try moves(db))
                }
                try event.insert(db)
            }
        }
        return event.review
    }

    /// Closes the database now rather than when the store is released.
    public func close() throws {
        try guarded { try database.close() }
    }

    private func migrate() throws {
        try Self.retryingWhileAnotherProcessOpens { try ReviewSchema.migrator.migrate(database) }
    }

    /// Two processes opening a database that does not exist yet race to switch it to WAL and
    /// to run the migrations. SQLite refuses the loser's switch at once (it calls no busy
    /// handler for it), and the loser's migration finds the winner's tables; both succeed once
    /// the winner is done, so the loser tries again for a while rather than opening without marks.
    private static func retryingWhileAnotherProcessOpens<T>(_ attempt: () throws -> T) throws -> T {
        let deadline = ContinuousClock.now + .seconds(10)
        while true {
            do {
                return try attempt()
            } catch let error as DatabaseError where isOpeningRace(error) && ContinuousClock.now < deadline {
                usleep(useconds_t.random(in: 5_000...50_000))
            }
        }
    }

    private static func isOpeningRace(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: true
        case .SQLITE_ERROR: error.message?.contains("already exists") == true
        default: false
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
            return try retryingWhileAnotherProcessOpens {
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
            }
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
