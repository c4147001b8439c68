import Foundation

/// Reads counts written in Chinese numerals (`两`, `三`, `十余`, `二十一`, `三万`) for the figure
/// scanner, on the numeral tables of `ChineseNumerals`.
enum ChineseQuantity {
    @inline(__always)
    static func digit(_ s: UInt32) -> Int64? { ChineseNumerals.digit(s).map(Int64.init) }

    @inline(__always)
    static func place(_ s: UInt32) -> Int64? { ChineseNumerals.multiplier(s).map(Int64.init) }

    /// A quantity may begin with a non-zero digit or with `十` (`十余起`); `百姓`, `千方百计`,
    /// `万灵镇` and `零` never begin one.
    private static let one: Decimal = 1

    @inline(__always)
    static func canStart(_ s: UInt32) -> Bool {
        s == 0x5341 || (digit(s).map { $0 > 0 } ?? false)
    }

    /// Reads the numeral run at `i`. `runEnd` is where the run of numeral characters ends, so a
    /// caller resumes after all of it. Number is nil for a run that is no quantity: two digits in
    /// a row (`两三`, `二〇二四`) or places out of order. A bare `一` (`一批`, `一站式`, `进一步`) is
    /// an article more often than a count: it comes back marked `isArticle`. `几` right after
    /// `十` (`十几次`, `二十几人`) blurs only the ones, as `余` does: the number is `orMore`.
    static func scan(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (number: ScannedNumber?, runEnd: Int) {
        var j = i
        var hundredMillions: Int64 = 0  // the group before 亿
        var tenThousands: Int64 = 0  // the group before 万
        var section: Int64 = 0  // below 万
        var pending: Int64?  // digit waiting for its place
        var lastPlace: Int64 = .max  // places within a section must fall: 千 百 十
        var valid = true
        var scalars = 0
        var lastDigit: Int64 = -1
        var trailingPlace: Int64 = 1  // `万` or `亿` ending the run: the multiplier a range shares
        var onesBlurred = false
        while j < limit {
            let (s, len) = UTF8Bytes.scalar(at: j, in: bytes)
            if let d = digit(s) {
                if let p = pending, p != 0 { valid = false }
                if pending == 0, d == 0 { valid = false }
                pending = d
                lastDigit = d
                trailingPlace = 1
            } else if let p = place(s) {
                if p < 10_000 {
                    let n = pending ?? (p == 10 && scalars == 0 ? 1 : 0)
                    if n == 0 || p >= lastPlace { valid = false }
                    section += n * p
                    lastPlace = p
                } else {
                    let n = section + (pending ?? 0)
                    if p == 10_000 {
                        if n == 0 || tenThousands != 0 { valid = false }
                        tenThousands = n
                    } else {
                        if n == 0 && tenThousands == 0 || hundredMillions != 0 { valid = false }
                        hundredMillions = tenThousands * 10_000 + n
                        tenThousands = 0
                    }
                    section = 0
                    lastPlace = .max
                }
                trailingPlace = p < 10_000 ? 1 : p
                pending = nil
            } else {
                if s == 0x51E0, pending == nil, lastPlace == 10 {  // 几 after 十
                    onesBlurred = true
                    j += len
                }
                break
            }
            scalars += 1
            j += len
        }
        guard valid else { return (nil, j) }
        // Articles are common and seldom counted: they skip the Decimal conversion and multipliers.
        if scalars == 1, lastDigit == 1 {
            return (ScannedNumber(value: one, end: j, orMore: false, isChinese: true, isPlainInteger: false, digitCount: 0, isArticle: true), j)
        }
        var number = ScannedNumber(
            value: Decimal(hundredMillions * 100_000_000 + tenThousands * 10_000 + section + (pending ?? 0)), end: j, orMore: onesBlurred, isChinese: true,
            isPlainInteger: false, digitCount: 0, multiplier: trailingPlace)
        NumberScanner.applyMultiplier(to: &number, limit: limit, in: bytes)
        return (number, j)
    }
}
