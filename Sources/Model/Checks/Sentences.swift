/// Figures grouped by sentence (up to `。`, `；`, `！`, `？` or a line end): the sum and rate
/// checks compare only figures that stand in one sentence, which keeps false alarms rare.
enum Sentences {
    static func group(_ figures: [Figure], in source: SourceText) -> [[Figure]] {
        var sentences: [[Figure]] = []
        source.bytes.withUnsafeBufferPointer { bytes in
            var previousEnd = -1
            for figure in figures {
                if previousEnd >= 0, !endsSentence(between: previousEnd, and: figure.range.lowerBound, in: bytes) {
                    sentences[sentences.count - 1].append(figure)
                } else {
                    sentences.append([figure])
                }
                previousEnd = figure.range.upperBound
            }
        }
        return sentences
    }

    private static func endsSentence(between from: Int, and to: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard from <= to else { return true }
        var i = from
        while i < to {
            let (s, len) = UTF8Bytes.scalar(at: i, in: bytes)
            if UTF8Bytes.isSentenceEnd(s) { return true }
            i += len
        }
        return false
    }
}

extension Figure {
    /// A count stated exactly and with its measure word: the only figures sums and rates use.
    var isExactCount: Bool { kind == .count && qualifier == .exact && !unit.isEmpty }
}
