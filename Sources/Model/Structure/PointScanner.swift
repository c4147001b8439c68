/// Inline points inside a paragraph: `一是…。二是…。`, `第一，…`.
enum PointScanner {
    /// The point marker at `i`, if one starts there: a numeral followed by 是, or 第 + numeral +
    /// comma. Returns the marker's end and its number.
    static func point(in bytes: [UInt8], at i: Int, end: Int) -> (end: Int, number: Int)? {
        guard i < end else { return nil }
        var start = i
        let ordinal = ByteText.matches(di, in: bytes, at: i, end: end)
        if ordinal { start += di.count }
        guard let (number, after) = ChineseNumerals.parse(bytes, from: start, to: end), number > 0, number < 100,
              after < end else { return nil }
        let (next, length) = ByteText.scalar(bytes, at: after)
        if ordinal { return next == 0xFF0C || next == 0x2C || next == 0x3001 ? (after + length, number) : nil }
        return next == 0x662F ? (after + length, number) : nil   // 是
    }

    /// Points in `ranges` (body text outside headings), each running to the next point on the
    /// same line or to the line's end. A point starts a line or follows a clause mark, so 统一是
    /// and 第一责任人 are not points.
    static func scan(_ ranges: [Range<Int>], in source: SourceText) -> [(marker: Range<Int>, number: Int, range: Range<Int>)] {
        let bytes = source.bytes
        var points: [(marker: Range<Int>, number: Int, range: Range<Int>)] = []
        for range in ranges {
            var i = range.lowerBound
            var lineEnd = range.lowerBound
            var previous: UInt32 = 0x0A
            while i < range.upperBound {
                if i >= lineEnd {
                    lineEnd = bytes[i..<range.upperBound].firstIndex(of: 0x0A) ?? range.upperBound
                }
                let (s, n) = ByteText.scalar(bytes, at: i)
                if previous == 0x0A || Punctuation.separatesClause(previous) || ByteText.isSpace(previous),
                   let (markerEnd, number) = point(in: bytes, at: i, end: lineEnd) {
                    if let last = points.last, last.range.upperBound > i { points[points.count - 1].range = last.range.lowerBound..<i }
                    let lineRest = ByteText.trimmed(bytes, i..<lineEnd)
                    points.append((i..<markerEnd, number, i..<lineRest.upperBound))
                    previous = 0x662F
                    i = markerEnd
                    continue
                }
                previous = s
                i += n
            }
        }
        return points
    }

    private static let di = ByteText.utf8("第")
}
