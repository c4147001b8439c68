/// Comparing the labels of figures in one sentence, scalar by scalar.
struct LabelWords {
    let scalars: [Unicode.Scalar]

    /// Drops words that introduce a breakdown or a total (`其中`, `共`, `累计`), so that
    /// `其中村级调解339件` and `镇级调解71件` compare as parallel.
    init(_ label: String) {
        // Decoded by hand in one pass: the generic copy of `unicodeScalars` costs several times more.
        var s: [Unicode.Scalar] = []
        label.withBytes { bytes in
            s.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let (value, length) = UTF8Bytes.scalar(at: i, in: bytes)
                s.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                i += length
            }
        }
        for word in LabelWords.leadingWords where s.starts(with: word) { s.removeFirst(word.count) }
        scalars = s
    }

    private static let leadingWords = ["其中", "共计", "合计", "总计", "累计", "共"].map { Array($0.unicodeScalars) }

    /// How many scalars the two labels share at their ends.
    func commonSuffix(with other: LabelWords) -> Int {
        var n = 0
        while n < scalars.count, n < other.scalars.count,
              scalars[scalars.count - 1 - n] == other.scalars[other.scalars.count - 1 - n] {
            n += 1
        }
        return n
    }

    func hasSuffix(_ other: LabelWords) -> Bool {
        !other.scalars.isEmpty && commonSuffix(with: other) == other.scalars.count
    }

    /// The label up to its last `率` (`调解成功率达` → `调解成功`), nil without one.
    var beforeRate: LabelWords? {
        guard let i = scalars.lastIndex(of: "率") else { return nil }
        return LabelWords(scalars: Array(scalars[..<i]))
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var text: String { String(String.UnicodeScalarView(scalars)) }
}
