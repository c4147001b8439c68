/// Tests eight bytes of text at once for the few byte values the reading pass looks for, so
/// that it passes over clean text without a branch per byte.
enum ByteWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether all eight bytes are ASCII that needs no second look: no DEL and no control
    /// character but tab, line feed and carriage return, which plain text is full of.
    static func isPlainASCII(_ word: UInt64) -> Bool {
        // With every byte below 0x80, adding one carries into a high bit only from DEL (0x7F).
        guard (word | (word &+ ones)) & highs == 0 else { return false }
        guard hasControl(word) else { return true }
        let lineEnds = equal(0x0A, word) | equal(0x0D, word) | equal(0x09, word)
        return !hasControl(word | lineEnds >> 2)
    }

    /// Whether some byte of `word` is below 0x20 (a control character).
    private static func hasControl(_ word: UInt64) -> Bool {
        (word &- 0x20 &* ones) & ~word & highs != 0
    }

    /// The high bit of each byte of `word` that is `byte`, exactly (no carry crosses bytes).
    private static func equal(_ byte: UInt8, _ word: UInt64) -> UInt64 {
        let zeroWhereEqual = word ^ (UInt64(byte) &* ones)
        let nonzero = (((zeroWhereEqual & ~highs) &+ ~highs) | zeroWhereEqual) & highs
        return ~nonzero & highs
    }
}
