// A second process for the review store's tests: appends marks to a database and prints each
// one only after the store has confirmed it, so a test can run several at once or kill one.
// Usage: ReviewStoreWorker DATABASE COUNT NAME [FOLDER]; with FOLDER, the store knows the
// reports folder, as the program's own stores do, and worker.txt's text is written there.
import Foundation
import Model

let arguments = CommandLine.arguments
guard arguments.count == 4 || arguments.count == 5, let count = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: ReviewStoreWorker DATABASE COUNT NAME [FOLDER]\n".utf8))
    exit(2)
}
let name = arguments[3]

// Ten figures, built by hand so the worker does not depend on the parser.
let sentences = (1...10).map { "开展第\($0)类培训\($0)期。" }
let text = sentences.joined(separator: "\n")
var figures: [Figure] = []
var offset = 0
for (index, sentence) in sentences.enumerated() {
    let figureText = "\(index + 1)期"
    let start = offset + sentence.utf8.count - "。".utf8.count - figureText.utf8.count
    figures.append(Figure(
        text: figureText, range: start..<(start + figureText.utf8.count), value: Decimal(index + 1),
        unit: "期", kind: .count, qualifier: .exact, label: "开展第\(index + 1)类培训", section: nil,
        line: index + 1))
    offset += sentence.utf8.count + 1
}
let report = Report(
    source: SourceText(text), metadata: Metadata(), sections: [], points: [], mandated: MandatedParts(),
    figures: figures, warnings: [])

do {
    let folder = arguments.count == 5 ? URL(fileURLWithPath: arguments[4]) : nil
    if let folder { try Data(text.utf8).write(to: folder.appendingPathComponent("worker.txt")) }
    let store = try SQLiteReviewStore(path: arguments[1], reviewer: name, folder: folder)
    for index in 0..<count {
        let note = "\(name)-\(index)"
        _ = try store.record(.disputed, note: note, figure: index % figures.count, of: report, relativePath: "worker.txt")
        // Unbuffered, so a kill right after cannot lose a line already confirmed.
        FileHandle.standardOutput.write(Data((note + "\n").utf8))
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
