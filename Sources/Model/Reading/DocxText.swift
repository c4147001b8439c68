import Foundation
import ZIPFoundation

/// The text of a Word document (.docx): one line per paragraph, Word's automatic numbering
/// written in front of the paragraph as a reader sees it, one line per table row with its cells
/// separated by tabs. Deleted text (tracked changes) and field codes are left out.
enum DocxText {
    static func extract(_ bytes: [UInt8]) -> Result<DecodedText, Refusal> {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            return .failure("a damaged Word document or ZIP archive (cut short?): open it in Word or WPS and save it again")
        }
        let documentPath = mainDocumentPath(in: archive)
        guard let documentEntry = archive[documentPath] else {
            return .failure("a ZIP archive, not a Word document: unpack it and open the folder it gives")
        }
        let folder = documentPath.split(separator: "/").dropLast().joined(separator: "/")
        let document: Data
        switch part(documentEntry, of: archive) {
        case .success(let data): document = data
        case .failure(let reason): return .failure(reason)
        }
        let numbering = archive[folder + "/numbering.xml"].flatMap { try? part($0, of: archive).get() }
            .flatMap(WordNumbering.init) ?? WordNumbering()
        let styles = archive[folder + "/styles.xml"].flatMap { try? part($0, of: archive).get() }
            .flatMap(WordStyles.init) ?? WordStyles()
        let reader = DocumentReader(numbering: numbering, styles: styles)
        guard reader.walk(document) else {
            return .failure("a Word document whose text is damaged (malformed XML): open it in Word or WPS and save it again")
        }
        return .success(DecodedText(text: reader.lines.joined(separator: "\n"), encoding: "Word document"))
    }

    /// `word/document.xml`, unless the package's relationships name another main part.
    private static func mainDocumentPath(in archive: Archive) -> String {
        guard let rels = archive["_rels/.rels"], let data = try? part(rels, of: archive).get() else { return "word/document.xml" }
        let reader = RelationshipReader()
        _ = reader.walk(data)
        return reader.officeDocument.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 } ?? "word/document.xml"
    }

    /// One part, refused past the size cap whatever its header claims (a ZIP bomb stops there).
    private static func part(_ entry: Entry, of archive: Archive) -> Result<Data, Refusal> {
        let tooLarge = "a Word document whose text unpacks to more than \(FileBytes.sizeCap / 1_048_576) MB: not a report"
        guard entry.uncompressedSize <= UInt64(FileBytes.sizeCap) else { return .failure(Refusal(tooLarge)) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > FileBytes.sizeCap { throw CocoaError(.fileReadTooLarge) }
            }
        } catch CocoaError.fileReadTooLarge {
            return .failure(Refusal(tooLarge))
        } catch {
            return .failure("a damaged Word document (\(entry.path) cannot be unpacked): open it in Word or WPS and save it again")
        }
        return .success(data)
    }
}

private final class RelationshipReader: XMLWalker {
    var officeDocument: String?

    override func start(_ name: String, _ attributes: [String: String]) {
        if name == "Relationship", officeDocument == nil, attributes["Type"]?.hasSuffix("/officeDocument") == true {
            officeDocument = attributes["Target"]
        }
    }
}

/// Walks `word/document.xml` into lines.
private final class DocumentReader: XMLWalker {
    private(set) var lines: [String] = []
    private var numbering: WordNumbering
    private let styles: WordStyles

    /// Deleted or moved-away text, the old properties of a tracked change, and the fallback
    /// copy of a drawing (its text is already read from the drawing itself).
    private static let skippedElements: Set<String> = ["Fallback", "del", "moveFrom", "pPrChange", "rPrChange"]

    private struct Paragraph {
        var text = ""
        var style: String?
        var numId: String?
        var level: Int?
    }

    /// The paragraph being read, and outer ones when a text box holds paragraphs of its own.
    private var paragraph = Paragraph()
    private var outer: [Paragraph] = []
    private var inText = false
    private var inProperties = 0
    private var skipped = 0
    /// Open table rows, innermost last; each holds its finished cells and the cell being filled.
    private var rows: [(cells: [String], cell: [String])] = []

    init(numbering: WordNumbering, styles: WordStyles) {
        self.numbering = numbering
        self.styles = styles
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        if skipped > 0 || Self.skippedElements.contains(name) {
            skipped += 1
            return
        }
        switch name {
        case "p":
            outer.append(paragraph)
            paragraph = Paragraph()
        case "pPr", "rPr", "sectPr": inProperties += 1
        case "pStyle": if inProperties > 0 { paragraph.style = attributes["val"] }
        case "numId": if inProperties > 0 { paragraph.numId = attributes["val"] }
        case "ilvl": if inProperties > 0 { paragraph.level = attributes["val"].flatMap(Int.init) }
        case "t": inText = inProperties == 0
        case "tab": if inProperties == 0 { paragraph.text += "\t" }
        case "br", "cr": if inProperties == 0, attributes["type"] != "page", attributes["type"] != "column" { paragraph.text += "\n" }
        case "noBreakHyphen": paragraph.text += "-"
        case "tr": rows.append((cells: [], cell: []))
        case "tc": if !rows.isEmpty { rows[rows.count - 1].cell = [] }
        default: break
        }
    }

    override func end(_ name: String) {
        if skipped > 0 {
            skipped -= 1
            return
        }
        switch name {
        case "t": inText = false
        case "pPr", "rPr", "sectPr": inProperties -= 1
        case "p": finishParagraph()
        case "tc":
            guard !rows.isEmpty else { return }
            let cell = rows[rows.count - 1].cell.joined(separator: " ")
            rows[rows.count - 1].cells.append(cell)
        case "tr":
            guard let row = rows.popLast() else { return }
            emit(row.cells.joined(separator: "\t"))
        default: break
        }
    }

    override func characters(_ text: String) {
        if inText && skipped == 0 { paragraph.text += text }
    }

    private func finishParagraph() {
        var list = paragraph.numId
        var index = paragraph.level
        if let style = paragraph.style, let linked = styles.numbering(of: style) {
            list = list ?? linked.numId
            index = index ?? linked.level ?? list.flatMap { numbering.level(forStyle: style, in: $0) }
        }
        let number = list.flatMap { numbering.next(numId: $0, level: index ?? 0) } ?? ""
        let text = number + paragraph.text
        paragraph = outer.popLast() ?? Paragraph()
        emit(text)
    }

    /// A line of the document, or a part of the table cell being filled.
    private func emit(_ text: String) {
        if rows.isEmpty {
            lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        } else {
            rows[rows.count - 1].cell.append(text.replacingOccurrences(of: "\n", with: " "))
        }
    }
}
