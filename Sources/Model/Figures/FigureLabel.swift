/// The words before a figure that say what it counts: back to the previous clause mark
/// (，。；：、 and the rest of `UTF8Bytes.isClauseMark`), without surrounding spaces or a
/// trailing opening quote (`培养“法律明白人”20人` keeps its quotes, `开展了4“` loses the `“`).
enum FigureLabel {
    static func range(before start: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var from = start
        while let (s, prev) = UTF8Bytes.scalar(before: from, floor: floor, in: bytes), !UTF8Bytes.isClauseMark(s) {
            from = prev
        }
        while from < start {
            let (s, len) = UTF8Bytes.scalar(at: from, in: bytes)
            guard isWhitespace(s) else { break }
            from += len
        }
        var to = start
        while let (s, prev) = UTF8Bytes.scalar(before: to, floor: from, in: bytes), isWhitespace(s) { to = prev }
        while let (s, prev) = UTF8Bytes.scalar(before: to, floor: from, in: bytes), s == 0x201C { to = prev }
        return from..<to
    }

    /// Unicode white space, as Python's `str.strip` sees it (the gold files were made that way).
    private static func isWhitespace(_ s: UInt32) -> Bool {
        switch s {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }
}
