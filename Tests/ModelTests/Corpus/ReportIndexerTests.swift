import Foundation
import Synchronization
import Testing
@testable import Model

/// The summary cache: reopening a folder reads only what changed, and a broken cache costs
/// nothing but a re-parse.
@Suite struct ReportIndexerTests {
    /// A temporary folder holding copies of three sample reports, and an indexer that counts reads.
    final class Fixture: Sendable {
        let folder: URL
        let reads = Mutex<[String]>([])
        /// Files the loader says it cannot decode.
        let undecodable: Set<String>

        init(undecodable: Set<String> = []) throws {
            self.undecodable = undecodable
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("index-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let samples = try FileManager.default.contentsOfDirectory(atPath: GoldFixture.sampleFolder.path)
                .filter { $0.hasSuffix(".txt") }.sorted().prefix(3)
            for name in samples {
                try FileManager.default.copyItem(
                    at: GoldFixture.sampleFolder.appendingPathComponent(name), to: folder.appendingPathComponent(name))
                // Files written a moment ago are read again on every index (see the last test).
                try touch(name, seconds: -60)
            }
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        var cacheFile: URL { folder.appendingPathComponent(".reports-index.sqlite") }

        func names() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        }

        /// Indexes the folder and returns the index and the files read on the way.
        func index(parserIdentity: String = "test parser") -> (ReportIndex, [String]) {
            reads.withLock { $0 = [] }
            let indexer = ReportIndexer(load: { [self] file in
                reads.withLock { $0.append(file.relativePath) }
                if undecodable.contains(file.relativePath) {
                    return .failure(LoadProblem(path: file.url.path, reason: "not text in any known encoding"))
                }
                return ReportLoader.load(file)
            }, parserIdentity: parserIdentity, width: 2)
            let index = indexer.index(paths: [folder.path])
            return (index, reads.withLock { $0.sorted() })
        }

        /// Moves a file's modification time ahead, as an editor saving it would.
        func touch(_ name: String, seconds: TimeInterval = 10) throws {
            let url = folder.appendingPathComponent(name)
            let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date
            try FileManager.default.setAttributes([.modificationDate: modified.addingTimeInterval(seconds)], ofItemAtPath: url.path)
        }
    }

    @Test func aPendingIndexTellsWhatTheCacheKnewThenReportsOnlyChangesAsItGoes() throws {
        let fixture = try Fixture()
        let indexer = ReportIndexer(parserIdentity: "test parser", width: 2)
        let first = indexer.prepare(paths: [fixture.folder.path])
        #expect(first.files.count == 3)
        #expect(first.cached.allSatisfy { $0 == nil })
        let batches = Mutex<[IndexProgress]>([])
        let index = first.finish { progress in batches.withLock { $0.append(progress) } }
        let seen = batches.withLock { $0 }
        #expect(seen.map(\.done).max() == 3)
        #expect(seen.allSatisfy { $0.total == 3 })
        #expect(seen.flatMap(\.updated).map(\.file).sorted() == [0, 1, 2])
        #expect(seen.flatMap(\.updated).allSatisfy { index.summaries[$0.file] == $0.summary })

        try fixture.touch(try fixture.names()[1], seconds: 20)
        let second = indexer.prepare(paths: [fixture.folder.path])
        #expect(second.cached.map { $0?.figureCount } == index.summaries.map(\.figureCount))
        let changes = Mutex<[Int]>([])
        _ = second.finish { progress in changes.withLock { $0 += progress.updated.map(\.file) } }
        // Only the touched file is reported (same text, new time), the others are as cached.
        #expect(changes.withLock { $0 } == [1])
    }

    @Test func reopeningAnUnchangedFolderReadsNoFile() throws {
        let fixture = try Fixture()
        let (first, firstReads) = fixture.index()
        let (second, secondReads) = fixture.index()

        #expect(firstReads == (try fixture.names()))
        #expect(first.statistics.reportsParsed == 3)
        #expect(secondReads.isEmpty)
        #expect(second.statistics.reportsParsed == 0)
        #expect(second.summaries == first.summaries)
    }

    /// The cache keeps paths in byte order, where `a-b.txt` and `a.txt` come before `a/x.txt`;
    /// a listing gives the folder `a` first. Every file still finds its summary.
    @Test func filesListedOutOfTheCachesOrderAreStillKnownOnReopening() throws {
        let fixture = try Fixture()
        let names = try fixture.names()
        try FileManager.default.createDirectory(at: fixture.folder.appendingPathComponent("a"), withIntermediateDirectories: false)
        for (name, to) in zip(names, ["a/x.txt", "a-b.txt", "a.txt"]) {
            try FileManager.default.moveItem(at: fixture.folder.appendingPathComponent(name), to: fixture.folder.appendingPathComponent(to))
        }
        let (first, _) = fixture.index()
        #expect(first.files.map(\.relativePath) == ["a/x.txt", "a-b.txt", "a.txt"])

        let (second, reads) = fixture.index()
        #expect(reads.isEmpty)
        #expect(second.summaries == first.summaries)
    }

