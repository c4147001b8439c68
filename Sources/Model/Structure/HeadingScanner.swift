/// A heading found in the body: marked (`（二）健全政府机构职能体系`) or inferred where the
/// numbering shows one is missing (`学习贯彻习近平法治思想` standing where `（一）` belongs).
struct Heading: Equatable {
    var level: Int
    var number: Int
    /// Bytes of the marker as written, empty when missing. Offsets, not a string, keep a
    /// heading a plain value that copies without reference counting; `SectionTree` makes the text.
    var markerRange: Range<Int>
    var markerInferred: Bool
    var line: ContentLine
    /// Marker and title: for a run-in heading, up to the first `。`.
    var headingRange: Range<Int>
    var titleRange: Range<Int>
}

/// What the body's lines offer as headings, before the numbering decides.
enum HeadingLine: Equatable {
    /// A line that opens with a marker.
    case marked(HeadingMarker, ContentLine)
    /// A short line without sentence punctuation: a heading if the numbering has a gap there.
    case unmarked(ContentLine)
}

enum HeadingScanner {
    /// Marked lines and heading-like unmarked lines of the body, in order. In a report divided
    /// into `第一部分`…, the parts are level 1; when it also has `一、` headings, every GB/T 9704
    /// marker is one level deeper (`一、` 2 … `（1）` 5), wherever it stands. A report is divided
    /// so when it has two parts or more: a lone `第一部分为总则` is text and moves nothing.
    static func scan(_ lines: ArraySlice<ContentLine>, in bytes: UnsafeBufferPointer<UInt8>) -> [HeadingLine] {
        var found: [HeadingLine] = []
        found.reserveCapacity(lines.count)
        var parts: [Int] = []   // indices into `found`
        var hasLevelOne = false
        for line in lines {
            if let marker = HeadingMarker.parse(bytes, line.range) {
                if marker.isPart { parts.append(found.count) } else if marker.level == 1 { hasLevelOne = true }
                found.append(.marked(marker, line))
            } else if couldBeHeading(line.range, bytes) {
                found.append(.unmarked(line))
            }
        }
        if parts.count == 1, case .marked(_, let line) = found[parts[0]] {
            if couldBeHeading(line.range, bytes) { found[parts[0]] = .unmarked(line) } else { found.remove(at: parts[0]) }
        }
        guard parts.count > 1, hasLevelOne else { return found }
        for i in found.indices {
            if case .marked(var marker, let line) = found[i], !marker.isPart {
                marker.level += 1
                found[i] = .marked(marker, line)
            }
        }
        return found
    }

    /// The heading a marked line carries: the title runs to the first `。` or the line's end.
    static func heading(_ marker: HeadingMarker, on line: ContentLine, in bytes: UnsafeBufferPointer<UInt8>) -> Heading {
        var start = marker.range.upperBound
        // `（一）、标题`, `第一部分：标题`: a stray mark after the marker is not part of the title.
        while start < line.range.upperBound {
            let (s, n) = UTF8Bytes.scalar(at: start, in: bytes)
            guard Punctuation.isSpace(s) || s == 0x3001 || s == 0xFF0C || s == 0x2C || s == 0xFF1A || s == 0x3A
            else { break }
            start += n
        }
        let stop = UTF8Bytes.find(fullStop, within: start..<line.range.upperBound, in: bytes) ?? line.range.upperBound
        let title = UTF8Bytes.trimmed(start..<stop, in: bytes)
        // A part keeps the `：` or space it is written with, so `marker + title` reads as the
        // line does (`第一部分 2023年…`), not run together.
        let markerEnd = marker.isPart ? start : marker.range.upperBound
        return Heading(
            level: marker.level, number: marker.number,
            markerRange: marker.range.lowerBound..<markerEnd, markerInferred: false, line: line,
            headingRange: marker.range.lowerBound..<max(title.upperBound, marker.range.upperBound), titleRange: title)
    }

    /// A heading whose marker is missing takes the whole line as its title.
    static func inferred(level: Int, number: Int, on line: ContentLine) -> Heading {
        Heading(level: level, number: number, markerRange: line.range.lowerBound..<line.range.lowerBound, markerInferred: true, line: line,
                headingRange: line.range, titleRange: line.range)
    }

    /// Short (≤ 30 characters), no sentence or clause punctuation, not ending in a comma, not a
    /// date, not an inline point (`一是…`).
    private static func couldBeHeading(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard UTF8Bytes.isShort(range, atMost: 30, in: bytes), Punctuation.noneEndingClause(range, in: bytes),
              let last = UTF8Bytes.lastScalar(of: range, in: bytes), !Punctuation.separatesClause(last),
              DateText.read(bytes, range) == nil
        else { return false }
        return PointScanner.point(in: bytes, at: range.lowerBound, end: range.upperBound) == nil
    }

    private static let fullStop = "。".bytes
}
