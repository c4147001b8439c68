import Foundation

/// Runs the built `reports` executable, as a reviewer would from a shell.
enum ReportsBinary {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// `reports` sits beside the test bundle in the build folder.
    static let url: URL = {
        let bundle = Bundle.main.bundleURL
        let folder = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        return folder.appendingPathComponent("reports")
    }()

    /// `launcher` runs `reports` through another program, such as one that changes the user.
    static func run(_ arguments: [String], environment: [String: String] = [:], launcher: [String] = []) throws -> Result {
        let process = Process()
        let command = launcher + [url.path] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var merged = ProcessInfo.processInfo.environment
        merged["REPORTS_REVIEW_DB"] = nil
        // Per-user databases of read-only folders go to a scratch place, not the tester's home.
        merged["XDG_DATA_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("reports-tests-data").path
        merged.merge(environment) { _, new in new }
        process.environment = merged
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a full pipe cannot stall it.
        let errData = Data.readingInBackground(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData(), as: UTF8.self))
    }

    /// A fresh folder holding the given reports (name → text).
    static func folder(_ reports: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in reports {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }
}

extension Data {
    /// Reads `handle` to its end on another thread; the returned function waits for the result.
    static func readingInBackground(_ handle: FileHandle) -> () -> Data {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var data = Data()
        Thread.detachNewThread {
            data = handle.readDataToEndOfFile()
            done.signal()
        }
        return {
            done.wait()
            return data
        }
    }
}
