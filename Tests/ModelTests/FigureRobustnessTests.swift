import PropertyBased
import Testing
@testable import Model

/// Whatever the text, figures and figure warnings stay consistent with it.
@Suite struct FigureRobustnessTests {
    /// Numbers, units, qualifiers and marks of real reports, including broken ones.
    static let pieces = [
        "1", "0", "01", "2024", "1,101", "1，101", "1.5", "．", ".", ",", "１２", "万", "亿", "余", "多", "千", "百分之", "百",
        "一", "两", "三", "十", "二十一", "〇", "零", "件", "人次", "场次", "个百分点", "%", "％", "元", "年", "月", "日", "级",
        "以上", "左右", "约", "不少于", "近", "第", "届", "“", "”", "、", "，", "。", "；", "\n", " ", "\u{3000}", "其中", "村级",
        "镇级", "调处", "成功率", "受理", "率", "A", "+", "-", "é", "😀", "\u{FEFF}", "",
    ]

    @Test func figuresAreOrderedAndMatchTheirText() async {
        await propertyCheck(count: 400, input: Gen.element(of: Self.pieces).array(of: 0...60)) { parts in
            let source = SourceText(parts.compactMap { $0 }.joined())
            let body = [0..<source.bytes.count]
            let (found, digitRuns) = FigureExtractor.scan(source, in: body)
            var previousEnd = 0
            for figure in found {
                #expect(figure.range.lowerBound >= previousEnd && figure.range.upperBound <= source.bytes.count)
                #expect(source.slice(figure.range) == figure.text)
                #expect(figure.line == source.line(at: figure.range.lowerBound))
                #expect(figure.value >= 0)
                #expect(figure.kind == .percent || figure.unit != "%")
                previousEnd = figure.range.upperBound
            }
            for warning in FigureChecks.warnings(source: source, figures: found, digitRuns: digitRuns, in: body) {
                #expect(warning.line >= 1 && warning.line <= source.lineCount)
                #expect(warning.range.map { $0.upperBound <= source.bytes.count } ?? true)
            }
        }
    }
}
