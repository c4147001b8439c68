/// Matches level-1 sections to the parts the 2019 regulation demands, by their wording and
/// never by their position: reports reorder, reword and fold the parts.
public enum MandatedPartMatcher {
    /// The part a level-1 heading's wording names, nil when it names none. A heading that
    /// mentions several takes the most specific: `党政主要负责人履行…职责情况` is leaders, not
    /// measures; `…存在的不足、原因和问题整改情况` is shortcomings; `…工作思路与目标举措` is plans.
    public static func part(named title: String) -> MandatedPart? {
        let cueWords = Self.cueWords
        return title.withBytes { bytes in
            cueWords.first { _, words in words.occurs(within: 0..<bytes.count, in: bytes) }?.part
        }
    }

    private static let cueWords = cues.map { (part: $0.part, words: WordList($0.words)) }

    /// Parts in order of precedence, each with the words that name it.
    static let cues: [(part: MandatedPart, words: [String])] = [
        (.leaders, ["主要负责人", "第一责任人", "主要领导", "一把手"]),
        (.other, ["其他需要报告", "其他事项", "其他情况"]),
        (.plans, ["下一步", "下一年", "下年度", "明年", "来年", "安排", "打算", "思路", "计划", "展望", "工作重点"]),
        (.shortcomings, ["不足", "问题", "短板", "差距", "薄弱"]),
        (.measures, ["举措", "成效", "工作情况", "主要做法", "做法", "成绩", "开展情况", "推进情况", "主要工作", "工作开展", "建设情况"]),
    ]

    /// The `missingPart` message of each required part, in the regulation's order: the same
    /// for every report, so made once.
    private static let missingMessages: [(part: MandatedPart, message: String)] =
        [MandatedPart.measures, .shortcomings, .leaders, .plans].map { part in
            let words = cues.first { $0.part == part }!.words.prefix(3).joined(separator: "、")
            return (part, "Mandated part missing: \(part.title) (no level-1 heading mentions \(words)).")
        }

    /// Each part's first top-level section (level 1, or the outermost level a report uses when
    /// it has no level-1 headings), and a `missingPart` warning for each required part no
    /// section names.
    static func match(_ sections: [Section]) -> (parts: MandatedParts, warnings: [Warning]) {
        var parts = MandatedParts()
        var top = Int.max
        for index in sections.indices { top = min(top, sections[index].level) }
        for index in sections.indices where sections[index].level == top {
            switch part(named: sections[index].title) {
            case .measures: if parts.measures == nil { parts.measures = index }
            case .shortcomings: if parts.shortcomings == nil { parts.shortcomings = index }
            case .leaders: if parts.leaders == nil { parts.leaders = index }
            case .plans: if parts.plans == nil { parts.plans = index }
            case .other: if parts.other == nil { parts.other = index }
            case nil: break
            }
        }
        var warnings: [Warning] = []
        for (part, message) in missingMessages where parts.section(for: part) == nil {
            warnings.append(Warning(kind: .missingPart, line: 0, message: message))
        }
        return (parts, warnings)
    }
}

extension MandatedParts {
    /// The level-1 section that satisfies `part`, nil when the report lacks it.
    public func section(for part: MandatedPart) -> Int? {
        switch part {
        case .measures: measures
        case .shortcomings: shortcomings
        case .leaders: leaders
        case .plans: plans
        case .other: other
        }
    }
}
