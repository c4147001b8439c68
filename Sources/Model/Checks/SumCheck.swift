import Foundation

/// Parts that do not add up to the total beside them. Conservative, so that real reports give
/// few false alarms (docs/figures.md): within one sentence, two or more consecutive exact counts
/// with one unit and parallel labels (`村级调委会调处案件339件，镇调委会调处案件71件`: same words
/// after a short differing prefix) are parts, and the nearest exact count before them with the
/// same unit is their total. Parts may leave things out, so a shortfall is reported only when
/// the prefixes name tiers (`村级`, `镇`), which together make the whole; parts that exceed the
/// total are always reported.
enum SumCheck {
    static func warnings(source: SourceText, sentences: Sentences) -> [Warning] {
        var warnings: [Warning] = []
        let figures = sentences.figures
        sentences.words.reading { words in
            for run in sentences.runs {
                var k = run.lowerBound + 1
                while k < run.upperBound {
                    let parts = partsRun(startingAt: k, in: run, of: figures, words: words)
                    guard parts.count >= 2 else {
                        k += 1
                        continue
                    }
                    if let t = total(before: k, of: parts, in: run, of: figures, words: words) {
                        let total = figures[t]
                        let sum = figures[parts].reduce(Decimal(0)) { $0 + $1.value }
                        if sum > total.value || (sum != total.value && namesTiers(parts, words: words)) {
                            let addends = figures[parts].map(\.valueText).joined(separator: " + ")
                            warnings.append(Warning(
                                kind: .sumMismatch, line: total.line,
                                message: "Line \(total.line): parts \(addends) = \(DecimalText.plain(sum))\(total.unit) do not add up to the total \(total.valueText)\(total.unit) (“\(total.label)”)",
                                range: total.range.lowerBound..<figures[parts.upperBound - 1].range.upperBound))
                        }
                    }
                    k = parts.upperBound
                }
            }
        }
        return warnings
    }

    /// The longest run of parts that starts at `k`: exact counts of one unit with parallel labels.
    private static func partsRun(startingAt k: Int, in run: Range<Int>, of figures: [Figure], words: LabelWords.Reader) -> Range<Int> {
        guard figures.isExactCount(k) else { return k..<k }
        let firstWords = words[k]
        var prefixes: [Range<Int>] = []
        var end = k + 1
        while end < run.upperBound {
            guard figures.isExactCount(end), figures.haveOneUnit(end, k) else { break }
            let otherWords = words[end]
            let shared = words.commonSuffix(otherWords, firstWords)
            let prefixA = words.dropLast(shared, of: firstWords)
            let prefixB = words.dropLast(shared, of: otherWords)
            guard shared >= 2, (1...4).contains(words.scalarCount(prefixA)), (1...4).contains(words.scalarCount(prefixB)) else { break }
            prefixes.append(prefixA)
            guard !prefixes.contains(where: { words.same($0, prefixB) }) else { break }
            prefixes.append(prefixB)
            end += 1
        }
        return k..<end
    }

    /// The nearest exact count before the parts with their unit, if it can be their total: larger
    /// than every part, and not worded like one of them unless `其中` opens the parts
    /// (`村级调解100件，镇级调解30件，县级调解20件` is a list of three, not a total and two parts).
    private static func total(before k: Int, of parts: Range<Int>, in run: Range<Int>, of figures: [Figure], words: LabelWords.Reader) -> Int? {
        guard let t = (run.lowerBound..<k).last(where: { figures.haveOneUnit($0, k) && figures.isExactCount($0) }),
              parts.allSatisfy({ DecimalOrder.isLess(figures[$0].value, figures[t].value) })
        else { return nil }
        if figures.opensWithAmongThem(k) { return t }
        let shared = sharedByParts(parts, words: words)
        let wordedLikeAPart = words.commonSuffix(words[t], words[k]) >= shared && words.scalarCount(words[t]) - shared <= 4
        return wordedLikeAPart ? nil : t
    }

    /// How many scalars at their ends the labels of all parts share with the first.
    private static func sharedByParts(_ parts: Range<Int>, words: LabelWords.Reader) -> Int {
        parts.dropFirst().lazy.map { words.commonSuffix(words[$0], words[parts.lowerBound]) }.min() ?? 0
    }

    /// Every part's label differs from the others by a tier: `村级`, `镇`, `县级`, `市`.
    private static func namesTiers(_ parts: Range<Int>, words: LabelWords.Reader) -> Bool {
        let shared = sharedByParts(parts, words: words)
        return parts.allSatisfy { part in
            var prefix = words.dropLast(shared, of: words[part])
            if words.lastScalar(prefix) == level { prefix = words.dropLast(1, of: prefix) }
            return words.scalarCount(prefix) == 1 && words.firstScalar(prefix).map(tiers.contains) == true
        }
    }

    private static let level: UInt32 = 0x7EA7  // 级
    private static let tiers: Set<UInt32> = Set("省市区县乡镇街村组社".unicodeScalars.map(\.value))
}
