/// A report file's text, decoded, with the encoding it was found in.
public struct LoadedText: Sendable {
    public let text: String
    /// How the text was stored, for the reviewer: `UTF-8`, `UTF-8 with BOM`, `UTF-16LE`,
    /// `UTF-16BE`, `GB18030`, `Word document`, `HTML page (GB18030)`.
    public let encoding: String
    /// What was changed to show the text safely (control characters, bidirectional overrides).
    public let notes: [String]

    public init(text: String, encoding: String, notes: [String] = []) {
        self.text = text
        self.encoding = encoding
        self.notes = notes
    }
}

/// Reads a report file into text, or says why it cannot. Never blocks, never traps.
public enum ReportLoader {
    public static func load(_ file: ReportFile) -> Result<LoadedText, LoadProblem> {
        let path = file.path
        let fail = { (reason: String) in Result<LoadedText, LoadProblem>.failure(LoadProblem(path: path, reason: reason)) }
        let bytes: [UInt8]
        switch FileBytes.contents(of: path) {
        case .success(let read): bytes = read
        case .failure(let refusal): return fail(refusal.reason)
        }
        guard !bytes.isEmpty else { return fail("an empty file (0 bytes): nothing to review") }
        let decoded: Result<DecodedText, Refusal>
        switch FileKind.of(name: String(file.name), bytes: bytes) {
        case .text: decoded = TextDecoding.decode(bytes)
        case .docx: decoded = DocxText.extract(bytes)
        case .html: decoded = HTMLText.extract(bytes)
        case .unsupported(let reason): return fail(reason)
        }
        switch decoded {
        case .failure(let refusal): return fail(refusal.reason)
        case .success(let found):
            if found.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
                return fail("no text in it (only spaces and blank lines)")
            }
            let safe = UnsafeCharacters.neutralise(found.text)
            return .success(LoadedText(text: safe.text, encoding: found.encoding, notes: safe.notes))
        }
    }
}
