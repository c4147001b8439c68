/// A fast fingerprint of a report's normalised text (FNV-1a, 64 bits, over its UTF-8 bytes):
/// tells whether the text a mark was made on is still the text on disk. Not cryptographic;
/// it only has to notice edits, not resist forgery.
public enum ReportFingerprint {
    public static func of(_ source: SourceText) -> String {
        hex(fnv1a(source.bytes))
    }

    static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
