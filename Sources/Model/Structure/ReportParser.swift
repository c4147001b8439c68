/// Text in, `Report` out: the one entry point of the parser.
public enum ReportParser {
    public static func parse(_ raw: String) -> Report {
        parse(SourceText(raw))
    }

    /// Parses text already normalised, such as `LoadedText.source`.
    public static func parse(_ source: SourceText) -> Report {
        source.bytes.withUnsafeBufferPointer { parse(source, bytes: $0) }
    }

    private static func parse(_ source: SourceText, bytes: UnsafeBufferPointer<UInt8>) -> Report {
        let (debris, trimmedLines) = Debris.find(in: source, bytes: bytes)
        let lines = ContentLines.of(trimmedLines, debris: debris, in: bytes)

        var front = FrontMatter.read(lines, in: bytes)
        // The year falls back to the preamble when the title does not give it.
        let back = BackMatter.read(lines, from: front.bodyStart, in: bytes)
        let bodyLines = lines[front.bodyStart..<max(front.bodyStart, back.start)]
        if front.year == nil, let first = bodyLines.first {
            front.year = FrontMatter.year(in: UnsafeBufferPointer(rebasing: bytes[first.range]))
        }
        let bodyStart = bodyLines.first?.range.lowerBound ?? 0
        let bodyEnd = bodyLines.last?.range.upperBound ?? bodyStart
        let body = subtracting(debris, from: bodyStart..<bodyEnd)

        let (headings, numberingWarnings) = NumberingChecks.resolve(HeadingScanner.scan(bodyLines, in: bytes), in: bytes)
        let sections = SectionTree.build(headings, bodyEnd: bodyEnd, in: bytes)
        let (mandated, partWarnings) = MandatedPartMatcher.match(sections)
        var cursor = SectionTree.Cursor(sections)
        let points = PointScanner.scan(subtracting(headings.lazy.map(\.headingRange), from: body), in: bytes).map {
            Point(marker: source.slice($0.marker), number: $0.number,
                  section: cursor.section(at: $0.range.lowerBound),
                  line: source.line(at: $0.range.lowerBound), range: $0.range)
        }

        let (found, digitRuns) = FigureExtractor.scan(source, in: body)
        var figures = found
        cursor = SectionTree.Cursor(sections)
        for i in figures.indices {
            figures[i].section = cursor.section(at: figures[i].range.lowerBound)
        }
        let figureWarnings = FigureChecks.warnings(source: source, figures: figures, digitRuns: digitRuns, in: body)
        let pointWarnings = PointNumbering.warnings(points, sections: sections, in: bytes)
        // One array of the right size, not one per `+`.
        var warnings: [Warning] = []
        warnings.reserveCapacity(numberingWarnings.count + back.warnings.count + partWarnings.count
            + figureWarnings.count + pointWarnings.count)
        warnings += numberingWarnings
        warnings += back.warnings
        warnings += partWarnings
        warnings += figureWarnings
        warnings += pointWarnings
        warnings.sort { ($0.line, $0.range?.lowerBound ?? 0) < ($1.line, $1.range?.lowerBound ?? 0) }

        // Without an authority in the title block, the signature names the issuer.
        let authority = front.authority ?? back.signature
        let metadata = Metadata(
            authority: authority, region: authority.map(Region.units) ?? [], year: front.year, title: front.title,
            docNumber: front.docNumber, addressee: front.addressee,
            signature: back.signature, date: back.date, copyTo: back.copyTo)
        return Report(
            source: source, metadata: metadata, sections: sections, points: points, mandated: mandated,
            figures: figures, warnings: warnings, debris: debris, body: body)
    }

    /// `range` with the sorted, disjoint `holes` cut out.
    static func subtracting(_ holes: [Range<Int>], from range: Range<Int>) -> [Range<Int>] {
        subtracting(holes, from: CollectionOfOne(range))
    }

    /// Sorted, disjoint `ranges` with the sorted, disjoint `holes` cut out, in one pass over both.
    /// Both are read where they lie (`holes` may be a lazy view), not copied into arrays.
    static func subtracting<Holes: RandomAccessCollection<Range<Int>>, Ranges: Collection<Range<Int>>>(
        _ holes: Holes, from ranges: Ranges
    ) -> [Range<Int>] where Holes.Index == Int {
        var pieces: [Range<Int>] = []
        // Each hole splits at most one range in two: room for all pieces at once, not by doubling.
        pieces.reserveCapacity(ranges.count + holes.count)
        var h = holes.startIndex
        for range in ranges {
            var start = range.lowerBound
            while h < holes.endIndex, holes[h].upperBound <= start { h += 1 }
            var k = h
            while k < holes.endIndex, holes[k].lowerBound < range.upperBound {
                if holes[k].lowerBound > start { pieces.append(start..<holes[k].lowerBound) }
                start = max(start, holes[k].upperBound)
                k += 1
            }
            if start < range.upperBound { pieces.append(start..<range.upperBound) }
        }
        return pieces
    }
}
