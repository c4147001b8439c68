import Foundation
import Model
@testable import TUI

/// A report built by hand, as the parser would give it: three levels of headings, figures in
/// several sections, one warning. Long paragraphs make it longer than a screen.
enum SampleReport {
    static let filler = String(repeating: "全镇上下坚持依法行政，持续推进各项工作落地见效，群众满意度不断提升。", count: 6)

    static let text = """
        某某镇人民政府关于2024年法治政府建设情况的报告

        2024年，我镇依法行政取得新进展，全年召开专题会议6次。
        一、主要举措和成效
        （一）加强学习
        组织培训3次，参训干部120人次，覆盖率达98.5%。\(filler)
        （二）化解纠纷
        调处矛盾纠纷410件，成功率100％。\(filler)
        二、存在的不足和原因
        执法人员不足，仅有5名。\(filler)
        三、党政主要负责人履行第一责任人职责情况
        主要负责人带头学法4次。\(filler)
        四、下一年度主要安排
        计划开展培训30余场次。
        """

    /// Heading lines with their level.
    static let headings: [(line: String, level: Int, marker: String, number: Int)] = [
        ("一、主要举措和成效", 1, "一、", 1), ("（一）加强学习", 2, "（一）", 1), ("（二）化解纠纷", 2, "（二）", 2),
        ("二、存在的不足和原因", 1, "二、", 2), ("三、党政主要负责人履行第一责任人职责情况", 1, "三、", 3),
        ("四、下一年度主要安排", 1, "四、", 4),
    ]

    static let figureSpecs: [(text: String, value: Decimal, unit: String, qualifier: Qualifier, label: String)] = [
        ("6次", 6, "次", .exact, "全年召开专题会议"), ("3次", 3, "次", .exact, "组织培训"),
        ("120人次", 120, "人次", .exact, "参训干部"), ("98.5%", Decimal(string: "98.5")!, "%", .exact, "覆盖率达"),
        ("410件", 410, "件", .exact, "调处矛盾纠纷"), ("100％", 100, "%", .exact, "成功率"),
        ("5名", 5, "名", .exact, "仅有"), ("4次", 4, "次", .exact, "主要负责人带头学法"),
        ("30余场次", 30, "场次", .approx, "计划开展培训"),
    ]

    static func make() -> Report {
        let source = SourceText(text)
        let bytes = source.bytes
        func find(_ needle: String, from start: Int = 0) -> Range<Int> {
            let found = AppState.occurrences(of: Array(needle.utf8), in: Array(bytes[start...]))
            return (found[0].lowerBound + start)..<(found[0].upperBound + start)
        }
        var sections: [Section] = []
        var lastLevel1: Int?
        for heading in headings {
            let range = find(heading.line)
            let parent = heading.level == 1 ? nil : lastLevel1
            sections.append(Section(
                level: heading.level, marker: heading.marker, title: String(heading.line.dropFirst(heading.marker.count)),
                line: source.line(at: range.lowerBound), parent: parent, number: heading.number, markerInferred: false,
                headingRange: range, ownRange: range.lowerBound..<bytes.count, treeRange: range.lowerBound..<bytes.count
            ))
            if heading.level == 1 { lastLevel1 = sections.count - 1 }
        }
        for i in sections.indices {
            if i + 1 < sections.count { sections[i].ownRange = sections[i].ownRange.lowerBound..<sections[i + 1].headingRange.lowerBound }
            if let next = sections[(i + 1)...].first(where: { $0.level <= sections[i].level }) {
                sections[i].treeRange = sections[i].treeRange.lowerBound..<next.headingRange.lowerBound
            }
        }
        var figures: [Figure] = []
        var from = 0
        for spec in figureSpecs {
            let range = find(spec.text, from: from)
            from = range.upperBound
            let section = sections.lastIndex { $0.ownRange.contains(range.lowerBound) }
            figures.append(Figure(
                text: spec.text, range: range, value: spec.value, unit: spec.unit, kind: .count, qualifier: spec.qualifier,
                label: spec.label, section: section, line: source.line(at: range.lowerBound)
            ))
        }
        let warning = Warning(kind: .rateMismatch, line: figures[5].line, message: "成功率100％ but 410 of 410 cases", range: figures[5].range)
        return Report(
            source: source, metadata: Metadata(authority: "某某镇人民政府", region: ["某某镇"], year: 2024, title: "关于2024年法治政府建设情况的报告"),
            sections: sections, points: [], mandated: MandatedParts(measures: 0, shortcomings: 3, leaders: 4, plans: 5),
            figures: figures, warnings: [warning]
        )
    }

