/// Dates in the body written so that no reader can be sure of them: `202512月` (no `年`),
/// `2026115` on a line of its own, `2025年13月`.
enum MalformedDates {
    /// `digitRuns` come from the figure scan of the same ranges.
    static func warnings(source: SourceText, digitRuns: DigitRuns, in ranges: [Range<Int>]) -> [Warning] {
        var warnings: [Warning] = []
        var next = 0
        let starts = digitRuns.starts
        source.bytes.withUnsafeBufferPointer { bytes in
            for range in ranges {
                let floor = max(0, range.lowerBound)
                let limit = min(bytes.count, range.upperBound)
                var i = floor
                while next < starts.count, starts[next] >= floor, starts[next] < limit {
                    let start = starts[next]
                    next += 1
                    guard start >= i, let run = DigitRun(at: start, limit: limit, in: bytes) else { continue }
                    if let bad = malformedDate(run, floor: floor, limit: limit, in: bytes) {
                        let line = source.line(at: bad.lowerBound)
                        warnings.append(Warning(
                            kind: .malformedDate, line: line,
                            message: "Line \(line): malformed date “\(source.slice(bad))”", range: bad))
                        i = bad.upperBound
                    } else {
                        i = run.end
                    }
                }
            }
        }
        return warnings
    }

    /// The byte range of a malformed date that starts with `run`, if it is one.
    private static func malformedDate(_ run: DigitRun, floor: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        // Every shape below starts with a year's four digits or more; most runs are shorter.
        guard run.count >= 4 else { return nil }
        if let (s, _) = UTF8Bytes.scalar(before: run.start, floor: floor, in: bytes),
           UTF8Bytes.isASCIILetter(s) || s == 0x2E || s == 0x2D || s == 0x2F || s == 0x3A || s == 0xFF1A {
            return nil
        }
        let yearLike = run.firstTwo == 19 || run.firstTwo == 20
        let next = run.end < limit ? UTF8Bytes.scalar(at: run.end, in: bytes) : (value: 0, length: 0)
        // `202512月`, `2025121日`: a year run into its month or day.
        if yearLike, (next.value == month && (5...6).contains(run.count)) || (next.value == day && (6...8).contains(run.count)) {
            return run.start..<(run.end + next.length)
        }
        // `2026115` alone on its line: a date with its marks lost.
        if yearLike, (7...8).contains(run.count), isAloneOnLine(run, floor: floor, limit: limit, in: bytes) {
            return run.start..<run.end
        }
        // `2025年13月`, `2025年2月30日`: a month or day that does not exist.
        if run.count == 4, next.value == year, let m = DigitRun(at: run.end + next.length, limit: limit, in: bytes),
           m.end < limit, UTF8Bytes.scalar(at: m.end, in: bytes).value == month {
            let afterMonth = m.end + 3
            if !(1...12).contains(m.value) { return run.start..<afterMonth }
            if let d = DigitRun(at: afterMonth, limit: limit, in: bytes), d.end < limit,
               UTF8Bytes.scalar(at: d.end, in: bytes).value == day,
               !(1...daysIn(month: m.value, year: run.value)).contains(d.value) {
                return run.start..<(d.end + 3)
            }
        }
        return nil
    }

    private static func isAloneOnLine(_ run: DigitRun, floor: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = run.start
        while let (s, prev) = UTF8Bytes.scalar(before: i, floor: floor, in: bytes), s != 0x0A {
            guard Punctuation.isSpace(s) else { return false }
            i = prev
        }
        i = run.end
        while i < limit {
            let (s, len) = UTF8Bytes.scalar(at: i, in: bytes)
            if s == 0x0A { break }
            guard Punctuation.isSpace(s) else { return false }
            i += len
        }
        return true
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let year: UInt32 = 0x5E74  // 年
    private static let month: UInt32 = 0x6708  // 月
    private static let day: UInt32 = 0x65E5  // 日
}

/// A run of digits (ASCII or full-width) as written.
struct DigitRun {
    let start: Int
    let end: Int
    let count: Int
    /// The number the digits make, capped so that long codes cannot overflow.
    let value: Int
    /// The number the first two digits make (`20` for `2026115`).
    let firstTwo: Int

    init?(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var j = i
        var count = 0
        var value = 0
        var firstTwo = 0
        while let (d, len) = NumberScanner.digit(at: j, limit: limit, in: bytes) {
            if count < 2 { firstTwo = firstTwo * 10 + Int(d) }
            if count < 12 { value = value * 10 + Int(d) }
            count += 1
            j += len
        }
        guard count > 0 else { return nil }
        start = i
        end = j
        self.count = count
        self.value = value
        self.firstTwo = firstTwo
    }
}
