/// Tests eight bytes of text at once for the few byte values a check looks for, so that the
/// checks every file goes through pass over clean text without a branch per byte.
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` (which must leave eight bytes) as one word.
    static func word(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether some byte of `word` is below 0x20 (a control character).
    static func hasControl(_ word: UInt64) -> Bool {
        (word &- 0x20 &* ones) & ~word & highs != 0
    }

    /// Whether some byte of `word` is below 0x20 and not a line feed, which every line has.
    static func hasControlOtherThanLineFeed(_ word: UInt64) -> Bool {
        let zeroAtLineFeeds = word ^ (0x0A &* ones)
        // Exact per byte (no carry crosses bytes): the high bit is set where the byte is not 0.
        let nonzero = (((zeroAtLineFeeds & ~highs) &+ ~highs) | zeroAtLineFeeds) & highs
        return hasControl(word | ((~nonzero & highs) >> 2))
    }

    /// Whether some byte of `word` is `byte`.
    static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        let zeroWhereEqual = word ^ (UInt64(byte) &* ones)
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highs != 0
    }

    /// How many bytes of `word` start a scalar (all but UTF-8 continuation bytes, 10xxxxxx).
    static func scalarStarts(_ word: UInt64) -> Int {
        8 - (word & ~(word << 1) & highs).nonzeroBitCount
    }
}
