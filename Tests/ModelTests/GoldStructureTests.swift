import Foundation
import Testing
@testable import Model

/// Scores the structural half of the parser against the hand-checked gold files: sections,
/// title block and back matter, mandated parts, and the structural warnings.
@Suite struct GoldStructureTests {
    static let fixtures = (try? GoldFixture.all()) ?? []

    @Test func allFiveGoldFilesAreThere() {
        #expect(Self.fixtures.count == 5)
    }

    @Test(arguments: fixtures.map(\.doc))
    func matchesGold(doc: String) throws {
        let gold = try #require(Self.fixtures.first { $0.doc == doc })
        let report = ReportParser.parse(try gold.reportText())

        let sections = report.sections.map { GoldFixture.Section(level: $0.level, marker: $0.marker, title: $0.title, firstLine: $0.line) }
        let sectionHits = zip(sections, gold.sections).filter { $0 == $1 }.count
        #expect(sections == gold.sections)

        let m = report.metadata
        let metadataPairs: [(String, String?, String?)] = [
            ("authority", m.authority, gold.metadata.authority),
            ("region", m.region.joined(separator: "|"), (gold.metadata.region ?? []).joined(separator: "|")),
            ("year", m.year.map(String.init), gold.metadata.year.map(String.init)),
            ("title", m.title, gold.metadata.title),
            ("docNumber", m.docNumber, gold.metadata.docNumber),
            ("addressee", m.addressee, gold.metadata.addressee),
            ("date", m.date?.description, gold.metadata.date),
            ("copyTo", m.copyTo.joined(separator: "|"), (gold.metadata.copyTo ?? []).joined(separator: "|")),
        ]
        for (field, found, expected) in metadataPairs {
            #expect(found == expected, "\(doc) metadata.\(field)")
        }
        let metadataHits = metadataPairs.filter { $0.1 == $0.2 }.count

        let mandated = [
            (report.mandated.measures != nil, gold.mandated.measures),
            (report.mandated.shortcomings != nil, gold.mandated.shortcomings),
            (report.mandated.leaders != nil, gold.mandated.leaders),
            (report.mandated.plans != nil, gold.mandated.plans),
        ]
        #expect(mandated.map(\.0) == mandated.map(\.1), "\(doc) mandated parts")
        let mandatedHits = mandated.filter { $0.0 == $0.1 }.count

        let structural = gold.warnings.filter(Self.isStructural)
        var warningHits = 0
        for expected in structural {
            let produced = report.warnings.contains { Self.matches($0, expected, in: report.source) }
            #expect(produced, "\(doc): expected \(expected.kind) at \(expected.context)")
            if produced { warningHits += 1 }
        }
        print("gold \(doc): sections \(sectionHits)/\(gold.sections.count) (found \(sections.count)), metadata \(metadataHits)/\(metadataPairs.count), mandated \(mandatedHits)/4, structural warnings \(warningHits)/\(structural.count)")
    }

    /// The warnings this half of the parser owns: headings, parts and the signature date.
    static func isStructural(_ warning: GoldFixture.Warning) -> Bool {
        switch warning.kind {
        case "missingMarker", "numberingGap", "numberingRepeat", "missingPart": true
        case "malformedDate": warning.note.contains("Signature date")
        default: false
        }
    }

    /// Same kind, on a line that holds the gold context's first line.
    static func matches(_ warning: Warning, _ expected: GoldFixture.Warning, in source: SourceText) -> Bool {
        guard warning.kind.rawValue == expected.kind, warning.line > 0 else { return false }
        let context = expected.context.split(separator: "\n").first.map(String.init) ?? expected.context
        return source.slice(source.range(ofLine: warning.line)).contains(context)
    }
}

extension GoldFixture.Section: Equatable {
    static func == (a: Self, b: Self) -> Bool {
        a.level == b.level && a.marker == b.marker && a.title == b.title && a.firstLine == b.firstLine
    }
}
