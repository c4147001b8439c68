/// A 64-bit fingerprint of a report's text, to tell whether a touched file really changed.
/// Not cryptographic: it guards against accidents, not against someone forging a collision.
/// The value is stored in caches, so the function must never change without a new cache schema.
public enum Fingerprint {
    public static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    /// Reads eight bytes at a time: hashing must cost far less than parsing.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        // Counted in words, not checked against the end each time: half the instructions.
        var offset = 0
        if let base = bytes.baseAddress {
            for _ in 0..<bytes.count / 8 {
                hash = mix(hash ^ (base + offset).loadUnaligned(as: UInt64.self), multiplier)
                offset &+= 8
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        return mix(mix(hash ^ tail, multiplier), multiplier)
    }

    private static func mix(_ value: UInt64, _ multiplier: UInt64) -> UInt64 {
        let product = (value &* multiplier)
        return product ^ (product >> 29)
    }
}
