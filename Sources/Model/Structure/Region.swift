/// The administrative units an authority's name is built from, outermost first:
/// `重庆市荣昌区万灵镇人民政府` → `["重庆市", "荣昌区", "万灵镇"]`.
enum Region {
    static func units(of authority: String) -> [String] {
        let bytes = Array(authority.utf8)
        var units: [String] = []
        // 中共某镇委员会: the Party prefix names no place.
        let start = ByteText.matches(party, in: bytes, at: 0, end: bytes.count) ? party.count : 0
        var unitStart = start
        var i = start
        while i < bytes.count {
            if ByteText.firstMatch(organs, in: bytes, at: i, end: bytes.count) != nil { break }
            let suffix = ByteText.firstMatch(suffixes, in: bytes, at: i, end: bytes.count)
            // A suffix needs a name before it: the 镇 of 镇江市 and the 市 of 市中区 start names.
            if let length = suffix, i > unitStart {
                units.append(String(decoding: bytes[unitStart..<(i + length)], as: UTF8.self))
                i += length
                unitStart = i
            } else {
                i += ByteText.scalarLength(bytes[i])
            }
        }
        return units
    }

    private static let party = ByteText.utf8("中共")
    /// Longer suffixes first, so `自治州` is not read as a name ending in 治.
    private static let suffixes = ["自治区", "自治州", "自治县", "街道", "省", "市", "区", "县", "旗", "镇", "乡"]
        .map(ByteText.utf8)
    /// Where the units end and the organ's name begins.
    private static let organs = ["人民政府", "政府", "办事处", "委员会", "管委会", "党委", "人民代表大会"]
        .map(ByteText.utf8)
}
