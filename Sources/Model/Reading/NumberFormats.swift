/// Word's numbering formats (`w:numFmt`), rendered as a reader sees them.
enum NumberFormats {
    static func render(_ value: Int, format: String) -> String {
        switch format {
        case "none", "bullet": return ""
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "ideographDigital":
            return chinese(value, digits: Array("〇一二三四五六七八九"), units: ["", "十", "百", "千"], zero: "零")
        case "chineseLegalSimplified", "japaneseLegal", "taiwaneseCountingThousand":
            return chinese(value, digits: Array("零壹贰叁肆伍陆柒捌玖"), units: ["", "拾", "佰", "仟"], zero: "零", shortTen: false)
        case "ideographTraditional": return cycle(value, Array("甲乙丙丁戊己庚辛壬癸"))
        case "ideographZodiac": return cycle(value, Array("子丑寅卯辰巳午未申酉戌亥"))
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
            return enclosed(value, first: 0x2460, count: 20)
        case "decimalEnclosedParen": return enclosed(value, first: 0x2474, count: 20)
        case "decimalEnclosedFullstop": return enclosed(value, first: 0x2488, count: 20)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case "upperLetter": return letters(value, upper: true)
        case "lowerLetter": return letters(value, upper: false)
        case "upperRoman": return roman(value)
        case "lowerRoman": return roman(value).lowercased()
        default: return String(value)
        }
    }

    /// 一 … 十, 十一, 二十, 一百零五: the way numbers are written in headings.
    private static func chinese(_ value: Int, digits: [Character], units: [String], zero: String, shortTen: Bool = true) -> String {
        guard value > 0, value < 10000 else { return String(value) }
        var out = ""
        var pendingZero = false
        let places = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10]
        for (i, digit) in places.enumerated() {
            let unit = units[3 - i]
            if digit == 0 {
                if !out.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { out += zero; pendingZero = false }
            if !(shortTen && out.isEmpty && digit == 1 && unit == units[1]) { out.append(digits[digit]) }
            out += unit
        }
        return out
    }

    private static func cycle(_ value: Int, _ symbols: [Character]) -> String {
        guard value > 0 else { return String(value) }
        return String(symbols[(value - 1) % symbols.count])
    }

    private static func enclosed(_ value: Int, first: UInt32, count: Int) -> String {
        guard value >= 1, value <= count else { return String(value) }
        return String(Character(Unicode.Scalar(first + UInt32(value - 1))!))
    }

    /// A, B … Z, AA, BB: Word repeats the letter.
    private static func letters(_ value: Int, upper: Bool) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt32((upper ? 65 : 97) + (value - 1) % 26))!)
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (amount, symbol) in table {
            while rest >= amount { out += symbol; rest -= amount }
        }
        return out
    }
}
