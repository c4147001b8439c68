import Foundation
import GRDB
import GRDBSQLite

/// The summaries of one folder's reports, kept in an SQLite file between runs. It is only a
/// cache: whatever goes wrong with it (corrupt file, full disk) costs a re-parse, never a report.
final class SummaryCache {
    /// Where the file is, shown to the reviewer.
    let location: String
    /// Why the cache was rebuilt or is not kept on disk, for the statistics; nil when all went well.
    private(set) var note: String?
    private let parserIdentity: String
    /// Nil when no cache file could be made: then nothing is cached.
    private var queue: DatabaseQueue?

    /// Opens or creates the cache at `path`. Summaries made by another build of the parser
    /// (`parserIdentity`) are dropped.
    init(at path: String, parserIdentity: String) {
        location = path
        self.parserIdentity = parserIdentity
        do {
            queue = try Self.openQueue(path, parserIdentity)
        } catch {
            startAfresh(after: error)
        }
    }

    /// Deletes a file that is not a usable cache and starts an empty one in its place; when even
    /// that fails, this run goes without a cache.
    private func startAfresh(after error: Error) {
        queue = nil
        Self.removeFiles(at: location)
        do {
            queue = try Self.openQueue(location, parserIdentity)
            note = "rebuilt (\(Self.describe(error)))"
        } catch {
            note = "not kept (\(Self.describe(error)))"
        }
    }

    /// The cached summary of each of `paths` (`found[i]` for `paths[i]`, nil when the cache does
    /// not know it), and the cached paths that none of them is: files gone since, in byte order.
    /// A cache that cannot be read is rebuilt empty.
    func summaries(of paths: [String]) -> (found: [ReportSummary?], untaken: [String]) {
        let none = [ReportSummary?](repeating: nil, count: paths.count)
        guard let queue else { return (none, []) }
        do {
            return try queue.read { db in
                var found = none
                var untaken: [String] = []
                // The rows come in the byte order of their paths, and the paths are taken in that
                // order too (a listing's nearly is), so that one pass pairs them: looking each up
                // costs more than reading its summary. A summary takes the listing's copy of its
                // path, and the cache's is never made.
                let order = paths.indices.sorted { a, b in ByteOrder.precedes(paths[a], paths[b]) ?? (a < b) }
                var next = 0
                let row = RowReader(try db.makeStatement(sql: "SELECT \(Self.columns) FROM summary ORDER BY relativePath"))
                while try row.next(in: db) {
                    let known = row.withBytes(0) { key in
                        let key = UnsafeRawBufferPointer(key)
                        while next < order.count, ByteOrder.precedes(paths[order[next]], key) == true { next += 1 }
                        return next < order.count && ByteOrder.precedes(paths[order[next]], key) == nil
                    }
                    guard known else {
                        untaken.append(row.text(0))
                        continue
                    }
                    // The same file named twice gets the summary twice; the last one takes it
                    // without a copy.
                    var last = next
                    while last + 1 < order.count, ByteOrder.precedes(paths[order[last + 1]], paths[order[next]]) == nil { last += 1 }
                    let summary = Self.summary(row, relativePath: paths[order[next]])
                    for twice in order[next..<last] { found[twice] = summary }
                    found[order[last]] = consume summary
                    next = last + 1
                }
                return (found, untaken)
            }
        } catch {
            startAfresh(after: error)
            return (none, [])
        }
    }

    /// Stores new and changed summaries and forgets files that are gone, in one transaction.
    /// A file modified after `unsureAfter` may change again within the same tick of the file
    /// system's clock without its time changing: it is stored with no time, to be read again.
    func save(_ changed: [ReportSummary], removing gone: [String], unsureAfter: Int64) {
        guard let queue, !changed.isEmpty || !gone.isEmpty else { return }
        do {
            try queue.write { db in
                let insert = try db.makeStatement(
                    sql: "INSERT OR REPLACE INTO summary (\(Self.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                var row = RowBinder(insert)
                for s in changed {
                    row.bind(s.relativePath)
                    row.bind(s.stamp.size)
                    row.bind(s.stamp.modified >= unsureAfter ? 0 : s.stamp.modified)
                    row.bind(Int64(bitPattern: s.fingerprint))
                    row.bind(s.encoding)
                    row.bind(s.authority)
                    row.bind(s.region, separator: Self.regionSeparator)
                    row.bind(s.year.map(Int64.init))
                    row.bind(s.title)
                    row.bind(Int64(s.figureCount))
                    row.bind(Int64(s.mandatedParts.rawValue))
                    row.bind(Int64(s.warningCount))
                    row.bind(s.problem)
                    try row.execute(in: db)
                }
                let delete = try db.cachedStatement(sql: "DELETE FROM summary WHERE relativePath = ?")
                for path in gone { try delete.execute(arguments: [path]) }
            }
        } catch {
            note = "not saved (\(Self.describe(error)))"
        }
    }

    /// Read and written in this order, so rows are read by position rather than by name.
    private static let columns = """
        relativePath, size, modified, fingerprint, encoding, authority, region, year, title, \
        figureCount, mandatedParts, warningCount, problem
        """

    /// Region names never hold control characters, so one separates them. The text is split on
    /// its byte: splitting on the Character costs ten times as much.
    private static let regionSeparator: UInt8 = 0x1F

    private static func openQueue(_ path: String, _ parserIdentity: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        // No waiting for the disk: a crash of this program still leaves a whole database, and
        // the rare file a power cut spoils is rebuilt like any corrupt cache.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try migrator.migrate(queue)
        try queue.write { db in
            let stored = try String.fetchOne(db, sql: "SELECT identity FROM parser")
            if stored != parserIdentity {
                try db.execute(sql: "DELETE FROM summary")
                try db.execute(sql: "DELETE FROM parser")
                try db.execute(sql: "INSERT INTO parser (identity) VALUES (?)", arguments: [parserIdentity])
            }
        }
        return queue
    }

    private static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("summaries") { db in
            try db.execute(sql: """
                CREATE TABLE summary (
                    relativePath TEXT PRIMARY KEY NOT NULL,
                    size INTEGER NOT NULL,
                    modified INTEGER NOT NULL,
                    fingerprint INTEGER NOT NULL,
                    encoding TEXT,
                    authority TEXT,
                    region TEXT NOT NULL,
                    year INTEGER,
                    title TEXT,
                    figureCount INTEGER NOT NULL,
                    mandatedParts INTEGER NOT NULL,
                    warningCount INTEGER NOT NULL,
                    problem TEXT
                ) WITHOUT ROWID;
                CREATE TABLE parser (identity TEXT NOT NULL);
                """)
        }
        return migrator
    }()

    private static func summary(_ row: RowReader, relativePath: String) -> ReportSummary {
        ReportSummary(
            relativePath: relativePath, stamp: FileStamp(size: row.int64(1), modified: row.int64(2)),
            fingerprint: UInt64(bitPattern: row.int64(3)), encoding: row.textOrNil(4), authority: row.textOrNil(5),
            region: row.texts(6, separator: regionSeparator), year: row.int64OrNil(7).map { Int($0) },
            title: row.textOrNil(8), figureCount: Int(row.int64(9)),
            mandatedParts: MandatedPartSet(rawValue: UInt8(truncatingIfNeeded: row.int64(10))),
            warningCount: Int(row.int64(11)), problem: row.textOrNil(12)
        )
    }

    private static func removeFiles(at path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    private static func describe(_ error: Error) -> String {
        (error as? DatabaseError)?.message ?? "\(error)"
    }
}
