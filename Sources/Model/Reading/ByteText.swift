/// Small helpers for walking UTF-8 bytes: the scanners look at bytes, never at `Character`s.
enum ByteText {
    /// Length of the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte,
    /// so a walk always moves on).
    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// The scalar value starting at `i` and its length in bytes.
    @inline(__always)
    static func scalar(_ bytes: [UInt8], at i: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[i]
        let n = min(scalarLength(lead), bytes.count - i)
        switch n {
        case 2: return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2)
        case 3: return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        case 4:
            return (UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
        default: return (UInt32(lead), 1)
        }
    }

    /// Start of the scalar that ends just before `i`.
    @inline(__always)
    static func previousScalarStart(_ bytes: [UInt8], before i: Int) -> Int {
        var j = i - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// True when `literal` occurs at `i` and ends no later than `end`.
    @inline(__always)
    static func matches(_ literal: [UInt8], in bytes: [UInt8], at i: Int, end: Int) -> Bool {
        guard i >= 0, i + literal.count <= end else { return false }
        var k = 0
        while k < literal.count {
            if bytes[i + k] != literal[k] { return false }
            k += 1
        }
        return true
    }

    /// The first literal of `literals` that occurs at `i`, with its length.
    static func firstMatch(_ literals: [[UInt8]], in bytes: [UInt8], at i: Int, end: Int) -> Int? {
        for literal in literals where matches(literal, in: bytes, at: i, end: end) { return literal.count }
        return nil
    }

    /// Offset of the first occurrence of `literal` in `range`.
    static func find(_ literal: [UInt8], in bytes: [UInt8], range: Range<Int>) -> Int? {
        guard let first = literal.first, range.count >= literal.count else { return nil }
        let last = range.upperBound - literal.count
        return bytes.withUnsafeBufferPointer { buffer in
            var i = range.lowerBound
            while i <= last {
                if buffer[i] == first {
                    var k = 1
                    while k < literal.count, buffer[i + k] == literal[k] { k += 1 }
                    if k == literal.count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    static func contains(_ literal: [UInt8], in bytes: [UInt8], range: Range<Int>) -> Bool {
        find(literal, in: bytes, range: range) != nil
    }

    static func containsAny(_ literals: [[UInt8]], in bytes: [UInt8], range: Range<Int>) -> Bool {
        literals.contains { contains($0, in: bytes, range: range) }
    }

    /// Spaces a report uses for layout: ASCII space and tab, no-break space, the typographic
    /// spaces U+2000–U+200B (web pages indent signatures with en spaces), ideographic space, BOM.
    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// `range` without leading and trailing spaces.
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi {
            let (s, n) = scalar(bytes, at: lo)
            guard isSpace(s) else { break }
            lo += n
        }
        while hi > lo {
            let start = previousScalarStart(bytes, before: hi)
            guard isSpace(scalar(bytes, at: start).value) else { break }
            hi = start
        }
        return lo..<hi
    }

    /// True when `range` holds at most `limit` scalars, without counting long lines through.
    static func isShort(_ bytes: [UInt8], _ range: Range<Int>, atMost limit: Int) -> Bool {
        if range.count <= limit { return true }
        if range.count > limit * 4 { return false }
        return scalarCount(bytes, range) <= limit
    }

    /// Number of scalars in `range`.
    static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// The last scalar of a non-empty range.
    static func lastScalar(_ bytes: [UInt8], _ range: Range<Int>) -> UInt32? {
        guard !range.isEmpty else { return nil }
        return scalar(bytes, at: previousScalarStart(bytes, before: range.upperBound)).value
    }

    @inline(__always)
    static func asciiDigit(_ scalar: UInt32) -> Int? {
        if scalar >= 0x30, scalar <= 0x39 { return Int(scalar - 0x30) }
        if scalar >= 0xFF10, scalar <= 0xFF19 { return Int(scalar - 0xFF10) }
        return nil
    }

    /// A run of ASCII digits read as one number, with where it ends.
    static func asciiNumber(_ bytes: [UInt8], from start: Int, to end: Int) -> (value: Int, end: Int)? {
        var i = start
        var value = 0
        while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39, value < Int.max / 100 {
            value = value * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        return i > start ? (value, i) : nil
    }

    static func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }
}

/// Punctuation that tells a sentence from a heading or a name.
enum Punctuation {
    /// 。！？；： and their half-width forms: a line with one of these is prose, not a heading.
    static func endsClause(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0x21, 0x3F, 0x3B, 0x3A: true
        default: false
        }
    }

    /// Clause marks after which an inline point (`一是`) may begin: the above plus commas and 、.
    static func separatesClause(_ scalar: UInt32) -> Bool {
        endsClause(scalar) || scalar == 0xFF0C || scalar == 0x2C || scalar == 0x3001
    }

    /// True when `range` holds no sentence or clause-ending punctuation.
    static func noneEndingClause(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let (s, n) = ByteText.scalar(bytes, at: i)
            if endsClause(s) { return false }
            i += n
        }
        return true
    }
}
