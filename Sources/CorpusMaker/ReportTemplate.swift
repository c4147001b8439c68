import Foundation

/// One piece of a sample report's text: words kept as written, or a name, year or number the
/// generator fills in anew for each report.
enum Piece: Equatable {
    case text([UInt8])
    case city, district, districtShort, township, townshipShort
    /// A year, as its distance from the year reported on.
    case year(Int)
    /// A count or percentage, to be varied around the value written.
    case number(Int, percent: Bool)
}

/// The part of a report a paragraph stands in: a paragraph is only swapped for another of the
/// same part, so that plans stay plans and the opening stays an opening.
enum Part: Hashable {
    case opening, measures, shortcomings, leaders, plans

    /// The part a level-1 heading opens, by its wording (reports word them freely).
    init(heading: String) {
        if heading.contains("负责人") {
            self = .leaders
        } else if heading.contains("不足") || heading.contains("问题") {
            self = .shortcomings
        } else if ["下一", "打算", "安排", "思路"].contains(where: heading.contains) {
            self = .plans
        } else {
            self = .measures
        }
    }
}

/// A line of a sample report, cut into pieces.
struct TemplateLine {
    var pieces: [Piece]
    /// For a body paragraph (long, sentence-final, no heading marker), the part it stands in:
    /// it may be swapped for a paragraph of the same part of another sample.
    var paragraphPart: Part?
}

/// A sample report turned into a template: its lines with the sample's own place, year and
/// numbers marked for replacement.
struct ReportTemplate {
    var name: String
    var place: Place
    var year: Int
    var lines: [TemplateLine]

    /// Nil when the sample names no issuing government (人民政府) or no year in its title.
    init?(name: String, text: String) {
        let rawLines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        guard let place = Self.place(in: rawLines), let year = Self.year(in: rawLines) else { return nil }
        self.name = name
        self.place = place
        self.year = year
        let names: [(String, Piece)] = [
            (place.city, .city), (place.district, .district), (place.township, .township),
            (Place.short(place.district), .districtShort), (Place.short(place.township), .townshipShort),
        ]
        let tokenizer = Tokenizer(names: names.filter { !$0.0.isEmpty }.sorted { $0.0.utf8.count > $1.0.utf8.count }, year: year)
        var part = Part.opening
        lines = rawLines.map { line in
            if Self.isPartHeading(line) { part = Part(heading: line) }
            return TemplateLine(pieces: tokenizer.pieces(of: Array(line.utf8)), paragraphPart: Self.isParagraph(line) ? part : nil)
        }
    }

    /// `一、…` or `二.…`, or a short unnumbered line naming a part (`存在的不足`).
    private static func isPartHeading(_ line: String) -> Bool {
        let numerals = "一二三四五六七八九十"
        let start = line.prefix { numerals.contains($0) }
        if !start.isEmpty, let next = line.dropFirst(start.count).first, "、.．".contains(next) { return true }
        return line.count <= 20 && !line.contains("。") && ["不足", "问题", "打算", "安排", "思路", "负责人"].contains(where: line.contains)
    }

    /// The region of the first line that names a government: `重庆市荣昌区万灵镇人民政府`.
    private static func place(in lines: [String]) -> Place? {
        guard let line = lines.first(where: { $0.contains("人民政府") }),
              let end = line.range(of: "人民政府")?.lowerBound else { return nil }
        var parts: [String] = []
        var current = ""
        for character in line[..<end].trimmingCharacters(in: .whitespaces) {
            current.append(character)
            if "省市区县镇乡".contains(character), current.count >= 2 {
                parts.append(current)
                current = ""
            }
        }
        guard parts.count >= 2 else { return nil }
        let township = parts[parts.count - 1]
        let district = parts[parts.count - 2]
        return Place(city: parts.count >= 3 ? parts[parts.count - 3] : "", district: district, township: township)
    }

    /// The year reported on: the first `20xx年` of the title line (…关于…年…报告).
    private static func year(in lines: [String]) -> Int? {
        guard let title = lines.first(where: { $0.contains("关于") && $0.contains("报告") }) else { return nil }
        let bytes = Array(title.utf8)
        let yearMark = Array("年".utf8)
        for i in 0..<max(0, bytes.count - 4 - yearMark.count + 1)
        where (i == 0 || !Tokenizer.isDigit(bytes[i - 1])) && bytes[i..<i + 4].allSatisfy(Tokenizer.isDigit)
            && bytes[i + 4..<i + 4 + yearMark.count].elementsEqual(yearMark) {
            return Int(String(decoding: bytes[i..<i + 4], as: UTF8.self))
        }
        return nil
    }

    private static func isParagraph(_ line: String) -> Bool {
        let markers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "（", "(", "[", "抄"]
        return line.utf8.count >= 90 && line.contains("。") && !markers.contains { line.hasPrefix($0) }
    }
}

/// Cuts a line's bytes into pieces: the sample's names, its years, its counts and percentages.
struct Tokenizer {
    var names: [(String, Piece)]
    var year: Int

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Bytes that, following a number, make it part of a date, a document number or an address
    /// rather than a count: 月 日 号 时 . - : and a further digit.
    private static let notCountFollowers: [[UInt8]] = ["月", "日", "号", "时", ".", "-", ":", "．"].map { Array($0.utf8) }
    private static let percentSigns: [[UInt8]] = ["%", "％"].map { Array($0.utf8) }

    func pieces(of bytes: [UInt8]) -> [Piece] {
        var pieces: [Piece] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { pieces.append(.text(text)) }
            text = []
        }
        var i = 0
        nextByte: while i < bytes.count {
            for (name, piece) in names where Self.matches(Array(name.utf8), bytes, at: i) {
                flush()
                pieces.append(piece)
                i += name.utf8.count
                continue nextByte
            }
            if Self.isDigit(bytes[i]) {
                var end = i
                while end < bytes.count, Self.isDigit(bytes[end]) { end += 1 }
                let digits = bytes[i..<end]
                let value = Int(String(decoding: digits, as: UTF8.self)) ?? 0
                let afterDecimalPoint = i > 0 && (bytes[i - 1] == 0x2E)
                if digits.count == 4, abs(value - year) <= 3 {
                    flush()
                    pieces.append(.year(value - year))
                } else if digits.count <= 5, digits.first != 0x30, !afterDecimalPoint,
                          !Self.notCountFollowers.contains(where: { Self.matches($0, bytes, at: end) }) {
                    flush()
                    pieces.append(.number(value, percent: Self.percentSigns.contains { Self.matches($0, bytes, at: end) }))
                } else {
                    text.append(contentsOf: digits)
                }
                i = end
                continue
            }
            text.append(bytes[i])
            i += 1
        }
        flush()
        return pieces
    }

    private static func matches(_ word: [UInt8], _ bytes: [UInt8], at offset: Int) -> Bool {
        offset + word.count <= bytes.count && bytes[offset..<offset + word.count].elementsEqual(word)
    }
}
