/// The figures of one sentence with their labels ready to compare.
struct Sentence {
    let figures: [Figure]
    let words: [LabelWords]
}

/// Figures grouped by sentence (up to `。`, `；`, `！`, `？` or a line end): the sum and rate
/// checks compare only figures that stand in one sentence, which keeps false alarms rare.
enum Sentences {
    /// Sentences with at least three figures, the fewest a sum (total and two parts) or a rate
    /// (whole, part and percent) needs.
    static func withSeveralFigures(_ figures: [Figure], in source: SourceText) -> [Sentence] {
        // Sentences are runs of neighbouring figures: find each run's bounds first and copy
        // only the figures of the few long enough to check.
        var sentences: [Sentence] = []
        source.bytes.withUnsafeBufferPointer { bytes in
            var first = 0
            for i in figures.indices {
                let last = i + 1 == figures.count
                    || endsSentence(between: figures[i].range.upperBound, and: figures[i + 1].range.lowerBound, in: bytes)
                guard last else { continue }
                if i + 1 - first >= 3 {
                    let run = Array(figures[first...i])
                    sentences.append(Sentence(figures: run, words: run.map(LabelWords.init(comparing:))))
                }
                first = i + 1
            }
        }
        return sentences
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

extension Figure {
    /// A count stated exactly, as one number and with its measure word: the only figures sums and
    /// rates use (a range `3—5人` is neither a part nor a total).
    var isExactCount: Bool { kind == .count && qualifier == .exact && upperValue == nil && !unit.isEmpty }
}
