import Foundation

/// Hand decoding of UTF-8 for every scanner: they walk `SourceText.bytes` through an unsafe
/// buffer, so that a long report costs one pass over its bytes and no `Character`, `String` or
/// bounds-checked `Array` work. The bytes come from a `String`, so they are valid UTF-8; a stray
/// byte still reads as itself, so a walk always moves on.
enum UTF8Bytes {
    /// Length of the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte).
    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// The scalar that starts at `i` and its length in bytes.
    @inline(__always)
    static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 >= 0xE0, b0 < 0xF0, i + 2 < bytes.count {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if b0 >= 0xC0, b0 < 0xE0, i + 1 < bytes.count {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 >= 0xF0, i + 3 < bytes.count {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (UInt32(b0), 1)
    }

    /// The scalar that ends right before `i` and where it starts; nil at `floor`.
    @inline(__always)
    static func scalar(before i: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, start: Int)? {
        guard let s = scalarStart(before: i, floor: floor, in: bytes) else { return nil }
        return (scalar(at: s, in: bytes).value, s)
    }

    /// Where the scalar that ends right before `i` starts; nil at `floor`.
    @inline(__always)
    static func scalarStart(before i: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard i > floor else { return nil }
        var s = i - 1
        while s > floor, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        return s
    }

    /// Number of scalars in `range`.
    static func scalarCount(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The last scalar of a range, nil when it is empty.
    static func lastScalar(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        scalar(before: range.upperBound, floor: range.lowerBound, in: bytes)?.value
    }

    /// True when `range` holds at most `limit` scalars, without counting long lines through.
    static func isShort(_ range: Range<Int>, atMost limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if range.count <= limit { return true }
        if range.count > limit * 4 { return false }
        return scalarCount(range, in: bytes) <= limit
    }

    /// `range` without leading and trailing spaces (`Punctuation.isSpace`).
    static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, Punctuation.mayBeginSpace(bytes[lo]) {
            let (s, n) = scalar(at: lo, in: bytes)
            guard Punctuation.isSpace(s) else { break }
            lo += n
        }
        while lo < hi, Punctuation.mayEndSpace(bytes[hi - 1]),
              let (s, start) = scalar(before: hi, floor: lo, in: bytes), Punctuation.isSpace(s) {
            hi = start
        }
        return lo..<hi
    }

    /// True when the bytes of `word` start at `i` and end no later than `limit`.
    @inline(__always)
    static func matches(_ word: [UInt8], at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i >= 0, i + word.count <= limit else { return false }
        var k = 0
        while k < word.count {
            if bytes[i + k] != word[k] { return false }
            k += 1
        }
        return true
    }

    /// True when the bytes right before `i` (not below `floor`) are `word`.
    @inline(__always)
    static func matches(_ word: [UInt8], endingAt i: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        i - word.count >= floor && matches(word, at: i - word.count, limit: i, in: bytes)
    }

    /// Offset of the first occurrence of `word` within `range`. `memchr` looks for the word's last
    /// byte, which for a Chinese word is one of 64 continuation bytes and so rarer than its lead.
    static func find(_ word: [UInt8], within range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let last = word.last, range.count >= word.count, let base = bytes.baseAddress else { return nil }
        var from = range.lowerBound + word.count - 1
        while from < range.upperBound, let hit = memchr(base + from, Int32(last), range.upperBound - from) {
            let end = UnsafeRawPointer(base).distance(to: hit) + 1
            if matches(word, at: end - word.count, limit: range.upperBound, in: bytes) { return end - word.count }
            from = end
        }
        return nil
    }

    static func contains(_ word: [UInt8], within range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        find(word, within: range, in: bytes) != nil
    }

    /// The text of `range`, which falls on scalar boundaries. `bytes` are valid UTF-8 (a report's
    /// text was checked when it was loaded), so a slice that starts on a scalar's first byte and
    /// ends with a whole scalar is too: it is copied without validating it again, which cost
    /// more than the copy (scanners make tens of such strings per report). Any other slice is
    /// decoded with repairs.
    static func string(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *), isWhole(slice) else {
            return String(decoding: slice, as: UTF8.self)
        }
        var high: UInt8 = 0
        for b in slice { high |= b }
        return String(copying: UTF8Span(unchecked: slice.span, isKnownASCII: high < 0x80))
    }

    /// Whether `slice` of valid UTF-8 neither starts nor ends inside a scalar, judged from its
    /// own bytes alone.
    private static func isWhole(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = slice.first else { return true }
        guard first & 0xC0 != 0x80 else { return false }
        var lead = slice.count - 1
        while lead > 0 && slice[lead] & 0xC0 == 0x80 && slice.count - lead < 4 { lead -= 1 }
        let b = slice[lead]
        let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0
        return length == slice.count - lead
    }

    /// Value of an ASCII or full-width digit.
    @inline(__always)
    static func digit(_ scalar: UInt32) -> Int? {
        if scalar >= 0x30, scalar <= 0x39 { return Int(scalar - 0x30) }
        if scalar >= 0xFF10, scalar <= 0xFF19 { return Int(scalar - 0xFF10) }
        return nil
    }

    /// A run of ASCII digits read as one number, with where it ends.
    static func asciiNumber(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: Int, end: Int)? {
        var i = start
        var value = 0
        while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39, value < Int.max / 100 {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        return i > start ? (value, i) : nil
    }

    @inline(__always)
    static func isASCIILetter(_ scalar: UInt32) -> Bool {
        (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x61 && scalar <= 0x7A)
    }
}

extension String {
    /// The UTF-8 bytes of a table word, spelled as text in the source for readability.
    var bytes: [UInt8] { Array(utf8) }

    /// Runs `body` on the string's UTF-8 bytes (for words read outside a report's text).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = self
        return copy.withUTF8(body)
    }
}
