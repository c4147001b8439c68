import Foundation
import Testing
@testable import Model

/// The figure warnings of each sample report are exactly those the gold file lists.
@Test func figureWarningsMatchGoldFiles() throws {
    let kinds: Set<String> = ["unitMissing", "leadingZero", "malformedDate", "sumMismatch", "rateMismatch"]
    for gold in try GoldFixture.all() {
        let report = ReportParser.parse(try gold.reportText())
        let text = report.source.text
        var produced = report.warnings.filter { kinds.contains($0.kind.rawValue) }
        for want in gold.warnings where kinds.contains(want.kind) {
            let context = try #require(text.range(of: want.context))
            let start = text.utf8.distance(from: text.startIndex, to: context.lowerBound)
            let place = start..<(start + want.context.utf8.count)
            let index = produced.firstIndex { $0.kind.rawValue == want.kind && $0.range.map(place.overlaps) == true }
            #expect(index != nil, "\(gold.doc): no \(want.kind) warning at \(want.context)")
            if let index { produced.remove(at: index) }
        }
        #expect(produced.isEmpty, "\(gold.doc): unexpected \(produced.map(\.message))")
        for warning in report.warnings { print("\(gold.doc): \(warning.kind) \(warning.message)") }
    }
}
