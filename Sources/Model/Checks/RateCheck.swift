import Foundation

/// A rate that does not follow from its counts (docs/figures.md). Within one sentence a percent
/// whose label names a rate (`调解成功率达`) is checked when an exact count before it carries the
/// words before `率` (`调解成功1101件`) and another exact count before that, as large and not
/// introduced by `其中`, gives the whole (`受理调解矛盾纠纷1101件`). A rate without such counts is unverifiable and passes.
enum RateCheck {
    static func warnings(source: SourceText, sentences: Sentences) -> [Warning] {
        var warnings: [Warning] = []
        let figures = sentences.figures
        sentences.words.reading { words in
            for run in sentences.runs {
                // By index: only the few percents are copied out.
                for r in run where figures.hasPercentSign(r) && figures[r].upperValue == nil {
                    guard let stem = words.beforeRate(words[r]), words.scalarCount(stem) >= 2,
                          let n = (run.lowerBound..<r).last(where: { figures.isExactCount($0) && words.hasSuffix(stem, words[$0]) }),
                          let w = (run.lowerBound..<n).last(where: { isWhole($0, of: n, in: figures) })
                    else { continue }
                    let rate = figures[r]
                    let part = figures[n]
                    let whole = figures[w]
                    let stated = (rate.value as NSDecimalNumber).doubleValue
                    // A Decimal division costs tens of thousands of instructions: a Double quotient
                    // settles every rate that agrees with room to spare, and only the rest pay for it.
                    let rough = (part.value as NSDecimalNumber).doubleValue * 100 / (whole.value as NSDecimalNumber).doubleValue
                    if agrees(computed: rough, stated: stated, rate: rate, margin: 1e-6) { continue }
                    let computed = (part.value / whole.value * 100 as NSDecimalNumber).doubleValue
                    if !agrees(computed: computed, stated: stated, rate: rate) {
                        warnings.append(Warning(
                            kind: .rateMismatch, line: rate.line,
                            message: "Line \(rate.line): \(words.text(stem))率 \(rate.text) does not follow from \(part.valueText) of \(whole.valueText) (\(WarningText.onePlace(computed))%)",
                            range: whole.range.lowerBound..<rate.range.upperBound))
                    }
                }
            }
        }
        return warnings
    }

    /// The whole a part is taken from: an exact count with its unit, at least as large, and not
    /// itself a part (`其中行政案件30件` in `受理50件，其中行政案件30件，办结48件`).
    private static func isWhole(_ i: Int, of part: Int, in figures: [Figure]) -> Bool {
        figures.isExactCount(i) && figures.haveOneUnit(i, part) && !DecimalOrder.isLess(figures[i].value, figures[part].value)
            && DecimalOrder.isLess(0, figures[i].value) && !figures.opensWithAmongThem(i)
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
