import Model

struct Size: Sendable, Equatable {
    var width: Int
    var height: Int
}

/// A parsed report with its marks, as the background loader hands it over.
struct LoadedReport: Sendable {
    var report: Report
    /// The marks, or what the review store said when it could not give them.
    var reviews: Result<[FigureReview?], StoreFailure>
    /// Where this report's marks are kept.
    var storeLocation: String
    /// What the loader changed to make the text safe to show (`LoadedText.notes`).
    var notes: [String] = []
}

/// A report the list shows without marks, with the fingerprint of its text: the store may find
/// the marks it left under an earlier name.
struct UnmarkedReport: Sendable, Equatable {
    var entry: Int
    var file: ReportFile
    var fingerprint: UInt64
}

/// A review store error, carried as text so it can be shown.
struct StoreFailure: Error, Sendable, Equatable, CustomStringConvertible {
    var message: String

    var description: String { message }
}

/// A left-button press or a turn of the wheel, at a screen cell (only with `--mouse`).
struct MouseEvent: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case press, wheelUp, wheelDown
    }

    var kind: Kind
    var x: Int
    var y: Int
}

/// Everything the reducer reacts to: keys, the terminal's size, and results of effects.
enum Event: Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
    /// A batch of summaries from the corpus index working in the background (`file` of each
    /// update is the entry's index).
    case indexed(IndexProgress)
    /// What the review stores say of every report's marks, by entry.
    case tallied([MarkTally])
    /// The marks that reports the list showed unmarked left under an earlier name, by entry
    /// (answer to `Effect.followRenames`).
    case marksFound([Int: MarkTally])
    /// A report opened for reading (answer to `Effect.open`).
    case opened(entry: Int, Result<LoadedReport, LoadProblem>)
    /// The store's answer to `Effect.record`.
    case recorded(entry: Int, figure: Int, previous: MarkState?, Result<FigureReview, StoreFailure>)
    /// The answer to `Effect.prepareList`.
    case listPrepared(ListPreparation)
}

/// Work the reducer asks the shell to do; the answer comes back as an event.
enum Effect: Sendable {
    case open(entry: Int, file: ReportFile)
    /// `previous` is the figure's state before, so the list's counts can follow the answer.
    case record(entry: Int, figure: Int, state: MarkState, previous: MarkState?, note: String?, report: Report, file: ReportFile)
    /// Ask the review stores whether these reports were renamed or moved with their marks.
    case followRenames([UnmarkedReport])
    /// Make what the list's keys need on a big list (`ListPreparation`).
    case prepareList(ListPreparation.Request)
    case quit
}
