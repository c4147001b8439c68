/// Makes decoded text safe to show in a terminal without changing its line structure:
/// control characters (which include the escape that starts terminal sequences) become their
/// visible Control Pictures (`␛`), C1 controls and bidirectional overrides (which reorder what
/// the reviewer sees) become `�`. Tab, line feed and carriage return are kept.
enum UnsafeCharacters {
    /// The text of `decoded` made safe, as UTF-8, and what was changed. Nearly every report
    /// has nothing to change, as its scan tells: then its bytes are kept as they are.
    static func neutralise(_ decoded: DecodedText) -> (utf8: [UInt8], notes: [String]) {
        let (controls, overrides) = (decoded.scan.controls, decoded.scan.overrides)
        guard controls + overrides > 0 else { return (decoded.utf8, []) }
        var out = String.UnicodeScalarView()
        for scalar in decoded.text.unicodeScalars {
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
        return (Array(String(out).utf8), notes)
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
