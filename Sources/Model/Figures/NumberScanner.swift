import Foundation

/// A number as written, before its unit: `1,101`, `1.5万`, `30余`, `二十一`, `十余`.
struct ScannedNumber {
    var value: Decimal
    /// Byte offset just past the number, its multiplier (`万`, `亿`) and a touching `余`/`多`.
    var end: Int
    /// `余` or `多` followed the number: `30余场次`, `2万余份`.
    var orMore: Bool
    /// Written in Chinese numerals (`两`, `二十一`) rather than digits.
    var isChinese: Bool
    /// Digits only: no separator, decimal point or multiplier (the shape of a year or a code).
    var isPlainInteger: Bool
    /// Count of integer digits as written (4 for `2024`).
    var digitCount: Int
    /// What `万`, `亿` (`百`, `千` after digits) multiplied it by: a range's lower end written
    /// without one takes its upper end's (`3—5万元`).
    var multiplier: Int64 = 1
    /// A lone `一`: an article (`一批`, `进一步`) unless a range, fraction or multiple needs it.
    var isArticle = false
}

/// Reads Arabic numerals (ASCII or full-width digits, `,`/`，` thousands separators, `.`/`．`
/// decimals) and the `万`/`亿` multipliers after them. Values are exact decimals.
enum NumberScanner {
    /// The digit at `i` (ASCII or full-width) and its byte length.
    @inline(__always)
    static func digit(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt64, length: Int)? {
        guard i < limit else { return nil }
        let b = bytes[i]
        if b >= 0x30, b <= 0x39 { return (UInt64(b - 0x30), 1) }
        if b == 0xEF, i + 2 < limit, bytes[i + 1] == 0xBC, bytes[i + 2] >= 0x90, bytes[i + 2] <= 0x99 {
            return (UInt64(bytes[i + 2] - 0x90), 3)
        }
        return nil
    }

    /// `,` or `，` at `i`: its byte length.
    @inline(__always)
    private static func separator(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard i < limit else { return nil }
        if bytes[i] == 0x2C { return 1 }
        if bytes[i] == 0xEF, i + 2 < limit, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x8C { return 3 }
        return nil
    }

    /// `.` or `．` at `i`: its byte length.
    @inline(__always)
    private static func point(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard i < limit else { return nil }
        if bytes[i] == 0x2E { return 1 }
        if bytes[i] == 0xEF, i + 2 < limit, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x8E { return 3 }
        return nil
    }

    /// Reads the Arabic number that starts at `i`. `runEnd` is where the digits end, so a caller
    /// that rejects the number resumes after all of it; number is nil for a dotted code or date
    /// (`2024.1.15`) or more digits than an exact count can have.
    static func arabic(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (number: ScannedNumber?, runEnd: Int) {
        var j = i
        var mantissa: UInt64 = 0
        var digits = 0
        var tooLong = false
        // Integer and fraction digits together must fit the 64-bit mantissa.
        var taken = 0
        func take(_ d: UInt64) {
            taken += 1
            if taken > 18 { tooLong = true } else { mantissa = mantissa * 10 + d }
        }
        while let (d, len) = digit(at: j, limit: limit, in: bytes) {
            take(d)
            digits += 1
            j += len
        }
        var plain = true
        // Thousands groups: exactly three digits after each separator, first group 1-3 digits.
        if digits <= 3, bytes[i] != 0x30 || digits == 1 {
            while let sep = separator(at: j, limit: limit, in: bytes) {
                var k = j + sep
                var group: [UInt64] = []
                while group.count < 4, let (d, len) = digit(at: k, limit: limit, in: bytes) {
                    group.append(d)
                    k += len
                }
                guard group.count == 3 else { break }
                for d in group { take(d) }
                digits += 3
                plain = false
                j = k
            }
        }
        var scale: Int16 = 0
        if let p = point(at: j, limit: limit, in: bytes), digit(at: j + p, limit: limit, in: bytes) != nil {
            j += p
            while let (d, len) = digit(at: j, limit: limit, in: bytes) {
                take(d)
                scale += 1
                j += len
            }
            plain = false
            if let p2 = point(at: j, limit: limit, in: bytes), digit(at: j + p2, limit: limit, in: bytes) != nil {
                j += p2
                while let (_, len) = digit(at: j, limit: limit, in: bytes) { j += len }
                return (nil, j)
            }
        }
        if tooLong { return (nil, j) }
        // Most numbers are whole: they need no exponent applied.
        var number = ScannedNumber(
            value: scale == 0 ? Decimal(mantissa) : Decimal(sign: .plus, exponent: -Int(scale), significand: Decimal(mantissa)),
            end: j, orMore: false, isChinese: false, isPlainInteger: plain, digitCount: digits)
        applyMultiplier(to: &number, limit: limit, in: bytes)
        return (number, j)
    }

    /// `万` `亿` (and `百` `千` before them) multiply; one `余` or `多` may stand before or after
    /// the multiplier (`10余万`, `2万余`). A `千` that begins a unit (`千米`) is left to the unit.
    static func applyMultiplier(to number: inout ScannedNumber, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var j = number.end
        var multipliers = 0
        while j < limit {
            let (s, len) = UTF8Bytes.scalar(at: j, in: bytes)
            let (factor, places): (Int64, Int)
            switch s {
            case 0x4F59, 0x591A:  // 余 多
                guard !number.orMore else { return }
                number.orMore = true
                (factor, places) = (1, 0)
            case 0x4E07: (factor, places) = (10_000, 4)  // 万
            case 0x4EBF: (factor, places) = (100_000_000, 8)  // 亿
            case 0x767E, 0x5343:  // 百 千
                guard !number.isChinese, Units.match(at: j, limit: limit, in: bytes, afterChinese: false) == nil else { return }
                (factor, places) = s == 0x767E ? (100, 2) : (1000, 3)
            default:
                return
            }
            if factor != 1 {
                // `千万`, `万亿` at most: a longer run is no amount anyone wrote.
                multipliers += 1
                guard multipliers <= 2 else { return }
                // A power of ten moves the exponent: a Decimal multiplication costs thousands of
                // instructions and allocates.
                let value = number.value
                number.value = Decimal(sign: value.sign, exponent: value.exponent + places, significand: value.significand)
                number.multiplier *= factor
                number.isPlainInteger = false
            }
            j += len
            number.end = j
        }
    }
}
