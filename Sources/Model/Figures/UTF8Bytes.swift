/// Hand decoding of UTF-8 for the figure scanners, which walk `SourceText.bytes` directly so that
/// a long report costs one pass over its bytes and no `Character` or `String` work.
enum UTF8Bytes {
    /// The scalar that starts at `i` and its length in bytes; a stray byte reads as itself, length 1.
    @inline(__always)
    static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 >= 0xE0, b0 < 0xF0, i + 2 < bytes.count {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if b0 >= 0xC0, b0 < 0xE0, i + 1 < bytes.count {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 >= 0xF0, i + 3 < bytes.count {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (UInt32(b0), 1)
    }

    /// The scalar that ends right before `i` and where it starts; nil at `floor`.
    @inline(__always)
    static func scalar(before i: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, start: Int)? {
        guard i > floor else { return nil }
        var s = i - 1
        while s > floor, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        return (scalar(at: s, in: bytes).value, s)
    }

    /// True when the scalars of `word` start at byte `i`.
    static func matches(_ word: [UInt8], at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i >= 0, i + word.count <= bytes.count else { return false }
        for k in 0..<word.count where bytes[i + k] != word[k] { return false }
        return true
    }

    /// True when the bytes right before `i` (not below `floor`) are `word`.
    static func matches(_ word: [UInt8], endingAt i: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        i - word.count >= floor && matches(word, at: i - word.count, in: bytes)
    }

    /// Spaces a typist leaves between words: ASCII space and tab, no-break, en and ideographic space.
    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x09 || scalar == 0xA0 || scalar == 0x2002 || scalar == 0x3000
    }

    /// Marks that end a clause (，。；：、 and their ASCII forms, ！？, line end): a label stops there.
    @inline(__always)
    static func isClauseMark(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0x3001, 0x2C, 0x3B, 0x3A, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x0A: true
        default: false
        }
    }

    /// Marks that end a sentence (。！？ and their ASCII forms, ；, line end): checks compare
    /// figures only within one.
    @inline(__always)
    static func isSentenceEnd(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3002, 0xFF1B, 0x3B, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x0A: true
        default: false
        }
    }

    @inline(__always)
    static func isASCIILetter(_ scalar: UInt32) -> Bool {
        (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x61 && scalar <= 0x7A)
    }
}

extension String {
    /// The UTF-8 bytes of a table word, spelled as text in the source for readability.
    var bytes: [UInt8] { Array(utf8) }
}
