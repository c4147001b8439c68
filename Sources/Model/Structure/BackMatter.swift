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
    static func read(_ lines: [ContentLine], from bodyStart: Int, in bytes: UnsafeBufferPointer<UInt8>) -> BackMatter {
        var back = BackMatter(start: lines.count)
        var i = lines.count - 1
        func text(_ range: Range<Int>) -> String { UTF8Bytes.string(range, in: bytes) }

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
    private static func copyToList(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var i = range.lowerBound
        guard UTF8Bytes.matches(copy, at: i, limit: range.upperBound, in: bytes) else { return nil }
        i += copy.count
        while i < range.upperBound, Punctuation.isSpace(UTF8Bytes.scalar(at: i, in: bytes).value) { i += 1 }
        guard let word = copyKinds.firstMatch(at: i, limit: range.upperBound, in: bytes) else { return nil }
        i += word
        while i < range.upperBound, Punctuation.isSpace(UTF8Bytes.scalar(at: i, in: bytes).value) { i += 1 }
        guard let colon = colons.firstMatch(at: i, limit: range.upperBound, in: bytes) else { return nil }
        i += colon
        var names: [Range<Int>] = []
        var start = i
        while i <= range.upperBound {
            let atEnd = i == range.upperBound
            let (s, n) = atEnd ? (0, 0) : UTF8Bytes.scalar(at: i, in: bytes)
            if atEnd || s == 0xFF0C || s == 0x2C || s == 0x3001 || s == 0x3002 || s == 0xFF1B || s == 0x3B {
                let name = UTF8Bytes.trimmed(start..<i, in: bytes)
                if !name.isEmpty { names.append(name) }
                if atEnd { break }
                start = i + n
            }
            i += n
        }
        return names
    }

    /// `区政府办公室  2021年11月23日印发`: the printing line of the 版记.
    private static func isPrintingLine(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        range.count >= printed.count
            && UTF8Bytes.matches(printed, at: range.upperBound - printed.count, limit: range.upperBound, in: bytes)
            && UTF8Bytes.isShort(range, atMost: 50, in: bytes)
    }

    /// A name alone on a short line: no sentence punctuation, no comma, no heading marker.
    private static func isSignature(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8Bytes.isShort(range, atMost: 40, in: bytes) && Punctuation.noneEndingClause(range, in: bytes)
            && !UTF8Bytes.contains(comma, within: range, in: bytes) && HeadingMarker.parse(bytes, range) == nil
    }

    private static func endsWithOrgan(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        organs.contains { range.count >= $0.count && UTF8Bytes.matches($0, at: range.upperBound - $0.count, limit: range.upperBound, in: bytes) }
    }

    private static let copy = "抄".bytes
    private static let copyKinds = WordList(["送", "报"])
    private static let colons = WordList([":", "："])
    private static let printed = "印发".bytes
    private static let comma = "，".bytes
    private static let organs = ["政府", "办事处", "委员会", "管委会", "党委", "办公室", "局", "委", "街道", "镇", "乡"]
        .map(\.bytes)
}
