import Foundation

/// One figure with its review, as exported for a spreadsheet or another program.
public struct FigureRow: Sendable, Equatable, Codable {
    public var report: String
    public var section: String
    public var label: String
    public var text: String
    /// Exact decimal as text (`15000`), so no reader turns it into a binary float.
    public var value: String
    /// The upper end of a range (`5` of `3—5人`), "" for a single number: `value` stays a
    /// number a spreadsheet can sum.
    public var upperValue: String
    public var unit: String
    /// `checked`, `disputed`, `cleared`, or `unmarked` for a figure never marked.
    public var state: String
    public var reviewer: String
    /// ISO 8601 in UTC, "" when never marked.
    public var time: String
    public var note: String

    public static let unmarked = "unmarked"

    /// Column names, in the order CSV writes them.
    public static let columns = [
        "report", "section", "label", "text", "value", "upperValue", "unit", "state", "reviewer", "time", "note",
    ]

    public var fields: [String] { [report, section, label, text, value, upperValue, unit, state, reviewer, time, note] }

    /// A row per figure of `report`, in document order; `name` is how the report is shown.
    public static func rows(of report: Report, named name: String, reviews: [FigureReview?]) -> [FigureRow] {
        let time = ISO8601DateFormatter()
        return zip(report.figures, reviews).map { figure, review in
            FigureRow(
                report: name, section: figure.section.map { SectionTree.path(to: $0, in: report.sections).joined(separator: " / ") } ?? "",
                label: figure.label, text: figure.text, value: figure.valueText, upperValue: figure.upperValue.map(DecimalText.plain) ?? "", unit: figure.unit,
                state: review?.state.rawValue ?? unmarked, reviewer: review?.reviewer ?? "",
                time: review.map { time.string(from: $0.time) } ?? "", note: review?.note ?? "")
        }
    }
}
