import Foundation

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
    /// Most files need no change: then `raw` is kept as it is and its bytes are copied once.
    public init(_ raw: String) {
        var raw = raw
        var changed = false
        bytes = raw.withUTF8 { whole in
            var input = whole
            if input.starts(with: [0xEF, 0xBB, 0xBF]) {
                input = UnsafeBufferPointer(rebasing: input[3...])
                changed = true
            }
            guard let base = input.baseAddress, memchr(base, 0x0D, input.count) != nil else { return Array(input) }
            changed = true
            return [UInt8](unsafeUninitializedCapacity: input.count) { out, count in
                var i = 0
                count = 0
                while i < input.count {
                    let b = input[i]
                    if b == 0x0D {
                        out[count] = 0x0A
                        if i + 1 < input.count, input[i + 1] == 0x0A { i += 1 }
                    } else {
                        out[count] = b
                    }
                    count += 1
                    i += 1
                }
            }
        }
        text = changed ? String(decoding: bytes, as: UTF8.self) : raw
        lineStarts = Self.lineStarts(of: bytes)
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var from = 0
            while from < buffer.count, let found = memchr(base + from, 0x0A, buffer.count - from) {
                from = UnsafeRawPointer(base).distance(to: found) + 1
                starts.append(from)
            }
        }
        return starts
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
