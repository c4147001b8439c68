/// A heading's number marker as GB/T 9704 sets it, in both widths: `一、` `一.` (level 1),
/// `（一）` `(一)` `（一)` (level 2), `1.` `1．` `1、` (level 3), `（1）` `(1)` (level 4); and
/// `第一部分`, which divides a report above `一、` (level 1; `HeadingScanner` then moves the
/// others one level down).
struct HeadingMarker: Equatable {
    var level: Int
    var number: Int
    /// Bytes of the marker itself.
    var range: Range<Int>
    /// Bytes of the numeral inside the marker: what stands before and after it (`（` `）`,
    /// "" `、`, `第` `部分`) is written again in a sibling's marker. Offsets, not strings, keep
    /// a marker a plain value that copies without reference counting.
    var numeralRange: Range<Int>
    var numeral: Numeral
    /// `第一部分`: a part of the report rather than a GB/T 9704 heading.
    var isPart = false

    enum Numeral { case chinese, arabic }

    /// `（1）` under `1.` under `（一）` under `一、` under `第一部分`.
    static let deepestLevel = 5

    /// The marker this one's sibling numbered `number` would carry, in the same style.
    func sibling(numbered number: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        UTF8Bytes.string(range.lowerBound..<numeralRange.lowerBound, in: bytes)
            + (numeral == .chinese ? ChineseNumerals.text(number) : String(number))
            + UTF8Bytes.string(numeralRange.upperBound..<range.upperBound, in: bytes)
    }

    /// The marker that opens `content` (a line without its leading spaces), if any. A marker
    /// must be followed by heading text: `1.5万元` and `3.8妇女节` do not start level-3 headings.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> HeadingMarker? {
        let end = content.upperBound
        var i = content.lowerBound
        guard i < end else { return nil }
        let (first, firstLength) = UTF8Bytes.scalar(at: i, in: bytes)
        if first == 0x7B2C { return part(bytes, content) }   // 第
        let bracketed = first == 0xFF08 || first == 0x28
        // Most lines are prose: without a bracket, a marker starts with its number.
        guard bracketed || ChineseNumerals.isNumeral(first) || UTF8Bytes.digit(first) != nil else { return nil }
        if bracketed { i += firstLength }
        let numeralStart = i
        let numeral: Numeral
        let number: Int
        if let (value, after) = ChineseNumerals.parse(bytes, from: i, to: end), value > 0, value < 100 {
            numeral = .chinese
            number = value
            i = after
        } else if let (value, after) = arabic(bytes, from: i, to: end) {
            numeral = .arabic
            number = value
            i = after
        } else {
            return nil
        }
        let numeralEnd = i
        guard i < end else { return nil }
        let (mark, markLength) = UTF8Bytes.scalar(at: i, in: bytes)
        switch (bracketed, mark) {
        case (true, 0xFF09), (true, 0x29), (false, 0x3001), (false, 0x2E), (false, 0xFF0E): break
        default: return nil
        }
        let markerEnd = i + markLength
        let rest = UTF8Bytes.trimmed(markerEnd..<end, in: bytes)
        guard !rest.isEmpty else { return nil }
        if !bracketed, numeral == .arabic, UTF8Bytes.digit(UTF8Bytes.scalar(at: markerEnd, in: bytes).value) != nil {
            return nil
        }
        let level = switch (bracketed, numeral) {
        case (false, .chinese): 1
        case (true, .chinese): 2
        case (false, .arabic): 3
        case (true, .arabic): 4
        }
        return HeadingMarker(
            level: level, number: number, range: content.lowerBound..<markerEnd,
            numeralRange: numeralStart..<numeralEnd, numeral: numeral)
    }

    /// `第一部分 2023年法治政府建设工作情况` (`：`, a space or nothing after 部分) on a line of its
    /// own: a short title with no clause mark, so `第一部分，…` and prose are not parts.
    private static func part(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> HeadingMarker? {
        let end = content.upperBound
        let start = content.lowerBound + 3
        guard let (number, after) = ChineseNumerals.parse(bytes, from: start, to: end), number > 0, number < 100,
              UTF8Bytes.matches(partWord, at: after, limit: end, in: bytes)
        else { return nil }
        let markerEnd = after + partWord.count
        var titleStart = markerEnd
        while titleStart < end {
            let (s, n) = UTF8Bytes.scalar(at: titleStart, in: bytes)
            guard Punctuation.isSpace(s) || s == 0xFF1A || s == 0x3A else { break }
            titleStart += n
        }
        let title = UTF8Bytes.trimmed(titleStart..<end, in: bytes)
        guard !title.isEmpty, UTF8Bytes.isShort(title, atMost: 50, in: bytes),
              Punctuation.noneEndingClause(title, in: bytes),
              !Punctuation.separatesClause(UTF8Bytes.scalar(at: title.lowerBound, in: bytes).value)
        else { return nil }
        return HeadingMarker(
            level: 1, number: number, range: content.lowerBound..<markerEnd,
            numeralRange: start..<after, numeral: .chinese, isPart: true)
    }

    private static let partWord = "部分".bytes

    /// True when `content` opens with a level-1 or level-2 marker (used to tell a web page's
    /// footer from text that goes on).
    static func startsLine(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
        guard let marker = parse(bytes, content) else { return false }
        return marker.level <= 2
    }

    /// One or two Arabic digits in either width, without a leading zero: headings count no
    /// higher, and longer runs are years and amounts.
    private static func arabic(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (Int, Int)? {
        var i = start
        var value = 0
        var digits = 0
        while i < end, let d = UTF8Bytes.digit(UTF8Bytes.scalar(at: i, in: bytes).value) {
            if digits == 0, d == 0 { return nil }
            digits += 1
            if digits > 2 { return nil }
            value = value * 10 + d
            i += UTF8Bytes.scalar(at: i, in: bytes).length
        }
        guard digits > 0 else { return nil }
        return (value, i)
    }
}
