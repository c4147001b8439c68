import Foundation
@testable import Model

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
