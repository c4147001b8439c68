/// A heading's number marker as GB/T 9704 sets it, in both widths: `一、` `一.` (level 1),
/// `（一）` `(一)` `（一)` (level 2), `1.` `1．` `1、` (level 3), `（1）` `(1)` (level 4).
struct HeadingMarker: Equatable {
    var level: Int
    var number: Int
    /// Bytes of the marker itself.
    var range: Range<Int>
    /// What stands before and after the number (`（` `）`, "" `、`), to write a sibling's marker.
    var opening: String
    var closing: String
    var numeral: Numeral

    enum Numeral { case chinese, arabic }

    /// The marker this one's sibling numbered `number` would carry, in the same style.
    func sibling(numbered number: Int) -> String {
        opening + (numeral == .chinese ? ChineseNumerals.text(number) : String(number)) + closing
    }

    /// The marker that opens `content` (a line without its leading spaces), if any. A marker
    /// must be followed by heading text: `1.5万元` and `3.8妇女节` do not start level-3 headings.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> HeadingMarker? {
        let end = content.upperBound
        var i = content.lowerBound
        guard i < end else { return nil }
        let (first, firstLength) = UTF8Bytes.scalar(at: i, in: bytes)
        let bracketed = first == 0xFF08 || first == 0x28
        var opening = ""
        if bracketed {
            opening = first == 0x28 ? "(" : "（"
            i += firstLength
        }
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
        guard i < end else { return nil }
        let (mark, markLength) = UTF8Bytes.scalar(at: i, in: bytes)
        let closing: String
        switch (bracketed, mark) {
        case (true, 0xFF09): closing = "）"
        case (true, 0x29): closing = ")"
        case (false, 0x3001): closing = "、"
        case (false, 0x2E): closing = "."
        case (false, 0xFF0E): closing = "．"
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
            opening: opening, closing: closing, numeral: numeral)
    }

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
