import Testing
@testable import Model

/// The regulation's parts are matched by wording, never by position.
@Suite struct MandatedPartTests {
    @Test func headingsAreMatchedByTheirMostSpecificWording() {
        #expect(MandatedPartMatcher.part(named: "2024年度党政主要负责人履行推进法治建设第一责任人职责情况") == .leaders)
        #expect(MandatedPartMatcher.part(named: "2024年工作情况") == .measures)
        #expect(MandatedPartMatcher.part(named: "推进法治政府建设的主要举措及成效") == .measures)
        #expect(MandatedPartMatcher.part(named: "存在的不足、原因和问题整改情况") == .shortcomings)
        #expect(MandatedPartMatcher.part(named: "工作中存在的问题") == .shortcomings)
        #expect(MandatedPartMatcher.part(named: "2026年度推进法治政府建设的主要工作思路与目标举措") == .plans)
        #expect(MandatedPartMatcher.part(named: "下一步工作打算") == .plans)
        #expect(MandatedPartMatcher.part(named: "其他需要报告的情况") == .other)
        #expect(MandatedPartMatcher.part(named: "强化组织保障") == nil)
    }

    @Test func orderDoesNotMatterAndMissingPartsAreWarned() {
        let report = ReportParser.parse("""
            一、党政主要负责人履行第一责任人职责情况
            二、下一年度主要安排
            三、其他需要报告的情况
            """)
        #expect(report.mandated.leaders == 0)
        #expect(report.mandated.plans == 1)
        #expect(report.mandated.other == 2)
        #expect(report.mandated.missing == [.measures, .shortcomings])
        let warnings = report.warnings.filter { $0.kind == .missingPart }
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.line == 0 })
        #expect(warnings.contains { $0.message.contains("主要举措和成效") })
    }

    @Test func reportWithoutLevelOneHeadingsMatchesItsOutermostLevel() {
        let report = ReportParser.parse("（一）主要举措和成效\n1.加强学习\n（二）存在的问题\n（三）下一步打算\n1.主要负责人带头")
        #expect(report.mandated.measures == 0)
        #expect(report.mandated.shortcomings == 2)
        #expect(report.mandated.plans == 3)
        #expect(report.mandated.leaders == nil)
    }

    @Test func onlyLevelOneSectionsCount() {
        let report = ReportParser.parse("一、工作情况\n（一）存在的问题\n（二）下一步打算")
        #expect(report.mandated.measures == 0)
        #expect(report.mandated.shortcomings == nil)
        #expect(report.mandated.plans == nil)
    }
}
