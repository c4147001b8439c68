import Foundation
@testable import Model

/// What a reviewer sees of a parsed report: its headings and its figures. Two inputs that give
/// the same shape read the same to the reviewer.
struct ParsedShape: Equatable, CustomStringConvertible {
    struct Heading: Equatable { var level: Int; var marker: String; var title: String; var line: Int? }
    struct Number: Equatable { var text: String; var value: Decimal; var unit: String; var line: Int? }

    var headings: [Heading]
    var numbers: [Number]

    /// `withLines: false` for formats whose line numbers are those of the extracted text.
    init(_ report: Report, withLines: Bool = true) {
        headings = report.sections.map { Heading(level: $0.level, marker: $0.marker, title: $0.title, line: withLines ? $0.line : nil) }
        numbers = report.figures.map { Number(text: $0.text, value: $0.value, unit: $0.unit, line: withLines ? $0.line : nil) }
    }

    init(parsing text: String, withLines: Bool = true) {
        self.init(ReportParser.parse(text), withLines: withLines)
    }

    var description: String { "\(headings.count) headings, \(numbers.count) figures" }
}
