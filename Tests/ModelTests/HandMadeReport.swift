import Foundation
@testable import Model

/// Builds `Report` values by hand, so the review store is tested apart from the parser:
/// every line that starts with `一、`…`九、` is a level-1 heading, and every `（一）`… a
/// level-2 heading under it; figures are the spans named, found in order after their label.
enum HandMadeReport {
    static func make(_ lines: [String], figures: [(label: String, text: String)]) -> Report {
        let source = SourceText(lines.joined(separator: "\n"))
        var sections: [Section] = []
        var lastTop: Int?
        for (index, line) in lines.enumerated() {
            let topLevel = "一二三四五六七八九".contains(line.first ?? " ") && line.dropFirst().hasPrefix("、")
            guard topLevel || line.hasPrefix("（") else { continue }
            let level = topLevel ? 1 : 2
            let marker = level == 1 ? String(line.prefix(2)) : String(line.prefix(3))
            let range = source.range(ofLine: index + 1)
            sections.append(Section(
                level: level, marker: marker, title: String(line.dropFirst(marker.count)), line: index + 1,
                parent: level == 1 ? nil : lastTop, number: sections.count + 1, markerInferred: false,
                headingRange: range, ownRange: range, treeRange: range))
            if level == 1 { lastTop = sections.count - 1 }
        }
        var searchFrom = source.text.startIndex
        let found = figures.map { label, text -> Figure in
            let labelRange = source.text.range(of: label, range: searchFrom..<source.text.endIndex)!
            let textRange = source.text.range(of: text, range: labelRange.upperBound..<source.text.endIndex)!
            searchFrom = textRange.upperBound
            let start = source.text.utf8.distance(from: source.text.startIndex, to: textRange.lowerBound)
            let line = source.line(at: start)
            return Figure(
                text: text, range: start..<(start + text.utf8.count), value: 1, unit: "", kind: .count,
                qualifier: .exact, label: label, section: sections.lastIndex { $0.line <= line }, line: line)
        }
        return Report(
            source: source, metadata: Metadata(), sections: sections, points: [], mandated: MandatedParts(),
            figures: found, warnings: [])
    }
}
