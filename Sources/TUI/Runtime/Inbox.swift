import Foundation

/// Events posted from background work, taken by the main loop between key reads.
final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []

    func post(_ event: Event) {
        lock.lock()
        events.append(event)
        lock.unlock()
    }

    func takeAll() -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        let taken = events
        events = []
        return taken
    }
}
