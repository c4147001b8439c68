import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A report file found on disk, known by its path relative to the folder it was opened from.
/// Kept as a path string: a `URL` per file costs more than listing the folder.
public struct ReportFile: Sendable, Hashable {
    public let path: String
    /// The folder the reviewer opened (the file's own folder when a file was named directly).
    public let folder: URL
    public let relativePath: String

    public init(url: URL, folder: URL, relativePath: String) {
        self.init(path: url.path, folder: folder, relativePath: relativePath)
    }

    public init(path: String, folder: URL, relativePath: String) {
        self.path = path
        self.folder = folder
        self.relativePath = relativePath
    }

    public var url: URL { URL(fileURLWithPath: path) }

    /// The file's own name, the last part of its path, found in the path's bytes as the file
    /// system separates names (searching its Characters costs more than reading a small file).
    public var name: Substring { path[(path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path.utf8.index(after: $0) } ?? path.startIndex)...] }
}

/// Turns the paths a reviewer names (files or folders) into report files, in name order.
/// Folders are listed with their subfolders (a province's folder holds one per county), each
/// real folder once, so symbolic-link loops end. Skipped without a word: hidden names, SQLite
/// files (the review database `.reports-review.sqlite` and its journals), Word's `~$` lock
/// files and Windows' `Thumbs.db`/`desktop.ini`. Everything else is either a file (which `ReportLoader` opens or
/// explains) or a problem with its reason; nothing stops the rest of the folder being listed.
public enum ReportFolder {
    /// Deeper than any real folder tree; a guard against pathological nesting.
    static let depthLimit = 32

    public static func files(at paths: [String]) -> (files: [ReportFile], problems: [LoadProblem]) {
        var listing = Listing()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                let code = errno
                var linkInfo = stat()
                let reason = code == ENOENT && lstat(path, &linkInfo) == 0
                    ? "a symbolic link to something that is not there" : code == ENOENT ? "no such file or folder" : FileBytes.explain(code)
                listing.problems.append(LoadProblem(path: path, reason: reason))
                continue
            }
            let url = URL(fileURLWithPath: path).standardizedFileURL
            switch FileType(mode: info.st_mode) {
            case .directory:
                listing.visit(folder: url.path, root: url, relative: "", identity: Identity(info), depth: 0)
            case .regular:
                listing.files.append(ReportFile(url: url, folder: url.deletingLastPathComponent(), relativePath: url.lastPathComponent))
            case let other:
                listing.problems.append(LoadProblem(path: path, reason: other?.refusal ?? "not a file"))
            }
        }
        return (listing.files, listing.problems)
    }

    /// Judged on the name's bytes, as the file system sees it: a Unicode-aware search of the
    /// name's text costs more than everything else done for a file in the listing.
    static func isSkipped(_ name: [UInt8]) -> Bool {
        name.starts(with: [0x2E]) || name.starts(with: [0x7E, 0x24]) || contains(name, skippedWithin)
            || skippedNames.contains(name)
    }

    private static let skippedWithin = Array(".sqlite".utf8)
    private static let skippedNames: [[UInt8]] = ["Thumbs.db", "desktop.ini", "__MACOSX"].map { Array($0.utf8) }

    private static func contains(_ bytes: [UInt8], _ part: [UInt8]) -> Bool {
        guard bytes.count >= part.count, let first = part.first else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            part.withUnsafeBufferPointer { part in
                (0...(bytes.count - part.count)).contains {
                    bytes[$0] == first && memcmp(bytes.baseAddress! + $0, part.baseAddress!, part.count) == 0
                }
            }
        }
    }

    /// A folder's identity on disk, so that one reached again through a link is not listed twice.
    private struct Identity: Hashable {
        let device: UInt64
        let inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    private struct Listing {
        var files: [ReportFile] = []
        var problems: [LoadProblem] = []
        var seen: Set<Identity> = []

        mutating func visit(folder: String, root: URL, relative: String, identity: Identity, depth: Int) {
            let shown = folder
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            guard seen.insert(identity).inserted else {
                problems.append(LoadProblem(path: shown, reason: "a link to a folder already listed (a link loop?): skipped"))
                return
            }
            guard depth < ReportFolder.depthLimit else {
                problems.append(LoadProblem(path: shown, reason: "folders nested more than \(ReportFolder.depthLimit) deep: skipped"))
                return
            }
            let names: [EntryName]
            switch EntryName.list(folder) {
            case .success(let found): names = found
            case .failure(let refusal):
                problems.append(LoadProblem(path: shown, reason: "folder cannot be read: \(refusal.reason)"))
                return
            }
            for entry in names {
                guard let name = entry.name else {
                    problems.append(LoadProblem(path: prefix + entry.shown, reason: "its name is not UTF-8 (it looks like \(entry.guess)): rename it, e.g. with `convmv -f gbk -t utf8 -r --notest FOLDER`"))
                    continue
                }
                if ReportFolder.isSkipped(entry.bytes) { continue }
                let child = prefix + name
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                // The folder's own record of the kind spares a stat per report; links, folders
                // (whose identity is needed) and file systems that do not say are looked at.
                if entry.isRegularFile {
                    files.append(ReportFile(path: child, folder: root, relativePath: childRelative))
                    continue
                }
                var info = stat()
                guard stat(child, &info) == 0 else {
                    let code = errno
                    let reason = code == ENOENT ? "a symbolic link to something that is not there" : FileBytes.explain(code)
                    problems.append(LoadProblem(path: child, reason: reason))
                    continue
                }
                switch FileType(mode: info.st_mode) {
                case .regular:
                    files.append(ReportFile(path: child, folder: root, relativePath: childRelative))
                case .directory:
                    visit(folder: child, root: root, relative: childRelative, identity: Identity(info), depth: depth + 1)
                case let other:
                    problems.append(LoadProblem(path: child, reason: other?.refusal ?? "not a file"))
                }
            }
        }
    }
}

