import Foundation
import ZIPFoundation

/// Builds small .docx files the way Word writes them, so that the tests need no binary fixture:
/// the package parts, paragraphs split into several runs, and a numbering definition whose four
/// levels are the report headings `一、` `（一）` `1.` `（1）`.
enum WordDocumentFixture {
    /// One paragraph: automatically numbered at `level` (0-based) in list `list`, or plain.
    struct Paragraph {
        var text: String
        var level: Int? = nil
        var list = 1
        var style: String? = nil
    }

    /// A row of cells, each holding one or more paragraphs.
    typealias Row = [[String]]

    enum Block {
        case paragraph(Paragraph)
        case table([Row])
    }

    static let headingNumbering = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%3."/></w:lvl>
          <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        """

    static func make(_ blocks: [Block], numbering: String = headingNumbering, styles: String = "") throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        let body = blocks.map(xml).joined()
        var parts: [(String, String)] = [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """),
            ("word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """),
            ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(w)><w:body>\(body)<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"),
            ("word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering \(w)>\(numbering)</w:numbering>"),
        ]
        parts.append(("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles \(w)>\(styles)</w:styles>"))
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data!)
    }

    private static func xml(_ block: Block) -> String {
        switch block {
        case .paragraph(let paragraph): return xml(paragraph)
        case .table(let rows):
            let body = rows.map { row in
                "<w:tr>" + row.map { cell in "<w:tc><w:tcPr><w:tcW w:w=\"2000\"/></w:tcPr>" + cell.map { xml(Paragraph(text: $0)) }.joined() + "</w:tc>" }.joined() + "</w:tr>"
            }.joined()
            return "<w:tbl><w:tblPr><w:tblW w:w=\"0\"/></w:tblPr>\(body)</w:tbl>"
        }
    }

    /// Runs of at most five characters, as Word's revision marks and spell checks leave them.
    private static func xml(_ paragraph: Paragraph) -> String {
        var properties = ""
        if let style = paragraph.style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let level = paragraph.level {
            properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(paragraph.list)\"/></w:numPr>"
        }
        properties += "<w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>"
        var runs = ""
        var rest = Substring(paragraph.text)
        while !rest.isEmpty {
            let piece = rest.prefix(5)
            rest = rest.dropFirst(piece.count)
            let escaped = piece.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            let parts = escaped.components(separatedBy: "\t").map { "<w:t xml:space=\"preserve\">\($0)</w:t>" }
            runs += "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>" + parts.joined(separator: "<w:tab/>") + "</w:r>"
        }
        return "<w:p><w:pPr>\(properties)</w:pPr>\(runs)</w:p>"
    }

    /// A sample report as Word would hold it when its author let Word number the headings:
    /// each line whose marker is the next one in Word's sequence becomes a numbered paragraph
    /// without the marker; every other line stays as typed. Returns the number of headings
    /// numbered by Word.
    static func fromReport(_ text: String) -> (blocks: [Block], numbered: Int) {
        var counts = [0, 0, 0, 0]
        var numbered = 0
        let blocks = text.components(separatedBy: "\n").map { line -> Block in
            guard let (level, number, rest) = marker(line), number == counts[level] + 1 else {
                return .paragraph(Paragraph(text: line))
            }
            counts[level] = number
            for deeper in (level + 1)..<4 { counts[deeper] = 0 }
            numbered += 1
            return .paragraph(Paragraph(text: rest, level: level))
        }
        return (blocks, numbered)
    }

    /// The heading marker a line starts with, in the four forms the numbering writes.
    private static func marker(_ line: String) -> (level: Int, number: Int, rest: String)? {
        let forms: [(prefix: String, suffix: String, chinese: Bool)] = [("", "、", true), ("（", "）", true), ("", ".", false), ("（", "）", false)]
        for (level, form) in forms.enumerated() where line.hasPrefix(form.prefix) {
            let afterPrefix = line.dropFirst(form.prefix.count)
            let digits = afterPrefix.prefix { form.chinese ? chineseDigits.keys.contains($0) : $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, afterPrefix.dropFirst(digits.count).hasPrefix(form.suffix) else { continue }
            let value = form.chinese ? chineseValue(digits) : Int(digits)
            guard let value else { continue }
            return (level, value, String(afterPrefix.dropFirst(digits.count + form.suffix.count)))
        }
        return nil
    }

    private static let chineseDigits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10]

    /// 一 … 九十九, as written in headings.
    private static func chineseValue(_ digits: Substring) -> Int? {
        let values = digits.compactMap { chineseDigits[$0] }
        switch values.count {
        case 1: return values[0]
        case 2 where values[0] == 10: return 10 + values[1]
        case 2 where values[1] == 10: return values[0] * 10
        case 3 where values[1] == 10: return values[0] * 10 + values[2]
        default: return nil
        }
    }
}
