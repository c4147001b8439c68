import GRDB
import GRDBSQLite

/// Binds one row's values to a prepared statement straight through SQLite, in column order, and
/// runs it. Saving ten thousand summaries through GRDB's `StatementArguments` (an array of
/// boxed values per row, checked against the statement) costs more than SQLite's own work.
struct RowBinder {
    private let statement: Statement
    private var column: Int32 = 1
    /// The row's text values one after another, bound in place when the row runs: SQLite
    /// copying each string would cost more than storing it.
    private var text: [UInt8] = []
    private var textColumns: [(column: Int32, range: Range<Int>)] = []

    init(_ statement: Statement) {
        self.statement = statement
    }

    mutating func bind(_ value: Int64) {
        sqlite3_bind_int64(statement.sqliteStatement, next(), value)
    }

    mutating func bind(_ value: Int64?) {
        if let value { bind(value) } else { bindNull() }
    }

    mutating func bind(_ value: String) {
        let start = text.count
        text.append(contentsOf: value.utf8)
        textColumns.append((next(), start..<text.count))
    }

    /// Binds `parts` as one text with `separator` between them, without making that text.
    mutating func bind(_ parts: [String], separator: UInt8) {
        let start = text.count
        for (i, part) in parts.enumerated() {
            if i > 0 { text.append(separator) }
            text.append(contentsOf: part.utf8)
        }
        textColumns.append((next(), start..<text.count))
    }

    mutating func bind(_ value: String?) {
        if let value { bind(value) } else { bindNull() }
    }

    /// Runs the statement with the values bound since the last run.
    mutating func execute(in db: Database) throws {
        let sqliteStatement = statement.sqliteStatement
        let code = text.withUnsafeBufferPointer { text in
            for (column, range) in textColumns {
                // A null pointer would bind NULL, not the empty string.
                let start = range.isEmpty ? Self.empty : UnsafeRawPointer(text.baseAddress! + range.lowerBound)
                // SQLITE_STATIC (nil): the bytes stay put until the step is over.
                sqlite3_bind_text(sqliteStatement, column, start.assumingMemoryBound(to: CChar.self), Int32(range.count), nil)
            }
            let code = sqlite3_step(sqliteStatement)
            sqlite3_reset(sqliteStatement)
            // Nothing may point into `text` once it changes.
            sqlite3_clear_bindings(sqliteStatement)
            return code
        }
        column = 1
        text.removeAll(keepingCapacity: true)
        textColumns.removeAll(keepingCapacity: true)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
    }

    private mutating func bindNull() {
        sqlite3_bind_null(statement.sqliteStatement, next())
    }

    private mutating func next() -> Int32 {
        defer { column += 1 }
        return column
    }

    private static var empty: UnsafeRawPointer { UnsafeRawPointer(("" as StaticString).utf8Start) }
}
