/// Numbers that are no quantitative claim: ordinals, sessions, codes, slogans and set phrases
/// (docs/figures.md). Years, dates and document numbers fall out elsewhere because `年` after a
/// four-digit number, `月`, `日` and `号` are not units.
enum NeverAFigure {
    /// Slogans written without quotes whose numeral and measure word look like a count.
    private static let setPhrases: [[UInt8]] = [
        "两个维护", "两个确立", "两个毫不动摇", "两个一百年", "两个结合", "四个意识", "四个自信",
        "四个全面", "三位一体", "五位一体", "四位一体", "三个代表", "三个务必",
    ].map(\.bytes)

    /// The scalar right before the number rules it out: `第一责任人` (ordinal), `六届四次全会`
    /// (session), `ICP备11000302号` and `G75` (codes), `1+3+N` and `2.5` split by a stray mark.
    static func isRuledOutByPrevious(_ start: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (s, _) = UTF8Bytes.scalar(before: start, floor: floor, in: bytes) else { return false }
        switch s {
        case 0x7B2C, 0x5C4A: return true  // 第 届
        case 0x2E, 0xFF0E, 0x2D, 0x2F, 0x2B, 0x5F, 0x23, 0xD7: return true  // . ． - / + _ # ×
        default: return UTF8Bytes.isASCIILetter(s)
        }
    }

    /// Inside a short quotation (`“五个一”`, `“6互”`, `“1+3+N”`, `“4A景区·5心服务”`) a number names
    /// a slogan, not a quantity. Short: the marks are at most 20 characters away on either side.
    static func isInShortQuotation(start: Int, end: Int, floor: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = start
        var opened = false
        var steps = 0
        while steps < 20 {
            if steps <= 18, MarklessPairs.precede(i, floor: floor, in: bytes) {
                i -= 6
                steps += 2
                continue
            }
            steps += 1
            guard let prev = UTF8Bytes.scalarStart(before: i, floor: floor, in: bytes) else { return false }
            guard Punctuation.mayBeMark(lead: bytes[prev]) else {
                i = prev
                continue
            }
            let s = UTF8Bytes.scalar(at: prev, in: bytes).value
            if s == 0x22 {
                guard opensQuotation(at: prev, floor: floor, in: bytes) else { return false }
                opened = true
                break
            }
            if isOpeningQuote(s) { opened = true; break }
            if isClosingQuote(s) || Punctuation.endsSentence(s) { return false }
            i = prev
        }
        guard opened else { return false }
        i = end
        for _ in 0..<20 {
            guard i < limit else { return false }
            guard Punctuation.mayBeMark(lead: bytes[i]) else {
                i += UTF8Bytes.scalarLength(bytes[i])
                continue
            }
            let (s, len) = UTF8Bytes.scalar(at: i, in: bytes)
            if isClosingQuote(s) || s == 0x22 { return true }
            if isOpeningQuote(s) || Punctuation.endsSentence(s) { return false }
            i += len
        }
        return false
    }

    /// An ASCII `"` opens a quotation when it is the odd one on its line so far.
    private static func opensQuotation(at quote: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0
        var i = quote
        while i >= floor, bytes[i] != 0x0A {
            if bytes[i] == 0x22 { count += 1 }
            i -= 1
        }
        return count % 2 == 1
    }

    /// `五个一批`, `三个一工程`: a Chinese count whose unit runs into `一` names a programme.
    static func isNumberedProgramme(after end: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        end < limit && UTF8Bytes.scalar(at: end, in: bytes).value == 0x4E00
    }

    /// A set phrase starts at `start`.
    static func isSetPhrase(at start: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Each phrase has `个` or `位` second: most numerals stop here.
        guard start + 6 <= limit, bytes[start + 3] == 0xE4, bytes[start + 4] == 0xB8 && bytes[start + 5] == 0xAA
            || bytes[start + 4] == 0xBD && bytes[start + 5] == 0x8D
        else { return false }
        return setPhrases.contains { UTF8Bytes.matches($0, at: start, limit: limit, in: bytes) }
    }

    /// `数十场`, `几十人`, `若干`: a vague amount no reviewer can check.
    static func isVague(_ start: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (s, at) = UTF8Bytes.scalar(before: start, floor: floor, in: bytes) else { return false }
        if s == 0x6570 || s == 0x51E0 { return true }  // 数 几
        return s == 0x5E72 && UTF8Bytes.scalar(before: at, floor: floor, in: bytes)?.value == 0x82E5  // 若干
    }

    /// A Chinese numeral after another and `、` (`两、三轮电动车`) lists kinds, it does not count.
    static func isListedNumeral(_ start: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (mark, markStart) = UTF8Bytes.scalar(before: start, floor: floor, in: bytes), mark == 0x3001,
              let (s, _) = UTF8Bytes.scalar(before: markStart, floor: floor, in: bytes)
        else { return false }
        return ChineseNumerals.digit(s) != nil
    }

    @inline(__always)
    static func isOpeningQuote(_ s: UInt32) -> Bool { s == 0x201C || s == 0x2018 || s == 0x300C || s == 0x300E }

    @inline(__always)
    static func isClosingQuote(_ s: UInt32) -> Bool { s == 0x201D || s == 0x2019 || s == 0x300D || s == 0x300F }
}
