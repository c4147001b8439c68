/// Where a report comes from: the names the generator puts in place of the sample's own.
struct Place: Equatable {
    var city: String
    /// A district (区) or county (县).
    var district: String
    var township: String

    /// The district or township name without its 区, 县, 镇 or 乡, as reports also write it.
    static func short(_ name: String) -> String {
        guard let last = name.last, "区县镇乡".contains(last), name.count > 2 else { return name }
        return String(name.dropLast())
    }

    /// A place of the same kind (district or county) as `model`, from real district and county
    /// names and made-up township names.
    static func random(like model: Place, using random: inout SeededRandom) -> Place {
        let inCounty = model.district.hasSuffix("县")
        let (city, district) = random.pick(inCounty ? counties : districts)
        let suffix = random.chance(0.85) ? "镇" : "乡"
        return Place(
            city: city, district: district,
            township: random.pick(townshipFirst) + random.pick(townshipSecond) + suffix
        )
    }

    private static let districts: [(String, String)] = [
        "万州区", "涪陵区", "大渡口区", "江北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "綦江区", "大足区",
        "渝北区", "巴南区", "黔江区", "长寿区", "江津区", "合川区", "永川区", "南川区", "璧山区", "铜梁区",
        "潼南区", "荣昌区", "开州区", "梁平区", "武隆区",
    ].map { ("重庆市", $0) }

    private static let counties: [(String, String)] = [
        ("重庆市", "城口县"), ("重庆市", "丰都县"), ("重庆市", "垫江县"), ("重庆市", "云阳县"), ("重庆市", "奉节县"),
        ("重庆市", "巫山县"), ("重庆市", "巫溪县"), ("平顶山市", "鲁山县"), ("平顶山市", "宝丰县"),
        ("南阳市", "方城县"), ("南阳市", "西峡县"), ("洛阳市", "栾川县"), ("洛阳市", "嵩县"),
    ]

    private static let townshipFirst = Array("万丰拾南瓦石龙青白金玉双三新高安古清铁宝太兴平永福吉长东西北中大黄花松柏云").map(String.init)
    private static let townshipSecond = Array("灵盛万平屋桥水山河溪坪坝岭口滩林峰和兴安丰家田塘湾凤阳合华").map(String.init)
}
