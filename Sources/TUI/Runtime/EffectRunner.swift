import Dispatch
import Model

/// Runs the reducer's effects off the main loop and posts their answers to the inbox.
final class EffectRunner: Sendable {
    private let stores: BrowserReviewStores
    private let inbox: Inbox
    /// One queue for opening and marking, so marks are committed in the order they were made.
    private let work = DispatchQueue(label: "reports.effects")
    private let indexing = DispatchQueue(label: "reports.indexing", qos: .utility)
    /// Apart from the indexing, which can take minutes: a filter typed meanwhile waits for this.
    private let preparing = DispatchQueue(label: "reports.preparing", qos: .userInitiated)

    init(stores: BrowserReviewStores, inbox: Inbox) {
        self.stores = stores
        self.inbox = inbox
    }

    /// Tallies the marks of every file from the review stores, off the main loop, on the queue
    /// that records marks, so that a mark made meanwhile is counted once: after its tally.
    func tally(_ files: [ReportFile]) {
        let stores = stores
        let inbox = inbox
        work.async {
            let tallies = stores.tallies(of: files)
            inbox.post(.tallied(tallies))
        }
    }

    /// Finishes the corpus index in the background; rows fill in batch by batch. The list's
    /// entries are the index's files in the same order, so a file's number is its entry.
    func index(_ pending: PendingIndex) {
        let inbox = inbox
        indexing.async {
            _ = pending.finish { inbox.post(.indexed($0)) }
        }
    }

    /// Runs the effects; returns false when one of them is to quit.
    func run(_ effects: [Effect]) -> Bool {
        let stores = stores
        let inbox = inbox
        for effect in effects {
            switch effect {
            case .quit:
                return false
            case .open(let entry, let file):
                work.async { inbox.post(.opened(entry: entry, ReportReading.read(file, store: stores.store(for: file)))) }
            case .record(let entry, let figure, let state, let previous, let note, let report, let file):
                work.async {
                    let result = Result {
                        try stores.store(for: file).record(state, note: note, figure: figure, of: report, relativePath: file.relativePath)
                    }.mapError { StoreFailure(message: String(describing: $0)) }
                    inbox.post(.recorded(entry: entry, figure: figure, previous: previous, result))
                }
            case .followRenames(let reports):
                // On the queue that records marks, like the tally it completes.
                work.async {
                    let found = stores.followRenames(reports)
                    if !found.isEmpty { inbox.post(.marksFound(found)) }
                }
            case .prepareList(let request):
                preparing.async { inbox.post(.listPrepared(ListPreparation(request))) }
            }
        }
        return true
    }
}
