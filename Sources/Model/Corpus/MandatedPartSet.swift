/// Which mandated parts a report has, in one byte: a summary is kept for every report of a
/// folder of thousands, and this is also how the cache stores it.
public struct MandatedPartSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public init(_ parts: some Sequence<MandatedPart>) {
        self.init(rawValue: parts.reduce(0) { $0 | Self.bit($1) })
    }

    /// The parts, optional part 5 included, that have a section in the report.
    public init(_ mandated: MandatedParts) {
        // In the order of `MandatedPart.allCases`, whose positions are the bits.
        let sections = [mandated.measures, mandated.shortcomings, mandated.leaders, mandated.plans, mandated.other]
        self.init(rawValue: sections.indices.reduce(0) { sections[$1] == nil ? $0 : $0 | 1 << UInt8($1) })
    }

    public func contains(_ part: MandatedPart) -> Bool { rawValue & Self.bit(part) != 0 }

    /// The parts present, in the regulation's order.
    public var parts: [MandatedPart] { MandatedPart.allCases.filter(contains) }

    private static func bit(_ part: MandatedPart) -> UInt8 {
        1 << UInt8(MandatedPart.allCases.firstIndex(of: part)!)
    }
}
