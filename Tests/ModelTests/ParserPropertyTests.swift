import Foundation
import PropertyBased
import Testing
@testable import Model

/// The parser meets random and mutated reports without crashing, and what it finds is sound.
@Suite struct ParserPropertyTests {
    /// Pieces reports are made of, and the odd things real files hold.
    static let pieces: [String] = [
        "一、", "二、", "十一、", "（一）", "（二）", "(三)", "1.", "2．", "10、", "（1）", "(2)", "一是", "二是", "第一，",
        "总体情况", "存在的不足和原因", "下一年度主要安排", "党政主要负责人履行第一责任人职责情况",
        "办理", "案件", "12", "1,500", "3.5", "0.8", "１２", "万", "亿", "余", "近", "超过", "件", "场次", "人次", "%", "％",
        "万元", "元", "个百分点", "2024年", "12月31日", "。", "，", "；", "：", "、", "“", "”", "（", "）",
        "\n", "\n", "\n", "\r\n", "\r", " ", "\u{3000}", "\t", "\u{FEFF}", "😀", "e\u{301}", "\u{200D}", "\u{FFFD}",
        "重庆市荣昌区万灵镇人民政府", "关于2024年法治政府建设情况的报告", "抄送：", "2025年1月20日",
    ]

    static let reportText = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...300).map { indexes in
        indexes.map { pieces[$0] }.joined()
    }

    /// A sample with a few scalars deleted, pieces inserted and lines swapped.
    static let mutatedSample = zip(
        Gen.int(in: 0...(Samples.names.count - 1)),
        zip(Gen.int(in: 0...3), Gen.int(in: 0...Int.max), Gen.int(in: 0...(pieces.count - 1))).array(of: 1...20)
    ).map { sample, edits in
        var scalars = Array((try? Samples.text(Samples.names[sample])) ?? "")
        for (kind, position, piece) in edits where !scalars.isEmpty {
            let at = position % scalars.count
            switch kind {
            case 0: scalars.removeSubrange(at..<min(scalars.count, at + 1 + position % 7))
            case 1: scalars.insert(contentsOf: pieces[piece], at: at)
            case 2: scalars.insert(contentsOf: scalars[at..<min(scalars.count, at + 40)], at: (position / 7) % scalars.count)
            default:
                let lines = String(scalars).components(separatedBy: "\n")
                var shuffled = lines
                shuffled.swapAt(at % lines.count, (position / 3) % lines.count)
                scalars = Array(shuffled.joined(separator: "\n"))
            }
        }
        return String(scalars)
    }

    @Test func randomReportTextParsesSoundly() async {
        await propertyCheck(count: 300, input: Self.reportText) { text in
            #expect(ReportInvariants.violations(of: ReportParser.parse(text)) == [], "\(text.debugDescription)")
        }
    }

    @Test func mutatedSamplesParseSoundly() async {
        await propertyCheck(count: 150, input: Self.mutatedSample) { text in
            #expect(ReportInvariants.violations(of: ReportParser.parse(text)) == [], "\(text.debugDescription)")
        }
    }

    @Test func theSamplesThemselvesParseSoundly() throws {
        for name in Samples.names {
            #expect(ReportInvariants.violations(of: ReportParser.parse(try Samples.text(name))) == [], "\(name)")
        }
    }

    /// Found by the fuzz target: a line opening with twenty digits (an account number, say)
    /// overflowed `HeadingMarker.arabic` and trapped.
    @Test func aLineOpeningWithTwentyDigitsParses() {
        #expect(ReportInvariants.violations(of: ReportParser.parse("99999999999999999999、工作\n")) == [])
    }

    /// Found by the fuzz target: more than 18 digits after a decimal point overflowed the
    /// mantissa in `NumberScanner.arabic` and trapped.
    @Test func aLongDecimalFractionParses() {
        #expect(ReportInvariants.violations(of: ReportParser.parse("增长1.2345678901234567890123%\n")) == [])
    }

    /// The invariants catch what they are meant to catch, so a passing run means something.
    @Test func theInvariantsRejectAnUnsoundReport() {
        var report = ReportParser.parse("一、总体情况\n办理案件12件。")
        report.figures = [Figure(text: "12件", range: 0..<999, value: 12, unit: "件", kind: .count, qualifier: .exact, label: "", section: nil, line: 2)]
        report.sections = [
            Section(level: 2, marker: "（一）", title: "a", line: 1, parent: nil, number: 1, markerInferred: false,
                    headingRange: 0..<3, ownRange: 0..<5, treeRange: 0..<5),
            Section(level: 1, marker: "一、", title: "b", line: 1, parent: 0, number: 1, markerInferred: false,
                    headingRange: 3..<4, ownRange: 3..<9, treeRange: 3..<9),
        ]
        let violations = ReportInvariants.violations(of: report)
        #expect(violations.contains { $0.contains("figure 0 range") })
        #expect(violations.contains { $0.contains("level 1 under parent level 2") })
        #expect(violations.contains { $0.contains("outside parent's") })
    }
}
