/// Walks that go back from a number over the words before it, character by character, look for
/// punctuation: most of those words are Chinese characters, which no mark is. Two of them in a
/// row are recognised from one load instead of two walks back over continuation bytes.
enum MarklessPairs {
    /// True when the six bytes before `i` (not below `floor`) are two three-byte scalars, neither
    /// of them one that `Punctuation.mayBeMark` admits (leads E2, E3, EF).
    @inline(__always)
    static func precede(_ i: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i &- 8 >= floor, let base = bytes.baseAddress else { return false }
        // Little-endian: after the shift the lowest byte is the one at `i - 6`.
        let word = UInt64(littleEndian: UnsafeRawPointer(base + (i &- 8)).loadUnaligned(as: UInt64.self)) >> 16
        guard word & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0 else { return false }
        return (0x800C >> (word & 0x0F)) & 1 == 0 && (0x800C >> (word >> 24 & 0x0F)) & 1 == 0
    }
}
