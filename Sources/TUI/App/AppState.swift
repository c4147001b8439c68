import Model

/// A full-screen page over the list or a report.
enum PageKind: Sendable, Equatable {
    case help, warnings, raw
}

struct Page: Sendable, Equatable {
    var kind: PageKind
    var top = 0
}

/// A line of text being typed at the bottom of the screen.
struct Prompt: Sendable, Equatable {
    enum Purpose: Sendable, Equatable {
        case filter
        case search
        case disputeNote(figure: Int)
    }

    var purpose: Purpose
    var text = ""

    var label: String {
        switch purpose {
        case .filter: "Filter: "
        case .search: "Search: "
        case .disputeNote: "Why is it disputed? (Enter saves, Esc cancels): "
        }
    }
}

/// A line for the reader: what just happened, or what went wrong.
struct Message: Sendable, Equatable {
    var text: String
    var isError = false
}

struct Settings: Sendable {
    var displayWidth = DisplayWidth()
    var colour = true
}

/// Everything the browser shows, as a value: the reducer makes the next one, views draw it.
struct AppState: Sendable {
    var size: Size
    var settings: Settings
    /// Shown in the status line: where marks are kept.
    var storeLocation: String
    var list: ListState
    var report: ReportState?
    var page: Page?
    var prompt: Prompt?
    var message: Message?

    init(size: Size, settings: Settings = Settings(), storeLocation: String, list: ListState) {
        self.size = size
        self.settings = settings
        self.storeLocation = storeLocation
        self.list = list
    }

    var layout: ScreenLayout { ScreenLayout(size: size) }

    var wrapper: LineWrapper { LineWrapper(width: settings.displayWidth) }

    /// Where keys go now.
    var keyContext: KeyContext {
        if page != nil { return .page }
        if let report { return KeyContext(rawValue: report.focus.rawValue) ?? .text }
        return .list
    }
}
