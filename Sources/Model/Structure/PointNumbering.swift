/// Checks the numbering of inline points as `NumberingChecks` does headings': `一是` `二是` `四是`
/// is a gap, a second `二是` a repeat. A run of points lives in one section's own text and one
/// style (`一是` or `第一，`); a point numbered 1 starts a new run, since a section often holds
/// several lists.
enum PointNumbering {
    static func warnings(_ points: [Point], sections: [Section], in bytes: UnsafeBufferPointer<UInt8>) -> [Warning] {
        var warnings: [Warning] = []
        // The last point of the current run in each style.
        var lastNumbered: Point?
        var lastOrdinal: Point?
        for point in points {
            let ordinal = isOrdinal(point)
            let last = ordinal ? lastOrdinal : lastNumbered
            if ordinal { lastOrdinal = point } else { lastNumbered = point }
            guard point.number != 1 else { continue }
            let marker = point.range.lowerBound..<point.range.lowerBound + point.marker.utf8.count
            guard let last, last.section == point.section else {
                let before = pointsInTitle(of: point.section, sections: sections, style: ordinal, in: bytes)
                guard point.number > before + 1 else { continue }
                let place = point.section.map { "in section \(name(sections[$0])) (line \(sections[$0].line))" }
                    ?? "before the first heading"
                warnings.append(Warning(
                    kind: .numberingGap, line: point.line,
                    message: "Inline point \(point.marker) on line \(point.line) is the first \(place): \(missing(before + 1..<point.number, like: point)) missing.",
                    range: marker))
                continue
            }
            if point.number > last.number + 1 {
                warnings.append(Warning(
                    kind: .numberingGap, line: point.line,
                    message: "Inline point \(point.marker) on line \(point.line) follows \(last.marker) (line \(last.line)): \(missing(last.number + 1..<point.number, like: point)) missing.",
                    range: marker))
            } else if point.number <= last.number {
                warnings.append(Warning(
                    kind: .numberingRepeat, line: point.line,
                    message: "Inline point \(point.marker) on line \(point.line) comes after \(last.marker) (line \(last.line)): number \(point.number) is used again.",
                    range: marker))
            }
        }
        return warnings
    }

    /// The highest point of `style` in a run-in heading's title (`（二）强化监督，一是…`), which
    /// the body's points leave out: the body's run goes on from there. 0 when there is none.
    private static func pointsInTitle(of section: Int?, sections: [Section], style ordinal: Bool, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let section else { return 0 }
        let title = PointScanner.scan([sections[section].headingRange], in: bytes)
            .filter { UTF8Bytes.matches(Self.ordinal, at: $0.marker.lowerBound, limit: $0.marker.upperBound, in: bytes) == ordinal }
        return title.last?.number ?? 0
    }

    /// `三是 四是` for 3..<5 in the style of `point`; `第三，` keeps the point's own closing mark.
    private static func missing(_ numbers: Range<Int>, like point: Point) -> String {
        numbers.map { number in
            let numeral = ChineseNumerals.text(number)
            guard isOrdinal(point) else { return numeral + "是" }
            return "第" + numeral + String(point.marker.unicodeScalars.last.map(Character.init) ?? "，")
        }.joined(separator: " ")
    }

    private static func name(_ section: Section) -> String {
        section.marker.isEmpty ? section.title : section.marker
    }

    private static func isOrdinal(_ point: Point) -> Bool { point.marker.utf8.starts(with: ordinal) }

    private static let ordinal = "第".bytes
}
