import Foundation
import PropertyBased
import Testing
@testable import Model

/// Reading a file is one pass that decodes and looks for unsafe characters at once, eight bytes
/// at a time where it can: whatever falls where in the file, it reads as the slow way did.
@Suite struct ReadingPassTests {
    @Test func anEscapeInsideLongASCIIAndHanTextIsShownAsASymbolWithANote() throws {
        let scratch = try ScratchFolder()
        let ascii = String(repeating: "Report 2026 text, ", count: 40)
        let han = String(repeating: "全年办理行政复议案件12件，", count: 40)
        let text = "一、总体情况\n" + ascii + han + "\u{1B}[31m红字\u{1B}[0m" + han + ascii + "\n"
        let loaded = try ReportLoader.load(try scratch.write("escape.txt", text)).get()
        #expect(loaded.text == text.replacingOccurrences(of: "\u{1B}", with: "␛"))
        #expect(loaded.notes == ["2 control character(s) shown as symbols such as ␛"])
        // What the parser reads is what the reviewer is shown.
        #expect(ReportParser.parse(loaded.source).source.bytes == Array(loaded.text.utf8))
    }

    @Test func crlfAndLoneCRFilesGiveTheOffsetsAndLinesOfTheLFFile() throws {
        let scratch = try ScratchFolder()
        let original = try Samples.text(Samples.names[0])
        let expected = try ReportLoader.load(try scratch.write("lf.txt", original)).get()
        let want = ReportParser.parse(expected.source)
        #expect(!want.figures.isEmpty)
        for (name, bytes) in [
            ("crlf.txt", Array(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
            ("cr.txt", Array(original.replacingOccurrences(of: "\n", with: "\r").utf8)),
            ("bom.txt", [0xEF, 0xBB, 0xBF] + Array(original.utf8)),
            ("bom-crlf.txt", [0xEF, 0xBB, 0xBF] + Array(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ] {
            let report = ReportParser.parse(try ReportLoader.load(try scratch.write(name, bytes)).get().source)
            #expect(report.source.bytes == want.source.bytes, "\(name)")
            #expect(report.source.lineStarts == want.source.lineStarts, "\(name)")
            #expect(report.figures.map(\.range) == want.figures.map(\.range), "\(name)")
            #expect(report.figures.map(\.line) == want.figures.map(\.line), "\(name)")
            #expect(report.sections.map(\.line) == want.sections.map(\.line), "\(name)")
            #expect(report.warnings.map(\.line) == want.warnings.map(\.line), "\(name)")
        }
    }

    /// 中 in GBK (D6 D0) is not UTF-8: the file is GB18030 wherever the pair falls, at the end
    /// of an eight-byte word, across one, or as the last two bytes of the file.
    @Test func aGBKPairAnywhereInASCIIMakesTheFileGB18030() throws {
        let scratch = try ScratchFolder()
        for offset in 0..<24 {
            for after in [0, 1, 9] {
                let bytes = Array(String(repeating: "a", count: offset).utf8) + [0xD6, 0xD0] + Array(String(repeating: "b", count: after).utf8)
                let loaded = try ReportLoader.load(try scratch.write("gbk\(offset)-\(after).txt", bytes)).get()
                #expect(loaded.encoding == "GB18030", "offset \(offset), \(after) after")
                #expect(loaded.text == String(repeating: "a", count: offset) + "中" + String(repeating: "b", count: after))
            }
        }
    }

    @Test func aBadByteAnywhereIsRefusedNotDropped() throws {
        let scratch = try ScratchFolder()
        for offset in 0..<24 {
            let body = Array(String(repeating: "a", count: offset).utf8) + [0xFF]
            let plain = ReportLoader.load(try scratch.write("bad\(offset).txt", body)).refusal
            #expect(plain?.contains("not text in UTF-8, UTF-16 or GB18030") == true, "offset \(offset)")
            let marked = ReportLoader.load(try scratch.write("bom\(offset).txt", [0xEF, 0xBB, 0xBF] + body + [0x61])).refusal
            #expect(marked?.contains("byte-order mark but is not valid UTF-8") == true, "offset \(offset)")
        }
    }

    @Test func aFileOfOnlyABOMAndSpacesIsRefused() throws {
        let scratch = try ScratchFolder()
        for bytes in [[0xEF, 0xBB, 0xBF] + Array(repeating: 0x20, count: 40), [0xEF, 0xBB, 0xBF] + Array(" \u{3000}\r\n\t\u{FEFF}\n".utf8)] {
            #expect(ReportLoader.load(try scratch.write("blank.txt", bytes)).refusal == "no text in it (only spaces and blank lines)")
        }
    }

    /// Random mixes of ASCII, Han, the boundary cases of UTF-8 and broken sequences: the scan
    /// takes a file as UTF-8 exactly when the standard library does, and counts what a scalar
    /// walk would.
    @Test func theScanAgreesWithTheStandardLibrary() {
        let pieces: [[UInt8]] = [
            Array("abcdefgh".utf8), Array("办理".utf8), [0x0A], [0x0D, 0x0A], [0x09], [0x1B], [0x00], [0x0C], [0x7F],
            [0xC2, 0x85], [0xC2, 0xA0], [0xE2, 0x80, 0xAE], [0xE2, 0x81, 0xA9], [0xE2, 0x80, 0x9C], Array("𠀀".utf8),
            [0xDF, 0xBF], [0xEF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
            // Long runs of Han, read sixteen characters at a time, and the three-byte leads
            // that need a closer look.
            Array(String(repeating: "办理", count: 9).utf8), [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
            [0x80], [0xC0, 0xAF], [0xC1, 0x81], [0xE0, 0x9F, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0x80, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8], [0xF0, 0xA0, 0x80], [0xFF],
        ]
        // Seeded, so that a failing mix comes back on every run.
        var random = Xoshiro(seed: (7, 11, 13, 17))
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 12) {
                let piece = pieces[Int(random.next() % UInt64(round % 2 == 0 ? 21 : pieces.count))]
                bytes += random.next() % 3 == 0 ? piece : Array("abcdefgh".utf8.prefix(Int(random.next() % 9))) + piece
            }
            let scan = TextScan(bytes)
            let text = String(validating: bytes, as: UTF8.self)
            #expect(scan.isUTF8 == (text != nil), "\(bytes)")
            guard let text else { continue }
            let values = text.unicodeScalars.map(\.value)
            #expect(scan.controls == values.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0D].contains($0) || $0 == 0x7F }.count)
            #expect(scan.binaryControls == values.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C, 0x1B].contains($0) }.count)
            #expect(scan.overrides == values.filter { (0x80..<0xA0).contains($0) || (0x202A...0x202E).contains($0) || (0x2066...0x2069).contains($0) }.count)
        }
    }
}
