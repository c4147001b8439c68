/// A fixed list of words to look for in report bytes, with a bitmap of the scalars they begin
/// with: most places in a text begin no word, and there one bit says so instead of a comparison
/// per word. Words keep their order, so the first that matches wins as listed.
struct WordList {
    let words: [[UInt8]]
    /// One bit per scalar (below U+10000, others folded in) that begins some word.
    private let firstScalars: [UInt64]

    init(_ words: [String]) {
        self.words = words.map(\.bytes)
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for word in words {
            let s = Int(word.unicodeScalars.first!.value & 0xFFFF)
            bits[s >> 6] |= 1 << UInt64(s & 63)
        }
        firstScalars = bits
    }

    @inline(__always)
    private func mayBegin(_ scalar: UInt32) -> Bool {
        let s = Int(scalar & 0xFFFF)
        return firstScalars[s >> 6] & (1 << UInt64(s & 63)) != 0
    }

    /// The length of the first word that starts at `i` and ends no later than `limit`.
    func firstMatch(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard i < limit, mayBegin(UTF8Bytes.scalar(at: i, in: bytes).value) else { return nil }
        for word in words where UTF8Bytes.matches(word, at: i, limit: limit, in: bytes) { return word.count }
        return nil
    }

    /// True when some word lies within `range`: one walk over its scalars.
    func occurs(within range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Read through a buffer pointer: the walk asks the table once per scalar.
        firstScalars.withUnsafeBufferPointer { firstScalars in
            var i = range.lowerBound
            while i < range.upperBound {
                let lead = bytes[i]
                let length: Int
                let begins: Bool
                if lead >= 0xE0, lead < 0xF0, i &+ 2 < bytes.count {
                    // Most scalars here are Chinese: their bit is found from the bytes, without decoding.
                    length = 3
                    begins = firstScalars[Int(lead & 0x0F) << 6 | Int(bytes[i &+ 1] & 0x3F)] & (1 << UInt64(bytes[i &+ 2] & 0x3F)) != 0
                } else {
                    let (s, n) = UTF8Bytes.scalar(at: i, in: bytes)
                    length = n
                    let index = Int(s & 0xFFFF)
                    begins = firstScalars[index >> 6] & (1 << UInt64(index & 63)) != 0
                }
                if begins, words.contains(where: { UTF8Bytes.matches($0, at: i, limit: range.upperBound, in: bytes) }) {
                    return true
                }
                i &+= length
            }
            return false
        }
    }
}
