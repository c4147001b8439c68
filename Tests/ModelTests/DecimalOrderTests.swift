import Foundation
import Testing
@testable import Model

/// The sum and rate checks order figure values by their fields; every pair must come out as
/// Foundation orders it, whatever exponents the values are stored with.
@Test func figureValuesAreOrderedAsFoundationOrdersThem() {
    let written = ["0", "1", "7", "10", "1100", "1101", "1.5", "0.15", "150", "15000", "99.5", "100", "-3", "1e30", "123456789012345678901234567890"]
    var values = written.map { Decimal(string: $0)! }
    // Built as the scanner builds them: 1.1万 and 1100 are stored with different exponents.
    values.append(Decimal(sign: .plus, exponent: 4, significand: Decimal(string: "1.1")!))
    values.append(Decimal(1100))
    values.append(Decimal(0) * 100)
    for a in values {
        for b in values {
            #expect(DecimalOrder.isLess(a, b) == (a < b), "\(a) < \(b)")
        }
    }
}
