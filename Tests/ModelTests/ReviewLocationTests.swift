import Foundation
import Testing
@testable import Model

@Test func theReviewDatabaseIsChosenByFlagThenEnvironmentThenFolder() {
    let folder = FileManager.default.temporaryDirectory
    let environment = ["REPORTS_REVIEW_DB": "/srv/review.sqlite"]
    #expect(ReviewLocation.resolve(folder: folder, chosen: "/tmp/mine.sqlite", environment: environment)
        == ReviewLocation(path: "/tmp/mine.sqlite", kind: .chosen))
    #expect(ReviewLocation.resolve(folder: folder, environment: environment)
        == ReviewLocation(path: "/srv/review.sqlite", kind: .chosen))
    let shared = ReviewLocation.resolve(folder: folder, environment: [:])
    #expect(shared.kind == .shared)
    #expect(shared.path == folder.appendingPathComponent(".reports-review.sqlite").path)
    #expect(shared.description.contains("shared"))
}

@Test func aFolderNobodyMayWriteGetsAPerUserDatabase() throws {
    // /proc/self refuses writes even to root, so this holds whoever runs the tests.
    let readOnly = URL(fileURLWithPath: "/proc/self")
    let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("xdg-\(UUID().uuidString)")
    let location = ReviewLocation.resolve(folder: readOnly, environment: ["XDG_DATA_HOME": dataHome.path])
    #expect(location.kind == .personal)
    #expect(location.path.hasPrefix(dataHome.path + "/reports/self-"))
    #expect(location.description.contains("not writable"))
    #expect(location.open(reviewer: "alice") is SQLiteReviewStore)
    #expect(FileManager.default.fileExists(atPath: location.path))

    let fallback = ReviewLocation.resolve(folder: readOnly, environment: ["HOME": "/home/alice"])
    #expect(fallback.path.hasPrefix("/home/alice/.local/share/reports/self-"))
}

@Test func theReviewerIsTheFlagElseTheLoginName() {
    #expect(ReviewLocation.reviewer(chosen: "张三", environment: ["USER": "alice"]) == "张三")
    #expect(ReviewLocation.reviewer(environment: ["USER": "alice"]) == "alice")
}

@Test func theSharedDatabaseIsAsWritableForTheTeamAsTheFolder() throws {
    for (folderMode, fileMode) in [(0o2775, 0o664), (0o777, 0o666), (0o755, 0o644)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("team-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: folderMode], ofItemAtPath: folder.path)
        let location = ReviewLocation.resolve(folder: folder, environment: [:])
        let store = try #require(location.open(reviewer: "alice") as? SQLiteReviewStore)
        let report = HandMadeReport.make(["调处纠纷410件。"], figures: [("调处纠纷", "410件")])
        _ = try store.record(.checked, note: nil, figure: 0, of: report, relativePath: "a.txt")
        for suffix in ["", "-wal", "-shm"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: location.path + suffix)
            #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o777 } == fileMode)
        }
    }
}
