import Foundation

/// A rate that does not follow from its counts (docs/figures.md). Within one sentence a percent
/// whose label names a rate (`调解成功率达`) is checked when an exact count before it carries the
/// words before `率` (`调解成功1101件`) and another exact count before that, as large and not
/// introduced by `其中`, gives the whole (`受理调解矛盾纠纷1101件`). A rate without such counts is unverifiable and passes.
enum RateCheck {
    static func warnings(source: SourceText, sentences: [Sentence]) -> [Warning] {
        var warnings: [Warning] = []
        for sentence in sentences {
            let figures = sentence.figures
            // By index: only the few percents are copied out.
            for r in figures.indices where figures[r].unit == "%" && figures[r].upperValue == nil {
                let rate = figures[r]
                guard let stem = sentence.words[r].beforeRate, stem.scalars.count >= 2,
                      let n = figures[..<r].indices.last(where: { figures[$0].isExactCount && stem.hasSuffix(sentence.words[$0]) }),
                      let whole = figures[..<n].last(where: { isWhole($0, of: figures[n]) })
                else { continue }
                let part = figures[n]
                let stated = (rate.value as NSDecimalNumber).doubleValue
                // A Decimal division costs tens of thousands of instructions: a Double quotient
                // settles every rate that agrees with room to spare, and only the rest pay for it.
                let rough = (part.value as NSDecimalNumber).doubleValue * 100 / (whole.value as NSDecimalNumber).doubleValue
                if agrees(computed: rough, stated: stated, rate: rate, margin: 1e-6) { continue }
                let computed = (part.value / whole.value * 100 as NSDecimalNumber).doubleValue
                if !agrees(computed: computed, stated: stated, rate: rate) {
                    warnings.append(Warning(
                        kind: .rateMismatch, line: rate.line,
                        message: "Line \(rate.line): \(stem.text)率 \(rate.text) does not follow from \(part.valueText) of \(whole.valueText) (\(WarningText.onePlace(computed))%)",
                        range: whole.range.lowerBound..<rate.range.upperBound))
                }
            }
        }
        return warnings
    }

    /// The whole a part is taken from: an exact count with its unit, at least as large, and not
    /// itself a part (`其中行政案件30件` in `受理50件，其中行政案件30件，办结48件`).
    private static func isWhole(_ figure: Figure, of part: Figure) -> Bool {
        figure.isExactCount && figure.unit == part.unit && figure.value >= part.value && figure.value > 0
            && !figure.label.hasPrefix("其中")
    }

    /// Within the rounding the written rate allows (half a unit of its last digit; one point for
    /// `约`), and on the right side of a bound (`95%以上`). `margin` narrows the tolerance.
    private static func agrees(computed: Double, stated: Double, rate: Figure, margin: Double = 0) -> Bool {
        let decimals = rate.text.split(whereSeparator: { $0 == "." || $0 == "．" }).dropFirst().first?
            .prefix { $0.isNumber }.count ?? 0
        var tolerance = 0.5 / pow(10, Double(decimals)) + 1e-9
        if rate.qualifier == .approx { tolerance = max(tolerance, 1) }
        tolerance -= margin
        switch rate.qualifier {
        case .atLeast: return computed >= stated - tolerance
        case .atMost: return computed <= stated + tolerance
        case .exact, .approx: return abs(computed - stated) <= tolerance
        }
    }
}
