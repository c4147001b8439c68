import Foundation

/// What the list screen shows of one report, small enough to keep for a hundred thousand files
/// and cached between runs so that reopening a folder does not parse it again.
public struct ReportSummary: Sendable, Equatable {
    /// Path inside the folder the reviewer opened.
    public var relativePath: String
    public var stamp: FileStamp
    /// Fingerprint of the normalised text (`SourceText.bytes`, as the review store keeps it);
    /// equal fingerprints mean equal reports.
    public var fingerprint: UInt64
    /// The encoding the file was found in, nil when it could not be read.
    public var encoding: String?
    public var authority: String?
    public var region: [String]
    public var year: Int?
    public var title: String?
    public var figureCount: Int
    /// The mandated parts (optional part 5 included) that have a level-1 section.
    public var mandatedParts: MandatedPartSet
    public var warningCount: Int
    /// Why the file could not be opened; when set, the fields above say nothing.
    public var problem: String?

    public init(
        relativePath: String, stamp: FileStamp, fingerprint: UInt64, encoding: String?,
        authority: String?, region: [String], year: Int?, title: String?, figureCount: Int,
        mandatedParts: MandatedPartSet, warningCount: Int, problem: String?
    ) {
        self.relativePath = relativePath
        self.stamp = stamp
        self.fingerprint = fingerprint
        self.encoding = encoding
        self.authority = authority
        self.region = region
        self.year = year
        self.title = title
        self.figureCount = figureCount
        self.mandatedParts = mandatedParts
        self.warningCount = warningCount
        self.problem = problem
    }

    /// The summary of a parsed report.
    public init(relativePath: String, stamp: FileStamp, fingerprint: UInt64, encoding: String, report: Report) {
        self.init(
            relativePath: relativePath, stamp: stamp, fingerprint: fingerprint, encoding: encoding,
            authority: report.metadata.authority, region: report.metadata.region, year: report.metadata.year,
            title: report.metadata.title, figureCount: report.figures.count,
            mandatedParts: MandatedPartSet(report.mandated), warningCount: report.warnings.count, problem: nil
        )
    }

    /// The summary of a file that could not be opened.
    public init(relativePath: String, stamp: FileStamp, problem: String) {
        self.init(
            relativePath: relativePath, stamp: stamp, fingerprint: 0, encoding: nil, authority: nil,
            region: [], year: nil, title: nil, figureCount: 0, mandatedParts: [], warningCount: 0,
            problem: problem
        )
    }
}
