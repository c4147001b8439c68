import Foundation
import Testing
@testable import Model

/// Figure warnings of a snippet taken as body text.
func figureWarnings(in text: String) -> [Warning] {
    let source = SourceText(text)
    let body = [0..<source.bytes.count]
    let (figures, digitRuns) = FigureExtractor.scan(source, in: body)
    return FigureChecks.warnings(source: source, figures: figures, digitRuns: digitRuns, in: body)
}

func kinds(in text: String) -> [WarningKind] { figureWarnings(in: text).map(\.kind) }

@Test func missingMeasureWordIsReported() throws {
    let warnings = figureWarnings(in: "标题\n从乡贤等群体中选聘了6“法治观察员”，开通热线。")
    try #require(warnings.count == 1)
    #expect(warnings[0].kind == .unitMissing)
    #expect(warnings[0].line == 2)
    #expect(warnings[0].message.contains("6"))
    #expect(warnings[0].message.contains("Line 2"))
    #expect(kinds(in: "选聘了6名“法治观察员”") == [])
    #expect(kinds(in: "推行“6互”工作法") == [])
}

@Test func leadingZeroIsReported() throws {
    let warnings = figureWarnings(in: "我镇进京访0人次，到省信访01人次，到市信访3人次。")
    try #require(warnings.count == 1)
    #expect(warnings[0].kind == .leadingZero)
    #expect(warnings[0].message.contains("01人次"))
    #expect(kinds(in: "进京访0人次，利率0.5%") == [])
}

@Test(arguments: ["202512月南平“定制校车”正式发车", "推进法治建设工作，于２０２５１２月完成", "法治政府建设一体推进，202512月完成", "2025年13月召开会议", "2025年2月30日召开会议", "签发\n       2026115\n"])
func malformedDateIsReported(_ text: String) {
    #expect(kinds(in: text) == [.malformedDate])
}

@Test func malformedDateIsFoundAtEveryByteAlignment() {
    for padding in 0..<9 {
        for date in ["202512月", "２０２５１２月"] {
            let text = String(repeating: "a", count: padding) + "，法治政府建设一体推进于" + date + "完成"
            #expect(kinds(in: text) == [.malformedDate], "\(padding) \(date)")
        }
    }
}

@Test(arguments: ["2025年12月南平“定制校车”正式发车", "2024年2月29日召开会议", "发布日期:2026-01-15", "网站标识码:5001190010", "渝公网安备50011902000119号"])
func wellFormedDateIsNotReported(_ text: String) {
    #expect(kinds(in: text) == [])
}

@Test func partsThatDoNotAddUpAreReported() throws {
    let holds = "排查调处各类矛盾纠纷410件，调处成功410件，村级调委会调处案件339件，镇调委会调处案件71件，成功率100％。"
    #expect(kinds(in: holds) == [])
    let short = "排查调处各类矛盾纠纷410件，村级调委会调处案件339件，镇调委会调处案件70件。"
    let warnings = figureWarnings(in: short)
    try #require(warnings.map(\.kind) == [.sumMismatch])
    #expect(warnings[0].message.contains("339 + 70"))
    #expect(warnings[0].message.contains("410"))
    #expect(kinds(in: "受理案件50件，其中行政案件30件，民事案件25件。") == [.sumMismatch])
}

@Test func breakdownsThatMayLeaveThingsOutAreNotReported() {
    // Parts short of the total without naming tiers may omit kinds; lists are not totals.
    #expect(kinds(in: "受理案件50件，其中行政案件30件，民事案件15件。") == [])
    #expect(kinds(in: "进京访0人次，到省信访1人次，到市信访3人次。") == [])
    #expect(kinds(in: "调处纠纷410件。村级调委会调处案件339件，镇调委会调处案件70件。") == [])
    #expect(kinds(in: "开展培训3次，村级培训5次，镇级培训2次。") == [])
    #expect(kinds(in: "村级调解100件，镇级调解30件，县级调解20件。") == [])
}

@Test func rateThatContradictsItsCountsIsReported() throws {
    #expect(kinds(in: "全年共受理调解矛盾纠纷1101件，调解成功1101件，调解成功率达100%。") == [])
    let warnings = figureWarnings(in: "全年共受理调解矛盾纠纷1101件，调解成功1000件，调解成功率达100%。")
    try #require(warnings.map(\.kind) == [.rateMismatch])
    #expect(warnings[0].message.contains("1000"))
    #expect(warnings[0].message.contains("1101"))
    #expect(kinds(in: "受理3件，办结2件，办结率66.7%。") == [])
    #expect(kinds(in: "受理3件，办结2件，办结率67%。") == [])
    #expect(kinds(in: "受理3件，办结2件，办结率60%。") == [.rateMismatch])
    // The digits written after the point, whichever point and digits, set the rounding allowed.
    #expect(kinds(in: "受理3件，办结2件，办结率66.6%。") == [.rateMismatch])
    #expect(kinds(in: "受理3件，办结2件，办结率66．7%。") == [])
    #expect(kinds(in: "受理3件，办结2件，办结率66．6%。") == [.rateMismatch])
    #expect(kinds(in: "受理3件，办结2件，办结率６６．７％。") == [])
    #expect(kinds(in: "受理3件，办结2件，办结率６６．６％。") == [.rateMismatch])
    #expect(kinds(in: "受理3件，办结2件，办结率60%以上。") == [])
    #expect(kinds(in: "受理案件50件，其中行政案件30件，办结48件，办结率96%。") == [])
    #expect(kinds(in: "受理案件50件，其中行政案件30件，办结28件，办结率96%。") == [.rateMismatch])
}

@Test func rateAfterABreakdownIsCheckedAgainstItsOwnCounts() {
    let sentence = "排查调处各类矛盾纠纷410件，调处成功%@件，村级调委会调处案件339件，镇调委会调处案件71件，村、镇两级调委会案件调处成功率100％。"
    #expect(kinds(in: sentence.replacingOccurrences(of: "%@", with: "410")) == [])
    // 400 of 410 is not 100%; the tiers 339 + 71 also exceed the 400 they now stand beside.
    #expect(kinds(in: sentence.replacingOccurrences(of: "%@", with: "400")) == [.rateMismatch, .sumMismatch])
}

@Test func rateWithoutItsCountsIsUnverifiableNotWrong() {
    #expect(kinds(in: "共受理信访案件34宗，调处率100%。") == [])
    #expect(kinds(in: "本年度办理行政复议案件1起，纠错率100%。") == [])
    #expect(kinds(in: "今年排查矛盾纠纷约53起，调处矛盾纠纷约50件，调处率达100%。") == [])
}
