import Foundation
import Model
import Testing
@testable import TUI

/// What the inspection commands print, built from small reports.
@Suite struct OutputTests {
    static let report = ReportParser.parse("""
        一、主要举措和成效
        （一）加强宣传
        开展宣传活动20场次。
        二、存在的问题
        三、下一步工作打算
        """)

    @Test func outlineIndentsByLevelAndListsMissingParts() {
        let text = OutlineCommand.outline(Self.report, name: "a.txt")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "== a.txt")
        #expect(lines.contains { $0.hasPrefix("一、主要举措和成效  (") })
        #expect(lines.contains { $0.hasPrefix("  （一）加强宣传  (") })
        #expect(lines.contains("  missing  党政主要负责人履行第一责任人职责情况"))
        #expect(lines.contains { $0.hasPrefix("  present  下一年度主要安排: 三、下一步工作打算") })
        #expect(!lines.contains { $0.contains("其他需要报告") })
    }

    @Test func figureJSONHasExactlyTheDocumentedKeys() throws {
        let parsed = ParsedReport(
            file: ReportFile(url: URL(fileURLWithPath: "/tmp/a.txt"), folder: URL(fileURLWithPath: "/tmp"), relativePath: "a.txt"),
            encoding: "UTF-8", report: Self.report)
        let figure = Figure(
            text: "20场次", range: 0..<8, value: 20, unit: "场次", kind: .count, qualifier: .exact,
            label: "开展宣传活动", section: 1, line: 3)
        let object = ReportJSON.figure(figure, number: 1, in: parsed)
        #expect(Set(object.keys) == ["n", "file", "line", "start", "end", "text", "value", "upperValue", "unit", "kind", "qualifier", "label", "section"])
        #expect(object["section"] as? String == "一、主要举措和成效 / （一）加强宣传")
        #expect(object["value"] as? String == "20")
        #expect(object["upperValue"] is NSNull)
        #expect(ReportJSON.text(object).contains("\"text\":\"20场次\""))
    }

    @Test func figureJSONGivesBothEndsOfARange() throws {
        let parsed = ParsedReport(
            file: ReportFile(url: URL(fileURLWithPath: "/tmp/a.txt"), folder: URL(fileURLWithPath: "/tmp"), relativePath: "a.txt"),
            encoding: "UTF-8", report: Self.report)
        let figure = Figure(
            text: "3—5万元", range: 0..<10, value: 30000, unit: "元", kind: .money, qualifier: .exact,
            label: "每次补助", section: nil, line: 3, upperValue: 50000)
        let json = ReportJSON.text(ReportJSON.figure(figure, number: 1, in: parsed))
        #expect(json.contains("\"value\":\"30000\""))
        #expect(json.contains("\"upperValue\":\"50000\""))
    }
}
