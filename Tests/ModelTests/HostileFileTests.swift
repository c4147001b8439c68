import Foundation
import Testing
@testable import Model

/// Files that are empty, binary, huge, or full of terminal tricks: each opens or is refused with a
/// reason, and none crashes or garbles the screen.
@Suite struct HostileFileTests {
    @Test func emptyAndBlankFilesAreRefusedWithAReason() throws {
        let scratch = try ScratchFolder()
        #expect(ReportLoader.load(try scratch.write("empty.txt", [])).refusal == "an empty file (0 bytes): nothing to review")
        #expect(ReportLoader.load(try scratch.write("blank.txt", " \n\u{3000}\r\n")).refusal?.contains("no text") == true)
    }

    @Test func binaryDataIsRefusedAsNotText() throws {
        let scratch = try ScratchFolder()
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let reason = try #require(ReportLoader.load(try scratch.write("data.txt", bytes)).refusal)
        #expect(reason.contains("not text") || reason.contains("binary") || reason.contains("UTF-16"))
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + [UInt8](repeating: 0, count: 64) + Array("text".utf8)
        #expect(ReportLoader.load(try scratch.write("program", elf)).refusal?.contains("binary") == true)
    }

    @Test(arguments: [
        ("报告.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] as [UInt8], "save it as .docx or .txt"),
        ("报告.pdf", Array("%PDF-1.7\n".utf8), "a PDF"),
        ("扫描.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "an image"),
        ("扫描.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "an image"),
        ("全县.zip", [0x50, 0x4B, 0x03, 0x04, 0, 0], "unpack it"),
        ("统计.xlsx", [0x50, 0x4B, 0x03, 0x04, 0, 0], "not a Word document"),
        ("报告.wps", Array("whatever".utf8), "save it as .docx or .txt in WPS"),
        ("改名.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "old-format Word"),
    ])
    func filesThatCannotBeOpenedSayWhatToDo(name: String, bytes: [UInt8], advice: String) throws {
        let scratch = try ScratchFolder()
        let reason = try #require(ReportLoader.load(try scratch.write(name, bytes)).refusal)
        #expect(reason.contains(advice), "\(name): \(reason)")
    }

    @Test func aReportWithoutHeadingsOpensAndParses() throws {
        let scratch = try ScratchFolder()
        let text = "今年共办理案件12件，培训3次。\n没有任何标题的一段话。"
        let loaded = try ReportLoader.load(try scratch.write("plain.txt", text)).get()
        #expect(loaded.text == text)
        #expect(ReportParser.parse(loaded.text).sections.isEmpty)
    }

    @Test func aOneMegabyteLineOpensAndParses() throws {
        let scratch = try ScratchFolder()
        let line = String(repeating: "开展普法宣传活动12场次，", count: 30_000)
        let text = "一、总体情况\n" + line + "\n二、存在问题\n"
        #expect(line.utf8.count > 1_000_000)
        let loaded = try ReportLoader.load(try scratch.write("long.txt", EncodingTests.gb18030(text))).get()
        #expect(loaded.text == text)
        let report = ReportParser.parse(loaded.text)
        #expect(report.source.lineCount == 4)
    }

    @Test func aFiftyMegabyteFileOpensAndOneOverTheCapIsRefused() throws {
        let scratch = try ScratchFolder()
        let sample = try Samples.text(Samples.names[0])
        let copies = 50 * 1_048_576 / sample.utf8.count + 1
        let big = String(repeating: sample, count: copies)
        #expect(big.utf8.count >= 50 * 1_048_576)
        let loaded = try ReportLoader.load(try scratch.write("big.txt", big)).get()
        #expect(loaded.text.utf8.count == big.utf8.count)

        let huge = scratch.url.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(FileBytes.sizeCap) + 1)
        try handle.close()
        #expect(ReportLoader.load(scratch.file("huge.txt")).refusal?.contains("too large") == true)
    }

    @Test func terminalEscapesControlsAndBidiOverridesAreShownHarmlessly() throws {
        let scratch = try ScratchFolder()
        let text = "一、情况\u{1B}[2J\u{1B}]0;title\u{07}\n办理案件\u{202E}21\u{202C}件\u{0000}\r\n\u{85}（一）小结\t完成"
        let loaded = try ReportLoader.load(try scratch.write("tricks.txt", text)).get()
        #expect(loaded.text == "一、情况␛[2J␛]0;title␇\n办理案件�21�件␀\r\n�（一）小结\t完成")
        #expect(!loaded.text.unicodeScalars.contains { $0.value < 0x20 && !["\n", "\r", "\t"].contains($0) })
        #expect(loaded.notes.count == 2)
        #expect(SourceText(loaded.text).lineCount == SourceText(text).lineCount)
    }

    /// The check reads eight bytes at a time: an unsafe character is found wherever it falls.
    @Test(arguments: ["\u{1B}", "\u{7F}", "\u{85}", "\u{202E}", "\u{2069}"])
    func anUnsafeCharacterIsFoundAtAnyOffset(unsafe: String) throws {
        let scratch = try ScratchFolder()
        for offset in 0..<17 {
            let text = String(repeating: "a", count: offset) + unsafe + "“办理案件”\n" + String(repeating: "b", count: 20)
            let loaded = try ReportLoader.load(try scratch.write("t\(offset).txt", text)).get()
            #expect(loaded.notes.count == 1, "offset \(offset)")
            #expect(!loaded.text.contains(unsafe), "offset \(offset)")
        }
    }
}
