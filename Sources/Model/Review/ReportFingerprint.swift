/// The fingerprint of a report's normalised text as the review store keeps it (hex of the
/// same 64-bit `Fingerprint` the index uses): tells whether the text a mark was made on is
/// still the text on disk.
public enum ReportFingerprint {
    public static func of(_ source: SourceText) -> String {
        hex(source.bytes.withUnsafeBytes { Fingerprint.of($0) })
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
