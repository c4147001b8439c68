import Testing
@testable import Model

/// Conversion and web debris stays out of the structure but can still be found.
@Suite struct DebrisTests {
    func debrisText(_ report: Report) -> [String] { report.debris.map { report.source.slice($0) } }

    @Test func bookmarksAreCutEvenInsideALine() {
        let report = ReportParser.parse("[bookmark: _GoBack] \n一、工作情况\n[bookmark: _GoBack]（一）整合调解资源\n正文。")
        #expect(debrisText(report) == ["[bookmark: _GoBack]", "[bookmark: _GoBack]"])
        #expect(report.sections.map(\.marker) == ["一、", "（一）"])
        #expect(report.sections[1].line == 3)
    }

    @Test func webCrumbsUnderTheTitleAreDebris() {
        let report = ReportParser.parse("""
            某某镇人民政府关于2025年法治政府建设情况的报告

            发布日期:2026-01-15
            字号：
            分享:
            打印:
            2025年，我镇扎实推进依法行政。
            一、主要举措和成效
            """)
        #expect(debrisText(report) == ["发布日期:2026-01-15", "字号：", "分享:", "打印:"])
        #expect(report.metadata.title == "某某镇人民政府关于2025年法治政府建设情况的报告")
        #expect(report.sections.count == 1)
    }

    @Test func siteFooterRunsToTheEndOfTheFile() {
        let report = ReportParser.parse("""
            一、主要举措和成效
            全年调解纠纷10件。
            某某镇人民政府
            2026年1月15日
            附件下载
            分享到微信朋友圈
            ×
            打开微信,点击底部的“发现”, 使用“扫一扫”即可将网页分享至朋友圈。
            我要留言
            网站地图 | 版权声明
            """)
        #expect(report.debris.count == 1)
        #expect(debrisText(report).first?.hasPrefix("附件下载") == true)
        #expect(debrisText(report).first?.hasSuffix("网站地图 | 版权声明") == true)
        #expect(report.metadata.signature == "某某镇人民政府")
        #expect(report.metadata.date == ReportDate(year: 2026, month: 1, day: 15))
    }

    @Test func aSentenceThatMentionsAFooterWordIsText() {
        let report = ReportParser.parse("一、主要举措和成效\n群众扫一扫二维码即可预约法律咨询。\n（一）加强宣传")
        #expect(report.debris.isEmpty)
        #expect(report.sections.count == 2)
    }

    @Test func aFooterWordBeforeAHeadingIsText() {
        let report = ReportParser.parse("一、主要举措和成效\n正文。\n联系我们\n二、存在的不足\n正文。\n网站地图\n版权所有")
        #expect(debrisText(report) == ["网站地图\n版权所有"])
        #expect(report.sections.map(\.marker) == ["一、", "二、"])
    }

    @Test func bracketedLabelsAndButtonRowsAreDebris() {
        let report = ReportParser.parse("来源：某镇 发布时间：2024-01-01 浏览次数：123\n【字体：大 中 小】\n【打印本页】 【关闭窗口】\n一、工作情况\n【典型案例】某村调解纠纷。")
        #expect(debrisText(report) == ["来源：某镇 发布时间：2024-01-01 浏览次数：123", "【字体：大 中 小】", "【打印本页】 【关闭窗口】"])
        #expect(report.sections.count == 1)
    }

    @Test func aLoneCloseMarkIsDebris() {
        let report = ReportParser.parse("一、甲\n×\n正文。")
        #expect(debrisText(report) == ["×"])
    }

    @Test func proseStartingWithALabelWordIsNotACrumb() {
        let report = ReportParser.parse("一、甲\n来源于群众的意见建议13条均已办结，群众满意度明显提升，各项工作取得实效。")
        #expect(report.debris.isEmpty)
    }
}
