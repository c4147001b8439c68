import Foundation
import Testing
@testable import Model

/// Marks on a real sample report, parsed by the real parser, through edits a township makes.
@Test func marksFollowTheirFiguresThroughEditsOfARealReport() throws {
    let original = try String(contentsOf: GoldFixture.sampleFolder.appendingPathComponent("000_8cc297b1d3bb0c62.txt"), encoding: .utf8)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("anchors-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let store = try SQLiteReviewStore(path: folder.appendingPathComponent("r.sqlite").path, reviewer: "alice")

    let report = ReportParser.parse(original)
    let leaflets = try #require(report.figures.firstIndex { $0.text == "2万余份" })
    let advice = try #require(report.figures.firstIndex { $0.text == "315次" })
    _ = try store.record(.checked, note: nil, figure: leaflets, of: report, relativePath: "万灵镇.txt")
    _ = try store.record(.disputed, note: "台账为305次", figure: advice, of: report, relativePath: "万灵镇.txt")

    // A paragraph with figures of its own, inserted above both.
    let sentence = "在各村（社区）均配备了1名法律顾问，为居民提供法律援助和法律咨询315次。"
    let inserted = original.replacingOccurrences(
        of: "（四）聚焦综合治理", with: "全年新增调解员12名，开展培训5期。\n（四）聚焦综合治理")
    let longer = ReportParser.parse(inserted)
    #expect(longer.figures.count > report.figures.count)
    let afterInsert = try store.review(of: longer, relativePath: "万灵镇.txt")
    #expect(afterInsert.orphaned.isEmpty)
    #expect(afterInsert.figures.enumerated().filter { $0.element != nil }.map { longer.figures[$0.offset].text }
        == ["2万余份", "315次"])

    // The sentence with 315次 deleted: its mark is orphaned and listed, the other stays.
    #expect(inserted.contains(sentence))
    let shorter = ReportParser.parse(inserted.replacingOccurrences(of: sentence, with: ""))
    let afterDelete = try store.review(of: shorter, relativePath: "万灵镇.txt")
    #expect(afterDelete.checked == 1)
    #expect(afterDelete.disputed == 0)
    #expect(afterDelete.orphaned.map(\.figureText) == ["315次"])
    #expect(afterDelete.orphaned.first?.note == "台账为305次")
}
