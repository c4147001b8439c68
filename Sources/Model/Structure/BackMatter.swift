/// The block below a report's body (GB/T 9704-2012 署名、成文日期、版记): signature, date and
/// copy-to, read from the last lines upward.
struct BackMatter {
    var signature: String?
    var date: ReportDate?
    var copyTo: [String] = []
    var warnings: [Warning] = []
    /// Index into the content lines of the first back-matter line (`lines.count` when none).
    var start: Int

    /// Reads the back matter among `lines[from...]`, from the end up.
    static func read(_ lines: [ContentLine], from bodyStart: Int, in bytes: [UInt8]) -> BackMatter {
        var back = BackMatter(start: lines.count)
        var i = lines.count - 1
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

        // 版记: copy-to and printing lines close the document.
        while i >= bodyStart {
            let line = lines[i]
            if let list = copyToList(line.range, bytes) {
                back.copyTo = list.map(text) + back.copyTo
            } else if !isPrintingLine(line.range, bytes) {
                break
            }
            back.start = i
            i -= 1
        }
        // Signature and date, the date normally under the signature.
        var sawDate = false
        var signatureIndex: Int?
        var k = i
        while k >= bodyStart, k > i - 2 {
            let line = lines[k]
            if !sawDate, let reading = DateText.read(bytes, line.range) {
                sawDate = true
                switch reading {
                case .date(let date): back.date = date
                case .malformed:
                    let written = text(line.range)
                    back.warnings.append(Warning(
                        kind: .malformedDate, line: line.number,
                        message: "Signature date (成文日期) malformed: \"\(written)\"; the report's date is left empty.",
                        range: line.range))
                }
                back.start = k
            } else if signatureIndex == nil, isSignature(line.range, bytes) {
                signatureIndex = k
            } else {
                break
            }
            k -= 1
        }
        if let s = signatureIndex, sawDate || endsWithOrgan(lines[s].range, bytes) {
            back.signature = text(lines[s].range)
            back.start = min(back.start, s)
        }
        return back
    }

    /// `抄送：区委依法治区办，区司法局。` (spaces inside 抄 送 allowed) → its list of names.
    private static func copyToList(_ range: Range<Int>, _ bytes: [UInt8]) -> [Range<Int>]? {
        var i = range.lowerBound
        guard ByteText.matches(copy, in: bytes, at: i, end: range.upperBound) else { return nil }
        i += copy.count
        while i < range.upperBound, ByteText.isSpace(ByteText.scalar(bytes, at: i).value) { i += 1 }
        guard let word = ByteText.firstMatch(copyKinds, in: bytes, at: i, end: range.upperBound) else { return nil }
        i += word
        while i < range.upperBound, ByteText.isSpace(ByteText.scalar(bytes, at: i).value) { i += 1 }
        guard let colon = ByteText.firstMatch(colons, in: bytes, at: i, end: range.upperBound) else { return nil }
        i += colon
        var names: [Range<Int>] = []
        var start = i
        while i <= range.upperBound {
            let atEnd = i == range.upperBound
            let (s, n) = atEnd ? (0, 0) : ByteText.scalar(bytes, at: i)
            if atEnd || s == 0xFF0C || s == 0x2C || s == 0x3001 || s == 0x3002 || s == 0xFF1B || s == 0x3B {
                let name = ByteText.trimmed(bytes, start..<i)
                if !name.isEmpty { names.append(name) }
                if atEnd { break }
                start = i + n
            }
            i += n
        }
        return names
    }

    /// `区政府办公室  2021年11月23日印发`: the printing line of the 版记.
    private static func isPrintingLine(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        range.count >= printed.count
            && ByteText.matches(printed, in: bytes, at: range.upperBound - printed.count, end: range.upperBound)
            && ByteText.isShort(bytes, range, atMost: 50)
    }

    /// A name alone on a short line: no sentence punctuation, no comma, no heading marker.
    private static func isSignature(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        ByteText.isShort(bytes, range, atMost: 40) && Punctuation.noneEndingClause(bytes, range)
            && !ByteText.contains(comma, in: bytes, range: range) && HeadingMarker.parse(bytes, range) == nil
    }

    private static func endsWithOrgan(_ range: Range<Int>, _ bytes: [UInt8]) -> Bool {
        organs.contains { range.count >= $0.count && ByteText.matches($0, in: bytes, at: range.upperBound - $0.count, end: range.upperBound) }
    }

    private static let copy = ByteText.utf8("抄")
    private static let copyKinds = ["送", "报"].map(ByteText.utf8)
    private static let colons = [ByteText.utf8(":"), ByteText.utf8("：")]
    private static let printed = ByteText.utf8("印发")
    private static let comma = ByteText.utf8("，")
    private static let organs = ["政府", "办事处", "委员会", "管委会", "党委", "办公室", "局", "委", "街道", "镇", "乡"]
        .map(ByteText.utf8)
}
