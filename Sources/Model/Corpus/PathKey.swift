/// A relative path as a dictionary key, compared byte for byte as the file system compares
/// names. `String` equality normalises Unicode first, which is slow for Chinese names and
/// could even take two different files for one.
struct PathKey: Hashable {
    let path: String

    static func == (a: PathKey, b: PathKey) -> Bool { a.path.utf8.elementsEqual(b.path.utf8) }

    func hash(into hasher: inout Hasher) {
        var path = path
        path.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
