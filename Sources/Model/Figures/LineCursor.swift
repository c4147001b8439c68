/// Line numbers for offsets that mostly come in document order: walks forward from the last
/// answer instead of searching all line starts for each figure.
struct LineCursor {
    private let source: SourceText
    private var index = 0

    init(_ source: SourceText) { self.source = source }

    mutating func line(at offset: Int) -> Int {
        let starts = source.lineStarts
        guard starts[index] <= offset else {
            index = source.line(at: offset) - 1
            return index + 1
        }
        while index + 1 < starts.count, starts[index + 1] <= offset { index += 1 }
        return index + 1
    }
}
