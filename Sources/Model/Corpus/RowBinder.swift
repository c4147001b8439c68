import GRDB
import GRDBSQLite

/// Binds one row's values to a prepared statement straight through SQLite, in column order, and
/// runs it. Saving ten thousand summaries through GRDB's `StatementArguments` (an array of
/// boxed values per row, checked against the statement) costs more than SQLite's own work.
struct RowBinder {
    private let statement: Statement
    private var column: Int32 = 1

    init(_ statement: Statement) {
        self.statement = statement
    }

    mutating func bind(_ value: Int64) {
        sqlite3_bind_int64(statement.sqliteStatement, next(), value)
    }

    mutating func bind(_ value: Int64?) {
        if let value { bind(value) } else { bindNull() }
    }

    /// Text is copied by SQLite (SQLITE_TRANSIENT), so the string need not outlive the call.
    mutating func bind(_ value: String) {
        var value = value
        let column = next()
        value.withUTF8 { text in
            // A null pointer would bind NULL, not the empty string.
            let start = text.baseAddress.map(UnsafeRawPointer.init) ?? Self.empty
            sqlite3_bind_text(statement.sqliteStatement, column, start.assumingMemoryBound(to: CChar.self), Int32(text.count), Self.transient)
        }
    }

    mutating func bind(_ value: String?) {
        if let value { bind(value) } else { bindNull() }
    }

    /// Runs the statement with the values bound since the last run.
    mutating func execute(in db: Database) throws {
        column = 1
        let code = sqlite3_step(statement.sqliteStatement)
        sqlite3_reset(statement.sqliteStatement)
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

    /// SQLite's SQLITE_TRANSIENT, which Swift cannot import (it is a cast macro).
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
    private static var empty: UnsafeRawPointer { UnsafeRawPointer(("" as StaticString).utf8Start) }
}
