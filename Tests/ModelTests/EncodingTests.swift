import Foundation
import Testing
@testable import Model

/// Reports saved on Windows machines in the encodings they use read exactly like the UTF-8 originals.
@Suite struct EncodingTests {
    static func gb18030(_ text: String) -> [UInt8] { Array(text.data(using: TextDecoding.gb18030)!) }
    static func utf16LE(_ text: String) -> [UInt8] { [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
    static func utf16BE(_ text: String) -> [UInt8] { [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }
    static func crlf(_ text: String) -> [UInt8] { Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8) }
    static func utf8BOM(_ text: String) -> [UInt8] { [0xEF, 0xBB, 0xBF] + Array(text.utf8) }

    static let conversions: [(name: String, encoding: String, convert: @Sendable (String) -> [UInt8])] = [
        ("GB18030", "GB18030", gb18030),
        ("UTF-16LE", "UTF-16LE", utf16LE),
        ("UTF-16BE", "UTF-16BE", utf16BE),
        ("CRLF", "UTF-8", crlf),
        ("UTF-8 BOM", "UTF-8 with BOM", utf8BOM),
        ("GB18030 CRLF", "GB18030", { gb18030($0.replacingOccurrences(of: "\n", with: "\r\n")) }),
    ]

    @Test(arguments: Samples.names)
    func everyEncodingOfASampleReadsLikeTheOriginal(name: String) throws {
        let original = try Samples.text(name)
        let expected = ParsedShape(parsing: original)
        #expect(!expected.headings.isEmpty && !expected.numbers.isEmpty, "the comparison must have something to compare")
        let scratch = try ScratchFolder()
        for conversion in Self.conversions {
            let file = try scratch.write("\(conversion.name).txt", conversion.convert(original))
            let loaded = try ReportLoader.load(file).get()
            #expect(loaded.encoding == conversion.encoding, "\(name) as \(conversion.name)")
            #expect(SourceText(loaded.text).text == SourceText(original).text, "\(name) as \(conversion.name)")
            #expect(ParsedShape(parsing: loaded.text) == expected, "\(name) as \(conversion.name)")
        }
    }

    @Test func gbkTextWithEuroSignAndFourByteCharactersDecodes() throws {
        // 0x80 is the euro sign in Windows' GBK (code page 936); 0x9530 0xF930 is a four-byte
        // GB18030 character outside GBK.
        let bytes: [UInt8] = [0xD2, 0xBB, 0xA1, 0xA2, 0x80, 0x95, 0x32, 0x82, 0x36]
        let decoded = try TextDecoding.decode(bytes).get()
        #expect(decoded.encoding == "GB18030")
        #expect(decoded.text == "一、€𠀀")
    }

    @Test func bytesThatAreNoSupportedEncodingAreRefusedNotGarbled() throws {
        let scratch = try ScratchFolder()
        // Valid in neither UTF-8 nor GB18030: 0xFF never starts a GB18030 character.
        let file = try scratch.write("big5.txt", [0xA4, 0x40, 0xFF, 0xFE, 0x41, 0xFF, 0x42])
        let reason = try #require(ReportLoader.load(file).refusal)
        #expect(reason.contains("not text in UTF-8, UTF-16 or GB18030"))
        #expect(reason.contains("save it as UTF-8"))
    }

    @Test func traditionalChineseInBig5IsRefusedNotShownAsMojibake() throws {
        // "一、法治政府建設情況。本年度辦理行政複議案件十二件，…" in Big5: every byte pair is also
        // valid GBK, so only the characters it would decode to give it away.
        let big5: [UInt8] = [
            0xA4, 0x40, 0xA1, 0x42, 0xAA, 0x6B, 0xAA, 0x76, 0xAC, 0x46, 0xA9, 0xB2, 0xAB, 0xD8, 0xB3, 0x5D, 0xB1, 0xA1, 0xAA, 0x70,
            0xA1, 0x43, 0xA5, 0xBB, 0xA6, 0x7E, 0xAB, 0xD7, 0xBF, 0xEC, 0xB2, 0x7A, 0xA6, 0xE6, 0xAC, 0x46, 0xBD, 0xC6, 0xC4, 0xB3,
            0xAE, 0xD7, 0xA5, 0xF3, 0xA4, 0x51, 0xA4, 0x47, 0xA5, 0xF3, 0xA1, 0x41, 0xB6, 0x7D, 0xAE, 0x69, 0xB4, 0xB6, 0xAA, 0x6B,
            0xAB, 0xC5, 0xB6, 0xC7, 0xAC, 0xA1, 0xB0, 0xCA, 0xA4, 0x54, 0xA4, 0x51, 0xB3, 0xF5, 0xA6, 0xB8, 0xA1, 0x41,
        ]
        #expect(String(data: Data(big5), encoding: TextDecoding.gb18030) != nil)
        let reason = try #require(TextDecoding.decode(big5).failure)
        #expect(reason.reason.contains("Big5"))
    }

    @Test func brokenUTF16IsRefusedWithTheEncodingNamed() throws {
        let scratch = try ScratchFolder()
        let odd = try scratch.write("odd.txt", [0xFF, 0xFE, 0x00, 0x4E, 0x8C])
        #expect(ReportLoader.load(odd).refusal?.contains("UTF-16LE text with an odd number of bytes") == true)
        let lonely = try scratch.write("surrogate.txt", [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])
        #expect(ReportLoader.load(lonely).refusal?.contains("broken surrogate pairs") == true)
    }

    @Test func utf16WithoutByteOrderMarkIsRecognisedAndRefused() throws {
        let scratch = try ScratchFolder()
        let bytes = Array("Report 2024\nline two\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let file = try scratch.write("nobom.txt", bytes)
        #expect(ReportLoader.load(file).refusal?.contains("UTF-16 text without a byte-order mark") == true)
    }
}
