/// The title block above a report's body (GB/T 9704-2012 版头 and 标题): document number,
/// authority, title, year reported on, addressee.
struct FrontMatter {
    var authority: String?
    var region: [String] = []
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
            Punctuation.noneEndingClause(bytes, line.range) && ByteText.scalarCount(bytes, line.range) <= 80
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
           ByteText.scalarCount(bytes, lines[titleIndex + 1].range) <= 30 {
            title += text(lines[titleIndex + 1])
            last += 1
        }
        front.title = title
        front.year = year(in: Array(title.utf8))

        for line in window[..<titleIndex] where isDocNumber(line, bytes) {
            front.docNumber = text(line)
        }
        if last + 1 < lines.count, isAddressee(lines[last + 1], bytes) {
            last += 1
            let line = lines[last]
            let colon = ByteText.previousScalarStart(bytes, before: line.range.upperBound)
            front.addressee = String(decoding: bytes[ByteText.trimmed(bytes, line.range.lowerBound..<colon)], as: UTF8.self)
        }
        if let authority = front.authority { front.region = Region.units(of: authority) }
        front.bodyStart = last + 1
        return front
    }

    /// The first `19xx年` or `20xx年` in `bytes`.
    static func year(in bytes: [UInt8]) -> Int? {
        var i = 0
        while i + 4 < bytes.count {
            let b = bytes[i]
            if (b == UInt8(ascii: "1") && bytes[i + 1] == UInt8(ascii: "9")) || (b == UInt8(ascii: "2") && bytes[i + 1] == UInt8(ascii: "0")),
               (i == 0 || !isDigit(bytes[i - 1])), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
               ByteText.matches(yearMark, in: bytes, at: i + 4, end: bytes.count) {
                return Int(String(decoding: bytes[i..<(i + 4)], as: UTF8.self))
            }
            i += 1
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
        Punctuation.noneEndingClause(bytes, line.range) && ByteText.scalarCount(bytes, line.range) <= 40
            && !ByteText.contains(ideographicComma, in: bytes, range: line.range) && !isDocNumber(line, bytes)
            && !ByteText.contains(comma, in: bytes, range: line.range)
    }

    /// `拾万府文〔2021〕165号`: a year in brackets and a number ending in 号.
    private static func isDocNumber(_ line: ContentLine, _ bytes: [UInt8]) -> Bool {
        ByteText.scalarCount(bytes, line.range) <= 40 && endsWith(number, bytes, line.range)
            && ByteText.containsAny(yearBrackets, in: bytes, range: line.range)
    }

    /// `区政府：`: a short line ending in a colon, with no sentence in it.
    private static func isAddressee(_ line: ContentLine, _ bytes: [UInt8]) -> Bool {
        guard let last = ByteText.lastScalar(bytes, line.range), last == 0xFF1A || last == 0x3A,
              ByteText.scalarCount(bytes, line.range) <= 30 else { return false }
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
