import Testing
@testable import Model

/// Heading forms of GB/T 9704 in both widths, run-in headings, and lines that only look like headings.
@Suite struct HeadingTests {
    func parse(_ lines: [String]) -> Report { ReportParser.parse(lines.joined(separator: "\n")) }

    @Test func everyMarkerFormGivesItsLevel() {
        let report = parse([
            "一、总体情况", "（一）第一项", "1.小项", "（1）细项", "(2)细项二", "2．第二小项", "3、第三小项",
            "(二)第二项", "（三)第三项", "二.下一步",
        ])
        #expect(report.sections.map(\.level) == [1, 2, 3, 4, 4, 3, 3, 2, 2, 1])
        #expect(report.sections.map(\.marker) == ["一、", "（一）", "1.", "（1）", "(2)", "2．", "3、", "(二)", "（三)", "二."])
        #expect(report.sections.map(\.number) == [1, 1, 1, 1, 2, 2, 3, 2, 3, 2])
        #expect(report.sections.map(\.parent) == [nil, 0, 1, 2, 2, 1, 1, 0, 0, nil])
        #expect(report.sections.map(\.line) == Array(1...10))
        #expect(report.warnings.filter { $0.kind != .missingPart }.isEmpty)
    }

    @Test func runInHeadingEndsAtTheFirstFullStop() {
        let report = parse(["一、工作情况", "（一）聚焦理论学习，全面学习贯彻。一是领导带头学。二是干部集体学。"])
        #expect(report.sections[1].title == "聚焦理论学习，全面学习贯彻")
        #expect(report.source.slice(report.sections[1].headingRange) == "（一）聚焦理论学习，全面学习贯彻")
    }

    @Test func headingWithoutFullStopTakesTheWholeLine() {
        let report = parse(["一、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"])
        #expect(report.sections.first?.title == "2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况")
    }

    @Test func numbersAtTheStartOfBodyLinesAreNotHeadings() {
        let report = parse([
            "一、工作情况", "3.8妇女节当天开展宣传活动。", "1.5万元用于普法宣传。", "2024年以来，我镇开展工作。",
            "一年来，我镇坚持依法行政。", "2024、2025两年均未发生案件。", "12345热线接听群众来电。",
        ])
        #expect(report.sections.count == 1)
        #expect(report.warnings.filter { $0.kind != .missingPart }.isEmpty)
    }

    @Test func ownAndTreeRangesCoverTheSectionText() {
        let report = parse(["一、甲", "正文一。", "（一）乙", "正文二。", "二、丙", "正文三。"])
        let text = report.source
        #expect(text.slice(report.sections[0].ownRange) == "一、甲\n正文一。\n")
        #expect(text.slice(report.sections[0].treeRange) == "一、甲\n正文一。\n（一）乙\n正文二。\n")
        #expect(text.slice(report.sections[2].treeRange) == "二、丙\n正文三。")
    }

    @Test func pointsAreRecordedInTheirSection() {
        let report = parse([
            "一、工作情况",
            "（一）加强学习。一是领导带头学。二是干部集体学；三是群众灵活学。",
            "第一，健全机制。第二，落实责任。统一是前提，落实第一责任人职责。",
        ])
        #expect(report.points.map(\.marker) == ["一是", "二是", "三是", "第一，", "第二，"])
        #expect(report.points.map(\.number) == [1, 2, 3, 1, 2])
        #expect(report.points.allSatisfy { $0.section == 1 })
        #expect(report.source.slice(report.points[0].range) == "一是领导带头学。")
        #expect(report.points.map(\.line) == [2, 2, 2, 3, 3])
    }
}

/// Broken numbering is kept as written and reported, never silently fixed.
@Suite struct NumberingTests {
    func parse(_ lines: [String]) -> Report { ReportParser.parse(lines.joined(separator: "\n")) }

