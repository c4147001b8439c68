import Testing
@testable import Model

/// The title block and the signature block (GB/T 9704-2012).
@Suite struct FrontBackMatterTests {
    @Test func fullTitleBlockAndBackMatter() {
        let report = ReportParser.parse("""
            拾万府文〔2021〕165号

            重庆市大足区拾万镇人民政府
             关于拾万镇2021年法治政府建设情况的报告

            区政府：
            现将2021年法治政府建设情况报告如下：
            一、主要举措及成效
            全年受理信访案件34宗。

            重庆市大足区拾万镇人民政府
            2021年11月23日


            抄 送：区委依法治区办，区司法局。
            """)
        let m = report.metadata
        #expect(m.docNumber == "拾万府文〔2021〕165号")
        #expect(m.authority == "重庆市大足区拾万镇人民政府")
        #expect(m.title == "重庆市大足区拾万镇人民政府关于拾万镇2021年法治政府建设情况的报告")
        #expect(m.region == ["重庆市", "大足区", "拾万镇"])
        #expect(m.year == 2021)
        #expect(m.addressee == "区政府")
        #expect(m.signature == "重庆市大足区拾万镇人民政府")
        #expect(m.date == ReportDate(year: 2021, month: 11, day: 23))
        #expect(m.copyTo == ["区委依法治区办", "区司法局"])
        #expect(report.sections.count == 1)
        #expect(report.source.slice(report.sections[0].ownRange) == "一、主要举措及成效\n全年受理信访案件34宗。")
        #expect(report.warnings.allSatisfy { $0.kind == .missingPart })
    }

    @Test func signerOnTheDocumentNumberLineIsLeftOut() {
        let report = ReportParser.parse("某府文〔2021〕1号　　签发人：张三\n某镇人民政府\n关于2021年法治政府建设情况的报告\n一、工作情况")
        #expect(report.metadata.docNumber == "某府文〔2021〕1号")
        #expect(report.metadata.title == "某镇人民政府关于2021年法治政府建设情况的报告")
    }

    @Test func oneLineTitleSplitsAtGuanYu() {
        let report = ReportParser.parse("鲁山县瓦屋镇人民政府关于2024年法治政府建设情况的报告\n一、工作情况")
        #expect(report.metadata.authority == "鲁山县瓦屋镇人民政府")
        #expect(report.metadata.region == ["鲁山县", "瓦屋镇"])
        #expect(report.metadata.title == "鲁山县瓦屋镇人民政府关于2024年法治政府建设情况的报告")
        #expect(report.metadata.year == 2024)
        #expect(report.metadata.addressee == nil)
    }

    @Test func wrappedTitleIsJoined() {
        let report = ReportParser.parse("某某街道办事处\n关于2023年法治政府建设\n情况的报告\n区政府：\n一、工作情况")
        #expect(report.metadata.title == "某某街道办事处关于2023年法治政府建设情况的报告")
        #expect(report.metadata.addressee == "区政府")
        #expect(report.metadata.region == ["某某街道"])
    }

    @Test func longPreambleEndingInAColonIsNotTheAddressee() {
        let report = ReportParser.parse("某镇人民政府关于2025年法治政府建设情况的报告\n2025年,在区委、区政府的坚强领导下,现将我镇2025年度法治政府建设情况报告如下:\n一、主要举措")
        #expect(report.metadata.addressee == nil)
    }

    @Test func regionUnitsNeedANameBeforeTheirSuffix() {
        #expect(Region.units(of: "山东省济南市市中区人民政府") == ["山东省", "济南市", "市中区"])
        #expect(Region.units(of: "江苏省镇江市京口区人民政府") == ["江苏省", "镇江市", "京口区"])
        #expect(Region.units(of: "广州市越秀区人民政府") == ["广州市", "越秀区"])
        #expect(Region.units(of: "中共某县某镇委员会") == ["某县", "某镇"])
    }

    @Test func chineseNumeralDateIsRead() {
        let report = ReportParser.parse("一、工作情况\n正文。\n某某乡人民政府\n二〇二一年十一月二十三日")
        #expect(report.metadata.date == ReportDate(year: 2021, month: 11, day: 23))
        #expect(report.metadata.signature == "某某乡人民政府")
    }

    @Test func malformedSignatureDateIsReportedAndLeftEmpty() {
        let report = ReportParser.parse("一、工作情况\n正文。\n\n重庆市南川区南平镇人民政府\n\n       2026115\n")
        #expect(report.metadata.date == nil)
        #expect(report.metadata.signature == "重庆市南川区南平镇人民政府")
        let warning = report.warnings.first { $0.kind == .malformedDate }
        #expect(warning?.line == 6)
        #expect(warning?.message.contains("2026115") == true)
    }

    @Test func impossibleDateIsMalformed() {
        let report = ReportParser.parse("一、工作情况\n正文。\n某镇人民政府\n2021年2月30日")
        #expect(report.metadata.date == nil)
        #expect(report.warnings.contains { $0.kind == .malformedDate && $0.line == 4 })
    }

    @Test func reportEndingInProseHasNoBackMatter() {
        let report = ReportParser.parse("一、工作情况\n（一）加强依法行政\n教育执法干部亮证执法，规范执法程序。")
        #expect(report.metadata.signature == nil)
        #expect(report.metadata.date == nil)
        #expect(report.sections.count == 2)
    }

    @Test func yearInNumeralsIsRead() {
        let report = ReportParser.parse("某镇人民政府关于二〇二三年法治政府建设情况的报告\n一、工作情况")
        #expect(report.metadata.year == 2023)
    }

    @Test func yearFallsBackToThePreamble() {
        let report = ReportParser.parse("法治政府建设情况报告\n2023年以来，我镇深入推进法治政府建设。\n一、工作情况")
        #expect(report.metadata.title == "法治政府建设情况报告")
        #expect(report.metadata.year == 2023)
    }
}

/// What the figure extractor is given, and how figures find their section.
@Suite struct BodyTests {
    @Test func bodyLeavesOutTitleBlockSignatureAndDebris() {
        let report = ReportParser.parse("""
            某镇人民政府关于2021年法治政府建设情况的报告
            发布日期:2026-01-15
            区政府：
            现将情况报告如下：
            一、主要举措
            [bookmark: _GoBack]全年调解纠纷10件。
            某镇人民政府
            2021年11月23日
            """)
        let body = report.body.map { report.source.slice($0) }.joined()
        #expect(body == "现将情况报告如下：\n一、主要举措\n全年调解纠纷10件。")
    }

    @Test func anOffsetBelongsToTheInnermostSectionWhoseOwnTextHoldsIt() {
        let report = ReportParser.parse("前言。\n一、甲\n正文。\n（一）乙\n正文。\n二、丙\n正文。")
        let text = report.source.text
        func offset(of needle: String, from start: String) -> Int {
            let range = text.range(of: needle, range: text.range(of: start)!.lowerBound..<text.endIndex)!
            return text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        }
        #expect(SectionTree.section(at: 0, in: report.sections) == nil)
        #expect(SectionTree.section(at: offset(of: "正文", from: "一、"), in: report.sections) == 0)
        #expect(SectionTree.section(at: offset(of: "正文", from: "（一）"), in: report.sections) == 1)
        #expect(SectionTree.section(at: offset(of: "正文", from: "二、"), in: report.sections) == 2)
        #expect(SectionTree.path(to: 1, in: report.sections) == ["一、甲", "（一）乙"])
    }
}
