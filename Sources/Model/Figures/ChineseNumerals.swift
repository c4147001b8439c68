import Foundation

/// Reads quantities written in Chinese numerals: `两`, `三`, `十`, `二十一`, `一百二十`, `三万`.
enum ChineseNumerals {
    /// The digit a scalar stands for (`〇`/`零` 0, `两` 2), nil for any other scalar.
    @inline(__always)
    static func digit(_ s: UInt32) -> Int64? {
        switch s {
        case 0x3007, 0x96F6: 0  // 〇 零
        case 0x4E00: 1  // 一
        case 0x4E8C, 0x4E24: 2  // 二 两
        case 0x4E09: 3  // 三
        case 0x56DB: 4  // 四
        case 0x4E94: 5  // 五
        case 0x516D: 6  // 六
        case 0x4E03: 7  // 七
        case 0x516B: 8  // 八
        case 0x4E5D: 9  // 九
        default: nil
        }
    }

    /// The place value of `十` `百` `千` `万` `亿`.
    @inline(__always)
    static func place(_ s: UInt32) -> Int64? {
        switch s {
        case 0x5341: 10  // 十
        case 0x767E: 100  // 百
        case 0x5343: 1000  // 千
        case 0x4E07: 10_000  // 万
        case 0x4EBF: 100_000_000  // 亿
        default: nil
        }
    }

    /// A quantity may begin with a non-zero digit or with `十` (`十余起`); `百姓`, `千方百计`,
    /// `万灵镇` and `零` never begin one.
    @inline(__always)
    static func canStart(_ s: UInt32) -> Bool {
        s == 0x5341 || (digit(s).map { $0 > 0 } ?? false)
    }

    /// Reads the numeral run at `i`. `runEnd` is where the run of numeral characters ends, so a
    /// caller resumes after all of it. Number is nil for a run that is no quantity: two digits in
    /// a row (`两三`, `二〇二四`), places out of order, or a bare `一` (`一批`, `一站式`, `进一步`),
    /// which is an article more often than a count.
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
        while j < limit {
            let (s, len) = UTF8Bytes.scalar(at: j, in: bytes)
            if let d = digit(s) {
                if let p = pending, p != 0 { valid = false }
                if pending == 0, d == 0 { valid = false }
                pending = d
                lastDigit = d
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
                pending = nil
            } else {
                break
            }
            scalars += 1
            j += len
        }
        if scalars == 1, lastDigit == 1 { valid = false }
        guard valid else { return (nil, j) }
        var number = ScannedNumber(
            value: Decimal(hundredMillions * 100_000_000 + tenThousands * 10_000 + section + (pending ?? 0)), end: j, orMore: false, isChinese: true,
            isPlainInteger: false, digitCount: 0)
        NumberScanner.applyMultiplier(to: &number, limit: limit, in: bytes)
        return (number, j)
    }
}
