import Foundation
import Testing
@testable import Model

/// Figures of a snippet taken as body text.
func figures(in text: String) -> [Figure] {
    let source = SourceText(text)
    return FigureExtractor.extract(from: source, in: [0..<source.bytes.count])
}

struct ExpectedFigure: CustomStringConvertible, Sendable {
    var input: String
    var text: String
    var value: String
    var unit: String
    var kind: FigureKind
    var qualifier: Qualifier = .exact
    var label: String? = nil
    var description: String { input }
}

@Test(arguments: [
    ExpectedFigure(input: "开展执法45次。", text: "45次", value: "45", unit: "次", kind: .count, label: "开展执法"),
    ExpectedFigure(input: "开展上门宣传1700余人次", text: "1700余人次", value: "1700", unit: "人次", kind: .count, qualifier: .atLeast),
    ExpectedFigure(input: "开展尚书学堂30余场次", text: "30余场次", value: "30", unit: "场次", kind: .count, qualifier: .atLeast, label: "开展尚书学堂"),
    ExpectedFigure(input: "发放各类宣传材料2万余份", text: "2万余份", value: "20000", unit: "份", kind: .count, qualifier: .atLeast),
    ExpectedFigure(input: "代理办结1万余件", text: "1万余件", value: "10000", unit: "件", kind: .count, qualifier: .atLeast),
    ExpectedFigure(input: "发放补助1.5万元", text: "1.5万元", value: "15000", unit: "元", kind: .money),
    ExpectedFigure(input: "投入3亿元", text: "3亿元", value: "300000000", unit: "元", kind: .money),
    ExpectedFigure(input: "投入10余万元", text: "10余万元", value: "100000", unit: "元", kind: .money, qualifier: .atLeast),
    ExpectedFigure(input: "共罚款2730元", text: "2730元", value: "2730", unit: "元", kind: .money, label: "共罚款"),
    ExpectedFigure(input: "覆盖率达 100%。", text: "100%", value: "100", unit: "%", kind: .percent, label: "覆盖率达"),
    ExpectedFigure(input: "按时办结率100％", text: "100％", value: "100", unit: "%", kind: .percent),
    ExpectedFigure(input: "满意率为98.5 %", text: "98.5 %", value: "98.5", unit: "%", kind: .percent),
    ExpectedFigure(input: "群众知晓率达到百分之百", text: "百分之百", value: "100", unit: "%", kind: .percent, label: "群众知晓率达到"),
    ExpectedFigure(input: "覆盖率达到百分之九十五", text: "百分之九十五", value: "95", unit: "%", kind: .percent),
    ExpectedFigure(input: "同比提高3个百分点", text: "3个百分点", value: "3", unit: "个百分点", kind: .percent),
    ExpectedFigure(input: "今年排查矛盾纠纷约53起", text: "约53起", value: "53", unit: "起", kind: .count, qualifier: .approx, label: "今年排查矛盾纠纷"),
    ExpectedFigure(input: "计划全年组织不少于2期", text: "不少于2期", value: "2", unit: "期", kind: .count, qualifier: .atLeast, label: "计划全年组织"),
    ExpectedFigure(input: "知晓率超过90%", text: "超过90%", value: "90", unit: "%", kind: .percent, qualifier: .atLeast),
    ExpectedFigure(input: "培训近200人", text: "近200人", value: "200", unit: "人", kind: .count, qualifier: .approx),
    ExpectedFigure(input: "参训100人以上", text: "100人以上", value: "100", unit: "人", kind: .count, qualifier: .atLeast),
    ExpectedFigure(input: "参加50人左右", text: "50人左右", value: "50", unit: "人", kind: .count, qualifier: .approx),
    ExpectedFigure(input: "办理时间不超过3天", text: "不超过3天", value: "3", unit: "天", kind: .measure, qualifier: .atMost),
    ExpectedFigure(input: "缺员不足10人", text: "不足10人", value: "10", unit: "人", kind: .count, qualifier: .atMost),
    ExpectedFigure(input: "办结5个工作日以内", text: "5个工作日以内", value: "5", unit: "个工作日", kind: .measure, qualifier: .atMost),
    ExpectedFigure(input: "逾300人参加", text: "逾300人", value: "300", unit: "人", kind: .count, qualifier: .atLeast),
    ExpectedFigure(input: "回访两次", text: "两次", value: "2", unit: "次", kind: .count),
    ExpectedFigure(input: "组织宣讲三场", text: "三场", value: "3", unit: "场", kind: .count),
    ExpectedFigure(input: "调处纠纷十余起", text: "十余起", value: "10", unit: "起", kind: .count, qualifier: .atLeast),
    ExpectedFigure(input: "办结二十一件", text: "二十一件", value: "21", unit: "件", kind: .count),
    ExpectedFigure(input: "培训一百二十人次", text: "一百二十人次", value: "120", unit: "人次", kind: .count),
    ExpectedFigure(input: "惠及三万余人", text: "三万余人", value: "30000", unit: "人", kind: .count, qualifier: .atLeast),
    ExpectedFigure(input: "发放宣传资料万余份", text: "万余份", value: "10000", unit: "份", kind: .count, qualifier: .atLeast, label: "发放宣传资料"),
    ExpectedFigure(input: "开展活动百余场", text: "百余场", value: "100", unit: "场", kind: .count, qualifier: .atLeast),
    ExpectedFigure(input: "受理1,101件", text: "1,101件", value: "1101", unit: "件", kind: .count),
    ExpectedFigure(input: "受理1，101件", text: "1，101件", value: "1101", unit: "件", kind: .count),
    ExpectedFigure(input: "受理１２件", text: "１２件", value: "12", unit: "件", kind: .count),
    ExpectedFigure(input: "整治面积3.5平方公里", text: "3.5平方公里", value: "3.5", unit: "平方公里", kind: .measure),
    ExpectedFigure(input: "近3年未发生", text: "近3年", value: "3", unit: "年", kind: .measure, qualifier: .approx),
    ExpectedFigure(input: "签约3家律所", text: "3家", value: "3", unit: "家", kind: .count, label: "签约"),
    ExpectedFigure(input: "选聘了6“法治观察员”", text: "6", value: "6", unit: "", kind: .count, label: "选聘了"),
])
func recognisesFigureForm(_ want: ExpectedFigure) throws {
    let found = figures(in: want.input)
    try #require(found.count == 1, "\(found.map(\.text))")
    let figure = found[0]
    #expect(figure.text == want.text)
    #expect(figure.valueText == want.value)
    #expect(figure.unit == want.unit)
    #expect(figure.kind == want.kind)
    #expect(figure.qualifier == want.qualifier)
    if let label = want.label { #expect(figure.label == label) }
    let source = SourceText(want.input)
    #expect(source.slice(figure.range) == figure.text)
    #expect(figure.line == 1)
}

@Test(arguments: [
    "2024年，在区委的正确领导下", "2021年11月23日", "发布日期:2026-01-15", "实施方案（2022—2025年）",
    "在“3.8”妇女节、“3.15”国际消费者权益保障日", "6.26禁毒宣传日", "12.4国家宪法日",
    "拾万府文〔2021〕165号", "大足府办法〔2021〕69号", "履行第一责任人职责", "党委会议第一议题",
    "全面落实党的二十大精神", "市委六届四次全会精神", "一是领导班子带头学。二是机关干部集体学。",
    "（一）思想高度重视", "1.在深化依法决策与规范执法上攻坚突破", "1．在深化依法决策上攻坚突破",
    "结合驻社联合办公“五个一”活动", "整合“1+3+N”网格力量", "推行“6互”工作法", "根植“4A景区·5心服务”理念",
    "按照“三重一大”要求", "一村一法律顾问", "一站式服务", "作为“一把手”工程", "推动“12345”热线融合",
    "12345热线", "处罚两、三轮电动车无牌无证", "一批时间跨度长的纠纷", "十分重视", "入选二季度市级示范榜",
    "联合3部门开展执法", "落实\"五个一\"要求", "推进“三个一批”", "推进三个一批建设", "千方百计", "万人空巷", "百姓", "开展宣传数十场", "几十人参加", "“12·4”国家宪法日", "七五普法", "党的十九届四中全会", "增强“四个意识”", "做到两个维护", "渝ICP备11000302号-1", "进一步加强",
])
func ignoresNonFigure(_ text: String) {
    #expect(figures(in: text).map(\.text) == [])
}

@Test func asciiQuotesCloseAsWellAsOpen() {
    #expect(figures(in: "组织\"小院讲堂\"普法宣传300场次").map(\.text) == ["300场次"])
}

@Test func thresholdAfterCountIsNotAFigure() {
    #expect(figures(in: "辖区31名3级以上严重精神障碍患者无漏管失控").map(\.text) == ["31名"])
}

@Test func adjacentFiguresAreBothFound() {
    let found = figures(in: "走访行政村19个180余人次，参与民间纠纷调处230件")
    #expect(found.map(\.text) == ["19个", "180余人次", "230件"])
    #expect(found.map(\.label) == ["走访行政村", "走访行政村19个", "参与民间纠纷调处"])
}

@Test func labelStopsAtClauseMarksAndDropsOpeningQuote() {
    #expect(figures(in: "辖区2名社区矫正人员、72名安置帮教人员").map(\.label) == ["辖区", ""])
    #expect(figures(in: "培养“法律明白人”20人").map(\.label) == ["培养“法律明白人”"])
}

@Test func figuresKeepTheirLineAndStayInsideTheGivenRanges() {
    let source = SourceText("标题\n受理3件\n办结2件\n")
    let second = source.range(ofLine: 2)
    let found = FigureExtractor.extract(from: source, in: [second])
    #expect(found.map(\.text) == ["3件"])
    #expect(found.first?.line == 2)
    #expect(found.first?.label == "受理")
}

@Test func brokenInputDoesNotCrash() {
    let inputs = ["", "1", "第", "百分之", "万", "1.", "1,", "1，0", "９９９９９９９９９９９９９９９９９９９９件",
                  "99999999999999999999999件", "1" + String(repeating: "亿", count: 60) + "元", "一二三四五六七八九十百千万亿件", "约", "以上", "\u{FEFF}12件",
                  "1.2345678901234567890123件", "1,234,567,890,123,456,789,012件"]
    for input in inputs { _ = figures(in: input) }
    // More than 18 digits, after separators or a point too, make a code, not a figure.
    #expect(figures(in: "编号1,234,567,890,123,456,789件").isEmpty)
    #expect(figures(in: "占比1.234567890123456789%").isEmpty)
    let source = SourceText("受理3件")
    #expect(FigureExtractor.extract(from: source, in: [0..<0, 3..<400, 900..<1000]).map(\.text) == ["3件"])
}