    @Test func shortLineInAGapIsAHeadingWithoutMarker() {
        let report = parse([
            "一、主要举措和成效", "学习贯彻习近平法治思想", "深入学习贯彻习近平法治思想，取得成效。", "（二）健全政府机构职能体系",
            "二、主要负责人履行第一责任人职责情况", "负责人带头学法。", "存在的不足", "执法力量有限。", "四、下一步工作打算",
        ])
        #expect(report.sections.map(\.marker) == ["一、", "", "（二）", "二、", "", "四、"])
        #expect(report.sections.map(\.level) == [1, 2, 2, 1, 1, 1])
        #expect(report.sections.map(\.number) == [1, 1, 2, 2, 3, 4])
        #expect(report.sections[1].markerInferred && report.sections[4].markerInferred)
        #expect(report.sections[4].title == "存在的不足")
        let warnings = report.warnings.filter { $0.kind == .missingMarker }
        #expect(warnings.map(\.line) == [2, 7])
        #expect(warnings[0].message.contains("（一）") && warnings[0].message.contains("line 2"))
        #expect(warnings[1].message.contains("三、") && warnings[1].message.contains("四、"))
        #expect(!report.warnings.contains { $0.kind == .numberingGap })
    }

    @Test func missingHeadingWhoseSubheadingsFollowOpensThem() {
        let report = parse([
            "一、甲", "（一）子", "（二）子", "二、乙", "正文内容很长，不是标题。", "存在的不足", "（一）法治素养不高", "（二）法治思维不强", "四、丁",
        ])
        #expect(report.sections.map(\.marker) == ["一、", "（一）", "（二）", "二、", "", "（一）", "（二）", "四、"])
        #expect(report.sections.map(\.parent) == [nil, 0, 0, nil, nil, 4, 4, nil])
        #expect(report.warnings.filter { $0.kind == .missingMarker }.map(\.line) == [6])
    }

    @Test func missingHeadingWhoseSubheadingsRestartAtOneIsNoRepeat() {
        let report = parse([
            "一、工作情况", "（一）学法", "（二）用法", "二、负责人履职情况", "（一）带头学法", "（二）带头守法",
            "存在的不足", "（一）法治素养不高", "（二）法治思维不强", "四、下一步打算",
        ])
        #expect(report.sections.map(\.marker) == ["一、", "（一）", "（二）", "二、", "（一）", "（二）", "", "（一）", "（二）", "四、"])
        #expect(report.sections.map(\.parent) == [nil, 0, 0, nil, 3, 3, nil, 6, 6, nil])
        #expect(report.sections[6].number == 3)
        let warnings = report.warnings.filter { $0.kind != .missingPart }
        #expect(warnings.map(\.kind) == [.missingMarker])
        #expect(warnings.first?.message.contains("三、 belongs (next sibling is 四、)") == true)
    }

    @Test func restartWithoutAGapAboveIsARepeat() {
        let report = parse(["一、工作情况", "（一）学法", "（二）用法", "其他工作", "（一）普法", "二、下一步打算"])
        #expect(report.sections.map(\.marker) == ["一、", "（一）", "（二）", "（一）", "二、"])
        #expect(report.warnings.filter { $0.kind == .numberingRepeat }.map(\.line) == [5])
    }

    @Test func gapWithoutAStandInIsReported() {
        let report = parse(["一、甲", "正文。", "三、丙", "正文。"])
        #expect(report.sections.map(\.marker) == ["一、", "三、"])
        let gap = report.warnings.first { $0.kind == .numberingGap }
        #expect(gap?.line == 3)
        #expect(gap?.message.contains("二、") == true)
    }

    @Test func firstSubheadingNumberedTwoIsAGap() {
        let report = parse(["一、甲", "正文内容很长，不是标题。", "（二）乙"])
        #expect(report.warnings.contains { $0.kind == .numberingGap && $0.line == 3 && $0.message.contains("（一）") })
    }

    @Test func repeatedNumberIsReported() {
        let report = parse(["一、甲", "（一）子一", "（二）子二", "（二）子三", "（三）子四"])
        #expect(report.sections.map(\.marker) == ["一、", "（一）", "（二）", "（二）", "（三）"])
        let repeats = report.warnings.filter { $0.kind == .numberingRepeat }
        #expect(repeats.map(\.line) == [4])
        #expect(repeats.first?.message.contains("（二）") == true)
    }

    @Test func subheadingNumbersRestartUnderEachParent() {
        let report = parse(["一、甲", "（一）子", "（二）子", "二、乙", "（一）子", "1.小", "2.小", "（二）子", "1.小"])
        #expect(report.warnings.filter { $0.kind != .missingPart }.isEmpty)
        #expect(report.sections.map(\.parent) == [nil, 0, 0, nil, 3, 4, 4, 3, 7])
    }
}
