import Model

/// One row of wrapped text: a byte range of `SourceText.text` that fits the pane's width.
struct VisualLine: Sendable, Equatable {
    var range: Range<Int>
}

/// Wraps text by display width with Chinese line-break rules: a line may break between Han
/// characters and after spaces, never inside a Latin word or a figure, never before closing
/// punctuation and never after opening punctuation. Only when no such place fits does it cut
/// between any two characters.
struct LineWrapper: Sendable {
    var width: DisplayWidth

    static let noLineStart: Set<Character> = Set("，。、；：？！）》”’」』】〕〉…—％,.;:?!)]}%·")
    static let noLineEnd: Set<Character> = Set("（《“‘「『【〔〈([{")

    /// Visual lines for every line of `source`; an empty line stays one empty visual line.
    /// `keepTogether` holds byte ranges (figures) that a break must not fall inside.
    func wrap(_ source: SourceText, columns: Int, keepTogether: [Range<Int>] = []) -> [VisualLine] {
        var lines: [VisualLine] = []
        lines.reserveCapacity(source.lineCount)
        var spans = keepTogether.sorted { $0.lowerBound < $1.lowerBound }[...]
        for line in 1...source.lineCount {
            let range = source.range(ofLine: line)
            while let first = spans.first, first.upperBound <= range.lowerBound { spans.removeFirst() }
            let inside = spans.prefix { $0.lowerBound < range.upperBound }
            lines += wrapLine(source.slice(range), startingAt: range.lowerBound, columns: max(columns, 1), keepTogether: Array(inside))
        }
        return lines
    }

    private struct Placed {
        let offset: Int
        let character: Character
        let width: Int
    }

    private func wrapLine(_ text: String, startingAt start: Int, columns: Int, keepTogether: [Range<Int>]) -> [VisualLine] {
        var placed: [Placed] = []
        var offset = start
        for character in text {
            placed.append(Placed(offset: offset, character: character, width: width.of(character)))
            offset += character.utf8.count
        }
        let end = offset
        var lines: [VisualLine] = []
        var lineStart = 0
        var column = 0
        var lastBreak: Int?
        for i in placed.indices {
            if i > lineStart, canBreak(before: i, in: placed, keepTogether: keepTogether) { lastBreak = i }
            while column + placed[i].width > columns, i > lineStart {
                let cut = lastBreak.map { $0 > lineStart ? $0 : i } ?? i
                lines.append(VisualLine(range: placed[lineStart].offset..<placed[cut].offset))
                lineStart = cut
                column = placed[cut..<i].reduce(0) { $0 + $1.width }
                lastBreak = stride(from: i, to: lineStart, by: -1).first {
                    canBreak(before: $0, in: placed, keepTogether: keepTogether)
                }
            }
            column += placed[i].width
        }
        let tailStart = placed.isEmpty ? start : placed[lineStart].offset
        lines.append(VisualLine(range: tailStart..<end))
        return lines
    }

    private func canBreak(before i: Int, in placed: [Placed], keepTogether: [Range<Int>]) -> Bool {
        let previous = placed[i - 1]
        let current = placed[i]
        if Self.noLineStart.contains(current.character) || Self.noLineEnd.contains(previous.character) { return false }
        if keepTogether.contains(where: { $0.lowerBound < current.offset && current.offset < $0.upperBound }) { return false }
        if previous.character == " " { return true }
        return previous.width == 2 || current.width == 2
    }
}

extension Array where Element == VisualLine {
    /// Index of the visual line holding byte `offset` (the last line that starts at or before it).
    func index(containing offset: Int) -> Int {
        guard !isEmpty else { return 0 }
        var lo = 0
        var hi = count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if self[mid].range.lowerBound <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