    @Test func aFileNamedTwiceIsKnownTwiceOnReopening() throws {
        let fixture = try Fixture()
        _ = fixture.index()
        let file = fixture.folder.appendingPathComponent(try fixture.names()[0]).path
        let pending = ReportIndexer(parserIdentity: "test parser", width: 1).prepare(paths: [file, fixture.folder.path, file])
        #expect(pending.files.count == 5)
        #expect(pending.cached.allSatisfy { $0 != nil })
    }

    @Test func aSummarySaysWhatTheParserFoundAndSurvivesTheCache() throws {
        let fixture = try Fixture()
        let (parsed, _) = fixture.index()
        let (cached, _) = fixture.index()

        for summary in cached.summaries {
            let text = try String(contentsOf: fixture.folder.appendingPathComponent(summary.relativePath), encoding: .utf8)
            let report = ReportParser.parse(text)
            #expect(summary.title == report.metadata.title)
            #expect(summary.authority == report.metadata.authority)
            #expect(summary.region == report.metadata.region)
            #expect(summary.year == report.metadata.year)
            #expect(summary.figureCount == report.figures.count)
            #expect(summary.warningCount == report.warnings.count)
            #expect(summary.mandatedParts.parts == report.mandated.required.filter { $0.section != nil }.map(\.part)
                + (report.mandated.other == nil ? [] : [.other]))
            #expect(summary.encoding == "UTF-8")
            #expect(summary.problem == nil)
        }
        #expect(cached.summaries == parsed.summaries)
    }

    /// Rows are bound straight through SQLite: empty text stays empty (not NULL, which a region
    /// may not be), absent values stay absent, and Chinese text and large numbers come back whole.
    @Test func everyKindOfValueComesBackFromTheCacheAsItWasSaved() throws {
        let fixture = try Fixture()
        let full = ReportSummary(
            relativePath: "荣昌区/万灵镇.txt", stamp: FileStamp(size: 9_000, modified: 1_700_000_000_123_456_789),
            fingerprint: UInt64.max - 5, encoding: "GB18030", authority: "重庆市荣昌区万灵镇人民政府",
            region: ["重庆市", "荣昌区", "万灵镇"], year: 2025, title: "关于2025年法治政府建设情况的报告", figureCount: 12,
            mandatedParts: MandatedPartSet(rawValue: 0b10101), warningCount: 3, problem: nil
        )
        let failed = ReportSummary(relativePath: "坏.txt", stamp: FileStamp(size: 0, modified: 5), problem: "")
        let cache = SummaryCache(at: fixture.cacheFile.path, parserIdentity: "test parser")
        cache.save([full, failed], removing: [], unsureAfter: .max)
        #expect(cache.note == nil)
        let back = SummaryCache(at: fixture.cacheFile.path, parserIdentity: "test parser")
            .summaries(of: [failed.relativePath, "新.txt", full.relativePath])
        #expect(back.found == [failed, nil, full])
        #expect(back.untaken.isEmpty)
    }

