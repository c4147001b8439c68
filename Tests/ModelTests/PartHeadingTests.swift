import Testing
@testable import Model

/// Reports divided into `第一部分`… instead of `一、`.
@Suite struct PartHeadingTests {
    func parse(_ lines: [String]) -> Report { ReportParser.parse(lines.joined(separator: "\n")) }

    @Test func partsAreLevelOneWhateverFollowsTheWord() {
        let report = parse([
            "第一部分 2023年法治政府建设工作情况", "全年办理行政复议案件12件。",
            "第二部分：存在的问题", "执法力量不足。",
            "第三部分党政主要负责人履行推进法治建设第一责任人职责情况", "书记带头学法。",
            "第四部分　2024年工作打算", "持续推进依法行政。",
        ])
        #expect(report.sections.map(\.level) == [1, 1, 1, 1])
        // The marker keeps the mark or space it is written with, so marker and title read as the line.
        #expect(report.sections.map(\.marker) == ["第一部分 ", "第二部分：", "第三部分", "第四部分　"])
        #expect(report.sections.map(\.number) == [1, 2, 3, 4])
        #expect(report.sections.map(\.title) == [
            "2023年法治政府建设工作情况", "存在的问题", "党政主要负责人履行推进法治建设第一责任人职责情况", "2024年工作打算",
        ])
        #expect(report.mandated.measures == 0 && report.mandated.shortcomings == 1)
        #expect(report.mandated.leaders == 2 && report.mandated.plans == 3)
        #expect(report.warnings.isEmpty)
        #expect(report.figures.first?.section == 0)
    }

    @Test func headingsUnderPartsMoveOneLevelDown() {
        let report = parse([
            "第一部分 主要举措和成效", "一、深入学习法治思想", "（一）领导带头学", "1.专题学习", "（1）集中研讨",
            "二、严格规范执法", "第二部分 存在的不足", "一、执法队伍力量薄弱",
        ])
        #expect(report.sections.map(\.level) == [1, 2, 3, 4, 5, 2, 1, 2])
        #expect(report.sections.map(\.parent) == [nil, 0, 1, 2, 3, 0, nil, 6])
        #expect(report.sections.map(\.number) == [1, 1, 1, 1, 1, 2, 2, 1])
        // Only the parts count for the mandated parts: 一、 under a part is a subsection.
        #expect(report.mandated.measures == 0 && report.mandated.shortcomings == 6)
        #expect(report.warnings.filter { $0.kind != .missingPart }.isEmpty)
    }

    @Test func withoutYiHeadingsSubsectionsStayRightUnderTheirPart() {
        let report = parse(["第一部分 工作情况", "（一）学法", "（二）用法", "第二部分 存在的问题", "（一）力量不足"])
        #expect(report.sections.map(\.level) == [1, 2, 2, 1, 2])
        #expect(report.sections.map(\.parent) == [nil, 0, 0, nil, 3])
    }

    @Test func partNumberingGapsAndRepeatsAreReported() {
        let report = parse([
            "第一部分 工作情况", "开展普法活动。", "第三部分 存在的问题", "人员不足。", "第三部分 下一步打算", "继续努力。",
        ])
        let gap = report.warnings.first { $0.kind == .numberingGap }
        #expect(gap?.line == 3)
        #expect(gap?.message.contains("第二部分 missing") == true)
        let repeated = report.warnings.first { $0.kind == .numberingRepeat }
        #expect(repeated?.line == 5)
        #expect(repeated?.message.contains("第三部分") == true)
    }

    @Test func partWithoutItsMarkerIsInferredAndItsSubsectionsRestart() {
        let report = parse([
            "第一部分 工作情况", "一、深入学法", "二、严格执法", "存在的问题", "一、执法力量不足", "二、宣传不够深入",
            "第三部分 下一步打算", "一、继续学法",
        ])
        #expect(report.sections.map(\.marker) == ["第一部分 ", "一、", "二、", "", "一、", "二、", "第三部分 ", "一、"])
        #expect(report.sections.map(\.level) == [1, 2, 2, 1, 2, 2, 1, 2])
        #expect(report.sections.map(\.parent) == [nil, 0, 0, nil, 3, 3, nil, 6])
        let numbering = report.warnings.filter { $0.kind != .missingPart }
        #expect(numbering.map(\.kind) == [.missingMarker])
        #expect(numbering.first?.line == 4)
        #expect(numbering.first?.message.contains("第二部分 belongs") == true)
        #expect(report.mandated.shortcomings == 3)
    }

    @Test func ordinalsAndPartsOfSentencesAreNotParts() {
        let report = parse([
            "一、工作情况", "第一，健全机制。第二，落实责任。", "第一责任人职责落实到位。",
            "第一部分，介绍全年工作开展情况。", "第二部分内容已于上月报送，此处不再赘述。",
        ])
        #expect(report.sections.map(\.marker) == ["一、"])
        #expect(report.sections[0].level == 1)
        #expect(report.points.map(\.marker) == ["第一，", "第二，"])
    }

    @Test func aLonePartLineDoesNotMoveTheHeadings() {
        let report = parse(["一、工作情况", "第一部分为总则", "修订后的章程分为三个部分。", "二、存在的问题"])
        #expect(report.sections.map(\.marker) == ["一、", "二、"])
        #expect(report.sections.map(\.level) == [1, 1])
        #expect(report.warnings.filter { $0.kind != .missingPart }.isEmpty)
    }

    /// `一、标题` rewritten `第一部分 标题` on each line that opens with it.
    static func dividedIntoParts(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let indent = line.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
            let rest = line.dropFirst(indent.count)
            let numeral = rest.prefix { "一二三四五六七八九十".contains($0) }
            guard !numeral.isEmpty, rest.dropFirst(numeral.count).first == "、" else { return String(line) }
            return indent + "第" + numeral + "部分 " + rest.dropFirst(numeral.count + 1)
        }.joined(separator: "\n")
    }

    @Test(arguments: Samples.names)
    func aSampleWrittenInPartsReadsTheSame(name: String) throws {
        let original = ReportParser.parse(try Samples.text(name))
        let parts = ReportParser.parse(Self.dividedIntoParts(try Samples.text(name)))
        #expect(parts.sections.contains { $0.marker.hasPrefix("第") })
        #expect(parts.sections.map(\.level) == original.sections.map(\.level))
        #expect(parts.sections.map(\.parent) == original.sections.map(\.parent))
        #expect(parts.sections.map(\.number) == original.sections.map(\.number))
        #expect(parts.sections.map(\.title) == original.sections.map(\.title))
        #expect(parts.mandated == original.mandated)
        #expect(parts.warnings.map { "\($0.kind) \($0.line)" } == original.warnings.map { "\($0.kind) \($0.line)" })
        #expect(parts.figures.count == original.figures.count)
    }
}
