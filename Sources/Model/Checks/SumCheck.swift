import Foundation

/// Parts that do not add up to the total beside them. Conservative, so that real reports give
/// few false alarms (docs/figures.md): within one sentence, two or more consecutive exact counts
/// with one unit and parallel labels (`村级调委会调处案件339件，镇调委会调处案件71件`: same words
/// after a short differing prefix) are parts, and the nearest exact count before them with the
/// same unit is their total. Parts may leave things out, so a shortfall is reported only when
/// the prefixes name tiers (`村级`, `镇`), which together make the whole; parts that exceed the
/// total are always reported.
enum SumCheck {
    static func warnings(source: SourceText, sentences: [[Figure]]) -> [Warning] {
        var warnings: [Warning] = []
        for sentence in sentences {
            var k = 1
            while k < sentence.count {
                let parts = partsRun(startingAt: k, in: sentence)
                guard parts.count >= 2 else {
                    k += 1
                    continue
                }
                if let total = total(before: k, of: parts, in: sentence) {
                    let sum = parts.reduce(Decimal(0)) { $0 + $1.value }
                    if sum > total.value || (sum != total.value && namesTiers(parts)) {
                        let addends = parts.map(\.valueText).joined(separator: " + ")
                        warnings.append(Warning(
                            kind: .sumMismatch, line: total.line,
                            message: "Line \(total.line): parts \(addends) = \(DecimalText.plain(sum))\(total.unit) do not add up to the total \(total.valueText)\(total.unit) (“\(total.label)”)",
                            range: total.range.lowerBound..<parts[parts.count - 1].range.upperBound))
                    }
                }
                k += parts.count
            }
        }
        return warnings
    }

    /// The longest run of parts that starts at `k`: exact counts of one unit with parallel labels.
    private static func partsRun(startingAt k: Int, in sentence: [Figure]) -> [Figure] {
        let first = sentence[k]
        guard first.isExactCount else { return [] }
        let firstWords = LabelWords(first.label)
        var run = [first]
        var prefixes: Set<String> = []
        for figure in sentence[(k + 1)...] {
            guard figure.isExactCount, figure.unit == first.unit else { break }
            let words = LabelWords(figure.label)
            let shared = words.commonSuffix(with: firstWords)
            let prefixA = firstWords.scalars.count - shared
            let prefixB = words.scalars.count - shared
            guard shared >= 2, (1...4).contains(prefixA), (1...4).contains(prefixB) else { break }
            prefixes.insert(String(String.UnicodeScalarView(firstWords.scalars.prefix(prefixA))))
            let prefix = String(String.UnicodeScalarView(words.scalars.prefix(prefixB)))
            guard !prefixes.contains(prefix) else { break }
            prefixes.insert(prefix)
            run.append(figure)
        }
        return run
    }

    /// The nearest exact count before the parts with their unit, if it can be their total: larger
    /// than every part, and not worded like one of them unless `其中` opens the parts
    /// (`村级调解100件，镇级调解30件，县级调解20件` is a list of three, not a total and two parts).
    private static func total(before k: Int, of parts: [Figure], in sentence: [Figure]) -> Figure? {
        guard let total = sentence[..<k].last(where: { $0.unit == parts[0].unit && $0.isExactCount }),
              parts.allSatisfy({ $0.value < total.value })
        else { return nil }
        if parts[0].label.hasPrefix("其中") { return total }
        let partWords = parts.map { LabelWords($0.label) }
        let shared = partWords.dropFirst().map { $0.commonSuffix(with: partWords[0]) }.min() ?? 0
        let totalWords = LabelWords(total.label)
        let wordedLikeAPart = totalWords.commonSuffix(with: partWords[0]) >= shared && totalWords.scalars.count - shared <= 4
        return wordedLikeAPart ? nil : total
    }

    /// Every part's label differs from the others by a tier: `村级`, `镇`, `县级`, `市`.
    private static func namesTiers(_ parts: [Figure]) -> Bool {
        let words = parts.map { LabelWords($0.label) }
        let shared = words.dropFirst().map { $0.commonSuffix(with: words[0]) }.min() ?? 0
        return words.allSatisfy { label in
            var prefix = label.scalars.prefix(label.scalars.count - shared)
            if prefix.last == "级" { prefix = prefix.dropLast() }
            return prefix.count == 1 && tiers.contains(prefix.first!)
        }
    }

    private static let tiers: Set<Unicode.Scalar> = ["省", "市", "区", "县", "乡", "镇", "街", "村", "组", "社"]
}
