import Foundation
import Testing
@testable import Model

/// A range is one figure: its text spans both ends and the unit, its value is the lower end and
/// `upperValue` the upper, so the reviewer never sees only the `5人` of `3—5人`.
struct ExpectedRange: CustomStringConvertible, Sendable {
    var input: String
    var text: String
    var lower: String
    var upper: String
    var unit: String
    var kind: FigureKind = .count
    var qualifier: Qualifier = .exact
    var label: String? = nil
    var description: String { input }
}

@Test(arguments: [
    ExpectedRange(input: "开展法治讲座3—5场次", text: "3—5场次", lower: "3", upper: "5", unit: "场次", label: "开展法治讲座"),
    ExpectedRange(input: "每组配备3-5人", text: "3-5人", lower: "3", upper: "5", unit: "人", label: "每组配备"),
    ExpectedRange(input: "每组配备3～5人", text: "3～5人", lower: "3", upper: "5", unit: "人"),
    ExpectedRange(input: "每组配备3~5人", text: "3~5人", lower: "3", upper: "5", unit: "人"),
    ExpectedRange(input: "每组配备3至5人", text: "3至5人", lower: "3", upper: "5", unit: "人"),
    ExpectedRange(input: "每组配备3到5人", text: "3到5人", lower: "3", upper: "5", unit: "人"),
    ExpectedRange(input: "每组配备3 — 5 人", text: "3 — 5 人", lower: "3", upper: "5", unit: "人"),
    ExpectedRange(input: "每月走访三至五次", text: "三至五次", lower: "3", upper: "5", unit: "次", label: "每月走访"),
    ExpectedRange(input: "每季度开展一至两次", text: "一至两次", lower: "1", upper: "2", unit: "次"),
    ExpectedRange(input: "每村选聘一到两名法律明白人", text: "一到两名", lower: "1", upper: "2", unit: "名"),
    ExpectedRange(input: "群众满意度提升10%—20%", text: "10%—20%", lower: "10", upper: "20", unit: "%", kind: .percent),
    ExpectedRange(input: "群众满意度提升10—20%", text: "10—20%", lower: "10", upper: "20", unit: "%", kind: .percent),
    ExpectedRange(input: "每次补助3—5万元", text: "3—5万元", lower: "30000", upper: "50000", unit: "元", kind: .money),
    ExpectedRange(input: "每次补助三至五万元", text: "三至五万元", lower: "30000", upper: "50000", unit: "元", kind: .money),
    ExpectedRange(input: "每次补助1.5万—2万元", text: "1.5万—2万元", lower: "15000", upper: "20000", unit: "元", kind: .money),
    ExpectedRange(input: "办理时限缩短2—3个工作日", text: "2—3个工作日", lower: "2", upper: "3", unit: "个工作日", kind: .measure),
    ExpectedRange(input: "近3—5年未发生", text: "近3—5年", lower: "3", upper: "5", unit: "年", kind: .measure, qualifier: .approx),
    ExpectedRange(input: "参加20—30人左右", text: "20—30人左右", lower: "20", upper: "30", unit: "人", qualifier: .approx),
    ExpectedRange(input: "开展活动3次至5次", text: "3次至5次", lower: "3", upper: "5", unit: "次"),
    ExpectedRange(input: "每场参加20—30余人", text: "20—30余人", lower: "20", upper: "30", unit: "人", qualifier: .atLeast),
])
func recognisesRange(_ want: ExpectedRange) throws {
    let found = figures(in: want.input)
    try #require(found.count == 1, "\(found.map(\.text))")
    let figure = found[0]
    #expect(figure.text == want.text)
    #expect(figure.valueText == want.lower)
    #expect(figure.upperValue.map(DecimalText.plain) == want.upper)
    #expect(figure.amountText == "\(want.lower)–\(want.upper)")
    #expect(figure.unit == want.unit)
    #expect(figure.kind == want.kind)
    #expect(figure.qualifier == want.qualifier)
    if let label = want.label { #expect(figure.label == label) }
    #expect(SourceText(want.input).slice(figure.range) == figure.text)
}

/// Periods, dates, document numbers, ordinals and grades joined by a dash are no range, and
/// their upper end is no figure either.
@Test(arguments: [
    "实施方案（2022—2025年）", "实施方案（2022-2025年）", "实施方案（2022至2025年）", "〔2021〕1-3号",
    "大足府办法〔2021〕1—3号", "发布日期:2026-01-15", "1—3月办理", "2024年1-6月", "3月1日至5日",
    "学习第3至5条", "学习第三至五条", "1—3级风险", "周一至五值班", "9:00—17:00",
])
func rangeLookalikesAreNoFigures(_ text: String) {
    #expect(figures(in: text).map(\.text) == [])
}

@Test func aRangeIsNotSplitOrDoubled() {
    #expect(figures(in: "每组3—5人，共12组").map(\.text) == ["3—5人", "12组"])
    // Ends that do not rise, or differ in unit, make no range.
    #expect(figures(in: "配备5—3人").map(\.text) == [])
    #expect(figures(in: "培训3人—5次").map(\.text) == ["3人", "5次"])
    // A change, not a range: each side is its own figure.
    #expect(figures(in: "从3人到5人").map(\.text) == ["3人", "5人"])
    #expect(figures(in: "由3人增至5人").map(\.text) == ["3人", "5人"])
}

@Test func rangeIsNeitherPartNorTotalNorRate() {
    // Were `3—5件` read as 3 or 5, the parts would not add up to 8.
    #expect(kinds(in: "受理案件8件，村级调解3—5件，镇级调解3件。") == [])
    #expect(kinds(in: "受理案件10件，调解成功8件，调解成功率60%—70%。") == [])
    #expect(kinds(in: "受理案件10件，调解成功8件，调解成功率60%。") == [.rateMismatch])
}
