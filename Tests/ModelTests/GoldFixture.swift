import Foundation

/// A hand-checked expectation from `Fixtures/gold` (copied unchanged from shared/gold).
struct GoldFixture: Decodable {
    struct Metadata: Decodable {
        var authority: String?
        var region: [String]?
        var year: Int?
        var title: String?
        var docNumber: String?
        var addressee: String?
        var date: String?
        var copyTo: [String]?
    }
    struct Section: Decodable {
        var level: Int
        var marker: String
        var title: String
        var firstLine: Int
    }
    struct Mandated: Decodable {
        var measures: Bool
        var leaders: Bool
        var shortcomings: Bool
        var plans: Bool
    }
    struct Figure: Decodable {
        var text: String
        var context: String
        var value: String
        var unit: String
        var kind: String
        var qualifier: String
        var label: String
        var optional: Bool
    }
    struct Warning: Decodable {
        var kind: String
        var context: String
        var note: String
    }

    var doc: String
    var metadata: Metadata
    var sections: [Section]
    var mandated: Mandated
    var figures: [Figure]
    var warnings: [Warning]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let sampleFolder = root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sample-reports")

    /// All five gold files, in name order.
    static func all() throws -> [GoldFixture] {
        let folder = root.appendingPathComponent("Fixtures/gold")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        return try names.map {
            try JSONDecoder().decode(GoldFixture.self, from: Data(contentsOf: folder.appendingPathComponent($0)))
        }
    }

    /// The sample report this gold file describes.
    func reportText() throws -> String {
        try String(contentsOf: GoldFixture.sampleFolder.appendingPathComponent(doc), encoding: .utf8)
    }
}
