/// Warnings about the figures and numbers of a report's body: missing units, leading zeros,
/// malformed dates, parts that do not add up, rates that contradict their counts.
public enum FigureChecks {
    public static func warnings(source: SourceText, figures: [Figure], in ranges: [Range<Int>]) -> [Warning] {
        []
    }
}
