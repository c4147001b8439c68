import Foundation
import Testing
import ZIPFoundation
@testable import Model

/// Reports written in Word, with headings numbered by Word itself, read like the typed text.
@Suite struct WordDocumentTests {
    @Test(arguments: Samples.names)
    func aSampleNumberedByWordReadsLikeTheText(name: String) throws {
        let original = try Samples.text(name)
        let (blocks, numbered) = WordDocumentFixture.fromReport(original)
        #expect(numbered >= 2, "the fixture must exercise automatic numbering")
        let scratch = try ScratchFolder()
        let file = try scratch.write("报告.docx", WordDocumentFixture.make(blocks))
        let loaded = try ReportLoader.load(file).get()
        #expect(loaded.encoding == "Word document")
        #expect(loaded.text == original)
        let expected = ParsedShape(parsing: original)
        #expect(!expected.headings.isEmpty && !expected.numbers.isEmpty, "the comparison must have something to compare")
        #expect(ParsedShape(parsing: loaded.text) == expected)
    }

    @Test func tableRowsBecomeLinesWithTabSeparatedCells() throws {
        let bytes = try WordDocumentFixture.make([
            .paragraph(.init(text: "2024年法治宣传统计表")),
            .table([[["项目"], ["场次"], ["人次"]], [["普法讲座"], ["12场"], ["1,500人次"]], [["送法下乡", "（含村社）"], ["8场"], [""]]]),
            .paragraph(.init(text: "以上数据截至12月31日。")),
        ])
        let decoded = try DocxText.extract(bytes).get()
        #expect(decoded.text == "2024年法治宣传统计表\n项目\t场次\t人次\n普法讲座\t12场\t1,500人次\n送法下乡 （含村社）\t8场\t\n以上数据截至12月31日。")
    }

    @Test func numberingRestartsContinuesAndFollowsStyles() throws {
        let numbering = WordDocumentFixture.headingNumbering + """
            <w:abstractNum w:abstractNumId="5">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>
            """
        let styles = """
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Level1"><w:basedOn w:val="1"/></w:style>
            """
        let bytes = try WordDocumentFixture.make([
            .paragraph(.init(text: "总体情况", style: "Level1")),
            .paragraph(.init(text: "学法", level: 1)),
            .paragraph(.init(text: "用法", level: 1)),
            .paragraph(.init(text: "存在问题", level: 0)),
            .paragraph(.init(text: "不足", level: 1)),
            .paragraph(.init(text: "另起一表", level: 0, list: 2)),
            .paragraph(.init(text: "甲", level: 0, list: 3)),
            .paragraph(.init(text: "乙", level: 1, list: 3)),
            .paragraph(.init(text: "丙", level: 2, list: 3)),
            .paragraph(.init(text: "无编号", level: 0, list: 0)),
        ], numbering: numbering, styles: styles)
        let lines = try DocxText.extract(bytes).get().text.components(separatedBy: "\n")
        #expect(lines == ["一、总体情况", "（一）学法", "（二）用法", "二、存在问题", "（一）不足", "一、另起一表", "1. 甲", "1.1 乙", "丙", "无编号"])
    }

    @Test(arguments: [
        (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"), (105, "chineseCounting", "一百零五"), (3, "chineseLegalSimplified", "叁"),
        (12, "chineseLegalSimplified", "壹拾贰"), (2, "ideographTraditional", "乙"), (3, "decimalEnclosedCircle", "③"),
        (4, "decimalEnclosedParen", "⑷"), (12, "decimalFullWidth", "１２"), (28, "upperLetter", "BB"),
        (14, "lowerRoman", "xiv"), (7, "decimalZero", "07"), (21, "decimalEnclosedCircle", "21"),
    ])
    func numberFormatsReadAsWordShowsThem(value: Int, format: String, shown: String) {
        #expect(NumberFormats.render(value, format: format) == shown)
    }

    @Test func brokenDocumentsAreRefusedWithAReason() throws {
        let scratch = try ScratchFolder()
        let cut = try WordDocumentFixture.make([.paragraph(.init(text: "一、情况"))]).prefix(200)
        #expect(ReportLoader.load(try scratch.write("cut.docx", Array(cut))).refusal?.contains("damaged") == true)
        let malformed = try ZIPFixture.archive(["word/document.xml": "<w:document><w:body><w:p><w:t>一、</w:body>"])
        let malformedLoad = ReportLoader.load(try scratch.write("malformed.docx", malformed))
        #expect(malformedLoad.refusal?.contains("malformed XML") == true, "\(malformedLoad)")
        let notWord = try ZIPFixture.archive(["报告/一.txt": "一、情况"])
        #expect(ReportLoader.load(try scratch.write("renamed.docx", notWord)).refusal?.contains("not a Word document") == true)
        let escaped = try WordDocumentFixture.make([.paragraph(.init(text: "a<b & c>d"))])
        #expect(try ReportLoader.load(try scratch.write("escaped.docx", escaped)).get().text == "a<b & c>d")
    }

    @Test func deletedTextAndFieldCodesAreLeftOut() throws {
        let document = """
            <w:document xmlns:w="w" xmlns:mc="mc"><w:body>
            <w:p><w:r><w:t>办理</w:t></w:r><w:del><w:r><w:delText>15</w:delText></w:r></w:del><w:ins><w:r><w:t>16</w:t></w:r></w:ins><w:r><w:t>件</w:t></w:r></w:p>
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>3</w:t></w:r><w:r><w:br/><w:t>下一行</w:t></w:r></w:p>
            <w:p><mc:AlternateContent><mc:Choice><w:r><w:t>框内</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>框内</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
            </w:body></w:document>
            """
        let archive = try ZIPFixture.archive(["word/document.xml": document])
        #expect(try DocxText.extract(archive).get().text == "办理16件\n3\n下一行\n框内")
    }
}

/// A ZIP package with the given parts, for documents written out by hand.
enum ZIPFixture {
    static func archive(_ parts: [String: String]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data!)
    }
}