    static let file = ReportFile(
        url: URL(fileURLWithPath: "/tmp/reports/sample.txt"), folder: URL(fileURLWithPath: "/tmp/reports"), relativePath: "sample.txt"
    )
}

/// Marks kept in memory, for tests; `failing` makes every call fail like a broken database.
final class MemoryReviewStore: ReviewStore, @unchecked Sendable {
    private let lock = NSLock()
    private var marks: [String: [Int: FigureReview]] = [:]
    var failing = false

    var location: String { "memory" }

    func reviews(of report: Report, relativePath: String) throws -> [FigureReview?] {
        lock.lock()
        defer { lock.unlock() }
        if failing { throw StoreFailure(message: "disk full") }
        return report.figures.indices.map { marks[relativePath]?[$0] }
    }

    func record(_ state: MarkState, note: String?, figure: Int, of report: Report, relativePath: String) throws -> FigureReview {
        lock.lock()
        defer { lock.unlock() }
        if failing { throw StoreFailure(message: "disk full") }
        let review = FigureReview(state: state, note: note, reviewer: "test", time: Date(timeIntervalSince1970: 0))
        marks[relativePath, default: [:]][figure] = review
        return review
    }
}

/// States to start tests from.
enum Given {
    /// The sample report and an unreadable file; `loaded` when the index has summarised the report.
    static func list(size: Size = Size(width: 120, height: 40), loaded: Bool = true) -> AppState {
        var state = AppState(
            size: size, storeLocation: "/tmp/reviews.sqlite",
            list: ListState(files: [SampleReport.file], problems: [LoadProblem(path: "unreadable.txt", reason: "not UTF-8 text")])
        )
        if loaded { state.makeAsAsked(state.handle(indexed([0: summary()], done: 1, of: 1))) }
        return state
    }

    /// The index's summary of `report` (the sample report unless given).
    static func summary(_ report: Report = SampleReport.make(), path: String = "sample.txt") -> ReportSummary {
        ReportSummary(relativePath: path, stamp: FileStamp(size: 1, modified: 1), fingerprint: 1, encoding: "UTF-8", report: report)
    }

    /// A batch from the indexer: summaries by entry, and how many files it has done of how many.
    static func indexed(_ summaries: [Int: ReportSummary], done: Int, of total: Int) -> Event {
        .indexed(IndexProgress(
            done: done, total: total,
            updated: summaries.sorted { $0.key < $1.key }.map { IndexProgress.Update(file: $0.key, summary: $0.value) }))
    }

    static func loadedReport(reviews: [FigureReview?]? = nil) -> LoadedReport {
        let report = SampleReport.make()
        return LoadedReport(
            report: report, reviews: .success(reviews ?? Array(repeating: nil, count: report.figures.count)),
            storeLocation: "/tmp/reviews.sqlite"
        )
    }

    /// The sample report open, focus in `pane`.
    static func report(size: Size = Size(width: 120, height: 40), focus: Pane = .text) -> AppState {
        var state = list(size: size)
        let effects = state.handle(.key(.enter))
        guard case .open(let entry, _) = effects.first else { fatalError("Enter did not open") }
        _ = state.handle(.opened(entry: entry, .success(loadedReport())))
        state.report?.focus = focus
        return state
    }
}

extension AppState {
    /// Presses keys in order, returning the effects of the last.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects = handle(.key(key)) }
        return effects
    }

    /// Makes what the effects ask to have made off the main loop, as the runner would, and
    /// hands it over.
    mutating func makeAsAsked(_ effects: [Effect]) {
        for case .prepareList(let request) in effects { makeAsAsked(handle(.listPrepared(ListPreparation(request)))) }
    }

    mutating func type(_ text: String) {
        for c in text { _ = handle(.key(.character(c))) }
    }
}
