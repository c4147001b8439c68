/// A measure word or unit that may follow a number.
struct Unit {
    let bytes: [UInt8]
    /// As the figure reports it: the written form, except `％` which reads `%`.
    let name: String
    let kind: FigureKind
    /// Also follows Chinese numerals. Units whose Chinese-numeral form is mostly a name or a
    /// set phrase (`三年行动`, `一季度`, `十分`) count only after digits.
    let afterChinese: Bool
    /// Grades and classes: `3级以上` names a threshold (`3级以上严重精神障碍患者`), not a count.
    let isGrade: Bool

    init(_ written: String, _ kind: FigureKind = .count, name: String? = nil, afterChinese: Bool = true, isGrade: Bool = false) {
        bytes = written.bytes
        self.name = name ?? written
        self.kind = kind
        self.afterChinese = afterChinese
        self.isGrade = isGrade
    }
}

/// The measure words and units of the reports. Months, days (`11月23日`), document numbers
/// (`165号`) and sessions (`六届`) are deliberately absent: a number before them is no figure.
enum Units {
    /// Longest forms first, so `人次` wins over `人` and `个百分点` over `个`.
    static let all: [Unit] = [Unit]([
        Unit("%", .percent), Unit("％", .percent, name: "%"), Unit("个百分点", .percent),
        Unit("百分点", .percent),
        Unit("元", .money), Unit("美元", .money),
        Unit("平方公里", .measure), Unit("平方千米", .measure), Unit("平方米", .measure),
        Unit("立方米", .measure), Unit("公里", .measure), Unit("千米", .measure), Unit("米", .measure),
        Unit("公顷", .measure), Unit("亩", .measure), Unit("吨", .measure), Unit("公斤", .measure),
        Unit("千克", .measure), Unit("个工作日", .measure), Unit("工作日", .measure),
        Unit("个月", .measure), Unit("小时", .measure), Unit("分钟", .measure), Unit("天", .measure),
        Unit("年", .measure, afterChinese: false), Unit("课时", .measure), Unit("学时", .measure),
        Unit("人次", .count), Unit("场次", .count), Unit("户次", .count), Unit("件次", .count),
        Unit("批次", .count), Unit("台次", .count), Unit("车次", .count), Unit("个次", .count),
        Unit("个"), Unit("件"), Unit("次"), Unit("场"), Unit("人"), Unit("名"), Unit("位"),
        Unit("起"), Unit("宗"), Unit("项"), Unit("条"), Unit("期"), Unit("份"), Unit("家"),
        Unit("户"), Unit("所"), Unit("座"), Unit("处"), Unit("批"), Unit("支"), Unit("队"),
        Unit("本"), Unit("册"), Unit("张"), Unit("篇"), Unit("部"), Unit("台"), Unit("辆"),
        Unit("套"), Unit("组"), Unit("栋"), Unit("间"), Unit("种"), Unit("轮"), Unit("封"),
        Unit("例"), Unit("幅"), Unit("块"), Unit("棵"), Unit("株"), Unit("笔"), Unit("单"),
        Unit("类", isGrade: true), Unit("级", isGrade: true), Unit("星", isGrade: true),
    ]).sorted { $0.bytes.count > $1.bytes.count }

    /// Words that begin with a measure word but are nouns of their own: `3部门` is no `3部`.
    static let words: [[UInt8]] = [
        "部门", "人民", "项目", "条例", "条件", "所有", "次数", "起诉", "处理", "台账", "名单",
        "名称", "场所", "场景", "队伍", "组织", "期间", "户籍", "家庭", "位置", "本地", "单位",
        "种类",
    ].map(\.bytes)

    /// The unit written at `i`, if any.
    static func match(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>, afterChinese: Bool) -> Unit? {
        guard i < limit else { return nil }
        let first = bytes[i]
        for unit in all where unit.bytes[0] == first && (unit.afterChinese || !afterChinese) {
            if i + unit.bytes.count <= limit, UTF8Bytes.matches(unit.bytes, at: i, in: bytes) {
                return unit
            }
        }
        return nil
    }

    /// True when the unit at `i` is only the start of a longer word.
    static func beginsWord(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { i + $0.count <= limit && UTF8Bytes.matches($0, at: i, in: bytes) }
    }
}
