import Testing
@testable import Model

/// Numbers longer than any heading, date or count must read as text, never overflow and trap.
@Suite struct NumberOverflowTests {
    @Test(arguments: [
        "99999999999999999999、工作\n正文。",
        "（99999999999999999999）工作\n",
        "一、总体情况\n二〇二一二〇二一二〇二一二〇二一二〇二一年\n",
        "一、总体情况\n一亿亿亿亿亿亿亿亿亿件\n",
        "九千九百九十九万九千九百九十九亿亿元",
        "重庆市某镇人民政府\n关于2024年法治政府建设情况的报告\n一、工作\n正文。\n某镇人民政府\n99999999999999999999年1月1日\n",
        "办理案件99999999999999999999999999件。",
    ])
    func longNumbersParseWithoutTrapping(text: String) {
        let report = ReportParser.parse(text)
        #expect(report.figures.allSatisfy { $0.range.upperBound <= report.source.bytes.count })
    }

    @Test func aLongDigitRunIsNoHeadingMarker() {
        let report = ReportParser.parse("一、总体情况\n12345、不是标题的一行\n")
        #expect(report.sections.map(\.title) == ["总体情况"])
    }
}
