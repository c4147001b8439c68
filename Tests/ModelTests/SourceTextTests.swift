import Testing
@testable import Model

@Test func sourceTextTurnsEveryLineEndIntoLFAndKeepsLineNumbers() {
    let source = SourceText("甲\r乙\r\n丙\n\r丁")
    #expect(source.text == "甲\n乙\n丙\n\n丁")
    #expect(source.bytes == Array(source.text.utf8))
    #expect(source.lineCount == 5)
    #expect(source.line(at: source.bytes.count - "丁".utf8.count) == 5)
    #expect(source.slice(source.range(ofLine: 3)) == "丙")
    #expect(source.range(ofLine: 4).isEmpty)
}

@Test func slicesAreTheTextOfTheirRangeAndNeverInvalid() {
    let source = SourceText("受理案件1101件，办结率100%。A long ASCII run past fifteen bytes")
    let bytes = source.bytes
    let ascii = bytes.firstIndex(of: UInt8(ascii: "A"))!
    #expect(source.slice(0..<6) == "受理")
    #expect(source.slice(12..<16) == "1101")
    #expect(source.slice(0..<bytes.count) == source.text)
    #expect(source.slice(ascii..<bytes.count) == "A long ASCII run past fifteen bytes")
    #expect(source.slice(3..<3) == "")
    // A range that cuts a character keeps the text valid: the cut bytes read as U+FFFD.
    #expect(source.slice(1..<6) == "\u{FFFD}\u{FFFD}理")
    #expect(source.slice(0..<5) == "受\u{FFFD}")
    // Two- and four-byte characters: whole ones come out as written, cut ones repaired.
    let wide = SourceText("é𝄞x")
    #expect(wide.slice(0..<6) == "é𝄞")
    #expect(wide.slice(2..<7) == "𝄞x")
    #expect(wide.slice(0..<5) == "é\u{FFFD}")
    #expect(wide.slice(0..<1) == "\u{FFFD}")
}

@Test func sourceTextKeepsATextWithoutBOMOrCRAsItIs() {
    let raw = "一、标题\n正文 3件\n"
    let source = SourceText(raw)
    #expect(source.text == raw)
    #expect(source.bytes == Array(raw.utf8))
    #expect(source.lineStarts == [0, "一、标题\n".utf8.count, "一、标题\n正文 3件\n".utf8.count])
    #expect(source.range(ofLine: 3) == source.bytes.count..<source.bytes.count)
}

@Test func sourceTextOfNothingHasOneEmptyLine() {
    for raw in ["", "\u{FEFF}"] {
        let source = SourceText(raw)
        #expect(source.text == "")
        #expect(source.lineCount == 1)
        #expect(source.range(ofLine: 1) == 0..<0)
    }
}

/// Structure and figures share one set of spaces: a thin or em space between a number and its
/// unit, or around a date alone on its line, reads like an ASCII one.
@Test func typographicSpacesCountAsSpacesForFiguresAndDates() {
    let found = figures(in: "培训干部3\u{2009}人，发放资料5\u{2003}份")
    #expect(found.map(\.text) == ["3\u{2009}人", "5\u{2003}份"])
    #expect(found.map(\.unit) == ["人", "份"])
    let warnings = figureWarnings(in: "正文。\n\u{2003}2026115\u{2003}\n")
    #expect(warnings.map(\.kind) == [.malformedDate])
}
