import Foundation
import Testing
@testable import Model

/// Reports saved from government web sites read as their article text, without the site around it.
@Suite struct WebPageTests {
    /// A sample report as a district government site publishes it: GB2312 page, navigation,
    /// breadcrumb, scripts, the article in a `TRS_Editor` box with indented paragraphs, footer.
    static func governmentPage(_ report: String) -> [UInt8] {
        let paragraphs = report.components(separatedBy: "\n").map { line -> String in
            let escaped = line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: "“", with: "&ldquo;").replacingOccurrences(of: "”", with: "&rdquo;")
            return "<p style=\"text-indent:2em\">&nbsp;&nbsp;\(escaped)</p>\r\n"
        }.joined()
        let page = """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
            <html><head>
            <meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
            <title>关于2024年法治政府建设情况的报告_区政府门户网站</title>
            <style>.TRS_Editor p { line-height: 2; } /* 一、不是标题 */</style>
            <script type="text/javascript">var visits = "一、假标题 共3件"; document.write("<p>99件</p>");</script>
            </head><body>
            <div class="header"><div class="logo">区人民政府</div><ul class="nav-list"><li><a href="/">首页</a></li><li>政务公开 12项</li></ul></div>
            <div class="position">当前位置：<a href="/">首页</a> &gt; 法治政府建设</div>
            <h1 class="article-title">关于2024年法治政府建设情况的报告</h1>
            <div class="info">发布时间：2025-01-20 浏览次数：<span id="count">1024</span>次</div>
            <!-- 正文开始 一、注释里的标题 -->
            <div class="TRS_Editor">
            \(paragraphs)</div>
            <div class="share">分享到：微信 微博</div>
            <div id="footer">版权所有：区人民政府办公室 备案号 12345678号</div>
            <script>var _hmt = _hmt || [];</script>
            </body></html>
            """
        return Array(page.data(using: TextDecoding.gb18030)!)
    }

    @Test(arguments: Samples.names)
    func aSampleSavedFromAGovernmentSiteReadsLikeTheText(name: String) throws {
        let original = try Samples.text(name)
        let scratch = try ScratchFolder()
        let loaded = try ReportLoader.load(try scratch.write("报告.htm", Self.governmentPage(original))).get()
        #expect(loaded.encoding == "HTML page (GB18030)")
        let expectedLines = original.components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(loaded.text.components(separatedBy: "\n") == expectedLines)
        #expect(ParsedShape(parsing: loaded.text, withLines: false) == ParsedShape(parsing: original, withLines: false))
    }

    @Test func withoutAnArticleBoxNavigationScriptsAndFooterAreLeftOut() throws {
        let page = """
            <html><head><meta charset="utf-8"><title>标题</title></head>
            <body><nav>首页 | 机构</nav><header>区政府</header>
            <div id="breadcrumb-bar">首页 &gt; 公开</div>
            <div class="main"><H2>一、总体情况</H2>
            <p>办理案件&nbsp;16件&#xFF0C;增长&#53;%&amp;结案&lt;率&gt;高，&unknown;保留</p>
            <table><tr><th>项目</th><th>数量</th></tr><tr><td>讲座</td><td>12场</td></tr></table>
            第一行<br>第二行<BR/>第三行
            <pre>  原样   保留</pre>
            <SCRIPT>alert("二、假")</SCRIPT><style>p{}</style><noscript>请开启脚本</noscript></div>
            <aside>相关链接</aside><footer>版权所有</footer><div class="bottom">联系我们</div></body></html>
            """
        let text = try HTMLText.extract(Array(page.utf8)).get().text
        #expect(text == "一、总体情况\n办理案件 16件，增长5%&结案<率>高，&unknown;保留\n项目\t数量\n讲座\t12场\n第一行\n第二行\n第三行\n原样   保留")
    }

    @Test func anArticlesOwnHeaderKeepsItsTitle() throws {
        let page = "<body><header>区政府网</header><article><header><h1>关于2024年法治政府建设情况的报告</h1></header><p>一、情况</p></article><footer>版权</footer></body>"
        #expect(try HTMLText.extract(Array(page.utf8)).get().text == "关于2024年法治政府建设情况的报告\n一、情况")
    }

    @Test func aWrongCharsetDeclarationFallsBackToDetection() throws {
        let page = "<html><head><meta charset=\"utf-8\"></head><body><p>一、情况</p></body></html>"
        let decoded = try HTMLText.extract(Array(page.data(using: TextDecoding.gb18030)!)).get()
        #expect(decoded.encoding == "HTML page (GB18030)")
        #expect(decoded.text == "一、情况")
    }

    @Test func aPageSavedWithATextNameIsStillReadAsAPage() throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write("报告.txt", "\u{FEFF}<!DOCTYPE html><html><body><p>一、情况</p><p>二、问题</p></body></html>")
        let loaded = try ReportLoader.load(file).get()
        #expect(loaded.encoding == "HTML page (UTF-8 with BOM)")
        #expect(loaded.text == "一、情况\n二、问题")
    }
}
