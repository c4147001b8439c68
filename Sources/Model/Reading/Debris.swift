/// Conversion and web debris: text that came with the file but is not part of the report
/// (`[bookmark: _GoBack]`, `发布日期:2026-01-15`, `分享:`, a site's footer and menus). The parser
/// keeps it out of sections and figures; `Report.debris` keeps its ranges so a reviewer can see it.
public enum Debris {
    /// Byte ranges of debris in document order, never overlapping.
    public static func find(in source: SourceText) -> [Range<Int>] {
        source.bytes.withUnsafeBufferPointer { find(in: source, bytes: $0).debris }
    }

    /// The debris, and the text of each line without its surrounding spaces (empty for a blank
    /// line), in line order: `ContentLines` starts from those rather than trim every line again.
    static func find(in source: SourceText, bytes: UnsafeBufferPointer<UInt8>) -> (debris: [Range<Int>], trimmedLines: [Range<Int>]) {
        let words = Self.words
        var found = markup(in: bytes)
        var trimmedLines: [Range<Int>] = []
        trimmedLines.reserveCapacity(source.lineCount)
        for line in 1...source.lineCount {
            let content = UTF8Bytes.trimmed(source.range(ofLine: line), in: bytes)
            trimmedLines.append(content)
            if !content.isEmpty, words.isCrumb(bytes, content) { found.append(content) }
        }
        if let start = footerStart(trimmedLines, words, in: bytes) {
            found.removeAll { $0.lowerBound >= start }
            found.append(start..<bytes.count)
        }
        found.sort { $0.lowerBound < $1.lowerBound }
        return (merged(found), trimmedLines)
    }

    /// Where a site's footer starts: at the first footer line after the last heading that is
    /// neither a footer line nor a crumb (a heading after a "footer" line means the page's text
    /// goes on). Read from the end up, so only the lines after that heading are looked at.
    private static func footerStart(_ lines: [Range<Int>], _ words: Words, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start: Int?
        for content in lines.reversed() where !content.isEmpty {
            if words.isFooterLine(bytes, content) {
                start = content.lowerBound
            } else if !words.isCrumb(bytes, content), HeadingMarker.startsLine(bytes, content) {
                break
            }
        }
        return start
    }

    /// Sorted ranges with overlapping ones joined (a crumb line may hold a bookmark).
    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(ranges.count)
        for range in ranges {
            if let last = out.last, range.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                out.append(range)
            }
        }
        return out
    }

    /// Word-processor markup left by a conversion: `[bookmark: _GoBack]`, `[bookmark: 1]`,
    /// closed on its own line.
    private static func markup(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var from = 0
        while let start = UTF8Bytes.find(bookmark, within: from..<bytes.count, in: bytes) {
            from = start + bookmark.count
            guard let close = bytes[from...].firstIndex(where: { $0 == UInt8(ascii: "]") || $0 == 0x0A }),
                  bytes[close] == UInt8(ascii: "]") else { continue }
            spans.append(start..<(close + 1))
            from = close + 1
        }
        return spans
    }

    private static let words = Words()

    /// The word tables the line tests read, fetched once per report rather than once per line.
    private struct Words {
        let times = "×".bytes
        let openBracket = "【".bytes
        let closeBracket = "】".bytes
        let buttonWords = WordList(["打印本页", "关闭窗口", "返回顶部", "打印", "关闭", "收藏", "返回", "我要打印"])
        let colons = WordList([":", "："])
        let crumbLabels = WordList([
            "发布日期", "发布时间", "发布机构", "发文机关", "字号", "分享", "打印", "来源", "信息来源", "浏览次数",
            "阅读次数", "访问次数", "点击数", "点击量", "责任编辑", "编辑", "作者", "索引号", "主题分类", "成文日期", "字体",
        ])
        let footerWords = WordList([
            "附件下载", "分享到", "扫一扫", "网站地图", "版权所有", "版权声明", "ICP备", "公网安备", "网站标识码",
            "打印本页", "关闭窗口", "主办单位", "技术支持", "联系我们",
        ])

        /// A web page's crumb, close mark or button row: a whole line of debris.
        func isCrumb(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
            isWebCrumb(bytes, content) || isCloseMark(bytes, content) || isButtonRow(bytes, content)
        }

        /// Labels a web page puts above or below an article: `发布日期:2026-01-15`, `字号:大 中 小`.
        /// Only short lines that start with the label and its colon count, so prose is never taken.
        /// The label may sit in brackets: `【字体：大 中 小】`.
        func isWebCrumb(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
            var start = content.lowerBound
            if UTF8Bytes.matches(openBracket, at: start, limit: content.upperBound, in: bytes) { start += openBracket.count }
            // The label first: it rules out nearly every line at once, while counting a line's length takes a walk.
            guard let labelLength = crumbLabels.firstMatch(at: start, limit: content.upperBound, in: bytes),
                  UTF8Bytes.isShort(content, atMost: 40, in: bytes)
            else { return false }
            var i = start + labelLength
            while i < content.upperBound, Punctuation.isSpace(UTF8Bytes.scalar(at: i, in: bytes).value) { i += 1 }
            return colons.firstMatch(at: i, limit: content.upperBound, in: bytes) != nil
        }

        /// A row of page buttons: `【打印本页】【关闭窗口】`, `【打印】 【关闭】`.
        func isButtonRow(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
            var i = content.lowerBound
            var buttons = 0
            while i < content.upperBound {
                guard UTF8Bytes.matches(openBracket, at: i, limit: content.upperBound, in: bytes) else { return false }
                i += openBracket.count
                guard let word = buttonWords.firstMatch(at: i, limit: content.upperBound, in: bytes),
                      UTF8Bytes.matches(closeBracket, at: i + word, limit: content.upperBound, in: bytes) else { return false }
                i = UTF8Bytes.trimmed((i + word + closeBracket.count)..<content.upperBound, in: bytes).lowerBound
                buttons += 1
            }
            return buttons > 0
        }

        /// A lone close button (`×`) left from a page's pop-up.
        func isCloseMark(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
            UTF8Bytes.matches(times, at: content.lowerBound, limit: content.upperBound, in: bytes)
                && content.count == times.count
        }

        /// Lines only a web page's end carries: sharing, download and QR prompts, copyright and
        /// registration notices, site maps. The first of them after the last heading starts the
        /// footer, which runs to the end of the file (menus there are short words of no fixed set).
        /// A sentence that merely mentions one of the words (it ends with 。) is not one of them.
        func isFooterLine(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
            // The cheapest test first: most lines are sentences.
            UTF8Bytes.lastScalar(of: content, in: bytes) != 0x3002 && UTF8Bytes.isShort(content, atMost: 60, in: bytes)
                && footerWords.occurs(within: content, in: bytes)
        }
    }

    private static let bookmark = "[bookmark:".bytes
}
