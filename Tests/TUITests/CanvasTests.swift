import Testing
@testable import TUI

struct CanvasTests {
    @Test func aWideCharacterThatWouldStraddleTheEdgeIsLeftOut() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.put("法治政", x: 0, y: 0, role: .normal)
        #expect(canvas.snapshot() == ["法治 "])
    }

    @Test func aClipLimitIsRespected() {
        var canvas = Canvas(width: 8, height: 1)
        canvas.put("法治政府", x: 1, y: 0, role: .normal, limit: 6)
        #expect(canvas.snapshot() == [" 法治   "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("法治政", x: 0, y: 0, role: .normal)
        canvas.put("x", x: 1, y: 0, role: .normal)
        canvas.put("y", x: 2, y: 0, role: .normal)
        #expect(canvas.snapshot() == [" xy 政"])
        #expect(DisplayWidth().of(canvas.snapshot()[0]) == 6)
    }

    @Test func controlCharactersAndEscapeSequencesBecomeVisiblePlaceholders() {
        var canvas = Canvas(width: 12, height: 1)
        canvas.put("a\u{1B}[31mb\u{7}\u{9B}", x: 0, y: 0, role: .normal)
        let row = canvas.snapshot()[0]
        #expect(row.hasPrefix("a\u{241B}[31mb\u{2407}\u{2426}"))
        #expect(!row.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(canvas.cell(x: 1, y: 0).role == .placeholder)
    }
}
