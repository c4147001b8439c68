import Foundation

/// Orders figure values without Foundation's comparison, which spells both values out in
/// arrays of digits on the heap: hundreds of instructions and two allocations a call. Values
/// whose fields cannot be read as one 64-bit mantissa (negative, NaN, very large, an unknown
/// layout) are compared by Foundation, as before.
enum DecimalOrder {
    static func isLess(_ a: Decimal, _ b: Decimal) -> Bool {
        if let order = order(a, b) { return order < 0 }
        return a < b
    }

    /// -1, 0 or 1 as `a` is below, equal to or above `b`; nil when the fields do not settle it.
    private static func order(_ a: Decimal, _ b: Decimal) -> Int? {
        guard DecimalText.Layout.isKnown, let x = DecimalText.Layout.fields(of: a), let y = DecimalText.Layout.fields(of: b),
              !x.isNegative, !y.isNegative, x.length <= 4, y.length <= 4
        else { return nil }
        // No length is zero (a negative zero-length value, NaN, is ruled out above).
        if x.length == 0 || y.length == 0 { return x.length == y.length ? 0 : x.length == 0 ? -1 : 1 }
        // Both mantissas at the smaller exponent, if that fits in 64 bits.
        let exponent = min(x.exponent, y.exponent)
        guard let m = scaled(x.mantissa, by: x.exponent - exponent), let n = scaled(y.mantissa, by: y.exponent - exponent)
        else { return nil }
        return m < n ? -1 : m == n ? 0 : 1
    }

    private static func scaled(_ mantissa: UInt64, by places: Int) -> UInt64? {
        var value = mantissa
        for _ in 0..<places {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = product
        }
        return value
    }
}
