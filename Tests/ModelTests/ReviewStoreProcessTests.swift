import Foundation
import Testing
@testable import Model

/// The `ReviewStoreWorker` executable, built beside the test bundle by `swift test`.
private let worker: URL = {
    let bundle = Bundle.main.bundleURL
    let folder = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    return folder.appendingPathComponent("ReviewStoreWorker")
}()

/// Starts a worker that appends `count` marks to `database`, its output read through a pipe.
private func startWorker(_ database: String, count: Int, name: String, folder: URL? = nil) throws -> (Process, Pipe) {
    let process = Process()
    process.executableURL = worker
    process.arguments = [database, String(count), name] + (folder.map { [$0.path] } ?? [])
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    return (process, output)
}

private func newDatabase() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("process-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("review.sqlite").path
}

/// Every event of the worker's report, read through a fresh store.
private func notesInDatabase(_ path: String) throws -> [String] {
    let store = try SQLiteReviewStore(path: path, reviewer: "test")
    let report = Report(
        source: SourceText(""), metadata: Metadata(), sections: [], points: [], mandated: MandatedParts(),
        figures: [], warnings: [])
    return try store.history(of: report, relativePath: "worker.txt", figure: nil).compactMap(\.note)
}

@Test func threeProcessesMarkingAtOnceAllLandEveryMark() throws {
    let database = try newDatabase()
    // All start on a database that does not exist yet, so they also race to create it: to
    // switch it to WAL and to run the migrations.
    let workers = try ["one", "two", "three"].map { try startWorker(database, count: 1000, name: $0) }
    var printed: [String] = []
    for (process, output) in workers {
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        printed += text.split(separator: "\n").map(String.init)
    }
    #expect(printed.count == 3000)
    let stored = try notesInDatabase(database)
    #expect(stored.count == 3000)
    #expect(Set(stored) == Set(printed))
}

@Test func aProcessKilledMidWayKeepsEveryMarkItConfirmed() throws {
    let database = try newDatabase()
    let (process, output) = try startWorker(database, count: 100_000, name: "killed")
    var buffer = Data()
    var confirmed: [String] = []
    while confirmed.count < 200 {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        buffer += chunk
        // Only whole lines are confirmed marks; a partial line may be cut by the kill.
        confirmed = String(decoding: buffer, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    buffer += output.fileHandleForReading.readDataToEndOfFile()
    confirmed = String(decoding: buffer, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        .dropLast().map(String.init)

    #expect(confirmed.count >= 200)
    let stored = Set(try notesInDatabase(database))
    #expect(confirmed.allSatisfy(stored.contains))
    #expect(stored.count < 100_000)
}

@Test func aReportRenamedWhileAnotherProcessMarksItKeepsEveryMark() throws {
    let database = try newDatabase()
    let folder = URL(fileURLWithPath: database).deletingLastPathComponent()
    let (process, output) = try startWorker(database, count: 2000, name: "second", folder: folder)
    var buffer = Data()
    while buffer.count(where: { $0 == UInt8(ascii: "\n") }) < 100 {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        buffer += chunk
    }
    // The worker writes worker.txt with its report's text; this reviewer renames and opens it.
    let text = try String(contentsOf: folder.appendingPathComponent("worker.txt"), encoding: .utf8)
    try FileManager.default.moveItem(
        at: folder.appendingPathComponent("worker.txt"), to: folder.appendingPathComponent("renamed.txt"))
    let store = try SQLiteReviewStore(path: database, reviewer: "first", folder: folder)
    let report = Report(
        source: SourceText(text), metadata: Metadata(), sections: [], points: [], mandated: MandatedParts(),
        figures: [], warnings: [])
    #expect(try !store.history(of: report, relativePath: "renamed.txt", figure: nil).isEmpty)

    buffer += output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let printed = String(decoding: buffer, as: UTF8.self).split(separator: "\n").map(String.init)
    #expect(printed.count == 2000)
    let kept = try store.history(of: report, relativePath: "renamed.txt", figure: nil).compactMap(\.note)
    #expect(Set(kept) == Set(printed))
    #expect(try store.history(of: report, relativePath: "worker.txt", figure: nil).isEmpty)
    #expect(try store.moves(of: "renamed.txt").map(\.fromReport) == ["worker.txt"])
}
