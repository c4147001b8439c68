import Foundation
import Model

/// The JSON forms of a parsed report, shared by `reports parse --json` and `reports figures --json`.
enum ReportJSON {
    /// Sorted keys, slashes and Chinese text as written.
    static func text(_ object: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func document(_ parsed: ParsedReport) -> [String: Any] {
        let report = parsed.report
        let m = report.metadata
        let metadata: [String: Any] = [
            "authority": m.authority ?? NSNull(), "region": m.region, "year": m.year ?? NSNull(),
            "title": m.title ?? NSNull(), "docNumber": m.docNumber ?? NSNull(), "addressee": m.addressee ?? NSNull(),
            "signature": m.signature ?? NSNull(), "date": m.date?.description ?? NSNull(), "copyTo": m.copyTo,
        ]
        let sections: [[String: Any]] = report.sections.map {
            ["level": $0.level, "marker": $0.marker, "title": $0.title, "line": $0.line, "number": $0.number,
             "markerInferred": $0.markerInferred, "parent": $0.parent ?? NSNull()]
        }
        var mandated: [String: Any] = [:]
        for part in MandatedPart.allCases {
            mandated[part.rawValue] = report.mandated.section(for: part).map { heading(report.sections[$0]) } ?? NSNull()
        }
        let points: [[String: Any]] = report.points.map {
            ["marker": $0.marker, "number": $0.number, "line": $0.line, "section": $0.section.map { sectionPath($0, report) } ?? NSNull()]
        }
        let debris: [[String: Any]] = report.debris.map {
            ["line": report.source.line(at: $0.lowerBound), "start": $0.lowerBound, "end": $0.upperBound]
        }
        return [
            "file": parsed.name, "encoding": parsed.encoding, "lines": report.source.lineCount,
            "metadata": metadata, "sections": sections, "mandated": mandated, "points": points, "debris": debris,
            "figures": report.figures.enumerated().map { figure($0.element, number: $0.offset + 1, in: parsed) },
            "notes": parsed.notes,
            "warnings": report.warnings.map { ["kind": $0.kind.rawValue, "line": $0.line, "message": $0.message] },
        ]
    }

    /// One figure, numbered from 1 in document order.
    static func figure(_ figure: Figure, number: Int, in parsed: ParsedReport) -> [String: Any] {
        [
            "n": number, "file": parsed.name, "line": figure.line, "start": figure.range.lowerBound,
            "end": figure.range.upperBound, "text": figure.text, "value": figure.valueText,
            "upperValue": figure.upperValue.map(DecimalText.plain) ?? NSNull(), "unit": figure.unit,
            "kind": figure.kind.rawValue, "qualifier": figure.qualifier.rawValue, "label": figure.label,
            "section": figure.section.map { sectionPath($0, parsed.report) } ?? NSNull(),
        ]
    }

    /// `一、推进… / （二）强化…`: the heading path down to a section.
    static func sectionPath(_ index: Int, _ report: Report) -> String {
        SectionTree.path(to: index, in: report.sections).joined(separator: " / ")
    }

    static func heading(_ section: Section) -> String { section.marker + section.title }
}