/// One name read from a folder as raw bytes: file names on Linux need not be UTF-8 (a zip made
/// on Chinese Windows unpacks to GBK names), and such a name cannot be opened through `URL`.
struct EntryName {
    let bytes: [UInt8]
    /// What the folder says the entry is (a link is not followed): a plain file, not a link.
    var isRegularFile = false

    /// The name, when it is UTF-8: decoding replaces what is not, so the name is UTF-8 when its
    /// bytes came through unchanged. One decoding pass, where checking first would be two.
    var name: String? {
        var name = String(decoding: bytes, as: UTF8.self)
        let unchanged = name.withUTF8 { decoded in
            decoded.count == bytes.count && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes, bytes.count) == 0)
        }
        return unchanged ? name : nil
    }

    /// The name with its non-UTF-8 bytes written as `\xNN`.
    var shown: String {
        var out = ""
        var rest = bytes[...]
        while !rest.isEmpty {
            var end = rest.endIndex
            while end > rest.startIndex, String(validating: rest[rest.startIndex..<end], as: UTF8.self) == nil { end -= 1 }
            if end > rest.startIndex {
                out += String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
                rest = rest[end...]
            } else {
                out += "\\x" + String(rest.first!, radix: 16, uppercase: true)
                rest = rest.dropFirst()
            }
        }
        return out
    }

    /// What the name reads as in GB18030, the usual cause.
    var guess: String {
        String(data: Data(bytes), encoding: TextDecoding.gb18030).map { "GBK: \($0)" } ?? "another encoding"
    }

    /// The folder's entries in name order (by bytes), without `.` and `..`.
    static func list(_ path: String) -> Result<[EntryName], Refusal> {
        guard let dir = opendir(path) else { return .failure(Refusal(FileBytes.explain(errno))) }
        defer { closedir(dir) }
        var names: [EntryName] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            names.append(EntryName(bytes: bytes, isRegularFile: Int(entry.pointee.d_type) == DT_REG))
        }
        return .success(names.sorted { ByteOrder.precedes($0.bytes, $1.bytes) ?? false })
    }
}
