import Foundation

/// Where a folder's summary cache lives: in the folder itself, beside the review database, or in
/// the reviewer's own data folder when the report folder is read-only (a shared drive, say).
enum CacheLocation {
    static let fileName = ".reports-index.sqlite"

    static func path(forFolder folder: String) -> String {
        if access(folder, W_OK) == 0 { return folder + "/" + fileName }
        let environment = ProcessInfo.processInfo.environment
        let dataHome = environment["XDG_DATA_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        let folderOfCaches = dataHome.appendingPathComponent("reports/indexes")
        try? FileManager.default.createDirectory(at: folderOfCaches, withIntermediateDirectories: true)
        let name = String(Fingerprint.of(folder), radix: 16) + ".sqlite"
        return folderOfCaches.appendingPathComponent(name).path
    }
}
