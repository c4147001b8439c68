import Foundation
import Testing
@testable import Model

/// Fractions are exact: the numerator over the denominator the unit names (`/3`), as a
/// percent is over 100. Multiples carry `倍`; the label says of what.
@Test func fractionIsExactNumeratorOverNamedDenominator() throws {
    let found = figures(in: "三分之一以上的村建立了法律顾问制度")
    try #require(found.count == 1)
    #expect(found[0].text == "三分之一以上")
    #expect(found[0].valueText == "1")
    #expect(found[0].unit == "/3")
    #expect(found[0].amountText + found[0].unit == "1/3")
    #expect(found[0].kind == .fraction)
    #expect(found[0].qualifier == .atLeast)
    let two = try #require(figures(in: "案件办结率达三分之二，较去年").first)
    #expect(two.text == "三分之二")
    #expect((two.valueText, two.unit, two.qualifier, two.label) == ("2", "/3", .exact, "案件办结率达"))
    #expect(figures(in: "约五分之一的群众").map { "\($0.text) \($0.valueText)\($0.unit) \($0.qualifier)" } == ["约五分之一 1/5 approx"])
    #expect(figures(in: "超过十分之九").map(\.unit) == ["/10"])
}

@Test(arguments: ["十分重视", "三分之中", "2/3", "一分之一", "三分之五", "千分之三以下"])
func fractionLookalikesAreNoFigures(_ text: String) {
    #expect(figures(in: text).map(\.text) == [])
}

@Test func multiplesCarryTimesAndKind() throws {
    let found = figures(in: "覆盖率提高到原来的2倍")
    try #require(found.count == 1)
    #expect((found[0].text, found[0].valueText, found[0].unit, found[0].kind) == ("2倍", "2", "倍", .multiple))
    #expect(found[0].label == "覆盖率提高到原来的")
    #expect(figures(in: "案件数同比增长1.5倍").map { "\($0.text) \($0.valueText)" } == ["1.5倍 1.5"])
    #expect(figures(in: "受案量增加一倍").map { "\($0.text) \($0.valueText)" } == ["一倍 1"])
    #expect(figures(in: "调解量是去年的两倍以上").map(\.qualifier) == [.atLeast])
    #expect(figures(in: "受理量达到去年的2—3倍").map { "\($0.text) \($0.amountText)\($0.unit)" } == ["2—3倍 2–3倍"])
}

@Test func doublingIsTwoToThePower() {
    let found = figures(in: "法律援助案件数量翻了一番，公证业务翻两番")
    #expect(found.map(\.text) == ["翻了一番", "翻两番"])
    #expect(found.map(\.valueText) == ["2", "4"])
    #expect(found.map(\.unit) == ["倍", "倍"])
    #expect(found.map(\.kind) == [.multiple, .multiple])
    #expect(found.first?.label == "法律援助案件数量")
    #expect(figures(in: "经过一番努力，翻番增长").isEmpty)
}

/// `十几次`, `二十几人` blur the ones as `十余次`, `二十多人` do: at least the tens written.
/// `几十人`, `数十场` blur the tens and stay too vague to check.
@Test func vagueOnesAreAtLeastTheTens() {
    let blurred = figures(in: "开展宣讲十几次，参训二十几人，走访二十多户，发放十几万元")
    #expect(blurred.map(\.text) == ["十几次", "二十几人", "二十多户", "十几万元"])
    #expect(blurred.map(\.valueText) == ["10", "20", "20", "100000"])
    #expect(blurred.allSatisfy { $0.qualifier == .atLeast })
    #expect(figures(in: "几十人参加，开展数十场，几次走访").isEmpty)
}

@Test func loneOneStaysAnArticle() {
    #expect(figures(in: "一批纠纷，进一步加强，一站式服务，统一至今").isEmpty)
    #expect(figures(in: "群众知晓率达到百分之一百").map(\.valueText) == ["100"])
    // After `百分之` a lone `一` can only be a number.
    #expect(figures(in: "误差不超过百分之一").map { "\($0.text) \($0.valueText)\($0.unit) \($0.qualifier)" } == ["不超过百分之一 1% atMost"])
}
