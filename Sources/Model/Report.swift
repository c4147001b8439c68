import Foundation

/// One parsed report: what the parser found in a file's text. Immutable once built.
/// Offsets everywhere are UTF-8 byte offsets into `source.text` (the normalised text).
public struct Report: Sendable {
    public var source: SourceText
    public var metadata: Metadata
    /// Every heading in document order; `Section.parent` links them into a tree.
    public var sections: [Section]
    /// `一是…二是…` points, each inside its section.
    public var points: [Point]
    public var mandated: MandatedParts
    /// Every figure in document order.
    public var figures: [Figure]
    public var warnings: [Warning]
    /// Conversion and web debris (`[bookmark: _GoBack]`, `分享:`, a site's footer), in order:
    /// kept out of sections and figures, still shown with the raw text.
    public var debris: [Range<Int>]
    /// The body: text that is neither debris, nor title block, nor signature block, headings
    /// included. Figures are looked for here.
    public var body: [Range<Int>]

    public init(
        source: SourceText, metadata: Metadata, sections: [Section], points: [Point],
        mandated: MandatedParts, figures: [Figure], warnings: [Warning], debris: [Range<Int>] = [],
        body: [Range<Int>] = []
    ) {
        self.source = source
        self.metadata = metadata
        self.sections = sections
        self.points = points
        self.mandated = mandated
        self.figures = figures
        self.warnings = warnings
        self.debris = debris
        self.body = body
    }
}

/// Title block and back matter (GB/T 9704-2012).
public struct Metadata: Sendable, Equatable {
    public var authority: String?
    /// Region hierarchy as written, outermost first: `["重庆市", "荣昌区", "万灵镇"]`.
    public var region: [String]
    public var year: Int?
    public var title: String?
    public var docNumber: String?
    public var addressee: String?
    public var signature: String?
    public var date: ReportDate?
    public var copyTo: [String]

    public init(
        authority: String? = nil, region: [String] = [], year: Int? = nil, title: String? = nil,
        docNumber: String? = nil, addressee: String? = nil, signature: String? = nil,
        date: ReportDate? = nil, copyTo: [String] = []
    ) {
        self.authority = authority
        self.region = region
        self.year = year
        self.title = title
        self.docNumber = docNumber
        self.addressee = addressee
        self.signature = signature
        self.date = date
        self.copyTo = copyTo
    }
}