    @Test func aFileDeletedAfterTheFolderWasListedSaysItIsNoLongerThere() throws {
        let fixture = try Fixture()
        let pending = ReportIndexer(parserIdentity: "test parser", width: 1).prepare(paths: [fixture.folder.path])
        let name = try #require(try fixture.names().first)
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent(name))
        let index = pending.finish()
        let gone = try #require(index.summaries.first { $0.relativePath == name })
        #expect(gone.problem?.contains("no longer there") == true, "\(gone.problem ?? "no problem")")
        #expect(index.summaries.filter { $0.problem == nil }.count == 2)
    }

    @Test func aTouchedFileWithTheSameTextIsReadButNotParsedAgain() throws {
        let fixture = try Fixture()
        _ = fixture.index()
        let name = try fixture.names()[1]
        try fixture.touch(name)

        let (touched, reads) = fixture.index()
        #expect(reads == [name])
        #expect(touched.statistics.reportsParsed == 0)
        let summary = try #require(touched.summaries.first { $0.relativePath == name })
        #expect(summary.stamp == FileStamp(path: fixture.folder.appendingPathComponent(name).path))

        let (_, readsAfter) = fixture.index()
        #expect(readsAfter.isEmpty)
    }

    @Test func anEditedFileIsParsedAgainEvenWhenItsSizeStaysTheSame() throws {
        let fixture = try Fixture()
        let (first, _) = fixture.index()
        let name = try fixture.names()[0]
        let url = fixture.folder.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "2", with: "3").utf8).write(to: url)
        try fixture.touch(name)

        let (edited, reads) = fixture.index()
        #expect(reads == [name])
        #expect(edited.statistics.reportsParsed == 1)
        let before = try #require(first.summaries.first { $0.relativePath == name })
        let after = try #require(edited.summaries.first { $0.relativePath == name })
        #expect(after.stamp.size == before.stamp.size)
        #expect(after.fingerprint != before.fingerprint)
    }

    /// The fingerprint is of the normalised text, as the review store's is: a report saved again
    /// with Windows line ends is the same report, not parsed again, and its marks still hold.
    @Test func aFileSavedAgainWithCRLFIsNotParsedAgainAndKeepsTheReviewFingerprint() throws {
        let fixture = try Fixture()
        let (first, _) = fixture.index()
        let name = try fixture.names()[0]
        let url = fixture.folder.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: url)
        try fixture.touch(name)

        let (resaved, reads) = fixture.index()
        #expect(reads == [name])
        #expect(resaved.statistics.reportsParsed == 0)
        let before = try #require(first.summaries.first { $0.relativePath == name })
        let after = try #require(resaved.summaries.first { $0.relativePath == name })
        #expect(after.stamp.size > before.stamp.size)
        #expect(after.fingerprint == before.fingerprint)
        let file = ReportFile(url: url, folder: fixture.folder, relativePath: name)
        let report = ReportParser.parse(try ReportLoader.load(file).get().source)
        #expect(ReportFingerprint.hex(after.fingerprint) == ReportFingerprint.of(report.source))
    }

    /// How a cache file gets damaged: overwritten whole, or broken past its first page (the
    /// header still reads, the tables do not).
    enum Damage: CaseIterable {
        case overwritten, brokenPastFirstPage

        func apply(to file: URL) throws {
            switch self {
            case .overwritten:
                try Data(repeating: 0x5A, count: 4096).write(to: file)
            case .brokenPastFirstPage:
                let handle = try FileHandle(forUpdating: file)
                let length = try handle.seekToEnd()
                try handle.seek(toOffset: 4096)
                handle.write(Data(repeating: 0xA5, count: Int(length) - 4096))
                try handle.close()
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedCacheIsRebuilt(damage: Damage) throws {
        let fixture = try Fixture()
        let (first, _) = fixture.index()
        try damage.apply(to: fixture.cacheFile)

        let (rebuilt, reads) = fixture.index()
        #expect(reads == (try fixture.names()))
        #expect(rebuilt.summaries == first.summaries)
        #expect(rebuilt.statistics.caches.contains { $0.contains("rebuilt") })

        let (_, readsAfter) = fixture.index()
        #expect(readsAfter.isEmpty)
    }

    @Test func anotherBuildOfTheParserSummarisesEveryReportAgain() throws {
        let fixture = try Fixture()
        _ = fixture.index(parserIdentity: "old parser")
        let (again, reads) = fixture.index(parserIdentity: "new parser")

        #expect(reads == (try fixture.names()))
        #expect(again.statistics.reportsParsed == 3)
    }

    @Test func aDeletedFileLeavesTheIndexAndANewOneJoinsIt() throws {
        let fixture = try Fixture()
        _ = fixture.index()
        let names = try fixture.names()
        try FileManager.default.moveItem(
            at: fixture.folder.appendingPathComponent(names[0]), to: fixture.folder.appendingPathComponent("renamed.txt"))
        try fixture.touch("renamed.txt", seconds: -60)

        let (moved, reads) = fixture.index()
        #expect(reads == ["renamed.txt"])
        #expect(moved.summaries.map(\.relativePath) == (try fixture.names()))
        let cached = SummaryCache(at: fixture.cacheFile.path, parserIdentity: "test parser").summaries(of: [])
        #expect(Set(cached.untaken) == Set(try fixture.names()))
    }

    @Test func aFileThatCannotBeDecodedIsSummarisedWithItsProblemAndTriedAgainNextTime() throws {
        let fixture = try Fixture(undecodable: ["broken.txt"])
        try Data([0x00, 0x01, 0x02]).write(to: fixture.folder.appendingPathComponent("broken.txt"))
        try fixture.touch("broken.txt", seconds: -60)

        let (index, _) = fixture.index()
        let broken = try #require(index.summaries.first { $0.relativePath == "broken.txt" })
        #expect(broken.problem == "not text in any known encoding")
        #expect(index.summaries.filter { $0.problem == nil }.count == 3)

        let (_, reads) = fixture.index()
        #expect(reads == ["broken.txt"])
    }

    @Test func aFileChangedJustBeforeIndexingIsReadAgainUntilItsTimeCanVouchForIt() throws {
        let fixture = try Fixture()
        let name = try fixture.names()[2]
        let path = fixture.folder.appendingPathComponent(name).path
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
        let (first, _) = fixture.index()

        // Another edit in the same tick of the clock would leave size and time as they are.
        let (again, reads) = fixture.index()
        #expect(reads == [name])
        #expect(again.statistics.reportsParsed == 0)
        #expect(again.summaries == first.summaries)

        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: path)
        let (_, readsOnceMore) = fixture.index()
        let (_, readsAtLast) = fixture.index()
        #expect(readsOnceMore == [name])
        #expect(readsAtLast.isEmpty)
    }
}
