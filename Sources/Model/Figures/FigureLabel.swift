/// The words before a figure that say what it counts: back to the previous clause mark
/// (，。；：、 and the rest of `Punctuation.endsLabel`), without surrounding spaces or a
/// trailing opening quote (`培养“法律明白人”20人` keeps its quotes, `开展了4“` loses the `“`).
enum FigureLabel {
    static func range(before start: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var from = start
        while true {
            if MarklessPairs.precede(from, floor: floor, in: bytes) {
                from -= 6
                continue
            }
            guard let prev = UTF8Bytes.scalarStart(before: from, floor: floor, in: bytes) else { break }
            if Punctuation.mayBeMark(lead: bytes[prev]), Punctuation.endsLabel(UTF8Bytes.scalar(at: prev, in: bytes).value) { break }
            from = prev
        }
        while from < start {
            let (s, len) = UTF8Bytes.scalar(at: from, in: bytes)
            guard Punctuation.isWhitespace(s) else { break }
            from += len
        }
        var to = start
        while let (s, prev) = UTF8Bytes.scalar(before: to, floor: from, in: bytes), Punctuation.isWhitespace(s) { to = prev }
        while let (s, prev) = UTF8Bytes.scalar(before: to, floor: from, in: bytes), s == 0x201C { to = prev }
        return from..<to
    }
}
