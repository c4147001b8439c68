/// Dates as a report's signature block writes them (成文日期): `2021年11月23日`,
/// `二〇二一年十一月二十三日`, `2021-11-23`, `2021.11.23`.
enum DateText {
    enum Reading: Equatable {
        case date(ReportDate)
        /// The line looks like a date (digits and date words only) but is not a valid one.
        case malformed
    }

    /// Reads `content` as a date line, or nil when it is not one at all.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Reading? {
        guard looksLikeDate(bytes, content) else { return nil }
        var parts: [Int] = []
        var separators: [UInt32] = []
        var i = content.lowerBound
        while i < content.upperBound {
            let (s, n) = UTF8Bytes.scalar(at: i, in: bytes)
            if UTF8Bytes.digit(s) != nil {
                var value = 0
                var digits = 0
                while i < content.upperBound, let d = UTF8Bytes.digit(UTF8Bytes.scalar(at: i, in: bytes).value) {
                    digits += 1
                    if digits > 4 { return .malformed }
                    value = value * 10 + d
                    i += UTF8Bytes.scalar(at: i, in: bytes).length
                }
                if digits > 4 { return .malformed }
                parts.append(value)
            } else if ChineseNumerals.isNumeral(s) {
                // Years go digit by digit (二〇二一), months and days as numbers (十一, 二十三).
                let reading = parts.isEmpty
                    ? ChineseNumerals.parseDigits(bytes, from: i, to: content.upperBound)
                    : ChineseNumerals.parse(bytes, from: i, to: content.upperBound)
                guard let (value, end) = reading else { return .malformed }
                parts.append(value)
                i = end
            } else {
                if !Punctuation.isSpace(s) { separators.append(s) }
                i += n
            }
        }
        guard parts.count == 3, separatorsFit(separators) else { return .malformed }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        guard year >= 1900, year <= 2199, month >= 1, month <= 12, day >= 1, day <= days(in: month, of: year) else {
            return .malformed
        }
        return .date(ReportDate(year: year, month: month, day: day))
    }

    /// Only digits, numerals, 年月日号 and - . / in a short line, with at least a year's worth of
    /// digits or a 年.
    private static func looksLikeDate(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
        guard !content.isEmpty, UTF8Bytes.isShort(content, atMost: 20, in: bytes) else { return false }
        var digits = 0
        var hasYear = false
        var i = content.lowerBound
        while i < content.upperBound {
            let (s, n) = UTF8Bytes.scalar(at: i, in: bytes)
            if UTF8Bytes.digit(s) != nil || ChineseNumerals.digit(s) != nil {
                digits += 1
            } else if s == 0x5E74 {
                hasYear = true
            } else if !(s == 0x6708 || s == 0x65E5 || s == 0x53F7 || s == 0x5341 || s == 0x2D || s == 0x2E
                || s == 0x2F || s == 0xFF0E || Punctuation.isSpace(s)) {
                return false
            }
            i += n
        }
        return digits >= 4 || (hasYear && digits >= 2)
    }

    /// 年 月 日 in order, or one kind of - . / used twice.
    private static func separatorsFit(_ separators: [UInt32]) -> Bool {
        if separators == [0x5E74, 0x6708, 0x65E5] || separators == [0x5E74, 0x6708, 0x53F7] { return true }
        return separators.count == 2 && separators[0] == separators[1]
            && [0x2D, 0x2E, 0x2F, 0xFF0E].contains(separators[0])
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
