/// The labels of the figures the sum and rate checks compare, never decoded: their UTF-8 bytes
/// in one buffer for the whole report, compared scalar by scalar in place. A label is a valid
/// `String`, so equal scalars are equal bytes and a byte tells whether it starts a scalar.
struct LabelWords {
    private(set) var bytes: [UInt8] = []
    /// Per figure index, the range of its words in `bytes`; empty for a figure never compared
    /// (and none at all while no figure is).
    private(set) var ranges: [Range<Int>] = []

    /// Adds the words of figure `index` of `count`. Drops words that introduce a breakdown or a
    /// total (`其中`, `共`, `累计`), so that `其中村级调解339件` and `镇级调解71件` compare as parallel.
    mutating func add(_ label: String, for index: Int, of count: Int) {
        if ranges.isEmpty {
            ranges = Array(repeating: 0..<0, count: count)
            // Labels run about 28 bytes and about half the figures are compared: room for them
            // at once, not by doubling.
            bytes.reserveCapacity(count * 16)
        }
        label.withBytes { label in
            var start = 0
            for word in Self.leadingWords where UTF8Bytes.matches(word, at: start, limit: label.count, in: label) {
                start += word.count
            }
            let from = bytes.count
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: label[start...]))
            ranges[index] = from..<bytes.count
        }
    }

    /// In UTF-8, as the labels are compared before they are decoded.
    private static let leadingWords = ["其中", "共计", "合计", "总计", "累计", "共"].map { Array($0.utf8) }

    /// Runs `body` with the words readable in place.
    func reading<R>(_ body: (Reader) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(Reader(bytes: $0, ranges: ranges)) }
    }

    /// Words are byte ranges of one buffer; every range starts and ends on a scalar boundary.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let ranges: [Range<Int>]

        /// The words of figure `index`.
        subscript(index: Int) -> Range<Int> { ranges[index] }

        func scalarCount(_ words: Range<Int>) -> Int {
            UTF8Bytes.scalarCount(words, in: bytes)
        }

        /// How many scalars the two share at their ends.
        func commonSuffix(_ a: Range<Int>, _ b: Range<Int>) -> Int {
            var i = a.upperBound
            var j = b.upperBound
            while i > a.lowerBound, j > b.lowerBound, bytes[i - 1] == bytes[j - 1] {
                i -= 1
                j -= 1
            }
            // The bytes agree from `i` on; the scalars, from the first that starts there.
            while i < a.upperBound, bytes[i] & 0xC0 == 0x80 { i += 1 }
            return scalarCount(i..<a.upperBound)
        }

        /// True when `suffix` is not empty and `words` end with it.
        func hasSuffix(_ words: Range<Int>, _ suffix: Range<Int>) -> Bool {
            !suffix.isEmpty && suffix.count <= words.count
                && same(words.upperBound - suffix.count..<words.upperBound, suffix)
        }

        func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { bytes[$0] == bytes[$1] }
        }

        /// `words` without their last `count` scalars (at most as many as they hold).
        func dropLast(_ count: Int, of words: Range<Int>) -> Range<Int> {
            var end = words.upperBound
            for _ in 0..<count {
                end -= 1
                while end > words.lowerBound, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            }
            return words.lowerBound..<end
        }

        /// The words up to their last `率` (`调解成功率达` → `调解成功`), nil without one.
        func beforeRate(_ words: Range<Int>) -> Range<Int>? {
            var i = words.upperBound - 3
            while i >= words.lowerBound {
                if bytes[i] == 0xE7, bytes[i + 1] == 0x8E, bytes[i + 2] == 0x87 { return words.lowerBound..<i }
                i -= 1
            }
            return nil
        }

        func firstScalar(_ words: Range<Int>) -> UInt32? {
            words.isEmpty ? nil : UTF8Bytes.scalar(at: words.lowerBound, in: bytes).value
        }

        func lastScalar(_ words: Range<Int>) -> UInt32? {
            UTF8Bytes.lastScalar(of: words, in: bytes)
        }

        func text(_ words: Range<Int>) -> String {
            UTF8Bytes.string(words, in: bytes)
        }
    }
}
