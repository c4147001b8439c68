import Foundation

/// Parts that do not add up to the total beside them. Conservative, so that real reports give
/// few false alarms (docs/figures.md): within one sentence, two or more consecutive exact counts
/// with one unit and parallel labels (`村级调委会调处案件339件，镇调委会调处案件71件`: same words
/// after a short differing prefix) are parts, and the nearest exact count before them with the
/// same unit is their total. Parts may leave things out, so a shortfall is reported only when
/// the prefixes name tiers (`村级`, `镇`), which together make the whole; parts that exceed the
/// total are always reported.
enum SumCheck {
    static func warnings(source: SourceText, sentences: [Sentence]) -> [Warning] {
        var warnings: [Warning] = []
        for sentence in sentences {
            var k = 1
            while k < sentence.figures.count {
                let parts = partsRun(startingAt: k, in: sentence)
                guard parts.count >= 2 else {
                    k += 1
                    continue
                }
                if let total = total(before: k, of: parts, in: sentence) {
                    let figures = sentence.figures[parts]
                    let sum = figures.reduce(Decimal(0)) { $0 + $1.value }
                    if sum > total.value || (sum != total.value && namesTiers(sentence.words[parts])) {
                        let addends = figures.map(\.valueText).joined(separator: " + ")
                        warnings.append(Warning(
                            kind: .sumMismatch, line: total.line,
                            message: "Line \(total.line): parts \(addends) = \(DecimalText.plain(sum))\(total.unit) do not add up to the total \(total.valueText)\(total.unit) (“\(total.label)”)",
                            range: total.range.lowerBound..<sentence.figures[parts.upperBound - 1].range.upperBound))
                    }
                }
                k = parts.upperBound
            }
        }
        return warnings
    }

    /// The longest run of parts that starts at `k`: exact counts of one unit with parallel labels.
    private static func partsRun(startingAt k: Int, in sentence: Sentence) -> Range<Int> {
        let first = sentence.figures[k]
        guard first.isExactCount else { return k..<k }
        let firstWords = sentence.words[k]
        var prefixes: Set<ArraySlice<Unicode.Scalar>> = []
        var end = k + 1
        while end < sentence.figures.count {
            guard sentence.figures[end].isExactCount, sentence.figures[end].unit == first.unit else { break }
            let words = sentence.words[end]
            let shared = words.commonSuffix(with: firstWords)
            let prefixA = firstWords.scalars.prefix(firstWords.scalars.count - shared)
            let prefixB = words.scalars.prefix(words.scalars.count - shared)
            guard shared >= 2, (1...4).contains(prefixA.count), (1...4).contains(prefixB.count) else { break }
            prefixes.insert(prefixA)
            guard !prefixes.contains(prefixB) else { break }
            prefixes.insert(prefixB)
            end += 1
        }
        return k..<end
    }

    /// The nearest exact count before the parts with their unit, if it can be their total: larger
    /// than every part, and not worded like one of them unless `其中` opens the parts
    /// (`村级调解100件，镇级调解30件，县级调解20件` is a list of three, not a total and two parts).
    private static func total(before k: Int, of parts: Range<Int>, in sentence: Sentence) -> Figure? {
        let unit = sentence.figures[k].unit
        guard let t = sentence.figures[..<k].lastIndex(where: { $0.unit == unit && $0.isExactCount }),
              sentence.figures[parts].allSatisfy({ $0.value < sentence.figures[t].value })
        else { return nil }
        if sentence.figures[k].label.hasPrefix("其中") { return sentence.figures[t] }
        let partWords = sentence.words[parts]
        let shared = partWords.dropFirst().map { $0.commonSuffix(with: partWords[k]) }.min() ?? 0
        let totalWords = sentence.words[t]
        let wordedLikeAPart = totalWords.commonSuffix(with: partWords[k]) >= shared && totalWords.scalars.count - shared <= 4
        return wordedLikeAPart ? nil : sentence.figures[t]
    }

    /// Every part's label differs from the others by a tier: `村级`, `镇`, `县级`, `市`.
    private static func namesTiers(_ words: ArraySlice<LabelWords>) -> Bool {
        let first = words[words.startIndex]
        let shared = words.dropFirst().map { $0.commonSuffix(with: first) }.min() ?? 0
        return words.allSatisfy { label in
            var prefix = label.scalars.prefix(label.scalars.count - shared)
            if prefix.last == "级" { prefix = prefix.dropLast() }
            return prefix.count == 1 && tiers.contains(prefix[prefix.startIndex])
        }
    }

    private static let tiers: Set<Unicode.Scalar> = ["省", "市", "区", "县", "乡", "镇", "街", "村", "组", "社"]
}
