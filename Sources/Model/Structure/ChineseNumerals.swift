/// Chinese numerals as reports write them: `一` … `九十九` in heading markers, `二十一`, `两`,
/// `一百零五`, `三千` in counts, `二〇二一` digit by digit in dates.
public enum ChineseNumerals {
    /// Value of one numeral character (digits and the multipliers 十 百 千 万 亿), nil otherwise.
    public static func digit(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x3007, 0x96F6: 0          // 〇 零
        case 0x4E00: 1                  // 一
        case 0x4E8C, 0x4E24: 2          // 二 两
        case 0x4E09: 3                  // 三
        case 0x56DB: 4                  // 四
        case 0x4E94: 5                  // 五
        case 0x516D: 6                  // 六
        case 0x4E03: 7                  // 七
        case 0x516B: 8                  // 八
        case 0x4E5D: 9                  // 九
        default: nil
        }
    }

    public static func multiplier(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x5341: 10                 // 十
        case 0x767E: 100                // 百
        case 0x5343: 1000               // 千
        case 0x4E07: 10_000             // 万
        case 0x4EBF: 100_000_000        // 亿
        default: nil
        }
    }

    public static func isNumeral(_ scalar: UInt32) -> Bool { digit(scalar) != nil || multiplier(scalar) != nil }

    /// Reads the longest run of numeral characters starting at byte `start` (up to `end`) as one
    /// number. Returns nil when there is no numeral there or the run is not a well-formed number
    /// (`一二`): callers then treat the text as words.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (value: Int, end: Int)? {
        var i = start
        var total = 0          // sum of completed 万/亿 groups
        var section = 0        // value below the current 万
        var pending: Int?      // a digit waiting for its multiplier
        var lastMultiplier = Int.max
        var sawZero = false
        while i < end {
            let (s, n) = UTF8Bytes.scalar(at: i, in: bytes)
            if let d = digit(s) {
                if pending != nil { return nil }   // two digits in a row: not one number
                if d == 0 { sawZero = true } else { pending = d }
            } else if let m = multiplier(s) {
                if m >= 10_000 {
                    let group = section + (pending ?? 0)
                    guard group > 0 || total > 0 else { return nil }
                    let (scaled, overflow) = (total + group).multipliedReportingOverflow(by: m)
                    guard !overflow else { return nil }
                    total = scaled
                    section = 0
                    lastMultiplier = Int.max
                } else {
                    guard m < lastMultiplier else { return nil }
                    section += (pending ?? (m == 10 && section == 0 ? 1 : 0)) * m
                    if pending == nil, !(m == 10 && section == 10) { return nil }
                    lastMultiplier = m
                }
                pending = nil
            } else {
                break
            }
            i += n
        }
        guard i > start else { return nil }
        let value = total + section + (pending ?? 0)
        guard value > 0 || sawZero else { return nil }
        return (value, i)
    }

    /// Reads a run of digit characters one by one, as years are written (`二〇二一` is 2021).
    public static func parseDigits(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (value: Int, end: Int)? {
        var i = start
        var value = 0
        while i < end {
            let (s, n) = UTF8Bytes.scalar(at: i, in: bytes)
            guard let d = digit(s), s != 0x4E24 else { break }
            // No year or day runs past nine digits; longer runs are not dates and would overflow.
            guard value < 100_000_000 else { return nil }
            value = value * 10 + d
            i += n
        }
        return i > start ? (value, i) : nil
    }

    /// The numeral for 1…99 as heading markers write it (`三`, `十二`, `二十`).
    public static func text(_ value: Int) -> String {
        let names = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard value > 0, value < 100 else { return String(value) }
        if value < 10 { return names[value] }
        let tens = value / 10
        let ones = value % 10
        return (tens == 1 ? "" : names[tens]) + "十" + (ones == 0 ? "" : names[ones])
    }
}
