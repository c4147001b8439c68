/// Checks the numbering of inline points as `NumberingChecks` does headings': `一是` `二是` `四是`
/// is a gap, a second `二是` a repeat. A run of points lives in one section's own text and one
/// style (`一是` or `第一，`); a point numbered 1 starts a new run, since a section often holds
/// several lists. A run that starts above 1 is not warned: its first points may stand in the
/// heading's run-in title (`（二）强化监督，一是…。二是…`), which is not scanned for points.
enum PointNumbering {
    static func warnings(_ points: [Point]) -> [Warning] {
        var warnings: [Warning] = []
        // The last point of the current run in each style, by section.
        var lastNumbered: Point?
        var lastOrdinal: Point?
        for point in points {
            let ordinal = isOrdinal(point)
            let last = ordinal ? lastOrdinal : lastNumbered
            if ordinal { lastOrdinal = point } else { lastNumbered = point }
            guard point.number != 1, let last, last.section == point.section else { continue }
            if point.number > last.number + 1 {
                let missing = (last.number + 1..<point.number).map { marker(numbered: $0, like: point) }
                    .joined(separator: " ")
                warnings.append(Warning(
                    kind: .numberingGap, line: point.line,
                    message: "Inline point \(point.marker) on line \(point.line) follows \(last.marker) (line \(last.line)): \(missing) missing.",
                    range: point.range.lowerBound..<point.range.lowerBound + point.marker.utf8.count))
            } else if point.number <= last.number {
                warnings.append(Warning(
                    kind: .numberingRepeat, line: point.line,
                    message: "Inline point \(point.marker) on line \(point.line) comes after \(last.marker) (line \(last.line)): number \(point.number) is used again.",
                    range: point.range.lowerBound..<point.range.lowerBound + point.marker.utf8.count))
            }
        }
        return warnings
    }

    /// `三是` for 3 after `四是`; `第三，` after `第四，` (its own closing mark kept).
    private static func marker(numbered number: Int, like point: Point) -> String {
        let numeral = ChineseNumerals.text(number)
        guard isOrdinal(point) else { return numeral + "是" }
        return "第" + numeral + String(point.marker.unicodeScalars.last.map(Character.init) ?? "，")
    }

    private static func isOrdinal(_ point: Point) -> Bool { point.marker.utf8.starts(with: ordinal) }

    private static let ordinal = "第".bytes
}
