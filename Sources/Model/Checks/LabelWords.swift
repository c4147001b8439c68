/// Comparing the labels of figures in one sentence, scalar by scalar.
struct LabelWords {
    let scalars: [Unicode.Scalar]

    /// Drops words that introduce a breakdown or a total (`其中`, `共`, `累计`), so that
    /// `其中村级调解339件` and `镇级调解71件` compare as parallel.
    init(_ label: String) {
        // Decoded by hand in one pass into one exact buffer: the generic copy of `unicodeScalars`
        // and a growing array cost several times more.
        scalars = label.utf8.withContiguousStorageIfAvailable { LabelWords.scalars(of: $0) }
            ?? label.withBytes { LabelWords.scalars(of: $0) }
    }

    /// The words of a figure the sum and rate checks compare: only exact counts and percents
    /// are ever compared, so the labels of the others are left empty, not decoded.
    init(comparing figure: Figure) {
        self = figure.isExactCount || figure.unit == "%" ? LabelWords(figure.label) : LabelWords(scalars: [])
    }

    private static func scalars(of bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var start = 0
        for word in leadingWords where UTF8Bytes.matches(word, at: start, limit: bytes.count, in: bytes) {
            start += word.count
        }
        return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count - start) { buffer, count in
            var i = start
            while i < bytes.count {
                let (value, length) = UTF8Bytes.scalar(at: i, in: bytes)
                buffer.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                count += 1
                i += length
            }
        }
    }

    /// In UTF-8, as the labels are compared before they are decoded.
    private static let leadingWords = ["其中", "共计", "合计", "总计", "累计", "共"].map { Array($0.utf8) }

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
