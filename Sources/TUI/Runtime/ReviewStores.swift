import Foundation
import Model

/// The review store of each folder being browsed, opened at start so that a database that
/// cannot be used is said at once. Marks are kept by a report's path inside its folder, so
/// each folder has its own database unless one is named.
struct BrowserReviewStores: Sendable {
    private let stores: ReviewStoresByFolder
    private let folders: [URL]

    init(files: [ReportFile], options: ReviewOptions, environment: [String: String]) {
        stores = ReviewStoresByFolder(chosen: options.reviewDatabase, reviewer: options.reviewer, environment: environment)
        folders = Array(Set(files.map(\.folder)))
        for folder in folders { _ = stores.store(for: folder) }
    }

    /// The store for a file of the list.
    func store(for file: ReportFile) -> any ReviewStore {
        stores.store(for: file.folder)
    }

    /// The marks of each file, as its folder's store tallies them; none where a store fails.
    func tallies(of files: [ReportFile]) -> [MarkTally] {
        var byFolder: [String: [String: MarkTally]] = [:]
        for folder in folders {
            byFolder[folder.path] = (try? stores.store(for: folder).tallies()) ?? [:]
        }
        var last: (folder: URL, tallies: [String: MarkTally])?
        return files.map { file in
            if file.folder != last?.folder { last = (file.folder, byFolder[file.folder.path] ?? [:]) }
            return last!.tallies[file.relativePath] ?? MarkTally()
        }
    }

    /// The marks that reports shown unmarked left under an earlier name (renamed or moved,
    /// their text unchanged), by entry, as each folder's store finds them; none where a store fails.
    func followRenames(_ reports: [UnmarkedReport]) -> [Int: MarkTally] {
        var found: [Int: MarkTally] = [:]
        for (folder, inFolder) in Dictionary(grouping: reports, by: \.file.folder) {
            let texts = Dictionary(inFolder.map { ($0.file.relativePath, $0.fingerprint) }) { first, _ in first }
            let marks = (try? stores.store(for: folder).followRenames(texts)) ?? [:]
            for report in inFolder {
                if let tally = marks[report.file.relativePath] { found[report.entry] = tally }
            }
        }
        return found
    }

    /// Where marks go, as the list's title bar says it.
    var summary: String {
        let all = stores.stores
        return all.count == 1 ? all[0].location : "\(all.count) review databases"
    }

    /// Why marks cannot be kept, for the first message the reviewer sees; nil when all is well.
    var problem: String? {
        stores.stores.compactMap(\.limitation).map(String.init(describing:)).first
    }
}
