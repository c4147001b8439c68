import Foundation

/// libFuzzer entry: bytes as they might arrive in a report file. The first byte picks the reader
/// (odd: web page, even: text file); whatever decodes (or, failing that, the bytes read as UTF-8
/// with replacements) goes to the parser, and any broken invariant stops the run with the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let selector = bytes.first else { return 0 }
    let body = Array(bytes.dropFirst())
    let decoded = selector & 1 == 1 ? HTMLText.extract(body) : TextDecoding.decode(body)
    let utf8 = (try? decoded.get()).map { UnsafeCharacters.neutralise($0).utf8 } ?? Array(String(decoding: body, as: UTF8.self).utf8)
    let broken = ReportInvariants.violations(of: ReportParser.parse(SourceText(normalising: utf8)))
    if !broken.isEmpty {
        fatalError("parser broke its invariants:\n" + broken.joined(separator: "\n"))
    }
    return 0
}
