/// Why a path could not be opened, in words a reviewer can act on.
public struct LoadProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// A reader's reason for refusing a file, before it is tied to the file's path.
struct Refusal: Error, ExpressibleByStringInterpolation {
    let reason: String

    init(stringLiteral value: String) { reason = value }
    init(stringInterpolation: DefaultStringInterpolation) { reason = String(stringInterpolation: stringInterpolation) }
    init(_ reason: String) { self.reason = reason }
}
