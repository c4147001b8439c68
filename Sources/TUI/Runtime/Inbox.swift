import Foundation

/// Events posted from background work, taken by the main loop between key reads.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []

    /// Batches of the index waiting to be taken are merged into one, so the list is sorted once
    /// per turn of the main loop however fast the indexer goes.
    func post(_ event: Event) {
        lock.lock()
        defer { lock.unlock() }
        if case .indexed(let batch) = event, let last = events.indices.last, case .indexed(var merged) = events[last] {
            merged.done = max(merged.done, batch.done)
            merged.updated += batch.updated
            events[last] = .indexed(merged)
        } else {
            events.append(event)
        }
    }

    func takeAll() -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        let taken = events
        events = []
        return taken
    }
}
