import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One made-up report: the file name and bytes to write, and what it was made as.
struct SyntheticReport {
    var fileName: String
    var bytes: [UInt8]
    var place: Place
    var year: Int
    /// The sample report whose outline it follows.
    var model: String
}

/// Makes realistic reports by recombining the sample reports: the outline of one sample,
/// with some of its paragraphs swapped for other samples' paragraphs, a new township, district
/// and year, and every count varied. Report `n` of a seed is the same on every run.
struct SyntheticCorpus {
    let templates: [ReportTemplate]
    /// Every sample's body paragraphs, as (template, line) numbers by the part they stand in.
    let paragraphs: [Part: [LineNumber]]

    struct LineNumber: Hashable {
        var template: Int
        var line: Int
    }

    init(samples folder: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        templates = try names.compactMap { name in
            ReportTemplate(name: name, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        guard !templates.isEmpty else { throw CorpusError.noSamples(folder.path) }
        var paragraphs: [Part: [LineNumber]] = [:]
        for (template, sample) in templates.enumerated() {
            for (line, text) in sample.lines.enumerated() {
                if let part = text.paragraphPart { paragraphs[part, default: []].append(LineNumber(template: template, line: line)) }
            }
        }
        self.paragraphs = paragraphs
    }

    func report(_ number: Int, seed: UInt64) -> SyntheticReport {
        var random = SeededRandom(seed: seed, report: number)
        let modelNumber = random.below(templates.count)
        let model = templates[modelNumber]
        let place = Place.random(like: model.place, using: &random)
        let year = 2019 + random.below(7)
        let lineEnd: [UInt8] = random.chance(0.1) ? [0x0D, 0x0A] : [0x0A]

        var bytes: [UInt8] = random.chance(0.05) ? [0xEF, 0xBB, 0xBF] : []
        bytes.reserveCapacity(16 * 1024)
        let writer = PieceWriter(place: place, year: year)
        // No paragraph twice in one report.
        var used: Set<LineNumber> = []
        for (index, line) in model.lines.enumerated() {
            var source = LineNumber(template: modelNumber, line: index)
            if let part = line.paragraphPart, random.chance(0.4), let candidate = paragraphs[part].map({ random.pick($0) }),
               !used.contains(candidate) {
                source = candidate
            }
            used.insert(source)
            writer.write(templates[source.template].lines[source.line].pieces, into: &bytes, using: &random)
            if index < model.lines.count - 1 { bytes += lineEnd }
        }
        let serial = String(number)
        let fileName = String(repeating: "0", count: max(0, 6 - serial.count)) + serial
            + "_\(place.district)\(place.township)_\(year).txt"
        return SyntheticReport(fileName: fileName, bytes: bytes, place: place, year: year, model: model.name)
    }

    /// Writes reports 0..<count into `folder`, on all cores.
    func write(count: Int, seed: UInt64, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: count) { number in
            let report = report(number, seed: seed)
            let path = folder.appendingPathComponent(report.fileName).path
            if !Self.write(report.bytes, to: path) { failures.add(path) }
        }
        if let first = failures.first { throw CorpusError.cannotWrite(first) }
    }

    /// Plain POSIX calls: Foundation's file writing costs more than making the report does.
    private static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let file = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard file >= 0 else { return false }
        defer { close(file) }
        return bytes.withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) } == bytes.count
    }
}

enum CorpusError: Error, CustomStringConvertible {
    case noSamples(String)
    case cannotWrite(String)

    var description: String {
        switch self {
        case .noSamples(let folder): "no sample report with a government and a year in \(folder)"
        case .cannotWrite(let path): "cannot write \(path)"
        }
    }
}

/// Paths that could not be written, gathered from the writing threads.
private final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []

    func add(_ path: String) { lock.withLock { paths.append(path) } }
    var first: String? { lock.withLock { paths.min() } }
}
