/// Links headings into `Section`s: parents, and the text each one governs.
public enum SectionTree {
    /// `bodyEnd` closes the last sections' ranges.
    static func build(_ headings: [Heading], bodyEnd: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [Section] {
        var sections: [Section] = []
        sections.reserveCapacity(headings.count)
        for index in headings.indices {
            let level = headings[index].level
            // The parent is the previous section or one of its ancestors: the nearest above this level.
            var parent = index > 0 ? index - 1 : nil
            while let candidate = parent, sections[candidate].level >= level { parent = sections[candidate].parent }
            let start = headings[index].headingRange.lowerBound
            let nextStart = index + 1 < headings.count ? headings[index + 1].headingRange.lowerBound : bodyEnd
            var next = index + 1
            while next < headings.count, headings[next].level > level { next += 1 }
            let treeEnd = next < headings.count ? headings[next].headingRange.lowerBound : bodyEnd
            let heading = headings[index]
            sections.append(Section(
                level: heading.level, marker: UTF8Bytes.string(heading.markerRange, in: bytes),
                title: UTF8Bytes.string(heading.titleRange, in: bytes), line: heading.line.number,
                parent: parent, number: heading.number, markerInferred: heading.markerInferred,
                headingRange: heading.headingRange, ownRange: start..<max(start, nextStart),
                treeRange: start..<max(start, treeEnd)))
        }
        return sections
    }

    /// Index of the innermost section whose own text holds byte `offset`, nil outside all.
    public static func section(at offset: Int, in sections: [Section]) -> Int? {
        var lo = 0
        var hi = sections.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sections[mid].ownRange.lowerBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0, sections[lo - 1].ownRange.contains(offset) else { return nil }
        return lo - 1
    }

    /// `section(at:)` for offsets that come in document order: each lookup walks on from the
    /// previous one instead of searching all sections again (and starts over if one goes back).
    struct Cursor {
        private let sections: [Section]
        /// Number of sections that start at or before the last offset looked up.
        private var started = 0

        init(_ sections: [Section]) { self.sections = sections }

        mutating func section(at offset: Int) -> Int? {
            if started > 0, sections[started - 1].ownRange.lowerBound > offset { started = 0 }
            while started < sections.count, sections[started].ownRange.lowerBound <= offset { started += 1 }
            guard started > 0, sections[started - 1].ownRange.contains(offset) else { return nil }
            return started - 1
        }
    }

    /// `二、…  /  （四）…`: the titles from the outermost section down to `index`, with markers.
    public static func path(to index: Int, in sections: [Section]) -> [String] {
        chain(to: index, in: sections).map { sections[$0].marker + sections[$0].title }
    }

    /// Indices of the sections from the outermost one down to `index`.
    public static func chain(to index: Int, in sections: [Section]) -> [Int] {
        var chain: [Int] = []
        var current: Int? = index
        while let i = current {
            chain.append(i)
            current = sections[i].parent
        }
        return chain.reversed()
    }
}
