import Foundation

/// Finds the figures (docs/figures.md) in the given body ranges of a report's text.
public enum FigureExtractor {
    /// Figures in document order, with `section` left nil: the parser assigns sections.
    public static func extract(from source: SourceText, in ranges: [Range<Int>]) -> [Figure] {
        var figures: [Figure] = []
        var lines = LineCursor(source)
        source.bytes.withUnsafeBufferPointer { bytes in
            for range in ranges {
                let floor = max(0, range.lowerBound)
                let limit = min(bytes.count, range.upperBound)
                guard floor < limit else { continue }
                FigureScanner(bytes: bytes, floor: floor, limit: limit).scan { found in
                    let label = FigureLabel.range(before: found.range.lowerBound, floor: floor, in: bytes)
                    figures.append(Figure(
                        text: source.slice(found.range), range: found.range, value: found.value,
                        unit: found.unit.map(\.name) ?? "", kind: found.unit?.kind ?? .count,
                        qualifier: found.qualifier, label: source.slice(label), section: nil,
                        line: lines.line(at: found.range.lowerBound), upperValue: found.upperValue))
                }
            }
        }
        return figures
    }
}
