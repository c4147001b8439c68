/// Inline points inside a paragraph: `一是…。二是…。`, `第一，…`.
enum PointScanner {
    /// The point marker at `i`, if one starts there: a numeral followed by 是, or 第 + numeral +
    /// comma. Returns the marker's end and its number.
    static func point(in bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (end: Int, number: Int)? {
        guard i < end else { return nil }
        var start = i
        let ordinal = UTF8Bytes.matches(di, at: i, limit: end, in: bytes)
        if ordinal { start += di.count }
        guard let (number, after) = ChineseNumerals.parse(bytes, from: start, to: end), number > 0, number < 100,
              after < end else { return nil }
        let (next, length) = UTF8Bytes.scalar(at: after, in: bytes)
        if ordinal { return next == 0xFF0C || next == 0x2C || next == 0x3001 ? (after + length, number) : nil }
        return next == 0x662F ? (after + length, number) : nil   // 是
    }

    /// Points in `ranges` (body text outside headings), each running to the next point on the
    /// same line or to the line's end. A point starts a line or follows a clause mark or a space,
    /// so 统一是 and 第一责任人 are not points.
    static func scan(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [(marker: Range<Int>, number: Int, range: Range<Int>)] {
        var points: [(marker: Range<Int>, number: Int, range: Range<Int>)] = []
        for range in ranges {
            var i = range.lowerBound
            // Look only where 是 (E6 98 AF) or 第 (E7 AC AC) may end: points are rare.
            while i + 2 < range.upperBound {
                let third = UTF8Bytes.firstIndex(of: 0xAF, or: 0xAC, from: i + 2, limit: range.upperBound, in: bytes)
                guard third < range.upperBound else { break }
                i = third - 2
                let b = bytes[i]
                guard (b == 0xE6 && bytes[i + 1] == 0x98 && bytes[i + 2] == 0xAF)
                    || (b == 0xE7 && bytes[i + 1] == 0xAC && bytes[i + 2] == 0xAC) else {
                    i += 1
                    continue
                }
                let start = b == 0xE6 ? numeralStart(bytes, before: i, from: range.lowerBound) : i
                guard let start, opensClause(bytes, at: start, from: range.lowerBound) else {
                    i += 3
                    continue
                }
                let lineEnd = bytes[start..<range.upperBound].firstIndex(of: 0x0A) ?? range.upperBound
                guard let (markerEnd, number) = point(in: bytes, at: start, end: lineEnd) else {
                    i += 3
                    continue
                }
                if let last = points.last, last.range.upperBound > start {
                    points[points.count - 1].range = last.range.lowerBound..<start
                }
                points.append((start..<markerEnd, number, start..<UTF8Bytes.trimmed(start..<lineEnd, in: bytes).upperBound))
                i = markerEnd
            }
        }
        return points
    }

    /// Where the run of numeral characters (at most three: 二十一) that ends at `end` begins.
    private static func numeralStart(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, from floor: Int) -> Int? {
        var start = end
        while start - floor >= 3, end - start < 9 {
            guard let (s, previous) = UTF8Bytes.scalar(before: start, floor: floor, in: bytes),
                  ChineseNumerals.isNumeral(s) else { break }
            start = previous
        }
        return start < end ? start : nil
    }

    /// True at a line's or range's start, or after a clause mark or a space.
    private static func opensClause(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, from floor: Int) -> Bool {
        guard let (previous, _) = UTF8Bytes.scalar(before: i, floor: floor, in: bytes) else { return true }
        return previous == 0x0A || Punctuation.separatesClause(previous) || Punctuation.isSpace(previous)
    }

    private static let di = "第".bytes
}
