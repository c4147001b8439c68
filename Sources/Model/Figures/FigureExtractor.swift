import Foundation

/// Finds the figures (docs/figures.md) in the given body ranges of a report's text.
public enum FigureExtractor {
    /// Figures in document order, with `section` left nil: the parser assigns sections.
    public static func extract(from source: SourceText, in ranges: [Range<Int>]) -> [Figure] {
        scan(source, in: ranges).figures
    }

    /// The figures, and where the digit runs of the ranges start (for `FigureChecks`).
    public static func scan(_ source: SourceText, in ranges: [Range<Int>]) -> (figures: [Figure], digitRuns: DigitRuns) {
        var figures: [Figure] = []
        // The sample reports hold a figure in about every 400 bytes: one allocation, not six.
        let length = ranges.reduce(0) { $0 + $1.count }
        figures.reserveCapacity(length / 256)
        // Digit runs (years, dates, figures) come about twice as often.
        var digitRuns = DigitRuns()
        digitRuns.starts.reserveCapacity(length / 128)
        var lines = LineCursor(source)
        source.bytes.withUnsafeBufferPointer { bytes in
            for range in ranges {
                let floor = max(0, range.lowerBound)
                let limit = min(bytes.count, range.upperBound)
                guard floor < limit else { continue }
                FigureScanner(bytes: bytes, floor: floor, limit: limit).scan(digitRuns: &digitRuns.starts) { found in
                    let label = FigureLabel.range(before: found.range.lowerBound, floor: floor, in: bytes)
                    // Read once: each read of the unowned unit retains it.
                    let unit = found.unit
                    figures.append(Figure(
                        text: source.slice(found.range), range: found.range, value: found.value,
                        unit: found.denominator.map { "/" + DecimalText.plain($0) } ?? unit?.name ?? "",
                        kind: unit?.kind ?? .count,
                        qualifier: found.qualifier, label: source.slice(label), section: nil,
                        line: lines.line(at: found.range.lowerBound), upperValue: found.upperValue))
                }
            }
        }
        return (figures, digitRuns)
    }
}

/// Where the runs of digits of a report's body ranges start, in order, as `FigureScanner`
/// finds them on its way: a few places inside runs may be listed too.
public struct DigitRuns: Sendable {
    var starts: [Int] = []
}
