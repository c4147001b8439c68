/// Warnings about the figures and numbers of a report's body: missing units, leading zeros,
/// malformed dates, parts that do not add up, rates that contradict their counts.
public enum FigureChecks {
    /// `figures` and `digitRuns` from `FigureExtractor.scan` of the same ranges.
    public static func warnings(source: SourceText, figures: [Figure], digitRuns: DigitRuns, in ranges: [Range<Int>]) -> [Warning] {
        var warnings = FigureFormChecks.warnings(source: source, figures: figures)
        warnings += MalformedDates.warnings(source: source, digitRuns: digitRuns, in: ranges)
        let sentences = Sentences(figures, in: source)
        warnings += SumCheck.warnings(source: source, sentences: sentences)
        warnings += RateCheck.warnings(source: source, sentences: sentences)
        return warnings.sorted { ($0.range?.lowerBound ?? 0, $0.kind.rawValue) < ($1.range?.lowerBound ?? 0, $1.kind.rawValue) }
    }
}
