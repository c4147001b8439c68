import Foundation

/// Quotations and numbers for warning messages, so the reviewer recognises the place.
enum WarningText {
    /// The text of `range` with up to `context` characters on either side, within its line.
    static func around(_ range: Range<Int>, in source: SourceText, context: Int = 8) -> String {
        source.bytes.withUnsafeBufferPointer { bytes in
            var from = range.lowerBound
            for _ in 0..<context {
                guard let (s, prev) = UTF8Bytes.scalar(before: from, floor: 0, in: bytes), s != 0x0A else { break }
                from = prev
            }
            var to = range.upperBound
            for _ in 0..<context {
                guard to < bytes.count else { break }
                let (s, len) = UTF8Bytes.scalar(at: to, in: bytes)
                if s == 0x0A { break }
                to += len
            }
            return source.slice(from..<to)
        }
    }

    /// `value` with one decimal place, exactly as `String(format: "%.1f")` writes it: the binary
    /// value itself rounded, half to even. Foundation's formatter costs tens of thousands of
    /// instructions a call; it is kept for values too large for the arithmetic below.
    static func onePlace(_ value: Double) -> String {
        let magnitude = abs(value)
        guard magnitude < 1e14 else { return String(format: "%.1f", value) }  // also NaN and infinity
        // Ten times the value is `tenfold + error` exactly (a fused multiply-add gives the error
        // of the product), and below 2^52 `tenfold - whole - 0.5` is exact too, so the sign of
        // `aboveHalf` says on which side of the half the exact tenfold value lies.
        let tenfold = magnitude * 10
        let error = (-tenfold).addingProduct(magnitude, 10)
        let whole = tenfold.rounded(.down)
        let aboveHalf = (tenfold - whole - 0.5) + error
        var tenths = UInt64(whole)
        if aboveHalf > 0 || (aboveHalf == 0 && tenths % 2 == 1) { tenths += 1 }
        return (value.sign == .minus ? "-" : "") + String(tenths / 10) + "." + String(tenths % 10)
    }
}
