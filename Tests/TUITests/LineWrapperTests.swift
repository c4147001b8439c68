import Model
import Testing
@testable import TUI

struct LineWrapperTests {
    func wrap(_ text: String, _ columns: Int, width: DisplayWidth = DisplayWidth(), keep: [String] = []) -> [String] {
        let source = SourceText(text)
        let spans = keep.flatMap { AppState.occurrences(of: Array($0.utf8), in: source.bytes) }
        return LineWrapper(width: width).wrap(source, columns: columns, keepTogether: spans).map { source.slice($0.range) }
    }

    @Test func hanTextBreaksBetweenCharactersWithinTheWidth() {
        let lines = wrap("深入贯彻习近平法治思想全面推进依法行政", 10)
        #expect(lines == ["深入贯彻习", "近平法治思", "想全面推进", "依法行政"])
    }

    @Test func noLineStartsWithClosingPunctuation() {
        let text = "全面落实党的二十大精神，以法治政府建设为目标。务实推进（方案）落地落实！促进发展；营造环境：良好。"
        for columns in 4...30 {
            for line in wrap(text, columns).dropFirst() {
                #expect(!LineWrapper.noLineStart.contains(line.first!), "width \(columns): \(line)")
            }
        }
    }

    @Test func noLineEndsWithOpeningPunctuation() {
        let text = "务实推进《重庆市荣昌区法治政府建设实施方案（2022—2025年）》“五个一”活动"
        for columns in 6...30 {
            for line in wrap(text, columns) {
                #expect(!LineWrapper.noLineEnd.contains(line.last!), "width \(columns): \(line)")
            }
        }
    }

    @Test func everyLineFitsAndNothingIsLost() {
        let text = SampleReport.text
        for width in [DisplayWidth(), DisplayWidth(ambiguous: 2)] {
            for columns in [1, 2, 3, 7, 20, 51, 60] {
                let lines = wrap(text, columns, width: width)
                for line in lines { #expect(width.of(line) <= max(columns, 2), "\(columns): \(line)") }
                #expect(lines.joined() == text.replacingOccurrences(of: "\n", with: ""))
            }
        }
    }

    @Test func aFigureIsNotSplitAcrossLines() {
        let text = "调处矛盾纠纷共计410件，开展培训30余场次，覆盖率达98.5%。"
        let figures = ["410件", "30余场次", "98.5%"]
        for columns in 8...24 {
            let lines = wrap(text, columns, keep: figures)
            for figure in figures {
                #expect(lines.contains { $0.contains(figure) }, "width \(columns): \(lines)")
            }
        }
    }

    @Test func latinWordsBreakAtSpaces() {
        #expect(wrap("review the annual report", 11) == ["review the ", "annual ", "report"])
    }

    @Test func emptyLinesStay() {
        #expect(wrap("一\n\n二", 10) == ["一", "", "二"])
    }
}
