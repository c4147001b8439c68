import Foundation

/// A range as one figure (docs/figures.md): `3—5人`, `3至5场次`, `三至五次`, `一至两次`,
/// `10%—20%`, `3—5万元` (the lower end shares the upper end's `万`: 30000 to 50000).
extension FigureScanner {
    /// The range whose lower end is `lower` at `start`, followed by the unit `lowerUnit` names
    /// if any and the separator `at`: an upper end and its unit, which the lower end may repeat
    /// (`10%—20%`). Nil unless the lower end is below the upper, has no `余`/`多`, and the unit
    /// is no grade (`3—4级`) and no year (`2022—2025年`).
    func range(
        from lower: ScannedNumber, unit lowerUnit: (name: String, end: Int)?, separator: (length: Int, isDao: Bool), at: Int,
        start: Int
    ) -> FoundFigure? {
        guard !lower.orMore, lowerUnit == nil || !separator.isDao,
              let upper = upperEnd(at: skippingSpaces(from: at + separator.length)), !upper.isArticle,
              let (unit, end) = self.unit(after: upper), !unit.isGrade,
              lowerUnit.map({ $0.name == unit.name }) ?? true,
              !(unit.isYear && lower.isPlainInteger && lower.digitCount == 4)
        else { return nil }
        let low = lowerUnit == nil && lower.multiplier == 1 ? lower.value * Decimal(upper.multiplier) : lower.value
        guard low < upper.value, var found = qualified(upper, from: start, to: end, unit: unit) else { return nil }
        found.value = low
        found.upperValue = upper.value
        return found
    }

    /// The number after a separator, in digits or Chinese numerals.
    private func upperEnd(at i: Int) -> ScannedNumber? {
        guard i < limit else { return nil }
        if NumberScanner.digit(at: i, limit: limit, in: bytes) != nil {
            return NumberScanner.arabic(at: i, limit: limit, in: bytes).number
        }
        guard ChineseQuantity.canStart(UTF8Bytes.scalar(at: i, in: bytes).value) else { return nil }
        return ChineseQuantity.scan(at: i, limit: limit, in: bytes).number
    }

    /// A lone `一` counts only as a range's lower end (`一至两次`), before `倍` (`增加一倍`) and in
    /// `翻一番`.
    @inline(__always)
    func mayCountAsOne(_ number: ScannedNumber) -> Bool {
        NumberRange.separator(at: number.end, limit: limit, in: bytes) != nil
            || scalar(at: number.end) == 0x500D || scalar(at: number.end) == 0x756A  // 倍 番
    }

    /// The scalar at `i`, 0 at the limit. Compared with constants rather than matched against
    /// word arrays: every Chinese number asks, and a static array costs a retain each time.
    @inline(__always)
    func scalar(at i: Int) -> UInt32 { i < limit ? UTF8Bytes.scalar(at: i, in: bytes).value : 0 }
}
