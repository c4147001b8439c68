/// Quotations for warning messages, so the reviewer recognises the place.
enum WarningText {
    /// The text of `range` with up to `context` characters on either side, within its line.
    static func around(_ range: Range<Int>, in source: SourceText, context: Int = 8) -> String {
        source.bytes.withUnsafeBufferPointer { bytes in
            var from = range.lowerBound
            for _ in 0..<context {
                guard let (s, prev) = UTF8Bytes.scalar(before: from, floor: 0, in: bytes), s != 0x0A else { break }
                from = prev
            }
            var to = range.upperBound
            for _ in 0..<context {
                guard to < bytes.count else { break }
                let (s, len) = UTF8Bytes.scalar(at: to, in: bytes)
                if s == 0x0A { break }
                to += len
            }
            return source.slice(from..<to)
        }
    }
}
