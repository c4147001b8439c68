/// The title block above a report's body (GB/T 9704-2012 版头 and 标题): document number,
/// authority, title, year reported on, addressee.
struct FrontMatter {
    var authority: String?
    var year: Int?
    var title: String?
    var docNumber: String?
    var addressee: String?
    /// Index into the content lines of the first line of the body.
    var bodyStart = 0

    /// Reads the title block from the lines before the first heading. Lines before the title
    /// (document number, 签发人, 份号) belong to the block; the preamble after it is body.
    static func read(_ lines: [ContentLine], in bytes: [UInt8]) -> FrontMatter {
        var front = FrontMatter()
        let window = lines.prefix(while: { HeadingMarker.parse(bytes, $0.range) == nil }).prefix(12)
        func text(_ line: ContentLine) -> String { String(decoding: bytes[line.range], as: UTF8.self) }
        func isLabelLine(_ line: ContentLine) -> Bool {
            Punctuation.noneEndingClause(bytes, line.range) && ByteText.isShort(bytes, line.range, atMost: 80)
        }

        let titleIndex = window.firstIndex { isLabelLine($0) && ByteText.contains(about, in: bytes, range: $0.range) }
            ?? window.firstIndex { isLabelLine($0) && endsWith(report, bytes, $0.range) }
        guard let titleIndex else { return front }
        var last = titleIndex

        let titleLine = lines[titleIndex]
        var title = text(titleLine)
        if let aboutAt = ByteText.find(about, in: bytes, range: titleLine.range), aboutAt > titleLine.range.lowerBound {
            front.authority = String(decoding: bytes[titleLine.range.lowerBound..<aboutAt], as: UTF8.self)
        } else if titleIndex > window.startIndex, isAuthority(lines[titleIndex - 1], bytes) {
            front.authority = text(lines[titleIndex - 1])
            title = front.authority! + title
        }
        // A long title may wrap: a short last line ending in 报告 completes it.
        if !endsWith(report, bytes, titleLine.range), titleIndex + 1 < window.endIndex,
           isLabelLine(lines[titleIndex + 1]), endsWith(report, bytes, lines[titleIndex + 1].range),
           ByteText.isShort(bytes, lines[titleIndex + 1].range, atMost: 30) {
            title += text(lines[titleIndex + 1])
            last += 1
        }
        front.title = title
        front.year = year(in: Array(title.utf8))

        for line in window[..<titleIndex] {
            if let number = docNumber(in: line, bytes) { front.docNumber = String(decoding: bytes[number], as: UTF8.self) }
        }
        if last + 1 < lines.count, isAddressee(lines[last + 1], bytes) {
            last += 1
            let line = lines[last]
            let colon = ByteText.previousScalarStart(bytes, before: line.range.upperBound)
            front.addressee = String(decoding: bytes[ByteText.trimmed(bytes, line.range.lowerBound..<colon)], as: UTF8.self)
        }
        front.bodyStart = last + 1
        return front
    }

    /// The first year in `bytes`: `2021年`, or digit by digit in numerals, `二〇二一年`.
    static func year(in bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let (s, n) = ByteText.scalar(bytes, at: i)
            let reading: (value: Int, end: Int)? =
                isDigit(bytes[i]) ? ByteText.asciiNumber(bytes, from: i, to: bytes.count)
                : ChineseNumerals.digit(s) != nil ? ChineseNumerals.parseDigits(bytes, from: i, to: bytes.count) : nil
            if let (value, end) = reading {
                if end - i == (isDigit(bytes[i]) ? 4 : 12), value >= 1900, value < 2200,
                   ByteText.matches(yearMark, in: bytes, at: end, end: bytes.count) {
                    return value
                }
                i = end
            } else {
                i += n
            }
        }
        return nil
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    private static func endsWith(_ literal: [UInt8], _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        ByteText.matches(literal, in: bytes, at: range.upperBound - literal.count, end: range.upperBound)
            && range.count >= literal.count
    }

    /// An organ's name on its own line above the 关于… line.
    private static func isAuthority(_ line: ContentLine, _ bytes: [UInt8]) -> Bool {
        Punctuation.noneEndingClause(bytes, line.range) && ByteText.isShort(bytes, line.range, atMost: 40)
            && !ByteText.contains(ideographicComma, in: bytes, range: line.range) && docNumber(in: line, bytes) == nil
            && !ByteText.contains(comma, in: bytes, range: line.range)
    }

    /// `拾万府文〔2021〕165号`: a bracketed year and a number ending in 号, from the line's start;
    /// what follows on the line (`签发人：张三`) is not part of it.
    private static func docNumber(in line: ContentLine, _ bytes: [UInt8]) -> Range<Int>? {
        guard ByteText.containsAny(yearBrackets, in: bytes, range: line.range),
              let mark = ByteText.find(number, in: bytes, range: line.range) else { return nil }
        let span = line.range.lowerBound..<(mark + number.count)
        guard ByteText.isShort(bytes, span, atMost: 40),
              ByteText.containsAny(yearBrackets, in: bytes, range: span), FrontMatter.year(in: Array(bytes[span])) == nil
        else { return nil }
        return span
    }

    /// `区政府：`: a short line ending in a colon, with no sentence in it.
    private static func isAddressee(_ line: ContentLine, _ bytes: [UInt8]) -> Bool {
        guard let last = ByteText.lastScalar(bytes, line.range), last == 0xFF1A || last == 0x3A,
              ByteText.isShort(bytes, line.range, atMost: 30) else { return false }
        let beforeColon = line.range.lowerBound..<ByteText.previousScalarStart(bytes, before: line.range.upperBound)
        return !beforeColon.isEmpty && Punctuation.noneEndingClause(bytes, beforeColon)
            && !ByteText.contains(comma, in: bytes, range: beforeColon)
            && HeadingMarker.parse(bytes, line.range) == nil
    }

    private static let about = ByteText.utf8("关于")
    private static let report = ByteText.utf8("报告")
    private static let number = ByteText.utf8("号")
    private static let yearMark = ByteText.utf8("年")
    private static let comma = ByteText.utf8("，")
    private static let ideographicComma = ByteText.utf8("、")
    private static let yearBrackets = ["〔", "[", "【", "（", "("].map(ByteText.utf8)
}
