import Testing
@testable import Model

/// `镇村两级`, `县乡两级`, `三级联动`: a Chinese numeral before `级` names administrative tiers,
/// not a count a reviewer checks; a grade in digits stays a figure.
@Test func tiersAreNotFigures() {
    #expect(figures(in: "镇两级调委会案件调处成功率100%").map(\.text) == ["100%"])
    #expect(figures(in: "建立县乡两级、市区二级和镇村三级调解网络6个").map(\.text) == ["6个"])
    #expect(figures(in: "提升镇、村二级干部的法治素养").isEmpty)
}

@Test func gradesInDigitsStayFigures() {
    let found = figures(in: "排查4级风险隐患12处")
    #expect(found.map(\.text) == ["4级", "12处"])
    #expect(found.first?.unit == "级")
    #expect(figures(in: "辖区31名3级以上严重精神障碍患者").map(\.text) == ["31名"])
}
