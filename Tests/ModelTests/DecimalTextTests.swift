import Foundation
import PropertyBased
import Testing
@testable import Model

@Test func decimalValuesPrintPlainWithoutExponent() {
    #expect(DecimalText.plain(Decimal(string: "15000")!) == "15000")
    #expect(DecimalText.plain(Decimal(string: "1.5")! * 10000) == "15000")
    #expect(DecimalText.plain(Decimal(string: "0.25")!) == "0.25")
    #expect(DecimalText.plain(Decimal(string: "300000000")!) == "300000000")
}

/// `DecimalText.plain` writes most values by hand; it must give Foundation's text to the byte.
@Suite struct DecimalTextSamenessTests {
    /// Digits of every length, so that short, long and trailing-zero mantissas all come up.
    static let mantissa = zip(Gen.int(in: 0...20), Gen.uint64()).map { digits, random in
        digits >= 20 ? random : random % (0..<digits).reduce(UInt64(1)) { n, _ in n * 10 }
    }

    static func expectSame(_ value: Decimal, _ comment: @autoclosure () -> String = "") {
        #expect(DecimalText.plain(value) == DecimalText.foundation(value), "\(comment()) \(value)")
    }

    @Test func valuesBuiltFromMantissaAndExponentPrintAsFoundationPrintsThem() async {
        await propertyCheck(count: 2000, input: Self.mantissa, Gen.int(in: -20...20), Gen.bool) { mantissa, exponent, negative in
            Self.expectSame(Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa)))
        }
    }

    /// What the figure extractor makes: written decimals, scaled by `万` or `亿`, added up in sums.
    @Test func parsedAndScaledAndSummedValuesPrintAsFoundationPrintsThem() async {
        let written = zip(Gen.int(in: 0...99_999_999), Gen.int(in: 0...4)).map { digits, places in
            Decimal(string: places == 0 ? "\(digits)" : "\(digits / 10_000).\(String(digits % 10_000).prefix(places))")!
        }
        let factor = Gen.element(of: [1, 10, 100, 1000, 10_000, 100_000_000]).map { Decimal($0!) }
        await propertyCheck(count: 2000, input: written, factor, written) { a, f, b in
            Self.expectSame(a * f, "product")
            Self.expectSame(a + b * f, "sum")
            Self.expectSame(a - b, "difference")
            if b != 0 { Self.expectSame(a / b * 100, "percent") }
        }
    }

    @Test func edgeCasesPrintAsFoundationPrintsThem() {
        let tens = (0...19).map { k in (0..<k).reduce(UInt64(1)) { n, _ in n * 10 } }
        for power in tens {
            for exponent in -14...14 {
                for sign in [FloatingPointSign.plus, .minus] {
                    Self.expectSame(Decimal(sign: sign, exponent: exponent, significand: Decimal(power)))
                    Self.expectSame(Decimal(sign: sign, exponent: exponent, significand: Decimal(power - 1)))
                    Self.expectSame(Decimal(sign: sign, exponent: exponent, significand: Decimal(power + 1)))
                }
            }
        }
        let extremes: [Decimal] = [
            0, Decimal(), -Decimal(0), .nan, Decimal(UInt64.max), Decimal(UInt64.max) + 1, -Decimal(UInt64.max),
            Decimal(UInt64.max) * Decimal(UInt64.max), .greatestFiniteMagnitude, .leastNonzeroMagnitude,
            Decimal(string: "0.000000000001")!, Decimal(string: "0.0000000000005")!, Decimal(string: "0.0000000000004999")!,
            Decimal(string: "123456.1234567890125")!, Decimal(string: "-0.9999999999995")!, Decimal(1) / 3, Decimal(2) / 3,
        ]
        for value in extremes { Self.expectSame(value) }
    }

    /// The values figures hold take the hand-written way (else the checks above compare
    /// Foundation with itself).
    @Test func figureValuesAreWrittenWithoutFoundation() {
        for (text, expected) in [("15000", "15000"), ("1.5", "1.5"), ("0.35", "0.35"), ("-3.25", "-3.25"), ("0", "0")] {
            #expect(DecimalText.fast(Decimal(string: text)!) == expected)
        }
        #expect(DecimalText.fast(Decimal(string: "1.5")! * 100_000_000) == "150000000")
    }
}

@Test func sourceTextStripsBOMAndKeepsOriginalLineNumbers() {
    let source = SourceText("\u{FEFF}一、标题\r\n正文\r\n\r\n（一）小标题")
    #expect(source.text == "一、标题\n正文\n\n（一）小标题")
    #expect(source.lineCount == 4)
    let offset = source.text.utf8.count - "（一）小标题".utf8.count
    #expect(source.line(at: offset) == 4)
    #expect(source.slice(source.range(ofLine: 2)) == "正文")
}
