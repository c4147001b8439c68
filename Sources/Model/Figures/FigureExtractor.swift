import Foundation

/// Finds the figures (docs/figures.md) in the given body ranges of a report's text.
public enum FigureExtractor {
    /// Figures in document order, with `section` left nil: the parser assigns sections.
    public static func extract(from source: SourceText, in ranges: [Range<Int>]) -> [Figure] {
        var figures: [Figure] = []
        var lines = LineCursor(source)
        source.bytes.withUnsafeBufferPointer { bytes in
            for range in ranges {
                let floor = max(0, range.lowerBound)
                let limit = min(bytes.count, range.upperBound)
                guard floor < limit else { continue }
                FigureScanner(bytes: bytes, floor: floor, limit: limit).scan { found in
                    let label = FigureLabel.range(before: found.range.lowerBound, floor: floor, in: bytes)
                    figures.append(Figure(
                        text: source.slice(found.range), range: found.range, value: found.value,
                        unit: found.unit.map(\.name) ?? "", kind: found.unit?.kind ?? .count,
                        qualifier: found.qualifier, label: source.slice(label), section: nil,
                        line: lines.line(at: found.range.lowerBound)))
                }
            }
        }
        return figures
    }
}

/// Line numbers for offsets that mostly come in document order: walks forward from the last
/// answer instead of searching all line starts for each figure.
struct LineCursor {
    private let source: SourceText
    private var index = 0

    init(_ source: SourceText) { self.source = source }

    mutating func line(at offset: Int) -> Int {
        let starts = source.lineStarts
        guard starts[index] <= offset else {
            index = source.line(at: offset) - 1
            return index + 1
        }
        while index + 1 < starts.count, starts[index + 1] <= offset { index += 1 }
        return index + 1
    }
}

/// A figure as the scanner finds it, before its strings are made.
struct FoundFigure {
    /// The number with its unit and touching qualifier words; the label ends where it starts.
    var range: Range<Int>
    var value: Decimal
    /// Nil when the measure word is missing (`选聘了6“法治观察员”`).
    var unit: Unit?
    var qualifier: Qualifier
}

