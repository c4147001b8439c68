import Dispatch
import Model

/// Runs the reducer's effects off the main loop and posts their answers to the inbox.
final class EffectRunner: Sendable {
    private let stores: BrowserReviewStores
    private let inbox: Inbox
    /// One queue for opening and marking, so marks are committed in the order they were made.
    private let work = DispatchQueue(label: "reports.effects")
    private let parsing = DispatchQueue(label: "reports.parsing", qos: .utility)

    init(stores: BrowserReviewStores, inbox: Inbox) {
        self.stores = stores
        self.inbox = inbox
    }

    /// Parses every report of the list in the background; each row fills in as its report is done.
    func parseAll(_ entries: [(index: Int, file: ReportFile)]) {
        let stores = stores
        let inbox = inbox
        parsing.async {
            for (index, file) in entries {
                inbox.post(.loaded(entry: index, ReportReading.read(file, store: stores.store(for: file))))
            }
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
            }
        }
        return true
    }
}
