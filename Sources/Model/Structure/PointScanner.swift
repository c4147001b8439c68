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

    /// Points in `ranges` (sorted, disjoint: body text outside headings), each running to the
    /// next point on the same line or to the line's end. A point starts a line or follows a
    /// clause mark or a space, so 统一是 and 第一责任人 are not points.
    static func scan(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [(marker: Range<Int>, number: Int, range: Range<Int>)] {
        var points: [(marker: Range<Int>, number: Int, range: Range<Int>)] = []
        guard let first = ranges.first, let last = ranges.last else { return points }
        let (shi, di, lineFeed) = (Self.shi, Self.di, Self.lineFeed)
        // Points are rare: look only at each 是 and 第, the next of each found by `memchr` over
        // all the ranges at once, and skip those that fall between two ranges.
        var r = 0
        var i = first.lowerBound
        var nextShi = -1
        var nextDi = -1
        while i < last.upperBound {
            if nextShi < i { nextShi = UTF8Bytes.find(shi, within: i..<last.upperBound, in: bytes) ?? .max }
            if nextDi < i { nextDi = UTF8Bytes.find(di, within: i..<last.upperBound, in: bytes) ?? .max }
            i = min(nextShi, nextDi)
            guard i < last.upperBound else { break }
            while ranges[r].upperBound <= i { r += 1 }
            let range = ranges[r]
            let start = i < range.lowerBound ? nil : i == nextShi ? numeralStart(bytes, before: i, from: range.lowerBound) : i
            guard let start, opensClause(bytes, at: start, from: range.lowerBound) else {
                i += 3
                continue
            }
            let lineEnd = UTF8Bytes.find(lineFeed, within: start..<range.upperBound, in: bytes) ?? range.upperBound
            guard let (markerEnd, number) = point(in: bytes, at: start, end: lineEnd) else {
                i += 3
                continue
            }
            if let last = points.last, last.range.upperBound > start {
                points[points.count - 1].range = last.range.lowerBound..<start
            }
            // A report holds a dozen points or so: room for them at once rather than by doubling.
            if points.isEmpty { points.reserveCapacity(16) }
            points.append((start..<markerEnd, number, start..<UTF8Bytes.trimmed(start..<lineEnd, in: bytes).upperBound))
            i = markerEnd
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
    private static let shi = "是".bytes
    private static let lineFeed: [UInt8] = [0x0A]
}
