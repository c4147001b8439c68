import Foundation

/// A figure as the scanner finds it, before its strings are made.
struct FoundFigure {
    /// The number with its unit and touching qualifier words; the label ends where it starts.
    var range: Range<Int>
    var value: Decimal
    /// Nil when the measure word is missing (`选聘了6“法治观察员”`). Units are static and never
    /// freed, so a found figure holds no reference: it is copied and dropped without retains.
    unowned(unsafe) var unit: Unit?
    var qualifier: Qualifier
    /// The upper end of a range (`3—5人`); `value` is its lower end.
    var upperValue: Decimal? = nil
    /// A fraction's denominator (`三分之一` has 3): its unit reads `/3`.
    var denominator: Decimal? = nil
}

/// One pass over a body range: stops only at digits and at the few scalars that can begin a
/// Chinese numeral, `百分之` or a round number (`万余`), and decides there whether a figure starts.
struct FigureScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let floor: Int
    let limit: Int
    /// Read from the global once per range, not once per number.
    private let units = Units.index

    /// Emits the figures in order, and appends to `digitRuns` where every run of digits in the
    /// range starts (with a few places inside runs), in order: the date check reads the digits
    /// from there instead of walking the body again.
    func scan(digitRuns: inout [Int], _ emit: (FoundFigure) -> Void) {
        Self.mayBegin.withUnsafeBufferPointer { mayBegin in
            var i = floor
            while true {
                i = nextStop(from: i, mayBegin: mayBegin)
                guard i < limit else { return }
                let (found, next) = figure(at: i)
                if let found { emit(found) }
                noteDigitRuns(from: i, to: next, in: &digitRuns)
                i = next
            }
        }
    }

    /// The figure that starts at a stop, if any, and where scanning resumes. Only `scan` calls
    /// `emit`: a closure handed down to each kind of figure costs retains of what it captures at
    /// every stop.
    private func figure(at i: Int) -> (found: FoundFigure?, next: Int) {
        let (s, _) = UTF8Bytes.scalar(at: i, in: bytes)
        if s >= 0x30 && s <= 0x39 { return arabicFigure(at: i) }
        if s == 0x767E, let found = percentInWords(at: i) { return (found, found.range.upperBound) }  // 百
        if NumberScanner.digit(at: i, limit: limit, in: bytes) != nil { return arabicFigure(at: i) }
        if ChineseQuantity.canStart(s) { return chineseFigure(at: i) }
        return roundFigure(at: i)
    }

    /// The starts of the digit runs between a stop and where scanning resumes: `nextStop` passes
    /// over no digit, so these and the stops are all the runs there are.
    private func noteDigitRuns(from start: Int, to end: Int, in digitRuns: inout [Int]) {
        var i = start
        var inRun = false
        let end = min(end, limit)
        while i < end {
            if let (_, len) = NumberScanner.digit(at: i, limit: limit, in: bytes) {
                if !inRun { digitRuns.append(i) }
                inRun = true
                i += len
            } else {
                inRun = false
                i += 1
            }
        }
    }

    /// Where the next ASCII digit or scalar of `mayBegin` starts, or `limit`. A loop of its own,
    /// kept out of `scan`, so that the walk over every scalar of the body stays in registers.
    /// Two three-byte scalars in a row, as most of Chinese text is, take one load.
    @inline(never)
    private func nextStop(from start: Int, mayBegin: UnsafeBufferPointer<UInt64>) -> Int {
        var i = start
        while i < limit {
            let b = bytes[i]
            if b >= 0xE0, let base = bytes.baseAddress {
                let pairsFrom = i
                while limit &- i >= 8 {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    guard word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0 else { break }
                    if Self.isCandidate(word, in: mayBegin) { return i }
                    if Self.isCandidate(word >> 24, in: mayBegin) { return i &+ 3 }
                    i &+= 6
                }
                if i != pairsFrom { continue }
            }
            if b < 0x80 {
                if b &- 0x30 < 10 { return i }
                i &+= 1
            } else if b >= 0xE0, b < 0xF0, i &+ 2 < limit {
                let word = UInt64(b) | UInt64(bytes[i &+ 1]) << 8 | UInt64(bytes[i &+ 2]) << 16
                if Self.isCandidate(word, in: mayBegin) { return i }
                i &+= 3
            } else {
                i &+= b >= 0xF0 ? 4 : b >= 0xC0 ? 2 : 1
            }
        }
        return limit
    }

    /// Whether the three-byte scalar in the low bytes of `word` is one of `mayBegin`.
    @inline(__always)
    private static func isCandidate(_ word: UInt64, in mayBegin: UnsafeBufferPointer<UInt64>) -> Bool {
        mayBegin[Int(word & 0x3F0F)] & (1 << (word >> 16 & 0x3F)) != 0
    }

    /// One bit per three-byte scalar that may begin a figure: full-width digits, the numerals
    /// that begin a Chinese quantity, `百` of `百分之`, and `百千万亿` of `万余份`. A word of bits
    /// for each first two bytes, at the bits of them that vary as they lie in a little-endian
    /// word (`word & 0x3F0F`), so one AND makes the index. 126 KB, of which Chinese text keeps
    /// about 64 cache lines busy: a scalar that begins nothing is one cached load and one branch.
    private static let mayBegin: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x3F10)
        var scalars = Array(0xFF10...0xFF19) + [0x767E, 0x5343, 0x4E07, 0x4EBF]  // 百 千 万 亿
        scalars += (0x3000..<0xFFFF).filter { ChineseQuantity.canStart(UInt32($0)) }
        for s in scalars { bits[s >> 12 & 0x0F | (s >> 6 & 0x3F) << 8] |= 1 << UInt64(s & 0x3F) }
        return bits
    }()

    private func arabicFigure(at start: Int) -> (found: FoundFigure?, next: Int) {
        let (scanned, runEnd) = NumberScanner.arabic(at: start, limit: limit, in: bytes)
        guard let number = scanned, !NeverAFigure.isRuledOutByPrevious(start, floor: floor, in: bytes),
              !NumberRange.isUpperEnd(start, floor: floor, in: bytes),
              let found = figureOrRange(number, at: start) ?? figureMissingUnit(number, at: start),
              !NeverAFigure.isInShortQuotation(start: start, end: number.end, floor: floor, limit: limit, in: bytes)
        else { return (nil, runEnd) }
        return (found, found.range.upperBound)
    }

    private func chineseFigure(at start: Int) -> (found: FoundFigure?, next: Int) {
        let (scanned, runEnd) = ChineseQuantity.scan(at: start, limit: limit, in: bytes)
        // Most numerals in prose have no unit after them (`三是`, `两学一做`): that is asked first.
        guard let number = scanned, !number.isArticle || mayCountAsOne(number),
              let found = doubling(number, at: start) ?? fraction(number, at: start) ?? figureOrRange(number, at: start),
              !NeverAFigure.isRuledOutByPrevious(start, floor: floor, in: bytes),
              !NeverAFigure.isListedNumeral(start, floor: floor, in: bytes),
              !NeverAFigure.isVague(start, floor: floor, in: bytes),
              !NeverAFigure.isSetPhrase(at: start, limit: limit, in: bytes),
              !NumberRange.isUpperEnd(start, floor: floor, in: bytes),
              !number.isArticle || found.upperValue != nil || found.unit?.kind == .multiple,
              !NeverAFigure.isNumberedProgramme(after: found.range.upperBound, limit: limit, in: bytes),
              !NeverAFigure.isInShortQuotation(start: start, end: number.end, floor: floor, limit: limit, in: bytes)
        else { return (nil, runEnd) }
        return (found, found.range.upperBound)
    }

    /// `万余份`, `百余场`, `千多人`: a round number with `余` or `多` and a unit.
    private func roundFigure(at start: Int) -> (found: FoundFigure?, next: Int) {
        let (place, len) = UTF8Bytes.scalar(at: start, in: bytes)
        guard let value = ChineseQuantity.place(place), start + len < limit else { return (nil, start + len) }
        let more = UTF8Bytes.scalar(at: start + len, in: bytes)
        guard more.value == 0x4F59 || more.value == 0x591A,  // 余 多
              !NeverAFigure.isRuledOutByPrevious(start, floor: floor, in: bytes),
              let found = figure(ScannedNumber(
                value: Decimal(value), end: start + len + more.length, orMore: true, isChinese: true,
                isPlainInteger: false, digitCount: 0), at: start),
              !NeverAFigure.isInShortQuotation(start: start, end: found.range.upperBound, floor: floor, limit: limit, in: bytes)
        else { return (nil, start + len) }
        return (found, found.range.upperBound)
    }

    /// `百分之百`, `百分之九十五`, `百分之95`: a percent written in words.
    private func percentInWords(at start: Int) -> FoundFigure? {
        guard UTF8Bytes.matches(Self.percentWords, at: start, limit: limit - 1, in: bytes)
        else { return nil }
        let at = start + Self.percentWords.count
        let number: ScannedNumber?
        if UTF8Bytes.matches(Self.hundred, at: at, limit: limit, in: bytes) {
            let (next, _) = at + 3 < limit ? UTF8Bytes.scalar(at: at + 3, in: bytes) : (0, 0)
            guard ChineseNumerals.digit(next) == nil, ChineseNumerals.multiplier(next) == nil else { return nil }
            number = ScannedNumber(value: 100, end: at + 3, orMore: false, isChinese: true, isPlainInteger: false, digitCount: 0)
        } else if NumberScanner.digit(at: at, limit: limit, in: bytes) != nil {
            number = NumberScanner.arabic(at: at, limit: limit, in: bytes).number
        } else {
            number = ChineseQuantity.scan(at: at, limit: limit, in: bytes).number
        }
        guard let number, number.value <= 100 else { return nil }
        return qualified(number, from: start, to: number.end, unit: Self.percent)
    }

    /// The figure a number starts when a unit follows it (spaces allowed between), with its
    /// qualifier words; nil for years, thresholds and words that only begin with a unit.
    private func figure(_ number: ScannedNumber, at start: Int) -> FoundFigure? {
        guard let (unit, end) = unit(after: number) else { return nil }
        return qualified(number, from: start, to: end, unit: unit)
    }

    /// The range that begins with the number, else the figure it makes alone.
    private func figureOrRange(_ number: ScannedNumber, at start: Int) -> FoundFigure? {
        let found = unit(after: number)
        let next = skippingSpaces(from: found?.end ?? number.end)
        if let separator = NumberRange.separator(at: next, limit: limit, in: bytes),
           let range = range(from: number, unit: found.map { ($0.unit.name, $0.end) }, separator: separator, at: next, start: start) {
            return range
        }
        guard let (unit, end) = found else { return nil }
        return qualified(number, from: start, to: end, unit: unit)
    }

    /// The unit after a number (spaces allowed between) and where it ends; nil for none, for a
    /// word that only begins with a unit, and for a year (`2024年`; other numbers of years are
    /// durations, `近3年`).
    func unit(after number: ScannedNumber) -> (unit: Unit, end: Int)? {
        let unitStart = skippingSpaces(from: number.end)
        guard let unit = units.match(at: unitStart, limit: limit, in: bytes, afterChinese: number.isChinese),
              !unit.beginsNoun(at: unitStart, limit: limit, in: bytes),
              !(unit.isYear && number.isPlainInteger && number.digitCount == 4)
        else { return nil }
        return (unit, unitStart + unit.bytes.count)
    }

    @inline(__always)
    func skippingSpaces(from start: Int) -> Int {
        var i = start
        // A Chinese character (lead byte E4–E9) or an ASCII mark other than a space ends it at once.
        if i < limit, bytes[i] > 0x20 && bytes[i] < 0x80 || bytes[i] >= 0xE4 && bytes[i] <= 0xE9 { return i }
        while i < limit {
            let (s, len) = UTF8Bytes.scalar(at: i, in: bytes)
            guard Punctuation.isSpace(s) else { break }
            i += len
        }
        return i
    }

    /// The figure from `start` to `end` widened by the qualifier words that touch it. A prefix
    /// word wins over `余`/`多`, which wins over a suffix word; nil for a threshold (`3级以上`).
    func qualified(_ number: ScannedNumber, from start: Int, to end: Int, unit: Unit?) -> FoundFigure? {
        var end = end
        let suffix = unit == nil ? nil : Qualifiers.after(end, limit: limit, in: bytes)
        if let suffix {
            if unit?.isGrade == true { return nil }
            end = suffix.end
        }
        let prefix = Qualifiers.before(start, floor: floor, in: bytes)
        let qualifier = prefix?.qualifier ?? (number.orMore ? .atLeast : suffix?.qualifier ?? .exact)
        return FoundFigure(range: (prefix?.start ?? start)..<end, value: number.value, unit: unit, qualifier: qualifier)
    }

    /// `选聘了6“法治观察员”`: a small whole number right before a quoted noun has lost its
    /// measure word. It is still a figure, with an empty unit, so the reviewer is warned.
    private func figureMissingUnit(_ number: ScannedNumber, at start: Int) -> FoundFigure? {
        guard number.isPlainInteger, !number.orMore, number.digitCount <= 3, number.end + 3 <= limit,
              UTF8Bytes.scalar(at: number.end, in: bytes).value == 0x201C,
              let (previous, _) = UTF8Bytes.scalar(before: start, floor: floor, in: bytes),
              previous >= 0x4E00, previous <= 0x9FFF
        else { return nil }
        return qualified(number, from: start, to: number.end, unit: nil)
    }

    private static let percentWords = "百分之".bytes
    private static let hundred = "百".bytes
    private static let percent = Units.all.first { $0.name == "%" }
}
