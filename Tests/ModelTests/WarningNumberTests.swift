import Foundation
import PropertyBased
import Testing
@testable import Model

/// The rate check's computed percent is written by hand; it must read as `%.1f` writes it.
@Suite struct WarningNumberTests {
    static func expectSame(_ value: Double) {
        #expect(WarningText.onePlace(value) == String(format: "%.1f", value), "\(value)")
    }

    @Test func percentsOfCountsReadAsFormatWritesThem() async {
        await propertyCheck(count: 3000, input: Gen.int(in: 0...100_000), Gen.int(in: 1...100_000)) { part, whole in
            Self.expectSame(Double(part) * 100 / Double(whole))
            Self.expectSame(Double(part) / Double(whole) * 100)
        }
    }

    @Test func anyDoubleReadsAsFormatWritesIt() async {
        await propertyCheck(count: 3000, input: Gen.double(in: -1e16...1e16), Gen.int(in: 0...16)) { value, shift in
            Self.expectSame(value)
            Self.expectSame(value / pow(10, Double(shift)))
        }
    }

    /// Halves that are exact in binary round to even; the decimal halves most values only
    /// approximate round to the side their binary value lies on.
    @Test func halvesAndEdgesReadAsFormatWritesThem() {
        for n in 0...2000 {
            Self.expectSame(Double(n) / 4)
            Self.expectSame(-Double(n) / 4)
            Self.expectSame(Double(n) / 20)
            Self.expectSame(Double(n) * 0.05)
            Self.expectSame(Double(n) / 100)
        }
        for value in [0.0, -0.0, 0.04, -0.04, 0.05, 0.15, 0.25, 0.35, 0.45, 99.95, 99.99, 100, 1e14, 1e14 - 0.25,
                      99_999_999_999_999.95, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
                      0.1 + 0.2, 2.675, 1.005 * 100, 4_503_599_627_370_495.5] {
            Self.expectSame(value)
        }
    }
}
