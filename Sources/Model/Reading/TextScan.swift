/// What one pass over a file's bytes finds: whether they are UTF-8, and the characters that the
/// binary-data refusal and `UnsafeCharacters` look for. Nearly every report has none of them,
/// so the later steps need not read the text again.
struct TextScan {
    private typealias Lanes = SIMD16<UInt8>

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
    /// five at a time; anything else (and the last few bytes), byte by byte.
    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard var p = buffer.baseAddress else { return }
        let end = p + buffer.count
        let shape = Self.shape.withUnsafeBytes { $0.loadUnaligned(as: Lanes.self) }
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
            let plain = Self.plainCharacters(from: p, to: end, shape: shape)
            if plain > 0 {
                p += plain
                continue
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

    /// Where the leads (1110xxxx) and continuation bytes (10xxxxxx) of five three-byte
    /// characters and the lead of a sixth fall in 16 bytes: the bits that must match, which
    /// shifted left are what they must be. Read from memory so that the compiler does not
    /// specialise the vector code lane by lane, which makes it several times longer.
    private static let shape: [UInt8] = [0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0]

    /// How many bytes from `p` on are three-byte characters with plain leads, as nearly all of
    /// Chinese text is, looking 16 bytes (five characters and a lead) at a time; the last 15
    /// bytes are left to the caller. Lane-wise arithmetic only, which compiles to plain vector
    /// instructions (comparisons between SIMD values do not). Not inlined, for the same
    /// reason as `shape`.
    @inline(never)
    private static func plainCharacters(from p: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>, shape: Lanes) -> Int {
        let (e0, ed, fd, carry, high) = (
            Lanes(repeating: 0xE0), Lanes(repeating: 0xED), Lanes(repeating: 0xFD), Lanes(repeating: 0x7F), Lanes(repeating: 0x80)
        )
        var q = p
        while end - q >= 16 {
            let lanes = UnsafeRawPointer(q).loadUnaligned(as: Lanes.self)
            let misshapen = (lanes & shape) ^ (shape &<< 1)
            // Where the shape holds every lane is below 0x80 after these xors, so adding 0x7F
            // sets its high bit exactly when it is not zero. A lead xor 0xE0 masked with 0xFD is
            // zero for 0xE0 and 0xE2, a lead xor 0xED for 0xED (the leads that need a closer
            // look); a continuation byte never is.
            let plain = (((lanes ^ e0) & fd) &+ carry) & ((lanes ^ ed) &+ carry)
            let wrong = unsafeBitCast(misshapen | (~plain & high), to: SIMD2<UInt64>.self)
            let (low, rest) = (UInt64(littleEndian: wrong[0]), UInt64(littleEndian: wrong[1]))
            guard low | rest == 0 else {
                let firstWrong = low != 0 ? low.trailingZeroBitCount / 8 : 8 + rest.trailingZeroBitCount / 8
                return q - p + firstWrong / 3 * 3
            }
            q += 15
        }
        return q - p
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
