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
    static func read(_ lines: [ContentLine], in bytes: UnsafeBufferPointer<UInt8>) -> FrontMatter {
        var front = FrontMatter()
        let window = lines.prefix(while: { HeadingMarker.parse(bytes, $0.range) == nil }).prefix(12)
        func text(_ line: ContentLine) -> String { UTF8Bytes.string(line.range, in: bytes) }
        func isLabelLine(_ line: ContentLine) -> Bool {
            Punctuation.noneEndingClause(line.range, in: bytes) && UTF8Bytes.isShort(line.range, atMost: 80, in: bytes)
        }

        let titleIndex = window.firstIndex { UTF8Bytes.contains(about, within: $0.range, in: bytes) && isLabelLine($0) }
            ?? window.firstIndex { isLabelLine($0) && endsWith(report, bytes, $0.range) }
        guard let titleIndex else { return front }
        var last = titleIndex

        let titleLine = lines[titleIndex]
        var title = text(titleLine)
        if let aboutAt = UTF8Bytes.find(about, within: titleLine.range, in: bytes), aboutAt > titleLine.range.lowerBound {
            front.authority = UTF8Bytes.string(titleLine.range.lowerBound..<aboutAt, in: bytes)
        } else if titleIndex > window.startIndex, isAuthority(lines[titleIndex - 1], bytes) {
            front.authority = text(lines[titleIndex - 1])
            title = front.authority! + title
        }
        // A long title may wrap: a short last line ending in 报告 completes it.
        if !endsWith(report, bytes, titleLine.range), titleIndex + 1 < window.endIndex,
           isLabelLine(lines[titleIndex + 1]), endsWith(report, bytes, lines[titleIndex + 1].range),
           UTF8Bytes.isShort(lines[titleIndex + 1].range, atMost: 30, in: bytes) {
            title += text(lines[titleIndex + 1])
            last += 1
        }
        front.title = title
        front.year = title.withBytes { year(in: $0) }

        for line in window[..<titleIndex] {
            if let number = docNumber(in: line, bytes) { front.docNumber = UTF8Bytes.string(number, in: bytes) }
        }
        if last + 1 < lines.count, isAddressee(lines[last + 1], bytes) {
            last += 1
            let line = lines[last]
            let colon = UTF8Bytes.scalar(before: line.range.upperBound, floor: line.range.lowerBound, in: bytes)!.start
            front.addressee = UTF8Bytes.string(UTF8Bytes.trimmed(line.range.lowerBound..<colon, in: bytes), in: bytes)
        }
        front.bodyStart = last + 1
        return front
    }

    /// The first year in `bytes`: `2021年`, or digit by digit in numerals, `二〇二一年`.
    static func year(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count {
            let (s, n) = UTF8Bytes.scalar(at: i, in: bytes)
            let reading: (value: Int, end: Int)? =
                isDigit(bytes[i]) ? UTF8Bytes.asciiNumber(from: i, to: bytes.count, in: bytes)
                : ChineseNumerals.digit(s) != nil ? ChineseNumerals.parseDigits(bytes, from: i, to: bytes.count) : nil
            if let (value, end) = reading {
                if end - i == (isDigit(bytes[i]) ? 4 : 12), value >= 1900, value < 2200,
                   UTF8Bytes.matches(yearMark, at: end, limit: bytes.count, in: bytes) {
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

    private static func endsWith(_ literal: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        UTF8Bytes.matches(literal, at: range.upperBound - literal.count, limit: range.upperBound, in: bytes)
            && range.count >= literal.count
    }

    /// An organ's name on its own line above the 关于… line.
    private static func isAuthority(_ line: ContentLine, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Punctuation.noneEndingClause(line.range, in: bytes) && UTF8Bytes.isShort(line.range, atMost: 40, in: bytes)
            && !UTF8Bytes.contains(ideographicComma, within: line.range, in: bytes) && docNumber(in: line, bytes) == nil
            && !UTF8Bytes.contains(comma, within: line.range, in: bytes)
    }

    /// `拾万府文〔2021〕165号`: a bracketed year and a number ending in 号, from the line's start;
    /// what follows on the line (`签发人：张三`) is not part of it.
    private static func docNumber(in line: ContentLine, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard yearBrackets.occurs(within: line.range, in: bytes),
              let mark = UTF8Bytes.find(number, within: line.range, in: bytes) else { return nil }
        let span = line.range.lowerBound..<(mark + number.count)
        guard UTF8Bytes.isShort(span, atMost: 40, in: bytes),
              yearBrackets.occurs(within: span, in: bytes), FrontMatter.year(in: UnsafeBufferPointer(rebasing: bytes[span])) == nil
        else { return nil }
        return span
    }

    /// `区政府：`: a short line ending in a colon, with no sentence in it.
    private static func isAddressee(_ line: ContentLine, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = UTF8Bytes.lastScalar(of: line.range, in: bytes), last == 0xFF1A || last == 0x3A,
              UTF8Bytes.isShort(line.range, atMost: 30, in: bytes) else { return false }
        let beforeColon = line.range.lowerBound..<UTF8Bytes.scalar(before: line.range.upperBound, floor: line.range.lowerBound, in: bytes)!.start
        return !beforeColon.isEmpty && Punctuation.noneEndingClause(beforeColon, in: bytes)
            && !UTF8Bytes.contains(comma, within: beforeColon, in: bytes)
            && HeadingMarker.parse(bytes, line.range) == nil
    }

    private static let about = "关于".bytes
    private static let report = "报告".bytes
    private static let number = "号".bytes
    private static let yearMark = "年".bytes
    private static let comma = "，".bytes
    private static let ideographicComma = "、".bytes
    private static let yearBrackets = WordList(["〔", "[", "【", "（", "("])
}
