/// A report's text normalised for parsing: no BOM, LF line ends, with a map from byte offsets
/// back to 1-based line numbers of the original file. Offsets are UTF-8 byte offsets into `text`.
public struct SourceText: Sendable {
    public let text: String
    /// `text` as UTF-8 bytes, the form every scanner walks.
    public let bytes: [UInt8]
    /// Byte offset where each line of `text` starts; line i (0-based) is original line i + 1.
    public let lineStarts: [Int]

    /// Normalises `raw`: drops a leading BOM and turns CRLF and lone CR into LF. Removing only
    /// line-end characters keeps the line count, so line numbers stay those of the original file.
    public init(_ raw: String) {
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        var input = Array(raw.utf8)
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        var i = 0
        while i < input.count {
            let b = input[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < input.count, input[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        self.init(normalisedBytes: out)
    }

    private init(normalisedBytes: [UInt8]) {
        bytes = normalisedBytes
        text = String(decoding: normalisedBytes, as: UTF8.self)
        var starts = [0]
        for (i, b) in normalisedBytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// 1-based original line number of the byte at `offset`.
    public func line(at offset: Int) -> Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// Byte range of 1-based `line`, without its LF.
    public func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return start..<end
    }

    /// The text of a byte range; ranges come from the scanners, so they fall on scalar boundaries.
    public func slice(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
