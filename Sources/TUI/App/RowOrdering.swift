import Foundation
import Model

/// What sorting needs of an entry, apart from the entries so that a pass over 100,000 rows
/// reads only these.
struct RowKeys: Sendable {
    /// Region as written, else the authority, in UTF-8; nil for rows not summarised or unreadable.
    var region: [UInt8]?
    /// The first sixteen bytes of `region`, big-endian: most comparisons end here (regions
    /// share their province and city, six to nine bytes each).
    var regionPrefix: (UInt64, UInt64) = (0, 0)
    var year: Int?

    init(summary s: ReportSummary?) {
        guard let s, s.problem == nil else { return }
        // Joined as bytes: joining the names as text first costs twice the rest of the row.
        var region: [UInt8] = []
        if s.region.isEmpty {
            region += (s.authority ?? "").utf8
        } else {
            region.reserveCapacity(s.region.reduce(s.region.count) { $0 + $1.utf8.count })
            for (i, part) in s.region.enumerated() {
                if i > 0 { region.append(0x20) }
                region += part.utf8
            }
        }
        self.region = region
        for i in 0..<8 { regionPrefix.0 = regionPrefix.0 << 8 | UInt64(i < region.count ? region[i] : 0) }
        for i in 8..<16 { regionPrefix.1 = regionPrefix.1 << 8 | UInt64(i < region.count ? region[i] : 0) }
        year = s.year ?? Int(Int32.max)
    }
}

/// Rows with a key in ascending order, then rows without one (not summarised, unreadable)
/// in name order: those stay last in either direction.
struct Ordering: Sendable {
    var keyed: [Int]
    var rest: [Int]

    /// By region in UTF-8 byte order (code point order), ties in name order (`byName` lists
    /// the entries by name). Slow enough on 100,000 rows to be made off the main loop.
    static func byRegion(_ keys: [RowKeys], byName: [Int]) -> Ordering {
        // The regions laid end to end, by name rank: comparing them then touches no array
        // of its own (each would be retained and released per comparison).
        var keyed: [Int32] = []
        var rest: [Int] = []
        var bytes: [UInt8] = []
        var spans = [(start: Int, end: Int, prefix: (UInt64, UInt64))](repeating: (0, 0, (0, 0)), count: byName.count)
        for (rank, entry) in byName.enumerated() {
            guard let region = keys[entry].region else {
                rest.append(entry)
                continue
            }
            keyed.append(Int32(rank))
            let start = bytes.count
            bytes += region
            spans[rank] = (start, bytes.count, keys[entry].regionPrefix)
        }
        bytes.withUnsafeBytes { bytes in
            spans.withUnsafeBufferPointer { spans in
                keyed.sort { a, b in
                    let x = spans[Int(a)], y = spans[Int(b)]
                    if x.prefix.0 != y.prefix.0 { return x.prefix.0 < y.prefix.0 }
                    if x.prefix.1 != y.prefix.1 { return x.prefix.1 < y.prefix.1 }
                    let common = min(x.end - x.start, y.end - y.start)
                    let c = common == 0 ? 0 : memcmp(bytes.baseAddress! + x.start, bytes.baseAddress! + y.start, common)
                    if c != 0 { return c < 0 }
                    let (xCount, yCount) = (x.end - x.start, y.end - y.start)
                    return xCount != yCount ? xCount < yCount : a < b
                }
            }
        }
        return Ordering(keyed: keyed.map { byName[Int($0)] }, rest: rest)
    }
}
