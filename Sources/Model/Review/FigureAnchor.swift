/// Where a figure stands in a report, in terms that survive edits elsewhere in the file: the
/// titles of the sections around it, the words before it, its own text, and which of the
/// identical ones it is. Byte offsets would shift with every inserted paragraph; this does not.
public struct FigureAnchor: Hashable, Sendable, Codable {
    /// Section titles from the outermost in, joined by " / "; markers are left out so that
    /// renumbering a section does not lose its marks. "" outside every section.
    public var section: String
    public var label: String
    public var text: String
    /// 0 for the first figure with this section, label and text, 1 for the second, and so on.
    public var occurrence: Int

    public init(section: String, label: String, text: String, occurrence: Int) {
        self.section = section
        self.label = label
        self.text = text
        self.occurrence = occurrence
    }

    /// The anchor of every figure of `report`, indexed like `report.figures`.
    public static func anchors(in report: Report) -> [FigureAnchor] {
        var seen: [FigureAnchor: Int] = [:]
        return report.figures.map { figure in
            let chain = figure.section.map { SectionTree.chain(to: $0, in: report.sections) } ?? []
            let path = chain.map { report.sections[$0].title }.joined(separator: " / ")
            let first = FigureAnchor(section: path, label: figure.label, text: figure.text, occurrence: 0)
            let occurrence = seen[first, default: 0]
            seen[first] = occurrence + 1
            return FigureAnchor(section: path, label: figure.label, text: figure.text, occurrence: occurrence)
        }
    }

    /// How a reviewer recognises the figure: `主要举措和成效 / 依法调解纠纷 · 调处纠纷 410件`.
    public var description: String {
        let place = section.isEmpty ? "" : "\(section) · "
        let nth = occurrence > 0 ? " (#\(occurrence + 1))" : ""
        return "\(place)\(label) \(text)\(nth)"
    }
}
