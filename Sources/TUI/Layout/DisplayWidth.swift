/// How many terminal columns text takes, from our own table rather than the locale's wcwidth,
/// so that layout is the same in tests, in every locale and on every machine.
struct DisplayWidth: Sendable, Equatable {
    /// Columns for East-Asian-ambiguous characters (`“ ” … ① —`): 1 in most terminals, 2 in
    /// terminals set to treat them as wide.
    var ambiguous: Int

    init(ambiguous: Int = 1) {
        self.ambiguous = ambiguous == 2 ? 2 : 1
    }

    enum WidthKind: Sendable {
        case zero, wide, ambiguous
    }

    func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // Below U+00A0 everything is one column; control characters are drawn as one-column
        // placeholders.
        if v < 0xA0 { return 1 }
        switch Self.kind(of: v) {
        case .zero: return 0
        case .wide: return 2
        case .ambiguous: return ambiguous
        case nil: return 1
        }
    }

    /// A grapheme's width: its first non-zero-width scalar decides, and an emoji presentation
    /// selector (U+FE0F) makes it wide.
    func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { return 2 }
            if width == 0 { width = of(scalar) }
        }
        return width
    }

    func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The longest prefix of `text` that fits in `columns`, never cutting a wide character.
    func prefix(_ text: String, fitting columns: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if used + w > columns { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `text` cut to `columns`, ending in `~` when something was cut, padded to exactly `columns`.
    func fit(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text + String(repeating: " ", count: columns - of(text)) }
        let cut = prefix(text, fitting: columns - 1) + "~"
        return cut + String(repeating: " ", count: columns - of(cut))
    }

    private static func kind(of value: UInt32) -> WidthKind? {
        var lo = 0
        var hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let range = ranges[mid]
            if value < range.lower { hi = mid - 1 } else if value > range.upper { lo = mid + 1 } else { return range.kind }
        }
        return nil
    }
}
