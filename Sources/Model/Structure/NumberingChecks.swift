/// Decides which heading lines are headings and checks their numbering (GB/T 9704 levels):
/// a gap of one with a heading-like unmarked line inside becomes an inferred heading
/// (`missingMarker`); other gaps and repeats are kept as written and reported.
enum NumberingChecks {
    static func resolve(_ lines: [HeadingLine], in bytes: UnsafeBufferPointer<UInt8>) -> (headings: [Heading], warnings: [Warning]) {
        var headings: [Heading] = []
        headings.reserveCapacity(lines.count)
        var warnings: [Warning] = []
        // Fixed-size tables inline, not arrays: `Array(repeating:)` allocates through the runtime's
        // unspecialised path, a type-metadata lookup each time.
        var lastAtLevel = InlineArray<6, Int?>(repeating: nil)   // level (1…deepestLevel) → index of the last heading there
        // Each unmarked line, with the marked line that follows it.
        var unmarked: [(line: ContentLine, next: HeadingMarker?)] = []
        var nextMarked: HeadingMarker?
        // For each heading numbered 1, the index of the next heading above its level (its
        // parent's next sibling), `Int.max` for none: found in this one pass, not by a search
        // from each of them.
        var nextAbove: [Int] = []
        nextAbove.reserveCapacity(lines.count)
        nextAbove.append(contentsOf: repeatElement(.max, count: lines.count))
        var upcoming = InlineArray<6, Int>(repeating: .max)   // level → index
        for index in lines.indices.reversed() {
            switch lines[index] {
            case .marked(let marker, _):
                nextMarked = marker
                if marker.number == 1 {
                    for above in 1..<marker.level { nextAbove[index] = min(nextAbove[index], upcoming[above]) }
                }
                upcoming[marker.level] = index
            case .unmarked(let line): unmarked.append((line, nextMarked))
            }
        }
        unmarked.reverse()
        var used: [Int] = []   // line numbers of the unmarked lines already made headings: few, if any

        func place(_ heading: Heading) {
            lastAtLevel[heading.level] = headings.count
            for deeper in (heading.level + 1)..<lastAtLevel.count { lastAtLevel[deeper] = nil }
            headings.append(heading)
        }
        /// Index of the latest heading placed at `level` or above.
        func lastPlaced(atOrAbove level: Int) -> Int? {
            var latest: Int?
            for above in stride(from: 1, through: level, by: 1) {
                if let index = lastAtLevel[above] { latest = max(latest ?? index, index) }
            }
            return latest
        }
        /// `stand` is the heading numbered `number` whose marker is missing; `sibling` follows it.
        func infer(_ stand: ContentLine, numbered number: Int, before sibling: HeadingMarker) {
            used.append(stand.number)
            place(HeadingScanner.inferred(level: sibling.level, number: number, on: stand))
            warnings.append(Warning(
                kind: .missingMarker, line: stand.number,
                message: "Level-\(sibling.level) heading on line \(stand.number) has no marker; it stands where \(sibling.sibling(numbered: number, in: bytes)) belongs (next sibling is \(UTF8Bytes.string(sibling.range, in: bytes))).",
                range: stand.range))
        }
        func name(_ heading: Heading) -> String {
            heading.markerRange.isEmpty ? "the unmarked heading" : UTF8Bytes.string(heading.markerRange, in: bytes)
        }

        for (index, entry) in lines.enumerated() {
            guard case .marked(let marker, let line) = entry else { continue }
            let level = marker.level
            // `一、` restarting right after an unmarked line: the line is the parent whose marker
            // is missing (`存在的问题` where `第二部分` belongs), when the parent's next sibling
            // shows that gap. Placed now, so its children count from 1 without a repeat.
            if marker.number == 1, lastAtLevel[level] != nil, index > 0,
               case .unmarked(let stand) = lines[index - 1], !used.contains(stand.number),
               nextAbove[index] < lines.count, case .marked(let sibling, _) = lines[nextAbove[index]],
               case let missing = (lastAtLevel[sibling.level].map { headings[$0].number } ?? 0) + 1,
               sibling.number == missing + 1 {
                infer(stand, numbered: missing, before: sibling)
            }
            let previous = lastAtLevel[level].map { headings[$0] }
            let expected = (previous?.number ?? 0) + 1
            // Arabic numbers far ahead of the count are list items or amounts, not headings.
            if marker.numeral == .arabic, marker.number > expected + 2 { continue }

            // Unmarked lines since the last heading at this level or above may stand in the gap.
            func span() -> [(line: ContentLine, next: HeadingMarker?)] {
                let floor = lastPlaced(atOrAbove: level).map { headings[$0].line.range.lowerBound } ?? -1
                var found: [(line: ContentLine, next: HeadingMarker?)] = []
                var k = firstUnmarked(unmarked, after: floor)
                while k < unmarked.count, unmarked[k].line.range.lowerBound < line.range.lowerBound {
                    if !used.contains(unmarked[k].line.number) { found.append(unmarked[k]) }
                    k += 1
                }
                return found
            }

            // Messages are made only for the few headings that need one.
            func written() -> String { UTF8Bytes.string(marker.range, in: bytes) }
            if marker.number == expected + 1, let stand = standIn(span(), for: marker) {
                infer(stand, numbered: expected, before: marker)
            } else if marker.number > expected {
                let missing = (expected..<marker.number).map { marker.sibling(numbered: $0, in: bytes) }.joined(separator: " ")
                let parent = lastPlaced(atOrAbove: level - 1).map { headings[$0] }
                let under = parent.map { " under \(name($0)) (line \($0.line.number))" } ?? ""
                let after = previous.map { "follows \(name($0)) (line \($0.line.number))" } ?? "is the first at its level\(under)"
                warnings.append(Warning(
                    kind: .numberingGap, line: line.number,
                    message: "Level-\(level) heading \(written()) on line \(line.number) \(after): \(missing) missing.",
                    range: marker.range))
            } else if marker.number < expected, let previous {
                warnings.append(Warning(
                    kind: .numberingRepeat, line: line.number,
                    message: "Level-\(level) heading \(written()) on line \(line.number) comes after \(name(previous)) (line \(previous.line.number)): number \(marker.number) is used again.",
                    range: marker.range))
            }
            place(HeadingScanner.heading(marker, on: line, in: bytes))
        }
        // A stand-in that opens a run of subheadings comes before headings already placed.
        headings.sort { $0.line.range.lowerBound < $1.line.range.lowerBound }
        return (headings, warnings)
    }

    /// Index of the first unmarked line that starts after byte `offset` (binary search).
    private static func firstUnmarked(_ unmarked: [(line: ContentLine, next: HeadingMarker?)], after offset: Int) -> Int {
        var lo = 0
        var hi = unmarked.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if unmarked[mid].line.range.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The unmarked line that takes the missing heading's place: one that opens a run of
    /// subheadings numbered from 1 (the missing heading's children), else the last one right
    /// before the next sibling.
    private static func standIn(_ span: [(line: ContentLine, next: HeadingMarker?)], for sibling: HeadingMarker) -> ContentLine? {
        if let opener = span.first(where: { $0.next.map { $0.level > sibling.level && $0.number == 1 } ?? false }) {
            return opener.line
        }
        return span.last(where: { $0.next == sibling })?.line
    }
}
