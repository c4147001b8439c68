import Foundation

/// The article text of a web page saved from a government site: scripts, styles, navigation,
/// headers and footers out, entities decoded, block elements on lines of their own, table cells
/// separated by tabs. When the page marks its article (`<article>`, or the content boxes of the
/// common government site systems such as `TRS_Editor` or `zoom`), only that is kept.
enum HTMLText {
    static func extract(_ bytes: [UInt8]) -> Result<DecodedText, Refusal> {
        let decoded: DecodedText
        switch decode(bytes) {
        case .success(let found): decoded = found
        case .failure(let reason): return .failure(reason)
        }
        var scanner = HTMLScanner(Array(decoded.text.unicodeScalars))
        scanner.run()
        let text = scanner.article.contains { !$0.properties.isWhitespace } ? scanner.article : scanner.page
        return .success(DecodedText(text: tidyLines(text), encoding: "HTML page (\(decoded.encoding))"))
    }

    /// The declared charset when it decodes the bytes, else the same detection as text files.
    private static func decode(_ bytes: [UInt8]) -> Result<DecodedText, Refusal> {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if !hasBOM, let charset = declaredCharset(bytes) {
            if ["gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"].contains(charset),
               let text = String(data: Data(bytes), encoding: TextDecoding.gb18030) {
                return .success(DecodedText(text: text, encoding: "GB18030"))
            }
            if ["utf-8", "utf8"].contains(charset), let text = String(validating: bytes, as: UTF8.self) {
                return .success(DecodedText(text: text, encoding: "UTF-8"))
            }
        }
        return TextDecoding.decode(bytes)
    }

    /// `charset=…` from a `<meta>` near the top of the page, lowercased.
    private static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let found = head.range(of: "charset=") else { return nil }
        let name = head[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// Trims each line (spaces, the full-width indentation of Chinese paragraphs, the en spaces
    /// that push a signature right) and drops empty lines.
    private static func tidyLines(_ scalars: [Unicode.Scalar]) -> String {
        let text = String(String.UnicodeScalarView(scalars))
        let isPadding: (Character) -> Bool = { $0.isWhitespace }
        return text.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop(while: isPadding).reversed().drop(while: isPadding).reversed()
            return trimmed.isEmpty ? nil : String(trimmed)
        }.joined(separator: "\n")
    }
}

