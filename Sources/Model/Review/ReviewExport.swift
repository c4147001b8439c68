import Foundation

/// Writes figure rows as CSV or JSON files.
public enum ReviewExport {
    public enum Format: String, Sendable, CaseIterable {
        case csv, json
    }

    public static func data(_ rows: [FigureRow], as format: Format) throws -> Data {
        switch format {
        case .csv: csv(rows)
        case .json: try json(rows)
        }
    }

    /// CSV that Excel and WPS open with Chinese intact: UTF-8 with a BOM (without it they guess
    /// the local code page), every field quoted, CRLF between rows.
    public static func csv(_ rows: [FigureRow]) -> Data {
        var text = "\u{FEFF}" + line(FigureRow.columns)
        for row in rows { text += line(row.fields) }
        return Data(text.utf8)
    }

    public static func json(_ rows: [FigureRow]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(rows)
    }

    private static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    /// Doubles inner quotes; a field a spreadsheet would take for a formula (a note starting
    /// with `-` or `=`) gets a leading apostrophe so it shows as the text it is.
    private static func quoted(_ field: String) -> String {
        let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
        let safe = field.first.map(formulaStarts.contains) == true ? "'" + field : field
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
