import GRDB

/// The review database's schema, one migration per version. Never edit a registered migration:
/// add a new one, so databases already on reviewers' disks move forward.
enum ReviewSchema {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 events") { db in
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("report", .text).notNull()
                t.column("fingerprint", .text).notNull()
                t.column("section", .text).notNull()
                t.column("label", .text).notNull()
                t.column("figureText", .text).notNull()
                t.column("occurrence", .integer).notNull()
                t.column("uniqueLabelText", .boolean).notNull()
                t.column("uniqueSectionText", .boolean).notNull()
                t.column("state", .text).notNull()
                    .check { MarkState.allCases.map(\.rawValue).contains($0) }
                t.column("note", .text)
                t.column("reviewer", .text).notNull()
                t.column("time", .datetime).notNull()
            }
            try db.create(index: "event_by_report", on: "event", columns: ["report", "id"])
            // Marks are the reviewer's work: the history may grow, never be rewritten.
            for action in ["UPDATE", "DELETE"] {
                try db.execute(sql: """
                    CREATE TRIGGER event_no_\(action.lowercased()) BEFORE \(action) ON event
                    BEGIN SELECT RAISE(ABORT, 'review events are never changed or removed'); END
                    """)
            }
        }
        migrator.registerMigration("v2 moves") { db in
            try db.create(table: "move") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("fromReport", .text).notNull()
                t.column("toReport", .text).notNull()
                t.column("lastEvent", .integer).notNull()
                t.column("fingerprint", .text).notNull()
                t.column("automatic", .boolean).notNull()
                t.column("reviewer", .text).notNull()
                t.column("time", .datetime).notNull()
                t.check(sql: "fromReport <> toReport")
            }
            // Finding the marks a renamed report left under its old name starts from its text.
            try db.create(index: "event_by_fingerprint", on: "event", columns: ["fingerprint"])
            for action in ["UPDATE", "DELETE"] {
                try db.execute(sql: """
                    CREATE TRIGGER move_no_\(action.lowercased()) BEFORE \(action) ON move
                    BEGIN SELECT RAISE(ABORT, 'review moves are never changed or removed'); END
                    """)
            }
        }
        return migrator
    }()
}