/// One pass over a page's characters, writing the whole page's text and, separately, the text
/// inside the element that holds the article.
private struct HTMLScanner {
    private let s: [Unicode.Scalar]
    private var i = 0
    private(set) var page: [Unicode.Scalar] = []
    private(set) var article: [Unicode.Scalar] = []
    private struct Open { var name: String; var hidden: Bool; var isArticle: Bool }
    private var stack: [Open] = []
    private var hiddenDepth = 0
    private var articleDepth = 0
    private var articleFound = false
    private var preformatted = 0
    private var pendingSpace = false

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    mutating func run() {
        while i < s.count {
            let c = s[i]
            if c == "<" {
                tag()
            } else if c == "&" {
                i += 1
                write(HTMLEntities.decode(s, at: &i))
            } else {
                i += 1
                if preformatted == 0 && (c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}") {
                    pendingSpace = true
                } else {
                    write(c)
                }
            }
        }
    }

    /// Writes a character of text; a no-break space, which pages use for spacing and
    /// indentation, is written as a plain one.
    private mutating func write(_ c: Unicode.Scalar) {
        guard hiddenDepth == 0 else { return }
        let c: Unicode.Scalar = c == "\u{00A0}" ? " " : c
        if pendingSpace {
            pendingSpace = false
            if let last = page.last, last != "\n", last != "\t" { append(" ") }
        }
        append(c)
    }

    private mutating func write(_ text: [Unicode.Scalar]) {
        for c in text { write(c) }
    }

    private mutating func append(_ c: Unicode.Scalar) {
        page.append(c)
        if articleDepth > 0 { article.append(c) }
    }

    private mutating func breakLine(_ mark: Unicode.Scalar = "\n") {
        pendingSpace = false
        guard hiddenDepth == 0, let last = page.last, last != "\n" else { return }
        if mark == "\t" && last == "\t" { return }
        append(mark)
    }

    private mutating func tag() {
        if matches("<!--") {
            i = find("-->").map { $0 + 3 } ?? s.count
            return
        }
        if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" {
            i = find(">").map { $0 + 1 } ?? s.count
            return
        }
        var j = i + 1
        let closing = j < s.count && s[j] == "/"
        if closing { j += 1 }
        var name = ""
        while j < s.count, s[j].isASCII, s[j].properties.isAlphabetic || s[j] == "-" || ("0"..."9").contains(s[j]) {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard !name.isEmpty else {
            i += 1
            write("<")
            return
        }
        name = name.lowercased()
        var attributes = ""
        var quote: Unicode.Scalar?
        while j < s.count {
            let c = s[j]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                break
            }
            attributes.unicodeScalars.append(c)
            j += 1
        }
        i = min(j + 1, s.count)
        if closing { close(name) } else { open(name, attributes: attributes.lowercased()) }
    }

    private mutating func open(_ name: String, attributes: String) {
        if Self.rawText.contains(name) {
            i = findClosing(name)
            return
        }
        if name == "br" { pendingSpace = false; if hiddenDepth == 0 { append("\n") }; return }
        if name == "td" || name == "th" { breakLine("\t") }
        if Self.blocks.contains(name) { breakLine() }
        if Self.void.contains(name) || attributes.hasSuffix("/") { return }
        // An article's own <header> holds its title: only the site's header is dropped.
        let hidden = (Self.hiddenElements.contains(name) && !(articleDepth > 0 && name == "header"))
            || Self.isNavigation(attributes)
        let isArticle = !articleFound && (name == "article" || Self.isArticle(attributes))
        if isArticle { articleFound = true }
        stack.append(Open(name: name, hidden: hidden, isArticle: isArticle))
        if hidden { hiddenDepth += 1 }
        if isArticle { articleDepth += 1 }
        if name == "pre" { preformatted += 1 }
    }

    private mutating func close(_ name: String) {
        guard let index = stack.lastIndex(where: { $0.name == name }) else { return }
        while stack.count > index {
            let top = stack.removeLast()
            if Self.blocks.contains(top.name) || top.name == "tr" { breakLine() }
            if top.hidden { hiddenDepth -= 1 }
            if top.isArticle { articleDepth -= 1 }
            if top.name == "pre" { preformatted -= 1 }
        }
    }

    private func matches(_ literal: String) -> Bool {
        var j = i
        for c in literal.unicodeScalars {
            guard j < s.count, s[j].properties.lowercaseMapping == String(c) || s[j] == c else { return false }
            j += 1
        }
        return true
    }

    private func find(_ literal: String) -> Int? {
        let target = Array(literal.unicodeScalars)
        var j = i
        while j + target.count <= s.count {
            if s[j] == target[0], Array(s[j..<(j + target.count)]) == target { return j }
            j += 1
        }
        return nil
    }

    /// Just past `</name…>`, whatever its case, or the end of the page.
    private func findClosing(_ name: String) -> Int {
        let target = Array(("</" + name).unicodeScalars)
        var j = i
        while j + target.count <= s.count {
            if s[j] == "<", zip(s[j..<(j + target.count)], target).allSatisfy({ $0.properties.lowercaseMapping == String($1) }) {
                var k = j + target.count
                while k < s.count, s[k] != ">" { k += 1 }
                return min(k + 1, s.count)
            }
            j += 1
        }
        return s.count
    }

    private static let rawText: Set<String> = ["script", "style", "noscript", "template", "textarea", "title"]
    private static let hiddenElements: Set<String> = ["head", "nav", "header", "footer", "aside", "form", "select", "button",
                                                      "iframe", "svg", "object", "menu", "dialog"]
    private static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "param", "source", "track", "wbr"]
    private static let blocks: Set<String> = ["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                                              "table", "tr", "section", "article", "blockquote", "pre", "hr", "center",
                                              "address", "figure", "figcaption", "main", "caption", "tbody", "thead", "tfoot"]

    /// Navigation by its usual names: a token of the class or id (`nav`, `menu`, `breadcrumb`…),
    /// or a whole class or id of `header`, `footer`, `top` or `bottom`.
    private static func isNavigation(_ attributes: String) -> Bool {
        let names = classAndId(attributes)
        let tokens = names.flatMap { $0.split { $0 == "-" || $0 == "_" }.map(String.init) }
        return tokens.contains { navigationTokens.contains($0) } || names.contains { wholeNavigationNames.contains($0) }
    }

    private static func isArticle(_ attributes: String) -> Bool {
        classAndId(attributes).contains { articleNames.contains($0) }
    }

    private static let navigationTokens: Set<String> = ["nav", "navbar", "menu", "breadcrumb", "crumb", "crumbs", "sidebar",
                                                         "share", "copyright", "login", "search", "toolbar", "position", "location"]
    private static let wholeNavigationNames: Set<String> = ["header", "footer", "top", "bottom", "head", "foot", "banner"]
    private static let articleNames: Set<String> = ["trs_editor", "zoom", "ucap-content", "article-content", "article_content",
                                                    "pages_content", "content-text", "article-body", "articlebody", "xxgk_content"]

    /// The words of the class and id attributes.
    private static func classAndId(_ attributes: String) -> [String] {
        var words: [String] = []
        for key in ["class", "id"] {
            var rest = attributes[...]
            while let found = rest.range(of: key) {
                let before = found.lowerBound == attributes.startIndex ? " " : attributes[attributes.index(before: found.lowerBound)]
                var after = rest[found.upperBound...].drop { $0 == " " }
                rest = rest[found.upperBound...]
                guard before == " " || before == "\t" || before == "\n", after.first == "=" else { continue }
                after = after.dropFirst().drop { $0 == " " }
                let quote = after.first == "\"" || after.first == "'" ? after.first : nil
                if quote != nil { after = after.dropFirst() }
                let value = after.prefix { c in quote.map { c != $0 } ?? (c != " " && c != ">") }
                words += value.split { $0 == " " || $0 == "\t" || $0 == "\n" }.map(String.init)
                break
            }
        }
        return words
    }
}
