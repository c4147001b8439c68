/// A report file's text, decoded, with the encoding it was found in.
public struct LoadedText: Sendable {
    /// The decoded text as UTF-8, line ends as the file has them: what the parser reads, kept
    /// as bytes so that it is not turned into a `String` and back.
    let utf8: [UInt8]
    /// How the text was stored, for the reviewer: `UTF-8`, `UTF-8 with BOM`, `UTF-16LE`,
    /// `UTF-16BE`, `GB18030`, `Word document`, `HTML page (GB18030)`.
    public let encoding: String
    /// What was changed to show the text safely (control characters, bidirectional overrides).
    public let notes: [String]
    /// The file's size and time when it was opened, which spares the index another look at
    /// it; nil for text that was not read from a file.
    let stamp: FileStamp?

    public init(text: String, encoding: String, notes: [String] = []) {
        self.init(utf8: Array(text.utf8), encoding: encoding, notes: notes, stamp: nil)
    }

    init(utf8: [UInt8], encoding: String, notes: [String], stamp: FileStamp?) {
        self.utf8 = utf8
        self.encoding = encoding
        self.notes = notes
        self.stamp = stamp
    }

    /// The decoded text (made on each call).
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// The text normalised for the parser (made on each call, without copying when the file
    /// has LF line ends, nor when it has others and this is the text's last use).
    public var source: SourceText { consuming get { SourceText(normalising: utf8) } }
}

/// Reads a report file into text, or says why it cannot. Never blocks, never traps.
public enum ReportLoader {
    public static func load(_ file: ReportFile) -> Result<LoadedText, LoadProblem> {
        let path = file.path
        let fail = { (reason: String) in Result<LoadedText, LoadProblem>.failure(LoadProblem(path: path, reason: reason)) }
        let bytes: [UInt8]
        let stamp: FileStamp
        switch FileBytes.contents(of: path) {
        case .success(let read): (bytes, stamp) = read
        case .failure(let refusal): return fail(refusal.reason)
        }
        guard !bytes.isEmpty else { return fail("an empty file (0 bytes): nothing to review") }
        let decoded: Result<DecodedText, Refusal>
        switch FileKind.of(path: path, bytes: bytes) {
        case .text: decoded = TextDecoding.decode(consume bytes)
        case .docx: decoded = DocxText.extract(bytes)
        case .html: decoded = HTMLText.extract(bytes)
        case .unsupported(let reason): return fail(reason)
        }
        switch decoded {
        case .failure(let refusal): return fail(refusal.reason)
        case .success(let found):
            guard hasText(found.utf8) else { return fail("no text in it (only spaces and blank lines)") }
            let safe = UnsafeCharacters.neutralise(found)
            return .success(LoadedText(utf8: safe.utf8, encoding: found.encoding, notes: safe.notes, stamp: stamp))
        }
    }

    /// Whether valid UTF-8 `utf8` holds something besides white space and byte-order marks.
    /// It stops at the first such character, which is nearly always the first.
    private static func hasText(_ utf8: [UInt8]) -> Bool {
        var bytes = utf8.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&bytes) {
            if !scalar.properties.isWhitespace && scalar != "\u{FEFF}" { return true }
        }
        return false
    }
}