/// A calendar date as written in a report (成文日期), without time zones.
public struct ReportDate: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`, as the gold files and the JSON output write it.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}

/// A heading and the text it governs.
public struct Section: Sendable, Equatable {
    /// 1 `一、` · 2 `（一）` · 3 `1.` · 4 `（1）`; in a report divided into `第一部分`…, the
    /// parts are 1 and every other marker one level deeper (`（1）` is 5).
    public var level: Int
    /// The marker as written (`一、`, `(一)`, `1．`), or "" when the marker is missing.
    public var marker: String
    /// The heading text without its marker; for a run-in heading, the text up to the first `。`.
    public var title: String
    /// 1-based line in the original file.
    public var line: Int
    /// Index of the enclosing section in `Report.sections`, nil for a level-1 section.
    public var parent: Int?
    /// The number the marker stands for (一 = 1), or the number inferred for a missing marker.
    public var number: Int
    /// True when the marker was missing and the level was inferred from the numbering around it.
    public var markerInferred: Bool
    /// Byte range of marker and title in `source.text`.
    public var headingRange: Range<Int>
    /// Byte range from the heading's start to the start of the next heading of any level
    /// (or the end of the body): the text that is this section's own.
    public var ownRange: Range<Int>
    /// Byte range from the heading's start to the next heading of the same or a higher level:
    /// the section with all its subsections.
    public var treeRange: Range<Int>

    public init(
        level: Int, marker: String, title: String, line: Int, parent: Int?, number: Int,
        markerInferred: Bool, headingRange: Range<Int>, ownRange: Range<Int>, treeRange: Range<Int>
    ) {
        self.level = level
        self.marker = marker
        self.title = title
        self.line = line
        self.parent = parent
        self.number = number
        self.markerInferred = markerInferred
        self.headingRange = headingRange
        self.ownRange = ownRange
        self.treeRange = treeRange
    }
}

/// An inline point (`一是…`, `第一，…`) inside a section's paragraph.
public struct Point: Sendable, Equatable {
    public var marker: String
    public var number: Int
    /// Index into `Report.sections` of the section it stands in, nil in front matter.
    public var section: Int?
    public var line: Int
    public var range: Range<Int>

    public init(marker: String, number: Int, section: Int?, line: Int, range: Range<Int>) {
        self.marker = marker
        self.number = number
        self.section = section
        self.line = line
        self.range = range
    }
}

/// The parts the 2019 regulation demands of every annual report; each holds the index of the
/// level-1 section that satisfies it, or nil when the report lacks it.
public struct MandatedParts: Sendable, Equatable {
    public var measures: Int?
    public var shortcomings: Int?
    public var leaders: Int?
    public var plans: Int?
    /// Optional part 5 (其他需要报告的情况).
    public var other: Int?

    public init(measures: Int? = nil, shortcomings: Int? = nil, leaders: Int? = nil, plans: Int? = nil, other: Int? = nil) {
        self.measures = measures
        self.shortcomings = shortcomings
        self.leaders = leaders
        self.plans = plans
        self.other = other
    }

    /// The four required parts, in the regulation's order, with their section (nil = missing).
    public var required: [(part: MandatedPart, section: Int?)] {
        [(.measures, measures), (.shortcomings, shortcomings), (.leaders, leaders), (.plans, plans)]
    }

    public var missing: [MandatedPart] { required.filter { $0.section == nil }.map(\.part) }
}

public enum MandatedPart: String, Sendable, CaseIterable {
    case measures, shortcomings, leaders, plans, other

    /// How a reviewer names the part.
    public var title: String {
        switch self {
        case .measures: "主要举措和成效"
        case .shortcomings: "存在的不足和原因"
        case .leaders: "党政主要负责人履行第一责任人职责情况"
        case .plans: "下一年度主要安排"
        case .other: "其他需要报告的情况"
        }
    }
}

public enum FigureKind: String, Sendable, CaseIterable, Codable {
    case count, percent, money, measure
    /// `三分之一`: value over the denominator its unit names (`/3`), as a percent is over 100.
    case fraction
    /// `2倍`, `翻一番`: times a base the label names (`原来的`), unit `倍`.
    case multiple
}

public enum Qualifier: String, Sendable, CaseIterable, Codable {
    case exact, approx, atLeast, atMost
}

/// A quantitative claim a reviewer can check against records (see docs/figures.md).
public struct Figure: Sendable, Equatable {
    /// The exact span as written, qualifier words included when they touch the number (`30余场次`).
    public var text: String
    public var range: Range<Int>
    /// Exact decimal value: `1.5万` is 15000. For a range (`3—5人`), its lower end.
    public var value: Decimal
    /// The upper end of a range (`3—5人` has 5), nil for a single number.
    public var upperValue: Decimal?
    /// The measure word or unit as written (`件`, `场次`, `万元` → `元`, `%`), "" when missing.
    public var unit: String
    public var kind: FigureKind
    public var qualifier: Qualifier
    /// The words before the number back to the previous clause mark.
    public var label: String
    /// Index into `Report.sections` of the innermost section, nil outside every section.
    public var section: Int?
    /// 1-based line in the original file.
    public var line: Int

    public init(
        text: String, range: Range<Int>, value: Decimal, unit: String, kind: FigureKind,
        qualifier: Qualifier, label: String, section: Int?, line: Int, upperValue: Decimal? = nil
    ) {
        self.text = text
        self.range = range
        self.value = value
        self.upperValue = upperValue
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
        self.label = label
        self.section = section
        self.line = line
    }

    /// The value as a plain decimal string (`15000`, `1.5`), never in exponent form.
    public var valueText: String { DecimalText.plain(value) }

    /// The value as a reviewer reads it: `valueText`, or both ends of a range (`3–5`).
    public var amountText: String { upperValue.map { valueText + "–" + DecimalText.plain($0) } ?? valueText }
}

public enum WarningKind: String, Sendable, CaseIterable, Codable {
    case unitMissing, leadingZero, malformedDate, sumMismatch, rateMismatch
    case numberingGap, numberingRepeat, missingMarker, missingPart
}

/// Something a reviewer should look at: never a silent fix.
public struct Warning: Sendable, Equatable {
    public var kind: WarningKind
    /// 1-based line in the original file (0 for report-wide warnings such as a missing part).
    public var line: Int
    /// Names the place and the numbers involved.
    public var message: String
    /// The text the warning is about, when it has one.
    public var range: Range<Int>?

    public init(kind: WarningKind, line: Int, message: String, range: Range<Int>? = nil) {
        self.kind = kind
        self.line = line
        self.message = message
        self.range = range
    }
}
