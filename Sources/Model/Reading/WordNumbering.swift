import Foundation

/// Word's automatic numbering (`word/numbering.xml`), replayed paragraph by paragraph so that a
/// heading numbered by Word reads `一、` or `（一）` in the text, as it does on screen.
///
/// Counters are kept per abstract list, as Word does: paragraphs of two `w:num` that share an
/// abstract list continue one sequence, and a `w:startOverride` restarts it the first time its
/// `w:num` is used. A level restarts after any higher level unless `w:lvlRestart` says otherwise.
struct WordNumbering {
    struct Level {
        var start = 0
        var format = "decimal"
        var text = ""
        var restartAfter: Int?
        var legal = false
        var suffix = "tab"
        var style: String?
    }

    struct Instance {
        var abstract: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [String: [Int: Level]] = [:]
    var instances: [String: Instance] = [:]
    private var counters: [String: [Int: Int]] = [:]
    private var overridesUsed: Set<String> = []

    init() {}

    init?(_ data: Data) {
        let reader = NumberingReader()
        guard reader.walk(data) else { return nil }
        abstracts = reader.abstracts
        instances = reader.instances
    }

    /// The level a style is tied to (`w:pStyle` inside a `w:lvl`), for style-linked headings.
    func level(forStyle style: String, in numId: String) -> Int? {
        guard let instance = instances[numId], let levels = abstracts[instance.abstract] else { return nil }
        return levels.first { $0.value.style == style }?.key
    }

    /// The rendered number of the next paragraph in list `numId` at `level`, with what separates
    /// it from the text; nil when the paragraph is not numbered (numId 0 or unknown).
    mutating func next(numId: String, level: Int) -> String? {
        guard numId != "0", (0...8).contains(level), let instance = instances[numId], var levels = abstracts[instance.abstract] else { return nil }
        for (index, override) in instance.levelOverrides { levels[index] = override }
        guard let definition = levels[level] else { return nil }
        var counts = counters[instance.abstract] ?? [:]
        let overrideKey = "\(numId)/\(level)"
        if let restart = instance.startOverrides[level], overridesUsed.insert(overrideKey).inserted {
            counts[level] = restart
        } else if let current = counts[level] {
            counts[level] = current + 1
        } else {
            counts[level] = definition.start
        }
        for deeper in (level + 1)...9 where level < (levels[deeper]?.restartAfter ?? deeper) {
            counts[deeper] = nil
        }
        counters[instance.abstract] = counts
        if definition.format == "bullet" { return "• " }
        var out = ""
        var scalars = definition.text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "%", let digit = scalars.first, let referenced = Int(String(digit)), referenced >= 1 {
                scalars.removeFirst()
                let index = referenced - 1
                let value = counts[index] ?? levels[index]?.start ?? 0
                let format = definition.legal && index != level ? "decimal" : levels[index]?.format ?? "decimal"
                out += NumberFormats.render(value, format: format)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out + separator(after: out, suffix: definition.suffix)
    }

    /// Word's tab or space after the number. After CJK punctuation (`一、`, `（一）`) the tab
    /// is only indentation and is dropped; elsewhere it becomes one space so `1.` and the
    /// text stay apart.
    private func separator(after marker: String, suffix: String) -> String {
        guard suffix != "nothing", let last = marker.unicodeScalars.last else { return "" }
        let isCJKPunctuation = (0x3000...0x303F).contains(last.value) || (0xFF00...0xFFEF).contains(last.value)
        return isCJKPunctuation ? "" : " "
    }
}

private final class NumberingReader: XMLWalker {
    var abstracts: [String: [Int: WordNumbering.Level]] = [:]
    var instances: [String: WordNumbering.Instance] = [:]
    private var abstractId: String?
    private var numId: String?
    private var overrideLevel: Int?
    private var levelIndex: Int?
    private var level = WordNumbering.Level()

    override func start(_ name: String, _ attributes: [String: String]) {
        let value = attributes["val"]
        switch name {
        case "abstractNum": abstractId = attributes["abstractNumId"]
        case "num":
            numId = attributes["numId"]
        case "abstractNumId":
            if let numId, let value { instances[numId] = WordNumbering.Instance(abstract: value) }
        case "lvlOverride": overrideLevel = attributes["ilvl"].flatMap(Int.init)
        case "startOverride":
            if let numId, let overrideLevel, let start = value.flatMap(Int.init) {
                instances[numId]?.startOverrides[overrideLevel] = start
            }
        case "lvl":
            levelIndex = attributes["ilvl"].flatMap(Int.init)
            level = WordNumbering.Level()
        case "start": if levelIndex != nil, let start = value.flatMap(Int.init) { level.start = start }
        case "numFmt": if levelIndex != nil, let value { level.format = value }
        case "lvlText": if levelIndex != nil { level.text = value ?? "" }
        case "lvlRestart": level.restartAfter = value.flatMap(Int.init)
        case "isLgl": level.legal = value.map { $0 != "0" && $0 != "false" } ?? true
        case "suff": if let value { level.suffix = value }
        case "pStyle": if levelIndex != nil { level.style = value }
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "lvl":
            guard let index = levelIndex else { return }
            if let numId, overrideLevel != nil {
                instances[numId]?.levelOverrides[index] = level
            } else if let abstractId {
                abstracts[abstractId, default: [:]][index] = level
            }
            levelIndex = nil
        case "abstractNum": abstractId = nil
        case "num": numId = nil
        case "lvlOverride": overrideLevel = nil
        default: break
        }
    }
}

/// Paragraph styles that carry numbering (`w:numPr` in `word/styles.xml`), with `w:basedOn`.
struct WordStyles {
    struct Numbered {
        var numId: String?
        var level: Int?
    }

    private var numbering: [String: Numbered] = [:]
    private var basedOn: [String: String] = [:]

    init() {}

    init?(_ data: Data) {
        let reader = StylesReader()
        guard reader.walk(data) else { return nil }
        numbering = reader.numbering
        basedOn = reader.basedOn
    }

    /// The numbering a style gives its paragraphs, looking through the styles it is based on.
    func numbering(of style: String) -> Numbered? {
        var current: String? = style
        var visited: Set<String> = []
        var found = Numbered()
        while let name = current, visited.insert(name).inserted {
            if let own = numbering[name] {
                found.numId = found.numId ?? own.numId
                found.level = found.level ?? own.level
            }
            current = basedOn[name]
        }
        return found.numId == nil ? nil : found
    }
}

private final class StylesReader: XMLWalker {
    var numbering: [String: WordStyles.Numbered] = [:]
    var basedOn: [String: String] = [:]
    private var style: String?

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "style": style = attributes["styleId"]
        case "basedOn": if let style { basedOn[style] = attributes["val"] }
        case "numId": if let style { numbering[style, default: .init()].numId = attributes["val"] }
        case "ilvl": if let style { numbering[style, default: .init()].level = attributes["val"].flatMap(Int.init) }
        default: break
        }
    }

    override func end(_ name: String) {
        if name == "style" { style = nil }
    }
}
