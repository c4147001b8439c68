/// What one pass over a file's bytes finds: whether they are UTF-8, and the characters that the
/// binary-data refusal and `UnsafeCharacters` look for. Nearly every report has none of them,
/// so the later steps need not read the text again.
struct TextScan {
    /// Whether the bytes are valid UTF-8; when not, the scan stopped at the first bad byte.
    private(set) var isUTF8 = true
    /// C0 control characters other than tab, line feed and carriage return, and DEL: shown as
    /// Control Pictures.
    private(set) var controls = 0
    /// C1 controls (U+0080–U+009F) and bidirectional overrides (U+202A–U+202E, U+2066–U+2069).
    private(set) var overrides = 0
    /// NUL and the C0 controls text never holds (tab, line ends, form feed and escape do turn
    /// up in reports): many of them mean binary data.
    private(set) var binaryControls = 0

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    /// Plain ASCII goes eight bytes at a time and the three-byte characters of Chinese text
    /// one load each; anything else, byte by byte.
    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard var p = buffer.baseAddress else { return }
        let end = p + buffer.count
        while p < end {
            let b = p.pointee
            if b < 0x80 {
                if end - p >= 8, ByteWords.isPlainASCII(UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) {
                    p += 8
                    continue
                }
                count(ascii: b)
                p += 1
                continue
            }
            var run = p
            while end - run >= 8, Self.startsWithTwoPlainCharacters(UnsafeRawPointer(run).loadUnaligned(as: UInt64.self)) {
                run += 6
            }
            if run != p {
                p = run
                continue
            }
            if end - p >= 4 {
                let word = UInt32(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt32.self))
                if word & 0x00C0_C0F0 == 0x0080_80E0 && Self.isPlainLead(b) {
                    p += 3
                    continue
                }
            }
            guard let length = Self.sequenceLength(at: p, end: end) else {
                isUTF8 = false
                return
            }
            if b == 0xC2, p[1] < 0xA0 {
                overrides += 1  // U+0080–U+009F
            } else if b == 0xE2 {
                let (second, third) = (p[1], p[2])
                // U+202A–U+202E and U+2066–U+2069
                if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                    overrides += 1
                }
            }
            p += length
        }
    }

    /// Whether a word starts with two three-byte characters (1110xxxx 10xxxxxx 10xxxxxx) with
    /// plain leads, as nearly all of Chinese text is.
    private static func startsWithTwoPlainCharacters(_ word: UInt64) -> Bool {
        let word = UInt64(littleEndian: word)
        return word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0
            && isPlainLead(UInt8(truncatingIfNeeded: word)) && isPlainLead(UInt8(truncatingIfNeeded: word >> 24))
    }

    /// Whether a three-byte lead (0xE0–0xEF) needs no closer look: 0xE0 and 0xED limit the byte
    /// after them, and 0xE2 starts the bidirectional overrides.
    private static func isPlainLead(_ lead: UInt8) -> Bool {
        (0xDFFA as UInt16) >> (lead & 0x0F) & 1 != 0
    }

    private mutating func count(ascii b: UInt8) {
        if b < 0x20 {
            guard b != 0x09 && b != 0x0A && b != 0x0D else { return }
            controls += 1
            if b != 0x0C && b != 0x1B { binaryControls += 1 }
        } else if b == 0x7F {
            controls += 1
        }
    }

    /// The length of the well-formed UTF-8 sequence of two to four bytes at `p`, or nil
    /// (overlong forms, surrogates and values above U+10FFFF are not well formed).
    private static func sequenceLength(at p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>) -> Int? {
        let lead = p[0]
        let left = end - p
        func continues(_ j: Int) -> Bool { p[j] & 0xC0 == 0x80 }
        switch lead {
        case 0xE0...0xEF:
            guard left >= 3, continues(1), continues(2) else { return nil }
            if lead == 0xE0 && p[1] < 0xA0 || lead == 0xED && p[1] >= 0xA0 { return nil }
            return 3
        case 0xC2...0xDF:
            guard left >= 2, continues(1) else { return nil }
            return 2
        case 0xF0...0xF4:
            guard left >= 4, continues(1), continues(2), continues(3) else { return nil }
            if lead == 0xF0 && p[1] < 0x90 || lead == 0xF4 && p[1] >= 0x90 { return nil }
            return 4
        default:
            return nil
        }
    }
}
