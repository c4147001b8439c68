import Foundation

/// A file's size and modification time: when both are unchanged the file is taken as unchanged
/// without reading it.
public struct FileStamp: Sendable, Equatable, Hashable {
    public var size: Int64
    /// Nanoseconds since 1970-01-01 UTC.
    public var modified: Int64

    public init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of the file at `path`, nil when it cannot be looked at.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    public var modificationDate: Date { Date(timeIntervalSince1970: Double(modified) / 1e9) }

    /// The present time on the same scale as `modified`.
    static var now: Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// How coarse a file's modification time may be: a few milliseconds on Linux disks, two
    /// seconds on FAT drives and some network shares, where reports often come from.
    static let timeGrain: Int64 = 3_000_000_000
}
