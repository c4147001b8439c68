import Foundation
import Model

/// The review store of each folder being browsed, opened once at start. Marks are kept by a
/// report's path inside its folder, so each folder has its own database unless one is named.
struct BrowserReviewStores: Sendable {
    private let byFolder: [String: any ReviewHistory]

    init(files: [ReportFile], options: ReviewOptions, environment: [String: String]) {
        let reviewer = ReviewLocation.reviewer(chosen: options.reviewer, environment: environment)
        var byLocation: [String: any ReviewHistory] = [:]
        var byFolder: [String: any ReviewHistory] = [:]
        for folder in Set(files.map(\.folder)) {
            let location = ReviewLocation.resolve(folder: folder, chosen: options.reviewDatabase, environment: environment)
            let store = byLocation[location.path] ?? location.open(reviewer: reviewer)
            byLocation[location.path] = store
            byFolder[folder.path] = store
        }
        self.byFolder = byFolder
    }

    /// The store for a file of the list (every file's folder was opened at start).
    func store(for file: ReportFile) -> any ReviewStore {
        byFolder[file.folder.path] ?? UnavailableReviewStore(
            problem: ReviewStoreProblem(.unavailable, path: file.folder.path, detail: "no review database was opened for this folder")
        )
    }

    private var stores: [any ReviewHistory] {
        var seen = Set<String>()
        return byFolder.values.filter { seen.insert($0.location).inserted }.sorted { $0.location < $1.location }
    }

    /// Where marks go, as the list's title bar says it.
    var summary: String {
        let all = stores
        return all.count == 1 ? all[0].location : "\(all.count) review databases"
    }

    /// Why marks cannot be kept, for the first message the reviewer sees; nil when all is well.
    var problem: String? {
        stores.compactMap(\.limitation).map(String.init(describing:)).first
    }
}
