import Foundation
import Testing
@testable import Model

@Test func decimalValuesPrintPlainWithoutExponent() {
    #expect(DecimalText.plain(Decimal(string: "15000")!) == "15000")
    #expect(DecimalText.plain(Decimal(string: "1.5")! * 10000) == "15000")
    #expect(DecimalText.plain(Decimal(string: "0.25")!) == "0.25")
    #expect(DecimalText.plain(Decimal(string: "300000000")!) == "300000000")
}

@Test func sourceTextStripsBOMAndKeepsOriginalLineNumbers() {
    let source = SourceText("\u{FEFF}一、标题\r\n正文\r\n\r\n（一）小标题")
    #expect(source.text == "一、标题\n正文\n\n（一）小标题")
    #expect(source.lineCount == 4)
    let offset = source.text.utf8.count - "（一）小标题".utf8.count
    #expect(source.line(at: offset) == 4)
    #expect(source.slice(source.range(ofLine: 2)) == "正文")
}
