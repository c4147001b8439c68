#if !FUZZING
import Model
#endif

/// What must hold of any parse of any text, however broken: every range lies inside the text,
/// figures come in document order and read as their range says, sections nest properly.
/// Shared by the property-based test and the fuzz target (Tests/Fuzz).
enum ReportInvariants {
    /// The broken rules, in words; empty when the report is sound.
    static func violations(of report: Report) -> [String] {
        let source = report.source
        let size = source.bytes.count
        var found: [String] = []
        func inside(_ range: Range<Int>) -> Bool { range.lowerBound >= 0 && range.upperBound <= size }

        var previousStart = 0
        for (index, figure) in report.figures.enumerated() {
            guard inside(figure.range) else {
                found.append("figure \(index) range \(figure.range) outside text of \(size) bytes")
                continue
            }
            if figure.range.lowerBound < previousStart { found.append("figure \(index) out of document order") }
            previousStart = figure.range.lowerBound
            if source.slice(figure.range) != figure.text { found.append("figure \(index) text \(figure.text) is not its range") }
            if figure.line != source.line(at: figure.range.lowerBound) { found.append("figure \(index) line \(figure.line) is not its range's line") }
            if let section = figure.section, !report.sections.indices.contains(section) {
                found.append("figure \(index) in section \(section) that does not exist")
            }
        }

        for (index, section) in report.sections.enumerated() {
            for (name, range) in [("heading", section.headingRange), ("own", section.ownRange), ("tree", section.treeRange)] where !inside(range) {
                found.append("section \(index) \(name) range \(range) outside text of \(size) bytes")
            }
            if section.ownRange.lowerBound != section.headingRange.lowerBound || section.ownRange.upperBound > section.treeRange.upperBound
                || section.treeRange.lowerBound != section.headingRange.lowerBound {
                found.append("section \(index) ranges not nested: heading \(section.headingRange) own \(section.ownRange) tree \(section.treeRange)")
            }
            if index > 0, section.headingRange.lowerBound < report.sections[index - 1].headingRange.lowerBound {
                found.append("section \(index) out of document order")
            }
            guard let parent = section.parent else { continue }
            guard parent >= 0, parent < index else {
                found.append("section \(index) has parent \(parent), not an earlier section")
                continue
            }
            let outer = report.sections[parent]
            if outer.level >= section.level { found.append("section \(index) level \(section.level) under parent level \(outer.level)") }
            if !(outer.treeRange.lowerBound <= section.treeRange.lowerBound && section.treeRange.upperBound <= outer.treeRange.upperBound) {
                found.append("section \(index) tree \(section.treeRange) outside parent's \(outer.treeRange)")
            }
        }

        for (index, point) in report.points.enumerated() {
            if !inside(point.range) { found.append("point \(index) range \(point.range) outside text") }
            if let section = point.section, !report.sections.indices.contains(section) { found.append("point \(index) in a missing section") }
        }
        for (index, warning) in report.warnings.enumerated() {
            if let range = warning.range, !inside(range) { found.append("warning \(index) range \(range) outside text") }
            if warning.line < 0 || warning.line > source.lineCount { found.append("warning \(index) line \(warning.line) beyond the text") }
        }
        return found
    }
}