/// One pass over a body range: stops only at digits and at the few scalars that can begin a
/// Chinese numeral or `百分之`, and decides there whether a figure starts.
struct FigureScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let floor: Int
    let limit: Int

    func scan(_ emit: (FoundFigure) -> Void) {
        Self.scalarClasses.withUnsafeBufferPointer { classes in
            var i = floor
            while i < limit {
                let b = bytes[i]
                if b < 0x80 {
                    i = b >= 0x30 && b <= 0x39 ? arabicFigure(at: i, emit) : i + 1
                    continue
                }
                guard b >= 0xE0, b < 0xF0, i + 2 < limit else {
                    i += b >= 0xF0 ? 4 : b >= 0xC0 ? 2 : 1
                    continue
                }
                let s = Int(b & 0x0F) << 12 | Int(bytes[i + 1] & 0x3F) << 6 | Int(bytes[i + 2] & 0x3F)
                switch classes[s] {
                case ScalarClass.digit: i = arabicFigure(at: i, emit)
                case ScalarClass.numeral: i = chineseFigure(at: i, emit)
                case ScalarClass.hundred: i = percentInWords(at: i, emit) ?? i + 3
                default: i += 3
                }
            }
        }
    }

    /// What a three-byte scalar may begin, looked up in one table so that the common case, a
    /// scalar that begins nothing, costs one load and one branch.
    private enum ScalarClass {
        static let nothing: UInt8 = 0
        static let digit: UInt8 = 1  // full-width ０-９
        static let numeral: UInt8 = 2  // 一二两三四五六七八九十
        static let hundred: UInt8 = 3  // 百, for 百分之
    }

    private static let scalarClasses: [UInt8] = {
        var table = [UInt8](repeating: ScalarClass.nothing, count: 0x10000)
        for s in 0xFF10...0xFF19 { table[s] = ScalarClass.digit }
        for s in 0x3000..<0xFFFF where ChineseQuantity.canStart(UInt32(s)) { table[s] = ScalarClass.numeral }
        table[0x767E] = ScalarClass.hundred
        return table
    }()

    /// Returns where scanning resumes.
    private func arabicFigure(at start: Int, _ emit: (FoundFigure) -> Void) -> Int {
        let (scanned, runEnd) = NumberScanner.arabic(at: start, limit: limit, in: bytes)
        guard let number = scanned, !NeverAFigure.isRuledOutByPrevious(start, floor: floor, in: bytes),
              let found = figure(number, at: start) ?? figureMissingUnit(number, at: start),
              !NeverAFigure.isInShortQuotation(start: start, end: number.end, floor: floor, limit: limit, in: bytes)
        else { return runEnd }
        emit(found)
        return found.range.upperBound
    }

    private func chineseFigure(at start: Int, _ emit: (FoundFigure) -> Void) -> Int {
        let (scanned, runEnd) = ChineseQuantity.scan(at: start, limit: limit, in: bytes)
        guard let number = scanned,
              !NeverAFigure.isRuledOutByPrevious(start, floor: floor, in: bytes),
              !NeverAFigure.isListedNumeral(start, floor: floor, in: bytes),
              !NeverAFigure.isSetPhrase(at: start, limit: limit, in: bytes),
              let found = figure(number, at: start),
              !NeverAFigure.isInShortQuotation(start: start, end: number.end, floor: floor, limit: limit, in: bytes)
        else { return runEnd }
        emit(found)
        return found.range.upperBound
    }

    /// `百分之百`, `百分之九十五`, `百分之95`: a percent written in words.
    private func percentInWords(at start: Int, _ emit: (FoundFigure) -> Void) -> Int? {
        guard UTF8Bytes.matches(Self.percentWords, at: start, in: bytes), start + Self.percentWords.count < limit
        else { return nil }
        let at = start + Self.percentWords.count
        let number: ScannedNumber?
        if UTF8Bytes.matches(Self.hundred, at: at, in: bytes) {
            let (next, _) = at + 3 < limit ? UTF8Bytes.scalar(at: at + 3, in: bytes) : (0, 0)
            guard ChineseNumerals.digit(next) == nil, ChineseNumerals.multiplier(next) == nil else { return nil }
            number = ScannedNumber(value: 100, end: at + 3, orMore: false, isChinese: true, isPlainInteger: false, digitCount: 0)
        } else if NumberScanner.digit(at: at, limit: limit, in: bytes) != nil {
            number = NumberScanner.arabic(at: at, limit: limit, in: bytes).number
        } else {
            number = ChineseQuantity.scan(at: at, limit: limit, in: bytes).number
        }
        guard let number, number.value <= 100 else { return nil }
        var end = number.end
        let suffix = Qualifiers.after(end, limit: limit, in: bytes)
        if let suffix { end = suffix.end }
        let prefix = Qualifiers.before(start, floor: floor, in: bytes)
        emit(FoundFigure(
            range: (prefix?.start ?? start)..<end, value: number.value,
            unit: Self.percent, qualifier: prefix?.qualifier ?? suffix?.qualifier ?? .exact))
        return end
    }

    /// The figure a number starts when a unit follows it (spaces allowed between), with its
    /// qualifier words; nil for years, thresholds and words that only begin with a unit.
    private func figure(_ number: ScannedNumber, at start: Int) -> FoundFigure? {
        var unitStart = number.end
        while unitStart < limit {
            let (s, len) = UTF8Bytes.scalar(at: unitStart, in: bytes)
            guard UTF8Bytes.isSpace(s) else { break }
            unitStart += len
        }
        guard let unit = Units.match(at: unitStart, limit: limit, in: bytes, afterChinese: number.isChinese),
              !Units.beginsWord(at: unitStart, limit: limit, in: bytes)
        else { return nil }
        // `2024年`: a year. Other numbers of years are durations (`近3年`).
        if unit.name == "年", number.isPlainInteger, number.digitCount == 4 { return nil }
        var end = unitStart + unit.bytes.count
        let suffix = Qualifiers.after(end, limit: limit, in: bytes)
        if let suffix {
            if unit.isGrade { return nil }
            end = suffix.end
        }
        let prefix = Qualifiers.before(start, floor: floor, in: bytes)
        let qualifier = prefix?.qualifier ?? (number.orMore ? .atLeast : suffix?.qualifier ?? .exact)
        return FoundFigure(
            range: (prefix?.start ?? start)..<end, value: number.value, unit: unit,
            qualifier: qualifier)
    }

    /// `选聘了6“法治观察员”`: a small whole number right before a quoted noun has lost its
    /// measure word. It is still a figure, with an empty unit, so the reviewer is warned.
    private func figureMissingUnit(_ number: ScannedNumber, at start: Int) -> FoundFigure? {
        guard number.isPlainInteger, !number.orMore, number.digitCount <= 3, number.end + 3 <= limit,
              UTF8Bytes.scalar(at: number.end, in: bytes).value == 0x201C,
              let (previous, _) = UTF8Bytes.scalar(before: start, floor: floor, in: bytes),
              previous >= 0x4E00, previous <= 0x9FFF
        else { return nil }
        let prefix = Qualifiers.before(start, floor: floor, in: bytes)
        return FoundFigure(
            range: (prefix?.start ?? start)..<number.end, value: number.value, unit: nil,
            qualifier: prefix?.qualifier ?? .exact)
    }

    private static let percentWords = "百分之".bytes
    private static let hundred = "百".bytes
    private static let percent = Units.all.first { $0.name == "%" }
}
