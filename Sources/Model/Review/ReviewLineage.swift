import GRDB

/// Which marks are a report's own once moves are followed: walking back from now, the events
/// under its path since it got there, then those of the path it was moved from, and so on,
/// until the path it started under. A path a report moved away from starts afresh: the
/// marks made there before the move went with it.
struct ReviewLineage: Sendable, Equatable {
    /// Events under `report` with `after < id <= upTo` (no upper bound when `upTo` is nil).
    struct Span: Sendable, Equatable {
        let report: String
        let after: Int64
        let upTo: Int64?
    }

    let spans: [Span]
    /// The moves that brought the report's marks to its path, newest first.
    let arrivals: [ReviewMove]

    /// The lineage of the report now at `path`; `moves` in commit order.
    init(of path: String, moves: [ReviewMove]) {
        var name = path
        var upper: Int64?
        var spans: [Span] = []
        var arrivals: [ReviewMove] = []
        for move in moves.reversed() where move.toReport == name || move.fromReport == name {
            spans.append(Span(report: name, after: move.lastEvent, upTo: upper))
            // Moved away from here: what was here before that is another report's.
            guard move.toReport == name else {
                self.spans = spans
                self.arrivals = arrivals
                return
            }
            arrivals.append(move)
            name = move.fromReport
            upper = move.lastEvent
        }
        spans.append(Span(report: name, after: 0, upTo: upper))
        self.spans = spans
        self.arrivals = arrivals
    }

    /// Where the report last marked under `path` is now: `path` itself unless it was moved
    /// away since (and maybe on again); `moves` in commit order.
    static func current(_ path: String, moves: [ReviewMove]) -> String {
        var name = path
        var start = moves.startIndex
        while let last = moves[start...].lastIndex(where: { $0.fromReport == name || $0.toReport == name }),
              moves[last].fromReport == name {
            name = moves[last].toReport
            start = last + 1
        }
        return name
    }

    /// The path whose marks event `id`, made under `path`, is among now; `moves` in commit order.
    static func holder(of id: Int64, madeUnder path: String, moves: [ReviewMove]) -> String {
        var name = path
        var next = moves.firstIndex { $0.fromReport == name && $0.lastEvent >= id }
        while let move = next {
            name = moves[move].toReport
            next = moves[(move + 1)...].firstIndex { $0.fromReport == name }
        }
        return name
    }

    /// An SQL condition on `event` selecting the lineage's events, with its arguments.
    var condition: (sql: String, arguments: [any DatabaseValueConvertible]) {
        var clauses: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        for span in spans {
            clauses.append(span.upTo == nil ? "(report = ? AND id > ?)" : "(report = ? AND id > ? AND id <= ?)")
            arguments += [span.report, span.after]
            if let upTo = span.upTo { arguments.append(upTo) }
        }
        return (clauses.joined(separator: " OR "), arguments)
    }
}
