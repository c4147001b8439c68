/// The administrative units an authority's name is built from, outermost first:
/// `重庆市荣昌区万灵镇人民政府` → `["重庆市", "荣昌区", "万灵镇"]`.
enum Region {
    static func units(of authority: String) -> [String] {
        authority.withBytes { units(in: $0) }
    }

    private static func units(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var units: [String] = []
        // Province, city, county and township at most: room for them at once.
        units.reserveCapacity(4)
        // 中共某镇委员会: the Party prefix names no place.
        let start = UTF8Bytes.matches(party, at: 0, limit: bytes.count, in: bytes) ? party.count : 0
        // Read from the globals once, not at every character (each read of a global is a call).
        let (organs, suffixes) = (Self.organs, Self.suffixes)
        var unitStart = start
        var i = start
        while i < bytes.count {
            if organs.firstMatch(at: i, limit: bytes.count, in: bytes) != nil { break }
            let suffix = suffixes.firstMatch(at: i, limit: bytes.count, in: bytes)
            // A suffix needs a name before it: the 镇 of 镇江市 and the 市 of 市中区 start names.
            if let length = suffix, i > unitStart {
                units.append(UTF8Bytes.string(unitStart..<(i + length), in: bytes))
                i += length
                unitStart = i
            } else {
                i += UTF8Bytes.scalarLength(bytes[i])
            }
        }
        return units
    }

    private static let party = "中共".bytes
    /// Longer suffixes first, so `自治州` is not read as a name ending in 治.
    private static let suffixes = WordList(["自治区", "自治州", "自治县", "街道", "省", "市", "区", "县", "旗", "镇", "乡"])
    /// Where the units end and the organ's name begins.
    private static let organs = WordList(["人民政府", "政府", "办事处", "委员会", "管委会", "党委", "人民代表大会"])
}
