/// A measure word or unit that may follow a number. A class: the scanner hands a unit around for
/// every candidate figure, and a struct of three arrays and strings costs three retains a copy.
final class Unit: Sendable {
    let bytes: [UInt8]
    /// As the figure reports it: the written form, except `％` which reads `%`.
    let name: String
    let kind: FigureKind
    /// Also follows Chinese numerals. Units whose Chinese-numeral form is mostly a name or a
    /// set phrase (`三年行动`, `一季度`, `十分`) or names tiers (`镇村两级`, `三级联动`) count only
    /// after digits.
    let afterChinese: Bool
    /// Grades and classes: `3级以上` names a threshold (`3级以上严重精神障碍患者`), not a count.
    let isGrade: Bool
    /// `年`: after a four-digit number it makes a year, not a duration.
    let isYear: Bool
    let firstScalar: UInt32
    /// Nouns that begin with this unit (`部门` for `部`): there it is no unit.
    let nouns: [[UInt8]]

    init(_ written: String, _ kind: FigureKind = .count, name: String? = nil, afterChinese: Bool = true, isGrade: Bool = false) {
        let bytes = written.bytes
        self.bytes = bytes
        self.name = name ?? written
        self.kind = kind
        self.afterChinese = afterChinese
        self.isGrade = isGrade
        isYear = written == "年"
        firstScalar = written.unicodeScalars.first!.value
        nouns = Units.nouns.filter { $0.starts(with: bytes) }
    }

    /// True when a noun that begins with this unit stands at `i`.
    func beginsNoun(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        nouns.contains { UTF8Bytes.matches($0, at: i, limit: limit, in: bytes) }
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
        Unit("倍", .multiple),
        Unit("人次", .count), Unit("场次", .count), Unit("户次", .count), Unit("件次", .count),
        Unit("批次", .count), Unit("台次", .count), Unit("车次", .count), Unit("个次", .count),
        Unit("个"), Unit("件"), Unit("次"), Unit("场"), Unit("人"), Unit("名"), Unit("位"),
        Unit("起"), Unit("宗"), Unit("项"), Unit("条"), Unit("期"), Unit("份"), Unit("家"),
        Unit("户"), Unit("所"), Unit("座"), Unit("处"), Unit("批"), Unit("支"), Unit("队"),
        Unit("本"), Unit("册"), Unit("张"), Unit("篇"), Unit("部"), Unit("台"), Unit("辆"),
        Unit("套"), Unit("组"), Unit("栋"), Unit("间"), Unit("种"), Unit("轮"), Unit("封"),
        Unit("例"), Unit("幅"), Unit("块"), Unit("棵"), Unit("株"), Unit("笔"), Unit("单"),
        Unit("类", isGrade: true), Unit("级", afterChinese: false, isGrade: true), Unit("星", isGrade: true),
    ]).sorted { $0.bytes.count > $1.bytes.count }

    /// Words that begin with a measure word but are nouns of their own: `3部门` is no `3部`.
    fileprivate static let nouns: [[UInt8]] = [
        "部门", "人民", "项目", "条例", "条件", "所有", "次数", "起诉", "处理", "台账", "名单",
        "名称", "场所", "场景", "队伍", "组织", "期间", "户籍", "家庭", "位置", "本地", "单位",
        "种类",
    ].map(\.bytes)

    /// Units grouped by their first scalar, longest first within a group, and a table from a
    /// scalar to its group (0, an empty group, for none): a lookup tries only units that can match.
    struct Index {
        let groupOf: [UInt8]
        let groups: [[Unit]]

        /// The unit written at `i`, if any.
        func match(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>, afterChinese: Bool) -> Unit? {
            guard i < limit else { return nil }
            let (first, _) = UTF8Bytes.scalar(at: i, in: bytes)
            guard first < 0x10000 else { return nil }
            let group = groupOf[Int(first)]
            guard group != 0 else { return nil }
            for unit in groups[Int(group)] where unit.afterChinese || !afterChinese {
                if UTF8Bytes.matches(unit.bytes, at: i, limit: limit, in: bytes) {
                    return unit
                }
            }
            return nil
        }
    }

    /// A scanner that looks up many units keeps this at hand: each read of a global costs a call.
    static let index: Index = {
        var groupOf = [UInt8](repeating: 0, count: 0x10000)
        var groups: [[Unit]] = [[]]
        for unit in all {
            let first = Int(unit.firstScalar)
            if groupOf[first] == 0 {
                groupOf[first] = UInt8(groups.count)
                groups.append([])
            }
            groups[Int(groupOf[first])].append(unit)
        }
        return Index(groupOf: groupOf, groups: groups)
    }()

    /// The unit written at `i`, if any.
    static func match(at i: Int, limit: Int, in bytes: UnsafeBufferPointer<UInt8>, afterChinese: Bool) -> Unit? {
        index.match(at: i, limit: limit, in: bytes, afterChinese: afterChinese)
    }
}
