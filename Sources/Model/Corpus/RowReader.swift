import GRDB
import GRDBSQLite

/// Reads a query's rows straight through SQLite, column by column: the reading counterpart of
/// `RowBinder`. GRDB's `Row` and its per-column decoding cost ten times SQLite's own work when
/// a folder's ten thousand summaries are read. Values of another type than asked for are
/// converted as SQLite converts them, so a damaged cache gives wrong summaries, never a crash.
struct RowReader {
    private let statement: Statement

    init(_ statement: Statement) {
        self.statement = statement
    }

    /// Steps to the next row; false after the last one.
    func next(in db: Database) throws -> Bool {
        switch sqlite3_step(statement.sqliteStatement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
    }

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement.sqliteStatement, column)
    }

    func int64OrNil(_ column: Int32) -> Int64? {
        isNull(column) ? nil : int64(column)
    }

    func text(_ column: Int32) -> String {
        withBytes(column) { String(decoding: $0, as: UTF8.self) }
    }

    func textOrNil(_ column: Int32) -> String? {
        isNull(column) ? nil : text(column)
    }

    /// The texts that `RowBinder.bind(_:separator:)` stored as one.
    func texts(_ column: Int32, separator: UInt8) -> [String] {
        withBytes(column) { bytes in
            var texts: [String] = []
            texts.reserveCapacity(bytes.reduce(1) { $1 == separator ? $0 + 1 : $0 })
            var start = 0
            for end in bytes.indices where bytes[end] == separator {
                if end > start { texts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = end + 1
            }
            if bytes.count > start { texts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return texts
        }
    }

    private func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(statement.sqliteStatement, column) == SQLITE_NULL
    }

    /// The column's bytes as text, valid until the statement moves on.
    func withBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let sqliteStatement = statement.sqliteStatement
        // The text first, then its length: asking for the text may convert the value.
        guard let start = sqlite3_column_text(sqliteStatement, column) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(sqliteStatement, column))))
    }
}
