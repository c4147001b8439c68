import Foundation
import Model
import Testing
@testable import CorpusMaker

@Suite struct SyntheticCorpusTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-reports")

    static func corpus() throws -> SyntheticCorpus { try SyntheticCorpus(samples: samples) }

    @Test func theSameSeedMakesTheSameBytes() throws {
        let corpus = try Self.corpus()
        let first = (0..<20).map { corpus.report($0, seed: 42) }
        let again = (0..<20).map { corpus.report($0, seed: 42) }
        let otherSeed = (0..<20).map { corpus.report($0, seed: 43) }

        #expect(first.map(\.bytes) == again.map(\.bytes))
        #expect(first.map(\.fileName) == again.map(\.fileName))
        #expect(first.map(\.bytes) != otherSeed.map(\.bytes))
    }

    @Test func aWrittenCorpusIsTheSameOnEveryRun() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = try Self.corpus()
        try corpus.write(count: 12, seed: 7, to: root.appendingPathComponent("a"))
        try corpus.write(count: 12, seed: 7, to: root.appendingPathComponent("b"))

        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("a").path).sorted()
        #expect(names.count == 12)
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("b").path).sorted()))
        for name in names {
            let a = try Data(contentsOf: root.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: root.appendingPathComponent("b/\(name)"))
            #expect(a == b, "\(name) differs between two runs with the same seed")
        }
    }

    @Test func everySampleServesAsAnOutline() throws {
        let corpus = try Self.corpus()
        #expect(corpus.templates.count == 5)
        #expect(Set((0..<200).map { corpus.report($0, seed: 1).model }).count == 5)
    }

    @Test func aReportNamesItsNewTownshipAndYearInItsTitleBlock() throws {
        let corpus = try Self.corpus()
        for number in 0..<30 {
            let report = corpus.report(number, seed: 3)
            let text = String(decoding: report.bytes, as: UTF8.self)
            let head = text.components(separatedBy: .newlines).first { $0.contains("人民政府") } ?? ""
            #expect(head.contains(report.place.district + report.place.township + "人民政府"), "\(report.fileName): \(head)")
            #expect(text.contains("关于") && text.contains("\(report.year)年"))
            #expect(report.bytes.count > 5_000 && report.bytes.count < 20_000)
        }
    }

    @Test
    func everyGeneratedReportParsesLikeTheSampleItFollows() throws {
        let corpus = try Self.corpus()
        for number in 0..<30 {
            let report = corpus.report(number, seed: 5)
            let parsed = ReportParser.parse(String(decoding: report.bytes, as: UTF8.self))
            let model = ReportParser.parse(try String(contentsOf: Self.samples.appendingPathComponent(report.model), encoding: .utf8))
            let about = "\(report.fileName) from \(report.model)"

            #expect(parsed.sections.filter { $0.level == 1 }.count >= 3, "\(about)")
            #expect(Self.partsPresent(parsed) == Self.partsPresent(model), "\(about)")
            #expect(parsed.metadata.year == report.year, "\(about)")
            #expect(parsed.metadata.region.last == report.place.township, "\(about)")
        }
    }

    static func partsPresent(_ report: Report) -> [MandatedPart] {
        report.mandated.required.filter { $0.section != nil }.map(\.part)
    }
}
