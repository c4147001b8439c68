import Testing
@testable import Model

/// Inline points (`一是…二是…`, `第一，…`) get the same numbering warnings as headings.
@Suite struct PointNumberingTests {
    func parse(_ lines: [String]) -> Report { ReportParser.parse(lines.joined(separator: "\n")) }
    func pointWarnings(_ report: Report) -> [Warning] {
        report.warnings.filter { $0.kind == .numberingGap || $0.kind == .numberingRepeat }
    }

    @Test func skippedPointIsAGap() {
        let report = parse(["一、工作情况", "（一）加强学习。一是领导带头学。二是干部集体学。四是群众灵活学。"])
        let warnings = pointWarnings(report)
        #expect(warnings.map(\.kind) == [.numberingGap])
        #expect(warnings.first?.line == 2)
        #expect(warnings.first?.message.contains("四是") == true)
        #expect(warnings.first?.message.contains("三是 missing") == true)
        #expect(warnings.first.flatMap { $0.range.map(report.source.slice) } == "四是")
    }

    @Test func repeatedPointIsARepeat() {
        let report = parse(["一、工作情况", "一是健全机制；二是落实责任；二是强化考核。"])
        let warnings = pointWarnings(report)
        #expect(warnings.map(\.kind) == [.numberingRepeat])
        #expect(warnings.first?.message.contains("number 2 is used again") == true)
    }

    @Test func ordinalPointsAreCheckedOnTheirOwn() {
        let report = parse(["一、工作情况", "一是健全机制。第一，制定方案；第三，督促落实。二是落实责任。"])
        let warnings = pointWarnings(report)
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("第二， missing") == true)
    }

    @Test func listsRestartAndContinueAcrossParagraphsWithoutWarnings() {
        let report = parse([
            "一、工作情况",
            "（一）加强学习。一是领导带头学。二是干部集体学。",
            "三是群众灵活学。",
            "一是开展专题讲座；二是组织旁听庭审。",
            "（二）强化监督，一是完善监督制度。二是严格执法程序。三是落实执法责任制。",
            "（三）化解纠纷。一是排查矛盾。",
            "二是调处纠纷。第一，统一是前提；第二，落实第一责任人职责。",
        ])
        #expect(report.points.count == 11)
        #expect(pointWarnings(report).isEmpty)
    }

    @Test func aListWithoutItsFirstPointIsAGap() {
        let report = parse(["一、工作情况", "（一）学法", "（二）规范执法。二是严格执法程序。三是落实执法责任制。"])
        let warnings = pointWarnings(report)
        #expect(warnings.map(\.line) == [3])
        #expect(warnings.first?.message.contains("is the first in section （二） (line 3): 一是 missing") == true)
    }

    @Test func aNewSectionStartsANewList() {
        let report = parse(["一、工作情况", "一是学法。二是用法。三是守法。", "二、存在的不足", "一是执法力量不足。二是宣传不够。"])
        #expect(pointWarnings(report).isEmpty)
        let carriedOn = parse(["一、工作情况", "一是学法。二是用法。", "二、存在的不足", "三是执法力量不足。"])
        #expect(pointWarnings(carriedOn).map(\.line) == [4])
    }
}
