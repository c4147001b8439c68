#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file without ever blocking on something that is not a plain file.
enum FileBytes {
    /// The largest file opened: a report is tens of kilobytes, a large one a few megabytes;
    /// 64 MiB lets any real report (and a 50 MB export) through while refusing disk images.
    static let sizeCap = 64 * 1024 * 1024

    /// The file's bytes and its stamp as the open file has it.
    static func contents(of path: String) -> Result<(bytes: [UInt8], stamp: FileStamp), Refusal> {
        // O_NONBLOCK: opening a named pipe must not wait for a writer.
        // The path's own bytes, not a copy of them as the implicit conversion makes.
        let fd = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { return .failure(Refusal(explain(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(Refusal(explain(errno))) }
        if let kind = FileType(mode: info.st_mode), kind != .regular {
            return .failure(Refusal(kind.refusal))
        }
        let size = Int(info.st_size)
        guard size <= sizeCap else { return .failure(Refusal(tooLarge(size))) }
        var failure: Int32?
        // Filled by `read` alone: a file that shrank while being read keeps what was there.
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, filled in
            filled = 0
            while filled < size {
                let count = read(fd, buffer.baseAddress! + filled, size - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 { break }
                filled += count
            }
        }
        if let failure { return .failure(Refusal(explain(failure))) }
        return .success((bytes, FileStamp(info)))
    }

    static func tooLarge(_ size: Int) -> String {
        "too large to be a report (\(size / 1_048_576) MB; the limit is \(sizeCap / 1_048_576) MB): split it or check that it is the right file"
    }

    /// A reviewer's reading of an `errno` from opening or reading a file.
    static func explain(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied: ask for read access, or copy the file to a folder of your own"
        case ENOENT: "no longer there (moved or deleted while the folder was open)"
        case ELOOP: "a symbolic link that leads back to itself"
        case EISDIR: "a folder, not a file"
        case ENXIO, ENODEV: "a device or socket, not a file"
        default: "cannot be read (\(String(cString: strerror(code))))"
        }
    }
}

/// The kinds of directory entry a listing meets.
enum FileType: Equatable {
    case regular, directory, fifo, socket, device

    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR, S_IFBLK: self = .device
        default: return nil
        }
    }

    var refusal: String {
        switch self {
        case .regular: "a file"
        case .directory: "a folder, not a file"
        case .fifo: "a named pipe, not a file: it is skipped so the folder does not hang"
        case .socket: "a socket, not a file"
        case .device: "a device, not a file"
        }
    }
}
