/// Checks the numbering of inline points as `NumberingChecks` does headings': `一是` `二是` `四是`
/// is a gap, a second `二是` a repeat. A run of points lives in one section's own text and one
/// style (`一是` or `第一，`); a point numbered 1 starts a new run, since a section often holds
/// several lists.
enum PointNumbering {
    static func warnings(_ points: [Point], sections: [Section], in bytes: UnsafeBufferPointer<UInt8>) -> [Warning] {
        var warnings: [Warning] = []
        // The last point of the current run in each style, as an index into `points`.
        var lastNumbered: Int?
        var lastOrdinal: Int?
        for index in points.indices {
            let ordinal = isOrdinal(at: points[index].range, in: bytes)
            let previous = ordinal ? lastOrdinal : lastNumbered
            if ordinal { lastOrdinal = index } else { lastNumbered = index }
            let number = points[index].number
            guard number != 1 else { continue }
            guard let previous, points[previous].section == points[index].section else {
                let point = points[index]
                let before = pointsInTitle(of: point.section, sections: sections, style: ordinal, in: bytes)
                guard number > before + 1 else { continue }
                let place = point.section.map { "in section \(name(sections[$0])) (line \(sections[$0].line))" }
                    ?? "before the first heading"
                warnings.append(Warning(
                    kind: .numberingGap, line: point.line,
                    message: "Inline point \(point.marker) on line \(point.line) is the first \(place): \(missing(before + 1..<number, like: point, ordinal: ordinal)) missing.",
                    range: markerRange(point)))
                continue
            }
            guard number != points[previous].number + 1 else { continue }
            let (point, last) = (points[index], points[previous])
            if number > last.number {
                warnings.append(Warning(
                    kind: .numberingGap, line: point.line,
                    message: "Inline point \(point.marker) on line \(point.line) follows \(last.marker) (line \(last.line)): \(missing(last.number + 1..<number, like: point, ordinal: ordinal)) missing.",
                    range: markerRange(point)))
            } else {
                warnings.append(Warning(
                    kind: .numberingRepeat, line: point.line,
                    message: "Inline point \(point.marker) on line \(point.line) comes after \(last.marker) (line \(last.line)): number \(number) is used again.",
                    range: markerRange(point)))
            }
        }
        return warnings
    }

    /// The highest point of `style` in a run-in heading's title (`（二）强化监督，一是…`), which
    /// the body's points leave out: the body's run goes on from there. 0 when there is none.
    private static func pointsInTitle(of section: Int?, sections: [Section], style ordinal: Bool, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let section else { return 0 }
        let title = PointScanner.scan([sections[section].headingRange], in: bytes)
            .filter { isOrdinal(at: $0.marker, in: bytes) == ordinal }
        return title.last?.number ?? 0
    }

    /// `三是 四是` for 3..<5 in the style of `point`; `第三，` keeps the point's own closing mark.
    private static func missing(_ numbers: Range<Int>, like point: Point, ordinal: Bool) -> String {
        numbers.map { number in
            let numeral = ChineseNumerals.text(number)
            guard ordinal else { return numeral + "是" }
            return "第" + numeral + String(point.marker.unicodeScalars.last.map(Character.init) ?? "，")
        }.joined(separator: " ")
    }

    private static func markerRange(_ point: Point) -> Range<Int> {
        point.range.lowerBound..<point.range.lowerBound + point.marker.utf8.count
    }

    private static func name(_ section: Section) -> String {
        section.marker.isEmpty ? section.title : section.marker
    }

    /// `第一，` rather than `一是` opens `range`.
    private static func isOrdinal(at range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8Bytes.matches(ordinal, at: range.lowerBound, limit: range.upperBound, in: bytes)
    }

    private static let ordinal = "第".bytes
}
