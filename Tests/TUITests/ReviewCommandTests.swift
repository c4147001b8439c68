import Foundation
import Testing

private let noFigures = "一、主要举措和成效\n全面推进依法行政。\n"

@Test func everyReviewCommandExplainsItself() throws {
    for command in ["mark", "move", "progress", "history", "export"] {
        let result = try ReportsBinary.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--review-db"))
    }
}

@Test func markingAFigureThatIsNotThereWritesNothing() throws {
    let folder = try ReportsBinary.folder(["a.txt": noFigures])
    let file = folder.appendingPathComponent("a.txt").path
    let result = try ReportsBinary.run(["mark", file, "1", "--checked"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("There is no figure 1: the report has 0 figures."))
    #expect(try ReportsBinary.run(["history", file]).stdout == "No marks yet.\n")
}

@Test func markNeedsExactlyOneState() throws {
    let folder = try ReportsBinary.folder(["a.txt": noFigures])
    let file = folder.appendingPathComponent("a.txt").path
    for states in [[], ["--checked", "--clear"], ["--checked", "--disputed", "不符"]] {
        let result = try ReportsBinary.run(["mark", file, "1"] + states)
        #expect(result.status != 0)
        #expect(result.stderr.contains("Give exactly one of --checked, --disputed NOTE or --clear."))
    }
}

@Test func theCommandsSayWhichReviewDatabaseTheyUse() throws {
    let folder = try ReportsBinary.folder(["a.txt": noFigures])
    let shared = try ReportsBinary.run(["progress", folder.path])
    #expect(shared.stderr.contains(folder.appendingPathComponent(".reports-review.sqlite").path))
    #expect(shared.stderr.contains("shared"))

    let elsewhere = folder.appendingPathComponent("elsewhere.sqlite").path
    let chosen = try ReportsBinary.run(["progress", folder.path], environment: ["REPORTS_REVIEW_DB": elsewhere])
    #expect(chosen.stderr.contains("Review marks: \(elsewhere)"))
    #expect(FileManager.default.fileExists(atPath: elsewhere))

    let flag = folder.appendingPathComponent("flag.sqlite").path
    let flagged = try ReportsBinary.run(
        ["progress", folder.path, "--review-db", flag], environment: ["REPORTS_REVIEW_DB": elsewhere])
    #expect(flagged.stderr.contains("Review marks: \(flag)"))
}

@Test func aDamagedReviewDatabaseIsNamedLeftAloneAndReportsStillOpen() throws {
    let folder = try ReportsBinary.folder(["a.txt": noFigures, "b.txt": noFigures])
    let database = folder.appendingPathComponent(".reports-review.sqlite")
    let damaged = Data("审核记录 (not a database)".utf8)
    try damaged.write(to: database)

    let progress = try ReportsBinary.run(["progress", folder.path])
    #expect(progress.status == 0)
    #expect(progress.stdout.contains("a.txt"))
    #expect(progress.stdout.contains("b.txt"))
    #expect(progress.stderr.contains("The review database \(database.path) is damaged"))

    let mark = try ReportsBinary.run(["mark", folder.appendingPathComponent("a.txt").path, "1", "--checked"])
    #expect(mark.status != 0)
    #expect(mark.stderr.contains("is damaged"))
    #expect(try Data(contentsOf: database) == damaged)
}
