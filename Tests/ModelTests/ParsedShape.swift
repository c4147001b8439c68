import Foundation
@testable import Model

/// What a reviewer sees of a parsed report: its headings and its figures. Two inputs that give
/// the same shape read the same to the reviewer.
struct ParsedShape: Equatable, CustomStringConvertible {
    struct Heading: Equatable { var level: Int; var marker: String; var title: String; var line: Int? }
    struct Number: Equatable { var text: String; var value: Decimal; var unit: String; var line: Int? }

    var headings: [Heading]
    var numbers: [Number]

    /// `withLines: false` for formats whose line numbers are those of the extracted text.
    init(_ report: Report, withLines: Bool = true) {
        headings = report.sections.map { Heading(level: $0.level, marker: $0.marker, title: $0.title, line: withLines ? $0.line : nil) }
        numbers = report.figures.map { Number(text: $0.text, value: $0.value, unit: $0.unit, line: withLines ? $0.line : nil) }
    }

    init(parsing text: String, withLines: Bool = true) {
        self.init(ReportParser.parse(text), withLines: withLines)
    }

    var description: String { "\(headings.count) headings, \(numbers.count) figures" }
}

/// The five sample reports, by name.
enum Samples {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-reports")

    static let names: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
        .filter { $0.hasSuffix(".txt") }.sorted() ?? []

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}

/// A fresh folder under the system's temporary folder, removed when the test is done with it.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("reports-inputs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> ReportFile {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return ReportFile(url: file, folder: url, relativePath: name)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> ReportFile {
        try write(name, Array(text.utf8))
    }

    func file(_ name: String) -> ReportFile {
        ReportFile(url: url.appendingPathComponent(name), folder: url, relativePath: name)
    }
}

extension Result where Failure == LoadProblem {
    /// The reason a load was refused, or nil when it opened.
    var refusal: String? {
        if case .failure(let problem) = self { return problem.reason }
        return nil
    }
}

extension Result {
    /// The error, or nil on success.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
