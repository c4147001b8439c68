/// The scalar classes the scanners tell text by: spaces, and the marks that end a clause or a
/// sentence. One place, so that structure, figures and checks agree on them.
enum Punctuation {
    /// Spaces a report uses for layout or leaves between words: ASCII space and tab, no-break
    /// space, the typographic spaces U+2000–U+200B (web pages indent signatures with en spaces),
    /// ideographic space, BOM.
    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// False for a byte that neither starts nor ends any `isSpace` scalar: most text is settled by
    /// one byte compare instead of a decode.
    @inline(__always)
    static func mayBeginSpace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0B, 0x0C, 0xC2, 0xE2, 0xE3, 0xEF: true
        default: false
        }
    }

    @inline(__always)
    static func mayEndSpace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x80...0x8B, 0x9F, 0xAF, 0xBF: true
        default: false
        }
    }

    /// False for the lead byte of a scalar that is no quote mark and no clause or sentence mark:
    /// those are ASCII or begin with E2 (general punctuation), E3 (CJK marks) or EF (full-width
    /// forms). Walks over Chinese text skip most scalars on this test without decoding them.
    @inline(__always)
    static func mayBeMark(lead byte: UInt8) -> Bool {
        byte < 0x80 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF
    }

    /// Unicode white space, as Python's `str.strip` sees it (the gold labels were made that way).
    @inline(__always)
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// 。！？；： and their half-width forms: a line with one of these is prose, not a heading.
    @inline(__always)
    static func endsClause(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0xFF1A, 0x21, 0x3F, 0x3B, 0x3A: true
        default: false
        }
    }

    /// Clause marks after which an inline point (`一是`) may begin: the above plus commas and 、.
    @inline(__always)
    static func separatesClause(_ scalar: UInt32) -> Bool {
        endsClause(scalar) || scalar == 0xFF0C || scalar == 0x2C || scalar == 0x3001
    }

    /// Where a figure's label stops: a clause mark or a line end.
    @inline(__always)
    static func endsLabel(_ scalar: UInt32) -> Bool {
        scalar == 0x0A || separatesClause(scalar)
    }

    /// Marks that end a sentence (。！？ and their ASCII forms, ；, line end): checks compare
    /// figures only within one.
    @inline(__always)
    static func endsSentence(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3002, 0xFF1B, 0x3B, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x0A: true
        default: false
        }
    }

    /// True when `range` holds no sentence or clause-ending punctuation. Scalars whose lead byte
    /// rules out a mark (most Chinese text) are stepped over without decoding.
    static func noneEndingClause(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            let lead = bytes[i]
            guard mayBeMark(lead: lead) else {
                i += UTF8Bytes.scalarLength(lead)
                continue
            }
            let (s, n) = UTF8Bytes.scalar(at: i, in: bytes)
            if endsClause(s) { return false }
            i += n
        }
        return true
    }
}
