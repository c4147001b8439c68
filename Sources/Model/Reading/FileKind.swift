import Foundation

/// What a file holds, judged by its first bytes and then its name, and so how it is opened.
enum FileKind: Equatable {
    case text, docx, html
    /// A file the program cannot open, with the reason and what the reviewer can do.
    case unsupported(String)

    static func of(path: String, bytes: [UInt8]) -> FileKind {
        let ext = fileExtension(of: path)
        if let byContent = sniff(bytes, ext: ext) { return byContent }
        switch ext {
        case "txt": break
        case "docx", "docm": return .docx
        case "html", "htm", "xhtml", "shtml": return .html
        default: if let reason = unsupportedByName[ext] { return reason }
        }
        return looksLikeHTML(bytes) ? .html : .text
    }

    /// The extension of the last name in `path`, lowercased, or "" when it has none. Looked
    /// for in the path's bytes, from the end: searching its Characters costs more than the
    /// whole of the rest of opening a small file.
    private static func fileExtension(of path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            var i = bytes.count
            while i > 0 {
                i -= 1
                switch bytes[i] {
                case UInt8(ascii: "/"): return ""
                case UInt8(ascii: "."): return String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)...]), as: UTF8.self).lowercased()
                default: continue
                }
            }
            return ""
        }
    }

    /// Magic numbers first: Windows users rename files, and a `.doc` that is really a `.docx`
    /// (or the reverse) should still open or be refused for the right reason.
    private static func sniff(_ bytes: [UInt8], ext: String) -> FileKind? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A .docx renamed .doc or .txt still opens; spreadsheets and archives do not.
            return wordNames.contains(ext) || unsupportedByName[ext] == nil ? .docx : unsupportedByName[ext]!
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return unsupportedByName[ext] ?? unsupportedByName["doc"]!
        }
        if bytes.starts(with: pdf) { return unsupportedByName["pdf"]! }
        if bytes.starts(with: rtf) { return unsupportedByName["rtf"]! }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) || bytes.starts(with: [0xFF, 0xD8, 0xFF])
            || bytes.starts(with: gif) {
            return unsupportedByName["png"]!
        }
        if bytes.starts(with: [0x52, 0x61, 0x72, 0x21]) || bytes.starts(with: [0x37, 0x7A, 0xBC, 0xAF]) {
            return unsupportedByName["rar"]!
        }
        return nil
    }

    private static let (pdf, rtf, gif) = (Array("%PDF".utf8), Array("{\\rtf".utf8), Array("GIF8".utf8))

    private static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        // Most files have no `<` near the start: no need to decode and lowercase their head.
        let hasBracket = bytes.withUnsafeBufferPointer { head in
            head.baseAddress.map { memchr($0, 0x3C, min(head.count, 512)) != nil } ?? false
        }
        guard hasBracket else { return false }
        // Nor when the first thing after ASCII white space is an ASCII character other than `<`.
        if let first = bytes.prefix(512).first(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }), first < 0x80, first != 0x3C {
            return false
        }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
            .drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    private static let wordNames: Set<String> = ["doc", "wps", "rtf", "odt"]
    private static let officeOther = "an office file that is not a Word document: copy the report text into a .docx or .txt file"
    private static let image = "an image: a scanned report has no text to check; ask for the .docx or .txt, or type it out"
    private static let archive = "an archive: unpack it and open the folder it gives"

    private static let unsupportedByName: [String: FileKind] = [
        "doc": .unsupported("an old-format Word (.doc) or WPS file: save it as .docx or .txt in Word or WPS"),
        "wps": .unsupported("a WPS document: save it as .docx or .txt in WPS"),
        "pdf": .unsupported("a PDF: ask for the .docx or .txt, or copy its text into a .txt file (a scanned PDF has no text)"),
        "ofd": .unsupported("an OFD document: ask for the .docx or .txt, or export it as text"),
        "rtf": .unsupported("an RTF document: save it as .docx or .txt in Word or WPS"),
        "odt": .unsupported("an OpenDocument text: save it as .docx or .txt"),
        "mht": .unsupported("a web archive (.mht): open it in a browser and save it as a web page (.html) or as text"),
        "mhtml": .unsupported("a web archive (.mhtml): open it in a browser and save it as a web page (.html) or as text"),
        "xls": .unsupported(officeOther), "xlsx": .unsupported(officeOther), "xlsm": .unsupported(officeOther),
        "et": .unsupported(officeOther), "ppt": .unsupported(officeOther), "pptx": .unsupported(officeOther),
        "dps": .unsupported(officeOther), "ods": .unsupported(officeOther), "odp": .unsupported(officeOther),
        "png": .unsupported(image), "jpg": .unsupported(image), "jpeg": .unsupported(image),
        "gif": .unsupported(image), "bmp": .unsupported(image), "tif": .unsupported(image),
        "tiff": .unsupported(image), "webp": .unsupported(image),
        "zip": .unsupported(archive), "rar": .unsupported(archive), "7z": .unsupported(archive),
        "gz": .unsupported(archive), "tar": .unsupported(archive),
        "exe": .unsupported("a program, not a report"), "dll": .unsupported("a program library, not a report"),
    ]
}
