import Foundation

/// A report file found on disk, known by its path relative to the folder it was opened from.
public struct ReportFile: Sendable, Hashable {
    public let url: URL
    /// The folder the reviewer opened (the file's own folder when a file was named directly).
    public let folder: URL
    public let relativePath: String

    public init(url: URL, folder: URL, relativePath: String) {
        self.url = url
        self.folder = folder
        self.relativePath = relativePath
    }
}

/// Why a path could not be opened, in words a reviewer can act on.
public struct LoadProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Turns the paths a reviewer names (files or folders) into report files, in name order.
public enum ReportFolder {
    public static func files(at paths: [String]) -> (files: [ReportFile], problems: [LoadProblem]) {
        var files: [ReportFile] = []
        var problems: [LoadProblem] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(LoadProblem(path: path, reason: "no such file or folder"))
                continue
            }
            let url = URL(fileURLWithPath: path).standardizedFileURL
            if !isDirectory.boolValue {
                files.append(ReportFile(url: url, folder: url.deletingLastPathComponent(), relativePath: url.lastPathComponent))
                continue
            }
            guard let names = try? fm.contentsOfDirectory(atPath: url.path) else {
                problems.append(LoadProblem(path: path, reason: "folder cannot be read"))
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = url.appendingPathComponent(name)
                var childIsDirectory: ObjCBool = false
                if fm.fileExists(atPath: child.path, isDirectory: &childIsDirectory), !childIsDirectory.boolValue {
                    files.append(ReportFile(url: child, folder: url, relativePath: name))
                }
            }
        }
        return (files, problems)
    }
}

/// A report file's text, decoded, with the encoding it was found in.
public struct LoadedText: Sendable {
    public let text: String
    public let encoding: String

    public init(text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
    }
}

/// Reads a report file into text, or says why it cannot.
public enum ReportLoader {
    public static func load(_ file: ReportFile) -> Result<LoadedText, LoadProblem> {
        guard let data = FileManager.default.contents(atPath: file.url.path) else {
            return .failure(LoadProblem(path: file.url.path, reason: "cannot be read (permission denied or not a file)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(LoadProblem(path: file.url.path, reason: "not UTF-8 text"))
        }
        return .success(LoadedText(text: text, encoding: "UTF-8"))
    }
}
