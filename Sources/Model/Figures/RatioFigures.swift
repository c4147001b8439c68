import Foundation

/// Fractions and doublings written in words (docs/figures.md). Multiples in digits (`2倍`,
/// `增长1.5倍`) need nothing here: `倍` is a unit of kind multiple.
extension FigureScanner {
    /// `三分之一`, `三分之二以上`: the numerator, over the denominator its unit names (`/3`), as
    /// `百分之九十五` is 95 over a hundred. So a third stays exact, which no decimal can be.
    @inline(__always)
    func fraction(_ denominator: ScannedNumber, at start: Int) -> FoundFigure? {
        let at = denominator.end
        guard scalar(at: at) == 0x5206, scalar(at: at + 3) == 0x4E4B else { return nil }  // 分之
        return fraction(denominator, over: at + 6, at: start)
    }

    private func fraction(_ denominator: ScannedNumber, over numeratorStart: Int, at start: Int) -> FoundFigure? {
        guard !denominator.orMore, denominator.multiplier == 1, denominator.value >= 2,
              let numerator = ChineseQuantity.scan(at: numeratorStart, limit: limit, in: bytes).number,
              !numerator.orMore, numerator.multiplier == 1, numerator.value > 0, numerator.value < denominator.value
        else { return nil }
        var found = qualified(numerator, from: start, to: numerator.end, unit: Self.fractionUnit)
        found?.denominator = denominator.value
        return found
    }

    private static let fractionUnit = Unit("分之", .fraction)

    /// `翻一番`, `翻了两番`: doubled n times, 2ⁿ times as much (`翻两番` is 4倍). The text begins
    /// at `翻`, since `一番` alone is a word (`一番努力`).
    @inline(__always)
    func doubling(_ number: ScannedNumber, at start: Int) -> FoundFigure? {
        scalar(at: number.end) == 0x756A ? doubled(number, at: start) : nil  // 番
    }

    private func doubled(_ number: ScannedNumber, at start: Int) -> FoundFigure? {
        guard !number.orMore, number.multiplier == 1, number.value >= 1, number.value <= 10,
              var (s, from) = UTF8Bytes.scalar(before: start, floor: floor, in: bytes)
        else { return nil }
        if s == 0x4E86, let before = UTF8Bytes.scalar(before: from, floor: floor, in: bytes) {  // 了
            (s, from) = before
        }
        guard s == 0x7FFB else { return nil }  // 翻
        var times = number
        times.value = 1
        for _ in 0..<NSDecimalNumber(decimal: number.value).intValue { times.value *= 2 }
        return qualified(times, from: from, to: number.end + 3, unit: Self.timesUnit)
    }

    private static let timesUnit = Units.all.first { $0.name == "倍" }
}
