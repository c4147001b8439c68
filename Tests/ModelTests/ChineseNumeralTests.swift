import Testing
@testable import Model

@Suite struct ChineseNumeralTests {
    func value(_ text: String) -> Int? {
        text.withBytes { ChineseNumerals.parse($0, from: 0, to: $0.count)?.value }
    }

    @Test func readsNumbersAsWritten() {
        #expect(value("三") == 3)
        #expect(value("十") == 10)
        #expect(value("十二") == 12)
        #expect(value("二十") == 20)
        #expect(value("二十一") == 21)
        #expect(value("两") == 2)
        #expect(value("一百零五") == 105)
        #expect(value("三千") == 3000)
        #expect(value("两万") == 20000)
        #expect(value("十万") == 100_000)
        #expect(value("三亿") == 300_000_000)
    }

    @Test func stopsAtTheFirstNonNumeral() {
        let read = "十一是".withBytes { ChineseNumerals.parse($0, from: 0, to: $0.count) }
        #expect(read?.value == 11)
        #expect(read?.end == "十一".utf8.count)
    }

    @Test func rejectsRunsThatAreNotOneNumber() {
        #expect(value("一二") == nil)
        #expect(value("百") == nil)
        #expect(value("是") == nil)
    }

    @Test func readsYearsDigitByDigitAndWritesMarkers() {
        #expect("二〇二一".withBytes { ChineseNumerals.parseDigits($0, from: 0, to: $0.count)?.value } == 2021)
        #expect(ChineseNumerals.text(3) == "三")
        #expect(ChineseNumerals.text(10) == "十")
        #expect(ChineseNumerals.text(14) == "十四")
        #expect(ChineseNumerals.text(30) == "三十")
    }
}
