/// Text in, `Report` out: the one entry point of the parser.
public enum ReportParser {
    public static func parse(_ raw: String) -> Report {
        let source = SourceText(raw)
        let body = [0..<source.bytes.count]
        let figures = FigureExtractor.extract(from: source, in: body)
        return Report(
            source: source, metadata: Metadata(), sections: [], points: [], mandated: MandatedParts(),
            figures: figures, warnings: FigureChecks.warnings(source: source, figures: figures, in: body)
        )
    }
}
