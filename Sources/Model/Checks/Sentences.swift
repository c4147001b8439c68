/// Figures grouped by sentence (up to `。`, `；`, `！`, `？` or a line end): the sum and rate
/// checks compare only figures that stand in one sentence, which keeps false alarms rare.
struct Sentences {
    /// The report's figures; sentences are index ranges into them, so none is copied.
    let figures: [Figure]
    /// The sentences with at least three figures, the fewest a sum (total and two parts) or a
    /// rate (whole, part and percent) needs.
    let runs: [Range<Int>]
    /// The words of the figures in `runs` that the checks compare: exact counts and percents.
    let words: LabelWords

    init(_ figures: [Figure], in source: SourceText) {
        var runs: [Range<Int>] = []
        runs.reserveCapacity(figures.count / 3)
        var words = LabelWords()
        source.bytes.withUnsafeBufferPointer { bytes in
            var first = 0
            for i in figures.indices {
                let last = i + 1 == figures.count
                    || Self.endsSentence(between: figures[i].range.upperBound, and: figures[i + 1].range.lowerBound, in: bytes)
                guard last else { continue }
                if i + 1 - first >= 3 {
                    runs.append(first..<(i + 1))
                    for j in first...i where figures.isExactCount(j) || figures.hasPercentSign(j) {
                        words.add(figures[j].label, for: j, of: figures.count)
                    }
                }
                first = i + 1
            }
        }
        self.figures = figures
        self.runs = runs
        self.words = words
    }

    /// Looks at bytes, not scalars: every sentence end is ASCII or one of four three-byte marks.
    private static func endsSentence(between from: Int, and to: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard from <= to else { return true }
        var i = from
        while i < to {
            switch bytes[i] {
            case 0x0A, 0x21, 0x3B, 0x3F: return true
            case 0xE3 where i + 2 < to && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x82: return true  // 。
            case 0xEF where i + 2 < to && bytes[i + 1] == 0xBC:  // ！ ； ？
                if bytes[i + 2] == 0x81 || bytes[i + 2] == 0x9B || bytes[i + 2] == 0x9F { return true }
            case 0xE0...0xFF: i += 2  // the lead of another three-byte scalar: skip its tail
            default: break
            }
            i += 1
        }
        return false
    }
}

/// What the checks ask of figure `i`, read from its stored fields in place: a computed
/// property of `figures[i]` would copy the figure out first (144 bytes, three retained strings).
extension Array<Figure> {
    /// A count stated exactly, as one number and with its measure word: the only figures sums and
    /// rates use (a range `3—5人` is neither a part nor a total).
    func isExactCount(_ i: Int) -> Bool {
        self[i].kind == .count && self[i].qualifier == .exact && self[i].upperValue == nil && !self[i].unit.isEmpty
    }

    /// The unit is `%` (`％` reads `%` too).
    func hasPercentSign(_ i: Int) -> Bool {
        self[i].unit.utf8.count == 1 && self[i].unit.utf8.first == UInt8(ascii: "%")
    }

    /// Units are names from one table (`Units`), each spelled one way, so their bytes compare
    /// as the strings do, without the string comparison's Unicode work.
    func haveOneUnit(_ i: Int, _ j: Int) -> Bool {
        self[i].unit.utf8.elementsEqual(self[j].unit.utf8)
    }

    /// The label opens with `其中` (a part of what comes before). The bytes settle almost every
    /// label; the few that start so are compared as strings, as before.
    func opensWithAmongThem(_ i: Int) -> Bool {
        self[i].label.utf8.starts(with: "其中".utf8) && self[i].label.hasPrefix("其中")
    }
}
