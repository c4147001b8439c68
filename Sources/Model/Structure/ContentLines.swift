/// The lines of a report that hold text, each trimmed of spaces and of debris at its ends:
/// the unit the front matter, back matter and heading scanners work on.
struct ContentLine: Equatable {
    /// 1-based line in the original file.
    var number: Int
    /// Bytes of the line's text, without surrounding spaces and debris.
    var range: Range<Int>
}

enum ContentLines {
    /// Every line with text left once debris is cut away, in order, from the lines already
    /// trimmed of spaces (`Debris.find`).
    static func of(_ trimmedLines: [Range<Int>], debris: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [ContentLine] {
        var lines: [ContentLine] = []
        lines.reserveCapacity(trimmedLines.count)
        var d = 0
        for index in trimmedLines.indices {
            var range = trimmedLines[index]
            guard !range.isEmpty else { continue }
            while d < debris.count, debris[d].upperBound <= range.lowerBound { d += 1 }
            var k = d
            // Cut debris that touches either end; debris in the middle stays (it is rare, and
            // the body ranges leave it out of figures anyway).
            while k < debris.count, debris[k].lowerBound < range.upperBound {
                let piece = debris[k]
                if piece.lowerBound <= range.lowerBound {
                    range = UTF8Bytes.trimmed(min(piece.upperBound, range.upperBound)..<range.upperBound, in: bytes)
                } else if piece.upperBound >= range.upperBound {
                    range = UTF8Bytes.trimmed(range.lowerBound..<piece.lowerBound, in: bytes)
                }
                k += 1
            }
            if !range.isEmpty { lines.append(ContentLine(number: index + 1, range: range)) }
        }
        return lines
    }
}
