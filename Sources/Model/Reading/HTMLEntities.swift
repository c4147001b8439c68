/// Character references (`&nbsp;`, `&#20013;`, `&#x4E2D;`) as browsers read them; an `&` that
/// starts none is kept as written.
enum HTMLEntities {
    /// Decodes the reference whose `&` is just before `index` and moves `index` past it.
    static func decode(_ s: [Unicode.Scalar], at index: inout Int) -> [Unicode.Scalar] {
        var j = index
        if j < s.count, s[j] == "#" {
            j += 1
            let hex = j < s.count && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            var value: UInt32 = 0
            var digits = 0
            while j < s.count, digits < 8, let digit = UInt32(String(s[j]), radix: hex ? 16 : 10) {
                value = value * (hex ? 16 : 10) + digit
                digits += 1
                j += 1
            }
            guard digits > 0 else { return ["&"] }
            if j < s.count, s[j] == ";" { j += 1 }
            index = j
            return [Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"]
        }
        var name = ""
        while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]), name.unicodeScalars.count < 10 {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard let scalar = named[name] ?? named[name.lowercased()] else { return ["&"] }
        if j < s.count, s[j] == ";" { j += 1 }
        index = j
        return [scalar]
    }

    private static let named: [String: Unicode.Scalar] = [
        "nbsp": "\u{00A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "middot": "\u{00B7}",
        "bull": "\u{2022}", "times": "\u{00D7}", "divide": "\u{00F7}", "deg": "\u{00B0}",
        "plusmn": "\u{00B1}", "permil": "\u{2030}", "yen": "\u{00A5}", "copy": "\u{00A9}",
        "reg": "\u{00AE}", "trade": "\u{2122}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
        "emsp": "\u{2003}", "ensp": "\u{2002}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "sup2": "\u{00B2}", "sup3": "\u{00B3}", "frac12": "\u{00BD}", "frac14": "\u{00BC}",
        "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "sect": "\u{00A7}", "para": "\u{00B6}", "shy": "\u{00AD}",
    ]
}
