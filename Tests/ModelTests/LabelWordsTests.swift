import Testing
@testable import Model

/// The sum and rate checks compare labels as UTF-8 bytes; they must agree with comparing scalars.
@Suite struct LabelWordsTests {
    static func reading<R>(_ labels: [String], _ body: (LabelWords.Reader) -> R) -> R {
        var words = LabelWords()
        for (i, label) in labels.enumerated() { words.add(label, for: i, of: labels.count) }
        return words.reading(body)
    }

    @Test func sharedEndsCountWholeScalars() {
        Self.reading(["村级调解", "镇级调解", "中", "出席", "a", "其中镇级调解"]) { words in
            #expect(words.commonSuffix(words[0], words[1]) == 3)
            // 中 (E4 B8 AD) and 席 (E5 B8 AD) share two bytes but no scalar.
            #expect(words.commonSuffix(words[2], words[3]) == 0)
            #expect(words.commonSuffix(words[3], words[2]) == 0)
            #expect(words.commonSuffix(words[4], words[0]) == 0)
            // `其中` opens a breakdown and is no part of the words.
            #expect(words.commonSuffix(words[5], words[1]) == 4)
            #expect(words.text(words[5]) == "镇级调解")
        }
    }

    @Test func rateStemsAndPrefixesFollowScalars() {
        Self.reading(["调解成功率达", "调解成功", "受理调解成功", "成功", "率"]) { words in
            let stem = words.beforeRate(words[0])
            #expect(stem.map(words.text) == "调解成功")
            #expect(stem.map { words.hasSuffix($0, words[1]) } == true)
            #expect(stem.map { words.hasSuffix($0, words[2]) } == false)
            #expect(stem.map { words.hasSuffix($0, words[3]) } == true)
            #expect(words.beforeRate(words[1]) == nil)
            #expect(words.beforeRate(words[4]).map(words.text) == "")
            #expect(words.text(words.dropLast(2, of: words[2])) == "受理调解")
            #expect(words.scalarCount(words[2]) == 6)
            #expect(words.lastScalar(words[3]) == 0x529F && words.firstScalar(words[3]) == 0x6210)
        }
    }
}
