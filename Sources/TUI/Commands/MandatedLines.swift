import Model

/// The mandated parts as `outline`, `parse` and `check` print them, one a line.
enum MandatedLines {
    static func describe(_ report: Report) -> [String] {
        MandatedPart.allCases.compactMap { part in
            guard let index = report.mandated.section(for: part) else {
                return part == .other ? nil : "  missing  \(part.title)"
            }
            let section = report.sections[index]
            return "  present  \(part.title): \(section.marker)\(section.title) (line \(section.line))"
        }
    }
}
