import Foundation

/// Text decoded from bytes, as UTF-8, with the name of the encoding it was found in.
struct DecodedText {
    var utf8: [UInt8]
    var encoding: String
    /// What a scan of `utf8` found.
    var scan: TextScan

    var text: String { String(decoding: utf8, as: UTF8.self) }

    init(utf8: [UInt8], encoding: String, scan: TextScan) {
        self.utf8 = utf8
        self.encoding = encoding
        self.scan = scan
    }

    init(text: String, encoding: String) {
        let utf8 = Array(text.utf8)
        self.init(utf8: utf8, encoding: encoding, scan: TextScan(utf8))
    }
}

/// Finds which of the encodings Chinese Windows machines save in a file's bytes are in:
/// UTF-8 (with or without BOM), UTF-16 with a BOM, then GB18030 (which covers GBK and GB2312).
/// Decoding is strict: bytes that are none of these are refused, never shown as mojibake.
enum TextDecoding {
    /// Foundation's GB18030 (CoreFoundation's kCFStringEncodingGB_18030_2000, 0x0632, as an
    /// NSStringEncoding); on Linux it is ICU's strict converter, which refuses invalid sequences.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// Takes `bytes` over, so that a byte-order mark is removed in place rather than from a copy.
    static func decode(_ bytes: consuming [UInt8]) -> Result<DecodedText, Refusal> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            var body = consume bytes
            body.removeFirst(3)
            let scan = TextScan(body)
            guard scan.isUTF8 else {
                return .failure("starts with a UTF-8 byte-order mark but is not valid UTF-8 after it: \(resave)")
            }
            return checked(DecodedText(utf8: body, encoding: "UTF-8 with BOM", scan: scan))
        }
        let bytes = consume bytes
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return utf16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)
        }
        let scan = TextScan(bytes)
        // UTF-16 of ASCII is valid UTF-8 with zero bytes, which the scan counts: a file it
        // read through without finding any cannot be UTF-16.
        if !scan.isUTF8 || scan.binaryControls > 0, looksLikeUTF16WithoutBOM(bytes) {
            return .failure("looks like UTF-16 text without a byte-order mark: \(resave)")
        }
        if scan.isUTF8 {
            return checked(DecodedText(utf8: bytes, encoding: "UTF-8", scan: scan))
        }
        if let text = String(data: Data(bytes), encoding: gb18030) {
            guard readsAsSimplifiedChinese(bytes) else {
                return .failure("decodes as GB18030 only into rare characters: probably another encoding such as Big5; \(resave)")
            }
            return checked(DecodedText(text: text, encoding: "GB18030"))
        }
        return .failure("not text in UTF-8, UTF-16 or GB18030 (GBK): it may be binary data or another encoding; \(resave)")
    }

    static let resave = "open it in Notepad or WPS and save it as UTF-8 text"

    private static func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool) -> Result<DecodedText, Refusal> {
        let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
        guard body.count % 2 == 0 else {
            return .failure("\(name) text with an odd number of bytes (cut short?): \(resave)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let first = UInt16(body[i]), second = UInt16(body[i + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            i += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            return .failure("\(name) text with broken surrogate pairs: \(resave)")
        }
        return checked(DecodedText(text: text, encoding: name))
    }

    /// Refuses decoded "text" that is mostly control characters: binary data that happened to
    /// pass a decoder (GB18030 accepts many byte pairs).
    private static func checked(_ decoded: DecodedText) -> Result<DecodedText, Refusal> {
        let controls = decoded.scan.binaryControls
        guard controls > 8 else { return .success(decoded) }
        // Every scalar has one byte that is not a continuation (10xxxxxx).
        let scalars = decoded.utf8.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        if controls * 20 > scalars {
            return .failure("binary data, not text (\(controls) control characters in \(scalars)): \(resave)")
        }
        return .success(decoded)
    }

    /// Real GBK text is nearly all GB2312 characters (both bytes 0xA1 or above); Big5 text, which
    /// GB18030 also accepts byte for byte, is not: about half its second bytes are below 0xA1.
    private static func readsAsSimplifiedChinese(_ bytes: [UInt8]) -> Bool {
        var pairs = 0, common = 0
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            guard lead >= 0x81, lead != 0xFF, i + 1 < bytes.count else { i += 1; continue }
            let trail = bytes[i + 1]
            if (0x30...0x39).contains(trail) { i += 4; continue }
            pairs += 1
            if (0xA1...0xF7).contains(lead) && trail >= 0xA1 { common += 1 }
            i += 2
        }
        return pairs < 20 || common * 10 >= pairs * 8
    }

    /// Many zero bytes at alternating positions: ASCII in UTF-16 saved without a BOM.
    private static func looksLikeUTF16WithoutBOM(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(4096)
        guard sample.contains(0) else { return false }
        var zeros = [0, 0]
        for (i, b) in sample.enumerated() where b == 0 { zeros[i % 2] += 1 }
        return max(zeros[0], zeros[1]) * 8 > sample.count && min(zeros[0], zeros[1]) * 8 < max(zeros[0], zeros[1])
    }
}
