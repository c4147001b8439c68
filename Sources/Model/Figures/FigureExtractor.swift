/// Finds the figures (docs/figures.md) in the given body ranges of a report's text.
public enum FigureExtractor {
    /// Figures in document order, with `section` left nil: the parser assigns sections.
    public static func extract(from source: SourceText, in ranges: [Range<Int>]) -> [Figure] {
        []
    }
}
