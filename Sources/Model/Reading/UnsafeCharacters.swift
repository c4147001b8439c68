/// Makes decoded text safe to show in a terminal without changing its line structure:
/// control characters (which include the escape that starts terminal sequences) become their
/// visible Control Pictures (`␛`), C1 controls and bidirectional overrides (which reorder what
/// the reviewer sees) become `�`. Tab, line feed and carriage return are kept.
enum UnsafeCharacters {
    static func neutralise(_ text: String) -> (text: String, notes: [String]) {
        let (controls, overrides) = count(text)
        guard controls + overrides > 0 else { return (text, []) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch classify(scalar) {
            case .control:
                out.append(scalar.value == 0x7F ? "\u{2421}" : Unicode.Scalar(0x2400 + scalar.value)!)
            case .override:
                out.append("\u{FFFD}")
            case nil:
                out.append(scalar)
            }
        }
        var notes: [String] = []
        if controls > 0 { notes.append("\(controls) control character(s) shown as symbols such as ␛") }
        if overrides > 0 { notes.append("\(overrides) bidirectional override or C1 control character(s) shown as �") }
        return (String(out), notes)
    }

    /// The unsafe characters of `text`, counted in its UTF-8 bytes (each has a byte signature),
    /// since nearly every report has none and decoding its scalars would cost a parse's worth.
    private static func count(_ text: String) -> (controls: Int, overrides: Int) {
        var text = text
        return text.withUTF8 { bytes in
            var controls = 0, overrides = 0
            let n = bytes.count
            var i = 0
            while i < n {
                if i + 8 <= n {
                    let word = ByteWords.word(at: i, in: bytes)
                    if !ByteWords.hasControlOtherThanLineFeed(word) && !ByteWords.has(0x7F, in: word)
                        && !ByteWords.has(0xC2, in: word) && !ByteWords.has(0xE2, in: word) {
                        i += 8
                        continue
                    }
                }
                let b = bytes[i]
                i += 1
                if b < 0x20 {
                    if b != 0x09 && b != 0x0A && b != 0x0D { controls += 1 }
                } else if b == 0x7F {
                    controls += 1
                } else if b == 0xC2, i < n, (0x80..<0xA0).contains(bytes[i]) {
                    overrides += 1  // U+0080–U+009F
                } else if b == 0xE2, i + 1 < n {
                    let (second, third) = (bytes[i], bytes[i + 1])
                    // U+202A–U+202E and U+2066–U+2069
                    if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                        overrides += 1
                    }
                }
            }
            return (controls, overrides)
        }
    }

    private enum Kind { case control, override }

    private static func classify(_ scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: nil
        case 0x00..<0x20, 0x7F: .control
        case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: .override
        default: nil
        }
    }
}
