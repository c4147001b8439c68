import Foundation

/// A relative path as a dictionary key, compared byte for byte as the file system compares
/// names. `String` equality normalises Unicode first, which is slow for Chinese names and
/// could even take two different files for one.
struct PathKey: Hashable {
    let path: String

    static func == (a: PathKey, b: PathKey) -> Bool {
        var a = a.path
        var b = b.path
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    func hash(into hasher: inout Hasher) {
        var path = path
        path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
