import PropertyBased
import Testing
@testable import Model

/// Bad input never crashes the parser, and what it returns always points inside the text.
@Suite struct ParserRobustnessTests {
    /// Pieces real reports are made of, including broken ones, glued at random.
    static let pieces = [
        "一、", "二、", "三.", "（一）", "(二)", "（三)", "1.", "2．", "3、", "（1）", "(2)", "一是", "第二，", "十", "百",
        "工作情况", "存在的不足", "下一步打算", "主要负责人", "。", "，", "：", "\n", "\r\n", "\r", " ", "\u{3000}", "\u{2002}",
        "[bookmark: _GoBack]", "[bookmark:", "×", "发布日期:", "附件下载", "扫一扫", "抄 送：", "2021年11月23日", "2026115",
        "二〇二一年", "关于", "报告", "人民政府", "〔2021〕165号", "3.8", "1.5万", "\u{FEFF}", "é", "😀", "",
    ]

    @Test func randomDocumentsParseIntoConsistentReports() async {
        await propertyCheck(count: 300, input: Gen.element(of: Self.pieces).array(of: 0...80)) { parts in
            let report = ReportParser.parse(parts.compactMap { $0 }.joined())
            let size = report.source.bytes.count
            for (i, section) in report.sections.enumerated() {
                #expect(section.ownRange.lowerBound >= 0 && section.treeRange.upperBound <= size)
                #expect(section.ownRange.upperBound <= section.treeRange.upperBound)
                #expect(section.headingRange.lowerBound == section.ownRange.lowerBound)
                #expect(section.parent.map { $0 < i && report.sections[$0].level < section.level } ?? true)
                #expect(section.line >= 1 && section.line <= report.source.lineCount)
                if i > 0 { #expect(report.sections[i - 1].ownRange.upperBound <= section.ownRange.lowerBound) }
            }
            for range in report.debris + report.body { #expect(range.lowerBound >= 0 && range.upperBound <= size) }
            for warning in report.warnings { #expect(warning.line >= 0 && warning.line <= report.source.lineCount) }
            for point in report.points { #expect(point.range.upperBound <= size) }
        }
    }

    @Test func emptyAndBlankTextGiveAnEmptyReport() {
        for text in ["", "\n\n\n", "   ", "\u{FEFF}"] {
            let report = ReportParser.parse(text)
            #expect(report.sections.isEmpty)
            #expect(report.metadata == Metadata())
            #expect(report.mandated.missing.count == 4)
        }
    }
}
