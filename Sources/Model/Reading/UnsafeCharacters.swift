/// Makes decoded text safe to show in a terminal without changing its line structure:
/// control characters (which include the escape that starts terminal sequences) become their
/// visible Control Pictures (`␛`), C1 controls and bidirectional overrides (which reorder what
/// the reviewer sees) become `�`. Tab, line feed and carriage return are kept.
enum UnsafeCharacters {
    static func neutralise(_ text: String) -> (text: String, notes: [String]) {
        var controls = 0, overrides = 0
        for scalar in text.unicodeScalars {
            switch classify(scalar) {
            case .control: controls += 1
            case .override: overrides += 1
            case nil: break
            }
        }
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
