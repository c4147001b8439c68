import Foundation

public enum DecimalText {
    /// Plain decimal notation without exponent or grouping, rounded to 12 places.
    public static func plain(_ value: Decimal) -> String {
        fast(value) ?? foundation(value)
    }

    /// Foundation's rounding and formatting: right for every value, but it divides the mantissa
    /// by ten once per digit and costs thousands of instructions a call.
    static func foundation(_ value: Decimal) -> String {
        var v = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &v, 12, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }

    /// The same text for the values figures hold (a mantissa of up to 64 bits, at most 12
    /// places, no trailing zero after the point), nil for any other. Foundation gives no public
    /// access to a Decimal's mantissa, so its fields are read from its storage, once its layout
    /// has been checked (`Layout.isKnown`); with an unknown layout every value takes Foundation's way.
    static func fast(_ value: Decimal) -> String? {
        guard Layout.isKnown, let fields = Layout.fields(of: value) else { return nil }
        if fields.length == 0 { return fields.isNegative ? nil : "0" }  // negative with no length: NaN
        guard fields.length <= 4, fields.mantissa != 0, fields.exponent >= -12,
              fields.exponent >= 0 || fields.mantissa % 10 != 0
        else { return nil }
        return text(mantissa: fields.mantissa, exponent: fields.exponent, isNegative: fields.isNegative)
    }

    /// `mantissa` × 10^`exponent` as Foundation writes it: every digit, `0.` before a fraction
    /// below one. `fast` leaves out trailing zeros after the point, so the fraction never ends in 0.
    private static func text(mantissa: UInt64, exponent: Int, isNegative: Bool) -> String {
        let sign = isNegative ? "-" : ""
        if exponent >= 0 { return sign + String(mantissa) + String(repeating: "0", count: exponent) }
        let places = -exponent
        let (whole, fraction) = mantissa.quotientAndRemainder(dividingBy: (0..<places).reduce(1) { n, _ in n * 10 })
        let fractionDigits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: places - fractionDigits.utf8.count) + fractionDigits
    }

    /// Where Foundation (swift-foundation) keeps a Decimal's fields: a signed exponent byte, a byte
    /// of length (high four bits) and sign (bit 3), two reserved bytes, then eight 16-bit words
    /// of mantissa, least significant first.
    enum Layout {
        struct Fields: Equatable {
            var exponent: Int
            var length: Int
            var isNegative: Bool
            /// The first four words only (`length` says whether there are more).
            var mantissa: UInt64
        }

        static func fields(of value: Decimal) -> Fields? {
            withUnsafeBytes(of: value) { bytes in
                guard bytes.count == 20 else { return nil }
                var mantissa: UInt64 = 0
                for k in (0..<4).reversed() {
                    mantissa = mantissa << 16 | UInt64(bytes[4 + 2 * k]) | UInt64(bytes[5 + 2 * k]) << 8
                }
                return Fields(
                    exponent: Int(Int8(bitPattern: bytes[0])), length: Int(bytes[1] >> 4),
                    isNegative: bytes[1] & 0x08 != 0, mantissa: mantissa)
            }
        }

        /// True when values built through the public API read back as built.
        static let isKnown: Bool = {
            let samples: [(Decimal, Fields)] = [
                (Decimal(7), Fields(exponent: 0, length: 1, isNegative: false, mantissa: 7)),
                (Decimal(sign: .minus, exponent: -3, significand: Decimal(UInt64(0x0001_0002_0003_0005))),
                 Fields(exponent: -3, length: 4, isNegative: true, mantissa: 0x0001_0002_0003_0005)),
                (Decimal(sign: .plus, exponent: 5, significand: Decimal(UInt64(0xFFFF_0000_0001))),
                 Fields(exponent: 5, length: 3, isNegative: false, mantissa: 0xFFFF_0000_0001)),
                (Decimal(), Fields(exponent: 0, length: 0, isNegative: false, mantissa: 0)),
            ]
            return samples.allSatisfy { value, expected in fields(of: value) == expected }
        }()
    }
}
