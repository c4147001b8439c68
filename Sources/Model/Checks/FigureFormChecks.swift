/// Figures written wrongly on their own: a missing measure word (`选聘了6“法治观察员”`) or a
/// leading zero (`到省信访01人次`).
enum FigureFormChecks {
    static func warnings(source: SourceText, figures: [Figure]) -> [Warning] {
        var warnings: [Warning] = []
        source.bytes.withUnsafeBufferPointer { bytes in
            // By index: a figure is copied out only for a warning, not for each look.
            for i in figures.indices {
                if figures[i].unit.isEmpty {
                    let figure = figures[i]
                    warnings.append(Warning(
                        kind: .unitMissing, line: figure.line,
                        message: "Line \(figure.line): no measure word after \(figure.valueText) in “\(WarningText.around(figure.range, in: source))”",
                        range: figure.range))
                }
                // A figure's `text` is the source's bytes in its `range` (FigureExtractor): read
                // there, the string is not touched.
                if hasLeadingZero(figures[i].range.clamped(to: 0..<bytes.count), in: bytes) {
                    let figure = figures[i]
                    warnings.append(Warning(
                        kind: .leadingZero, line: figure.line,
                        message: "Line \(figure.line): “\(figure.text)” is written with a leading zero (read as \(figure.valueText))",
                        range: figure.range))
                }
            }
        }
        return warnings
    }

    /// The first digit is 0 and another digit follows it (`01`), as in no number but a code.
    private static func hasLeadingZero(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasLeadingZero = false
        var i = range.lowerBound
        while i < range.upperBound {
            let (scalar, length) = UTF8Bytes.scalar(at: i, in: bytes)
            i += length
            let digit = UTF8Bytes.digit(scalar)
            if previousWasLeadingZero { return digit != nil }
            guard let digit else { continue }
            if digit != 0 { return false }
            previousWasLeadingZero = true
        }
        return false
    }
}
