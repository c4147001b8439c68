import Foundation
import Testing
@testable import Model

/// Scores figure extraction against the hand-checked gold files, matching by position.
struct GoldFigureScore {
    var matched = 0
    var produced = 0
    var expected = 0
    /// Field differences on matched figures and the figures missed or invented, for the failure message.
    var problems: [String] = []

    var precision: Double { produced == 0 ? 1 : Double(matched) / Double(produced) }
    var recall: Double { expected == 0 ? 1 : Double(matched) / Double(expected) }

    init(gold: GoldFixture, report: Report) throws {
        let text = report.source.text
        var goldAt: [Int: GoldFixture.Figure] = [:]
        for figure in gold.figures {
            let context = try #require(text.range(of: figure.context), "context \(figure.context) not in \(gold.doc)")
            let inContext = try #require(figure.context.range(of: figure.text))
            let start = text.utf8.distance(from: text.startIndex, to: context.lowerBound)
                + figure.context.utf8.distance(from: figure.context.startIndex, to: inContext.lowerBound)
            goldAt[start] = figure
            if !figure.optional { expected += 1 }
        }
        var seen: Set<Int> = []
        for figure in report.figures {
            let start = figure.range.lowerBound
            guard let want = goldAt[start], want.text == figure.text else {
                if let overlapping = goldAt.first(where: { figure.range.contains($0.key) }), overlapping.value.optional {
                    continue
                }
                produced += 1
                problems.append("line \(figure.line): extra \(figure.text)")
                continue
            }
            seen.insert(start)
            if want.optional { continue }
            produced += 1
            matched += 1
            let got = [figure.valueText, figure.unit, figure.kind.rawValue, figure.qualifier.rawValue, figure.label]
            let expected = [want.value, want.unit, want.kind, want.qualifier, want.label]
            if got != expected {
                problems.append("line \(figure.line): \(figure.text) gives \(got), gold \(expected)")
            }
        }
        for (start, want) in goldAt where !want.optional && !seen.contains(start) {
            problems.append("missed \(want.text) in \(want.context)")
        }
    }
}

@Test func figureExtractionMatchesGoldFiles() throws {
    var total = (matched: 0, produced: 0, expected: 0)
    for gold in try GoldFixture.all() {
        let report = ReportParser.parse(try gold.reportText())
        let score = try GoldFigureScore(gold: gold, report: report)
        print("\(gold.doc): precision \(score.precision), recall \(score.recall) (\(score.matched) matched, \(score.produced) produced, \(score.expected) expected)")
        total.matched += score.matched
        total.produced += score.produced
        total.expected += score.expected
        let fieldErrors = score.problems.filter { $0.contains(" gives ") }
        #expect(fieldErrors.isEmpty, "\(gold.doc): \(fieldErrors)")
        for problem in score.problems where !problem.contains(" gives ") { print("  \(problem)") }
    }
    let precision = Double(total.matched) / Double(max(total.produced, 1))
    let recall = Double(total.matched) / Double(max(total.expected, 1))
    print("all gold files: precision \(precision), recall \(recall)")
    #expect(precision >= 0.97)
    #expect(recall >= 0.97)
}
