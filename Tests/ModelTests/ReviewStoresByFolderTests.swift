import Foundation
import Testing
@testable import Model

/// A new empty folder under the system's temporary folder.
private func newFolder(_ name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

@Test func foldersWhoseMarksGoToTheSameDatabaseShareOneStore() throws {
    let database = try newFolder("chosen").appendingPathComponent("team.sqlite").path
    let (east, west) = (try newFolder("east"), try newFolder("west"))
    let stores = ReviewStoresByFolder(chosen: nil, reviewer: "alice", environment: ["REPORTS_REVIEW_DB": database])
    var opened: [ReviewLocation] = []
    let first = stores.store(for: east) { location, _ in opened.append(location) }
    let second = stores.store(for: west) { location, _ in opened.append(location) }

    #expect(opened == [ReviewLocation(path: database, kind: .chosen)])
    #expect((first as? SQLiteReviewStore) === (second as? SQLiteReviewStore))
    #expect(stores.stores.map(\.location) == [database])
    // A mark made through one folder is the other's too: it is one database.
    let report = HandMadeReport.make(["调处纠纷410件。"], figures: [("调处纠纷", "410件")])
    _ = try first.record(.checked, note: nil, figure: 0, of: report, relativePath: "a.txt")
    #expect(try second.reviews(of: report, relativePath: "a.txt").first??.state == .checked)
    #expect(try second.reviews(of: report, relativePath: "a.txt").first??.reviewer == "alice")
}

@Test func foldersWithTheirOwnDatabasesGetOneStoreEach() throws {
    let (east, west) = (try newFolder("east"), try newFolder("west"))
    let stores = ReviewStoresByFolder(chosen: nil, reviewer: "alice", environment: [:])
    _ = stores.store(for: east)
    _ = stores.store(for: west)
    _ = stores.store(for: east)
    #expect(Set(stores.stores.map(\.location)) == [
        east.appendingPathComponent(ReviewLocation.sharedFileName).path,
        west.appendingPathComponent(ReviewLocation.sharedFileName).path,
    ])
}

@Test func aDamagedDatabaseGivesTheReadOnlyStoreThatSaysWhy() throws {
    let folder = try newFolder("damaged")
    let database = folder.appendingPathComponent(ReviewLocation.sharedFileName)
    let garbage = Data("not a database\n".utf8)
    try garbage.write(to: database)
    let stores = ReviewStoresByFolder(chosen: nil, reviewer: "alice", environment: [:])
    var said: [String] = []
    let store = stores.store(for: folder) { _, store in said.append(store.limitation.map(String.init(describing:)) ?? "") }

    let problem = try #require((store as? UnavailableReviewStore)?.problem)
    #expect(problem.kind == .corrupt)
    #expect(said.count == 1)
    #expect(said.first?.contains("\(database.path) is damaged") == true)
    #expect(said.first?.contains("reports open read-only") == true)
    #expect(stores.stores.first?.limitation == problem)
    #expect(try Data(contentsOf: database) == garbage)
}
