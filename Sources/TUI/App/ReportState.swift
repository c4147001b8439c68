import Model

/// Search in the report's text: the query and where it occurs.
struct Search: Sendable, Equatable {
    var query: String
    /// Byte ranges of every occurrence, in order.
    var matches: [Range<Int>]
    var current: Int?
}

/// One open report and the reader's place in it.
struct ReportState: Sendable {
    var entry: Int
    var file: ReportFile
    var report: Report
    /// Indexed like `report.figures`; nil where a figure was never marked.
    var reviews: [FigureReview?]
    /// Figures whose mark was sent to the store and not yet confirmed.
    var pending: Set<Int> = []
    var focus: Pane = .text

    /// The text wrapped to the pane's width, and the width it was wrapped to.
    var lines: [VisualLine] = []
    var wrappedColumns = 0
    /// Byte offset of the first visible line's start: the reading position, kept across resizes.
    var anchor = 0

    /// The section being read (set by jumps, and by scrolling from the top visible line).
    var currentSection: Int?
    var outlineCursor = 0
    var outlineTop = 0
    var selectedFigure: Int?
    var figuresTop = 0
    var search: Search?
    /// Where this report's marks are kept.
    var storeLocation: String
    /// What the loader changed to make the text safe to show.
    var notes: [String]

    init(entry: Int, file: ReportFile, loaded: LoadedReport) {
        self.entry = entry
        self.file = file
        report = loaded.report
        storeLocation = loaded.storeLocation
        notes = loaded.notes
        // When the store could not answer (the reducer shows why), figures read as never marked.
        let stored = (try? loaded.reviews.get()) ?? []
        reviews = stored.count == report.figures.count ? stored : Array(repeating: nil, count: report.figures.count)
    }

    var topLine: Int { lines.index(containing: anchor) }

    func state(ofFigure index: Int) -> MarkState? {
        guard reviews.indices.contains(index), let review = reviews[index], review.state != .cleared else { return nil }
        return review.state
    }

    var checkedCount: Int { reviews.count { $0?.state == .checked } }
    var disputedCount: Int { reviews.count { $0?.state == .disputed } }

    /// The innermost section whose own text holds byte `offset`; nil in the front matter.
    func section(containing offset: Int) -> Int? {
        report.sections.lastIndex { $0.ownRange.lowerBound <= offset && offset < $0.ownRange.upperBound }
            ?? report.sections.lastIndex { $0.ownRange.lowerBound <= offset }
    }

    /// Figures listed in the figures pane: those inside the current section and its subsections;
    /// in front matter those before the first section; every figure when there are no sections.
    var figuresInView: [Int] {
        guard !report.sections.isEmpty else { return Array(report.figures.indices) }
        guard let current = currentSection else {
            let firstStart = report.sections[0].headingRange.lowerBound
            return report.figures.indices.filter { report.figures[$0].range.lowerBound < firstStart }
        }
        let tree = report.sections[current].treeRange
        return report.figures.indices.filter { tree.contains(report.figures[$0].range.lowerBound) }
    }

    /// Headings from the outermost down to `section`.
    func path(to section: Int) -> [Int] {
        var chain = [section]
        while let parent = report.sections[chain[0]].parent { chain.insert(parent, at: 0) }
        return chain
    }
}
