/// Writes a template's pieces as bytes, with the new place and year and varied numbers.
struct PieceWriter {
    let city: [UInt8]
    let district: [UInt8]
    let districtShort: [UInt8]
    let township: [UInt8]
    let townshipShort: [UInt8]
    let year: Int

    init(place: Place, year: Int) {
        city = Array(place.city.utf8)
        district = Array(place.district.utf8)
        districtShort = Array(Place.short(place.district).utf8)
        township = Array(place.township.utf8)
        townshipShort = Array(Place.short(place.township).utf8)
        self.year = year
    }

    func write(_ pieces: [Piece], into bytes: inout [UInt8], using random: inout SeededRandom) {
        for piece in pieces {
            switch piece {
            case .text(let text): bytes += text
            case .city: bytes += city
            case .district: bytes += district
            case .districtShort: bytes += districtShort
            case .township: bytes += township
            case .townshipShort: bytes += townshipShort
            case .year(let offset): Self.append(year + offset, to: &bytes)
            case .number(let value, let percent): Self.append(Self.vary(value, percent: percent, using: &random), to: &bytes)
            }
        }
    }

    /// A count from about half to one and a half times the one written; a percentage stays at
    /// most 100, and a full 100% stays full.
    private static func vary(_ value: Int, percent: Bool, using random: inout SeededRandom) -> Int {
        if percent {
            return value >= 100 ? value : min(100, value / 2 + random.below(max(1, value)))
        }
        return max(1, value / 2 + random.below(max(1, value)) + 1)
    }

    private static func append(_ value: Int, to bytes: inout [UInt8]) {
        var digits: [UInt8] = []
        var rest = max(0, value)
        repeat {
            digits.append(UInt8(0x30 + rest % 10))
            rest /= 10
        } while rest > 0
        bytes += digits.reversed()
    }
}
