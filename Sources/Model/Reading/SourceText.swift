import Foundation

/// A report's text normalised for parsing: no BOM, LF line ends, with a map from byte offsets
/// back to 1-based line numbers of the original file. Offsets are UTF-8 byte offsets into `text`.
public struct SourceText: Sendable {
    /// The normalised text as UTF-8 bytes, the form every scanner walks.
    public let bytes: [UInt8]
    /// Byte offset where each line of `text` starts; line i (0-based) is original line i + 1.
    public let lineStarts: [Int]

    /// Normalises `raw`: drops a leading BOM and turns CRLF and lone CR into LF. Removing only
    /// line-end characters keeps the line count, so line numbers stay those of the original file.
    public init(_ raw: String) {
        self.init(normalising: Array(raw.utf8))
    }

    /// Normalises valid UTF-8 the same way. Most files need no change: then `utf8` is kept as
    /// it is, not copied; nor is it copied to be changed when the caller gave up its own.
    init(normalising utf8: consuming [UInt8]) {
        var bytes = utf8
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            bytes.removeFirst(3)
        }
        // Looked for before writing, which would copy bytes shared with the caller.
        let hasReturn = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false
        }
        if hasReturn {
            let kept = bytes.withUnsafeMutableBufferPointer(Self.turnReturnsIntoLineFeeds)
            bytes.removeLast(bytes.count - kept)
        }
        self.bytes = bytes
        lineStarts = Self.lineStarts(of: bytes)
    }

    /// The normalised text (made on each call: the parser reads `bytes`). Offsets everywhere
    /// are UTF-8 byte offsets into it.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Rewrites CRLF and lone CR as LF in place (writes never overtake reads), moving the runs
    /// between them whole; returns the length left.
    private static func turnReturnsIntoLineFeeds(_ buffer: inout UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let n = buffer.count
        var read = 0, write = 0
        while read < n, let found = memchr(base + read, 0x0D, n - read) {
            let at = UnsafeMutableRawPointer(base).distance(to: found)
            if write != read { memmove(base + write, base + read, at - read) }
            write += at - read
            base[write] = 0x0A
            write += 1
            read = at + 1
            if read < n && base[read] == 0x0A { read += 1 }
        }
        if write != read { memmove(base + write, base + read, n - read) }
        return write + n - read
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        // Report lines run well over 64 bytes on average: room for them all at once, not by doubling.
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count / 64 + 16)
        starts.append(0)
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
        bytes.withUnsafeBufferPointer { UTF8Bytes.string(range, in: $0) }
    }
}
