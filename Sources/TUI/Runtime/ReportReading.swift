import Model

/// Reads, parses and fetches the marks of one report file: the work behind `.opened` events.
enum ReportReading {
    static func read(_ file: ReportFile, store: any ReviewStore) -> Result<LoadedReport, LoadProblem> {
        ReportLoader.load(file).map { text in
            let report = ReportParser.parse(text.source)
            let reviews = Result { try store.reviews(of: report, relativePath: file.relativePath) }
                .mapError { StoreFailure(message: String(describing: $0)) }
            return LoadedReport(report: report, reviews: reviews, storeLocation: store.location, notes: text.notes)
        }
    }
}
