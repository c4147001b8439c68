/// The marks that join the two ends of a range (`3—5人`, `3-5人`, `3～5人`, `3至5人`, `3到5人`):
/// `-`, `~`, the dashes `‒ – — ―`, `－`, `～`, `〜`, `至` and `到`. Tested on bytes, since every
/// number asks.
enum NumberRange {
    /// The separator at `i`: its byte length, and whether it is `到`, which after a unit more
    /// often joins the two sides of a change (`从3人到5人`) than the ends of a range.
    @inline(__always)
    static func separator(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, isDao: Bool)? {
        guard i < limit else { return nil }
        let b = bytes[i]
        if b == 0x2D || b == 0x7E { return (1, false) }
        guard b >= 0xE2, i + 2 < limit else { return nil }
        return isSeparator(b, bytes[i + 1], bytes[i + 2]) ? (3, b == 0xE5) : nil
    }

    /// The three bytes of `‒ – — ―` (E2 80 92–95), `〜` (E3 80 9C), `到` (E5 88 B0), `至`
    /// (E8 87 B3), `－` (EF BC 8D) or `～` (EF BD 9E).
    @inline(__always)
    private static func isSeparator(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        switch b0 {
        case 0xE2: b1 == 0x80 && b2 >= 0x92 && b2 <= 0x95
        case 0xE3: b1 == 0x80 && b2 == 0x9C
        case 0xE5: b1 == 0x88 && b2 == 0xB0
        case 0xE8: b1 == 0x87 && b2 == 0xB3
        case 0xEF: b1 == 0xBC && b2 == 0x8D || b1 == 0xBD && b2 == 0x9E
        default: false
        }
    }

    /// The number at `start` follows a separator that follows a number: it is the upper end of a
    /// range that made no figure (`2022—2025年` a period, `第3至5条` ordinals, `5—3人` no range at
    /// all), and alone it would claim what the text does not (`5条`).
    @inline(__always)
    static func isUpperEnd(_ start: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most numbers follow a character that is neither separator nor space: one look settles them.
        guard start > floor else { return false }
        let b = bytes[start - 1]
        if b < 0x80, b != 0x2D, b != 0x7E, !mayBeSpace(endingAt: start, floor: floor, in: bytes) { return false }
        if b >= 0x80, start - 3 >= floor, !isSeparator(bytes[start - 3], bytes[start - 2], b),
           !mayBeSpace(endingAt: start, floor: floor, in: bytes) {
            return false
        }
        return followsRange(start, floor: floor, in: bytes)
    }

    private static func followsRange(_ start: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = skippingSpaces(before: start, floor: floor, in: bytes)
        if i - 1 >= floor, bytes[i - 1] == 0x2D || bytes[i - 1] == 0x7E {
            i -= 1
        } else if i - 3 >= floor, isSeparator(bytes[i - 3], bytes[i - 2], bytes[i - 1]) {
            i -= 3
        } else {
            return false
        }
        guard let (s, _) = UTF8Bytes.scalar(before: skippingSpaces(before: i, floor: floor, in: bytes), floor: floor, in: bytes)
        else { return false }
        return UTF8Bytes.digit(s) != nil || ChineseNumerals.isNumeral(s)
    }

    /// Where the spaces (`3 — 5人`) that end right before `i` begin.
    private static func skippingSpaces(before i: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = i
        while i > floor, mayBeSpace(endingAt: i, floor: floor, in: bytes),
              let (s, prev) = UTF8Bytes.scalar(before: i, floor: floor, in: bytes), Punctuation.isSpace(s) {
            i = prev
        }
        return i
    }

    /// A cheap first test on the bytes before `i`: they may end a space of `Punctuation.isSpace`
    /// (ASCII, `C2 A0`, `E2 80 80`–`8B`, `E2 80 AF`, `E2 81 9F`, `E3 80 80`, `EF BB BF`).
    @inline(__always)
    private static func mayBeSpace(endingAt i: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let b = bytes[i - 1]
        if b < 0x80 { return b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C }
        if i - 2 >= floor, bytes[i - 2] == 0xC2 { return true }
        guard i - 3 >= floor else { return false }
        let (b0, b1) = (bytes[i - 3], bytes[i - 2])
        switch b0 {
        case 0xE2: return b1 == 0x80 && (b <= 0x8B || b == 0xAF) || b1 == 0x81 && b == 0x9F
        case 0xE3: return b1 == 0x80 && b == 0x80
        case 0xEF: return b1 == 0xBB && b == 0xBF
        default: return false
        }
    }
}
