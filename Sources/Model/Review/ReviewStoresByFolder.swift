import Foundation

/// Which review store serves which folder of reports, shared by the commands and the browser:
/// each folder's database as `ReviewLocation.resolve` finds it, opened the first time it is
/// asked for, and one open store per distinct file, so folders that resolve to the same
/// database share one store. A database that cannot be used (damaged, unreadable, newer) gives
/// the read-only stand-in that says why. Safe to use from any thread.
public final class ReviewStoresByFolder: @unchecked Sendable {
    private let chosen: String?
    private let reviewer: String
    private let environment: [String: String]
    private let lock = NSLock()
    private var byLocation: [String: any ReviewHistory] = [:]
    private var byFolder: [String: any ReviewHistory] = [:]

    /// `chosen` is `--review-db`, `reviewer` is `--reviewer`, both as given (or nil).
    public init(
        chosen: String?, reviewer: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.chosen = chosen
        self.reviewer = ReviewLocation.reviewer(chosen: reviewer, environment: environment)
        self.environment = environment
    }

    /// Where the marks of the reports in `folder` are kept, whether or not it was opened.
    public func location(of folder: URL) -> ReviewLocation {
        ReviewLocation.resolve(folder: folder, chosen: chosen, environment: environment)
    }

    /// The store for the reports in `folder`. `opened` is told of each database the first
    /// time it is opened, with where it is, so the caller can say so its own way.
    public func store(
        for folder: URL, opened: ((ReviewLocation, any ReviewHistory) -> Void)? = nil
    ) -> any ReviewHistory {
        lock.lock()
        if let store = byFolder[folder.path] {
            lock.unlock()
            return store
        }
        let location = location(of: folder)
        let known = byLocation[location.path]
        let store = known ?? location.open(reviewer: reviewer)
        byLocation[location.path] = store
        byFolder[folder.path] = store
        lock.unlock()
        if known == nil { opened?(location, store) }
        return store
    }

    /// Every store opened so far, once each, by location.
    public var stores: [any ReviewHistory] {
        lock.lock()
        defer { lock.unlock() }
        return byLocation.values.sorted { $0.location < $1.location }
    }
}
