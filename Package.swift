// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "reports",
    products: [
        .executable(name: "reports", targets: ["TUI"]),
        .library(name: "Model", targets: ["Model"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        .target(
            name: "Model",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own functions, to bind the cache's rows without boxing each value.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // ncursesw with its wide-character API (the shim header defines NCURSES_WIDECHAR).
        .systemLibrary(name: "CNcursesw", path: "Sources/TUI/Terminal/CNcursesw"),
        // What Swift cannot import or do safely: curses attribute macros, signal flags, termios restore.
        .target(name: "CTerminalShims", dependencies: ["CNcursesw"], path: "Sources/TUI/Terminal/CTerminalShims"),
        .executableTarget(
            name: "TUI",
            dependencies: [
                "Model",
                "CNcursesw",
                "CTerminalShims",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Terminal/CNcursesw", "Terminal/CTerminalShims"]
        ),
        // Development only: writes synthetic report corpora for the benchmark (bench/run).
        .executableTarget(
            name: "CorpusMaker",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Development only: `swift run -c release parse-bench` prints the parser's MB/s per core.
        .executableTarget(
            name: "parse-bench",
            dependencies: [
                "Model",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/ParseBench"
        ),
        .testTarget(
            name: "ModelTests",
            dependencies: [
                "Model",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]
        ),
        // A second process for the review store's crash and concurrency tests.
        .executableTarget(
            name: "ReviewStoreWorker",
            dependencies: ["Model"],
            path: "Tests/ReviewStoreWorker"
        ),
        .testTarget(
            name: "TUITests",
            dependencies: ["TUI", "Model"]
        ),
        .testTarget(
            name: "CorpusMakerTests",
            dependencies: ["CorpusMaker", "Model"]
        ),
    ]
)
