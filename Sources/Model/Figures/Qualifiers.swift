/// Words that make a figure approximate or a bound: `约53起`, `30余场次`, `不少于2期`,
/// `100人以上`. They belong to the figure's text when they touch the number or unit.
enum Qualifiers {
    private struct Word {
        let bytes: [UInt8]
        let qualifier: Qualifier
        init(_ text: String, _ qualifier: Qualifier) {
            bytes = text.bytes
            self.qualifier = qualifier
        }
    }

    /// Before the number, longest first.
    private static let before: [Word] = [
        Word("不少于", .atLeast), Word("不低于", .atLeast), Word("不超过", .atMost),
        Word("不高于", .atMost), Word("不多于", .atMost), Word("超过", .atLeast), Word("至少", .atLeast),
        Word("大约", .approx), Word("将近", .approx), Word("接近", .approx), Word("不足", .atMost),
        Word("不到", .atMost), Word("约", .approx), Word("近", .approx), Word("逾", .atLeast),
    ]

    /// After the unit, longest first.
    private static let after: [Word] = [
        Word("及以上", .atLeast), Word("及以下", .atMost), Word("以上", .atLeast), Word("以下", .atMost),
        Word("以内", .atMost), Word("之内", .atMost), Word("左右", .approx),
    ]

    /// Words that end in `约` or `近` without meaning "about": `签约3家` is an exact count.
    private static let notQualifiers: [[UInt8]] = [
        "签约", "制约", "节约", "预约", "公约", "条约", "合约", "违约", "履约", "邀约", "特约", "相约",
        "守约", "规约", "契约", "践约", "附近", "最近", "邻近", "靠近", "临近", "就近",
    ].map(\.bytes)

    /// The qualifier word that ends right at `start` and where it begins.
    static func before(_ start: Int, floor: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (qualifier: Qualifier, start: Int)? {
        // Every word before a number ends in 于 过 少 约 近 足 到 逾: most numbers stop here.
        switch UTF8Bytes.scalar(before: start, floor: floor, in: bytes)?.value {
        case 0x4E8E, 0x8FC7, 0x5C11, 0x7EA6, 0x8FD1, 0x8DB3, 0x5230, 0x903E: break
        default: return nil
        }
        for word in before where UTF8Bytes.matches(word.bytes, endingAt: start, floor: floor, in: bytes) {
            let wordStart = start - word.bytes.count
            if notQualifiers.contains(where: { UTF8Bytes.matches($0, endingAt: start, floor: floor, in: bytes) }) {
                return nil
            }
            return (word.qualifier, wordStart)
        }
        return nil
    }

    /// The qualifier word that starts at `end` and where it ends.
    static func after(_ end: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (qualifier: Qualifier, end: Int)? {
        // Every word after a unit begins with 及 以 之 左.
        guard end < limit else { return nil }
        switch UTF8Bytes.scalar(at: end, in: bytes).value {
        case 0x53CA, 0x4EE5, 0x4E4B, 0x5DE6: break
        default: return nil
        }
        for word in after where UTF8Bytes.matches(word.bytes, at: end, limit: limit, in: bytes) {
            return (word.qualifier, end + word.bytes.count)
        }
        return nil
    }
}
