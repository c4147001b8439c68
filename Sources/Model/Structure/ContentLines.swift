/// The lines of a report that hold text, each trimmed of spaces and of debris at its ends:
/// the unit the front matter, back matter and heading scanners work on.
struct ContentLine: Equatable {
    /// 1-based line in the original file.
    var number: Int
    /// Bytes of the line's text, without surrounding spaces and debris.
    var range: Range<Int>
}

enum ContentLines {
    /// Every line with text left once spaces and debris are cut away, in order.
    static func of(_ source: SourceText, debris: [Range<Int>]) -> [ContentLine] {
        let bytes = source.bytes
        var lines: [ContentLine] = []
        lines.reserveCapacity(source.lineCount)
        var d = 0
        for number in 1...source.lineCount {
            var range = ByteText.trimmed(bytes, source.range(ofLine: number))
            while d < debris.count, debris[d].upperBound <= range.lowerBound { d += 1 }
            var k = d
            // Cut debris that touches either end; debris in the middle stays (it is rare, and
            // the body ranges leave it out of figures anyway).
            while k < debris.count, debris[k].lowerBound < range.upperBound {
                let piece = debris[k]
                if piece.lowerBound <= range.lowerBound {
                    range = ByteText.trimmed(bytes, min(piece.upperBound, range.upperBound)..<range.upperBound)
                } else if piece.upperBound >= range.upperBound {
                    range = ByteText.trimmed(bytes, range.lowerBound..<piece.lowerBound)
                }
                k += 1
            }
            if !range.isEmpty { lines.append(ContentLine(number: number, range: range)) }
        }
        return lines
    }
}
