import Foundation
import Testing
@testable import Model

/// RFC 4180 as Excel writes it: quoted fields with doubled quotes, CRLF between records.
private func readCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text.unicodeScalars)[...]
    while let c = characters.popFirst() {
        if quoted {
            if c == "\"" {
                if characters.first == "\"" { field.unicodeScalars.append(characters.removeFirst()) } else { quoted = false }
            } else {
                field.unicodeScalars.append(c)
            }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            record.append(field)
            field = ""
        } else if c == "\r", characters.first == "\n" {
            characters.removeFirst()
            records.append(record + [field])
            record = []
            field = ""
        } else {
            field.unicodeScalars.append(c)
        }
    }
    return records
}

@Test func exportedCSVOpensWithChineseIntactAndOneRowPerFigure() throws {
    let report = HandMadeReport.make(
        ["一、主要举措和成效", "（一）依法调解纠纷", "调处各类矛盾纠纷410件，办理来信来访34宗，培训2期。"],
        figures: [("调处各类矛盾纠纷", "410件"), ("办理来信来访", "34宗"), ("培训", "2期")])
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteReviewStore(path: folder.appendingPathComponent("r.sqlite").path, reviewer: "张三")
    _ = try store.record(.checked, note: nil, figure: 0, of: report, relativePath: "万灵镇.txt")
    _ = try store.record(.disputed, note: "台账写\"409件\",\r\n待核", figure: 1, of: report, relativePath: "万灵镇.txt")
    _ = try store.record(.disputed, note: "-与台账不符", figure: 2, of: report, relativePath: "万灵镇.txt")

    let rows = FigureRow.rows(of: report, named: "万灵镇.txt", reviews: try store.reviews(of: report, relativePath: "万灵镇.txt"))
    let data = ReviewExport.csv(rows)
    #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
    #expect(text.hasSuffix("\r\n"))

    let records = readCSV(text)
    #expect(records.first == FigureRow.columns)
    let body = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(FigureRow.columns, $0)) }
    #expect(body.count == 3)
    #expect(body.map { $0["state"] } == ["checked", "disputed", "disputed"])
    #expect(body.map { $0["text"] } == ["410件", "34宗", "2期"])
    #expect(body[0]["section"] == "一、主要举措和成效 / （一）依法调解纠纷")
    #expect(body[0]["reviewer"] == "张三")
    #expect(body[0]["report"] == "万灵镇.txt")
    #expect(body[1]["note"] == "台账写\"409件\",\r\n待核")
    // A spreadsheet would read a leading "-" as a formula.
    #expect(body[2]["note"] == "'-与台账不符")
}

@Test func exportedJSONKeepsExactValuesAndUnmarkedFigures() throws {
    let report = HandMadeReport.make(["调处纠纷410件。"], figures: [("调处纠纷", "410件")])
    let rows = FigureRow.rows(of: report, named: "a.txt", reviews: [nil])
    let decoded = try JSONDecoder().decode([FigureRow].self, from: ReviewExport.json(rows))
    #expect(decoded == rows)
    #expect(decoded.first?.state == "unmarked")
    #expect(decoded.first?.value == "1")
}

@Test func exportedRangeKeepsBothEndsAndASingleNumberLeavesTheUpperEndEmpty() throws {
    let report = ReportParser.parse("一、主要举措和成效\n开展法治讲座3—5场次，调处纠纷12件。\n")
    let rows = FigureRow.rows(of: report, named: "a.txt", reviews: Array(repeating: nil, count: report.figures.count))
    #expect(rows.map(\.text) == ["3—5场次", "12件"])
    #expect(rows.map(\.value) == ["3", "12"])
    #expect(rows.map(\.upperValue) == ["5", ""])
    let records = readCSV(try #require(String(data: ReviewExport.csv(rows).dropFirst(3), encoding: .utf8)))
    let upper = try #require(records.first?.firstIndex(of: "upperValue"))
    #expect(records.dropFirst().map { $0[upper] } == ["5", ""])
}
