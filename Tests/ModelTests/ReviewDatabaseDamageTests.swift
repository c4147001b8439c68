import Foundation
import Testing
@testable import Model

private func folderWithDatabase(_ contents: Data) throws -> (folder: URL, database: URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("damage-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let database = folder.appendingPathComponent(ReviewLocation.sharedFileName)
    try contents.write(to: database)
    return (folder, database)
}

private func report() -> Report {
    HandMadeReport.make(["一、主要举措和成效", "调处矛盾纠纷410件。"], figures: [("调处矛盾纠纷", "410件")])
}

@Test func aFileThatIsNotADatabaseIsReportedAndLeftUntouched() throws {
    let garbage = Data("这不是数据库 — some notes someone saved under the wrong name\n".utf8)
    let (folder, database) = try folderWithDatabase(garbage)
    let store = ReviewLocation.resolve(folder: folder, environment: [:]).open(reviewer: "alice")

    let problem = try #require((store as? UnavailableReviewStore)?.problem)
    #expect(problem.kind == .corrupt)
    #expect(problem.description.contains(database.path))
    #expect(problem.description.contains("left exactly as it is"))
    // Reports still open: every figure reads as unmarked, and marking says why it cannot.
    #expect(try store.reviews(of: report(), relativePath: "a.txt") == [nil])
    #expect(throws: ReviewStoreProblem.self) {
        try store.record(.checked, note: nil, figure: 0, of: report(), relativePath: "a.txt")
    }
    #expect(try Data(contentsOf: database) == garbage)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [ReviewLocation.sharedFileName])
}

@Test func aDatabaseWithDamagedPagesIsReportedAndLeftUntouched() throws {
    let (folder, database) = try folderWithDatabase(Data())
    let store = try SQLiteReviewStore(path: database.path, reviewer: "alice")
    for _ in 0..<300 {
        _ = try store.record(.disputed, note: String(repeating: "核对台账", count: 40), figure: 0, of: report(), relativePath: "a.txt")
    }
    try store.close()
    var bytes = try Data(contentsOf: database)
    #expect(bytes.count > 8 * 4096)
    // Scribble over the middle pages, keeping the header so SQLite opens the file.
    for index in (2 * 4096)..<(bytes.count - 4096) where index % 7 == 0 { bytes[index] = 0xA5 }
    try bytes.write(to: database)

    let reopened = ReviewLocation.resolve(folder: folder, environment: [:]).open(reviewer: "alice")
    #expect((reopened as? UnavailableReviewStore)?.problem.kind == .corrupt)
    #expect(try Data(contentsOf: database) == bytes)
}
