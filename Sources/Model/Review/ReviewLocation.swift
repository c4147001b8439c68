import Foundation

/// Which review database a folder of reports uses, and why: the one place that decides, shared
/// by the commands and the browser.
public struct ReviewLocation: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Named by `--review-db` or `REPORTS_REVIEW_DB`.
        case chosen
        /// `.reports-review.sqlite` in the reports folder: everyone reviewing it shares progress.
        case shared
        /// Under `$XDG_DATA_HOME/reports/`, because the reports folder is not writable.
        case personal
    }

    public static let sharedFileName = ".reports-review.sqlite"
    public static let environmentVariable = "REPORTS_REVIEW_DB"

    public let path: String
    public let kind: Kind
    /// The reports folder it serves, when the database belongs to that folder alone (not one
    /// named with `--review-db`, which may be given for any folder): the store looks there for
    /// reports renamed since they were marked.
    public let folder: URL?

    public init(path: String, kind: Kind, folder: URL? = nil) {
        self.path = path
        self.kind = kind
        self.folder = folder
    }

    /// The database for the reports in `folder`: `chosen` (from `--review-db`) first, then
    /// `REPORTS_REVIEW_DB`, then the folder's own when it exists or the folder is writable,
    /// else a per-user file named after the folder (one per folder, so relative paths of
    /// different folders never mix).
    public static func resolve(
        folder: URL, chosen: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> ReviewLocation {
        if let path = chosen ?? environment[environmentVariable], !path.isEmpty {
            return ReviewLocation(path: path, kind: .chosen)
        }
        // A team's existing database is used even by a reviewer who may not write to it, so
        // that they see the team's marks rather than an empty store of their own.
        let shared = folder.appendingPathComponent(sharedFileName).path
        if FileManager.default.fileExists(atPath: shared) || FileManager.default.isWritableFile(atPath: folder.path) {
            return ReviewLocation(path: shared, kind: .shared, folder: folder)
        }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        let folderPath = folder.standardizedFileURL.path
        let name = "\(folder.lastPathComponent)-\(ReportFingerprint.hex(Fingerprint.of(folderPath))).sqlite"
        return ReviewLocation(path: dataHome + "/reports/" + name, kind: .personal, folder: folder)
    }

    /// Who marks are from: `--reviewer` when given, else the login name.
    public static func reviewer(
        chosen: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let chosen, !chosen.isEmpty { return chosen }
        return environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
    }

    /// Opens the store, or a read-only stand-in carrying the reason when it cannot be used.
    public func open(reviewer: String) -> any ReviewHistory {
        do {
            switch kind {
            case .personal:
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            case .shared:
                createShared()
            case .chosen:
                break
            }
            return try SQLiteReviewStore(path: path, reviewer: reviewer, folder: folder)
        } catch let problem as ReviewStoreProblem {
            return UnavailableReviewStore(problem: problem)
        } catch {
            return UnavailableReviewStore(problem: ReviewStoreProblem(.unavailable, path: path, detail: "\(error)"))
        }
    }

    /// Creates the shared database file, empty, as writable for the folder's group and others
    /// as the folder itself is, whatever the first reviewer's umask: otherwise the colleagues
    /// who share the folder could read the marks but never add theirs. SQLite gives its -wal
    /// and -shm files the same permissions. O_EXCL: never replace a file another process made.
    private func createShared() {
        let folder = (path as NSString).deletingLastPathComponent
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: folder))?[.posixPermissions] as? Int
        else { return }
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return }
        fchmod(descriptor, mode_t(mode & 0o666))
        close(descriptor)
    }

    /// One line telling the reviewer where marks go.
    public var description: String {
        switch kind {
        case .chosen: "Review marks: \(path)"
        case .shared: "Review marks: \(path) (in the reports folder, shared with everyone reviewing it)"
        case .personal: "Review marks: \(path) (your own: the reports folder is not writable)"
        }
    }
}
