import Model
import Testing
@testable import TUI

struct DisplayWidthTests {
    let narrow = DisplayWidth()
    let wide = DisplayWidth(ambiguous: 2)

    @Test func hanAndFullWidthFormsTakeTwoColumns() {
        #expect(narrow.of("中") == 2)
        #expect(narrow.of("，") == 2)
        #expect(narrow.of("％") == 2)
        #expect(narrow.of("１００") == 6)
        #expect(narrow.of("调处矛盾纠纷410件") == 7 * 2 + 3)
    }

    @Test func asciiTakesOneColumn() {
        #expect(narrow.of("410 cases") == 9)
    }

    @Test func ambiguousCharactersFollowTheSetting() {
        for c in ["“", "”", "…", "①", "—", "≥", "≈"] {
            #expect(narrow.of(c) == 1, "\(c)")
            #expect(wide.of(c) == 2, "\(c)")
        }
        #expect(wide.of("中") == 2)
        #expect(wide.of("a") == 1)
    }

    @Test func combiningMarksAndJoinersTakeNoColumns() {
        #expect(narrow.of("e\u{301}") == 1)
        #expect(narrow.of("\u{200B}") == 0)
        #expect(narrow.of("❤\u{FE0F}") == 2)
    }

    @Test func aPrefixNeverCutsAWideCharacter() {
        #expect(narrow.prefix("法治政府", fitting: 5) == "法治")
        #expect(narrow.prefix("a法治", fitting: 2) == "a")
        #expect(narrow.prefix("法治", fitting: 1) == "")
    }

    @Test func fitCutsWithAMarkAndPadsToExactlyTheWidth() {
        #expect(narrow.fit("法治政府建设", to: 7) == "法治政~")
        #expect(narrow.of(narrow.fit("法治政府建设", to: 8)) == 8)
        #expect(narrow.fit("ab", to: 4) == "ab  ")
    }
}
