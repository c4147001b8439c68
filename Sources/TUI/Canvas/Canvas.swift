struct Rect: Sendable, Equatable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    var maxX: Int { x + width }
    var maxY: Int { y + height }
}

/// One terminal cell. A wide character fills its first cell; the cell after it is a
/// continuation (width 0) that is never drawn on its own.
struct Cell: Sendable, Equatable {
    var character: Character
    var width: Int
    var role: Role

    static let blank = Cell(character: " ", width: 1, role: .normal)
}

/// A screen as a grid of cells, laid out by display width. Views draw into it; the terminal
/// backend copies it out; tests read it as plain text.
struct Canvas: Sendable, Equatable {
    let width: Int
    let height: Int
    let displayWidth: DisplayWidth
    private(set) var cells: [Cell]

    init(width: Int, height: Int, displayWidth: DisplayWidth = DisplayWidth()) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        self.displayWidth = displayWidth
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    func cell(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes `text` from column `x` on row `y`, clipped to `limit` (exclusive column, the
    /// canvas edge by default). A wide character that would straddle the limit is left out
    /// and its cell stays blank. Control characters become visible placeholders. Returns the
    /// column after the last character written.
    @discardableResult
    mutating func put(_ text: some StringProtocol, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height else { return x }
        var column = x
        for character in text {
            let (shown, isPlaceholder) = Self.visible(character)
            let w = displayWidth.of(shown)
            if column + w > end { break }
            if w == 0 { continue }
            if column >= 0 {
                set(Cell(character: shown, width: w, role: isPlaceholder ? .placeholder : role), x: column, y: y)
            }
            column += w
        }
        return column
    }

    /// Paints `rect` with blanks in `role`.
    mutating func fill(_ rect: Rect, role: Role = .normal) {
        for y in max(rect.y, 0)..<min(rect.maxY, height) {
            for x in max(rect.x, 0)..<min(rect.maxX, width) {
                set(Cell(character: " ", width: 1, role: role), x: x, y: y)
            }
        }
    }

    /// Gives every cell of a row span a role, keeping the characters (cursor rows, bars).
    mutating func paint(row y: Int, from x: Int, to end: Int, role: Role) {
        guard y >= 0, y < height else { return }
        for column in max(x, 0)..<min(end, width) { cells[y * width + column].role = role }
    }

    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        let row = y * width
        // Overwriting either half of a wide character blanks its other half.
        if cells[row + x].width == 0, x > 0 { cells[row + x - 1] = Cell(character: " ", width: 1, role: cells[row + x - 1].role) }
        if cells[row + x].width == 2, x + 1 < width { cells[row + x + 1] = Cell(character: " ", width: 1, role: cells[row + x].role) }
        cells[row + x] = cell
        if cell.width == 2, x + 1 < width {
            if cells[row + x + 1].width == 2, x + 2 < width {
                cells[row + x + 2] = Cell(character: " ", width: 1, role: cells[row + x + 1].role)
            }
            cells[row + x + 1] = Cell(character: " ", width: 0, role: cell.role)
        }
    }

    /// The character drawn for `character`: control characters (escape sequences included)
    /// become Control Pictures so that nothing from a report reaches the terminal as a command.
    static func visible(_ character: Character) -> (Character, placeholder: Bool) {
        guard let scalar = character.unicodeScalars.first else { return (character, false) }
        let v = scalar.value
        if v == 0x09 { return (" ", false) }
        if v < 0x20 { return (Character(Unicode.Scalar(0x2400 + v)!), true) }
        if v == 0x7F { return ("\u{2421}", true) }
        if (0x80...0x9F).contains(v) || character.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) {
            return ("\u{2426}", true)
        }
        return (character, false)
    }

    /// The rows as plain text, one string per row, continuation cells left out.
    func snapshot() -> [String] {
        (0..<height).map { y in
            var row = ""
            for x in 0..<width where cells[y * width + x].width > 0 { row.append(cells[y * width + x].character) }
            return row
        }
    }

    /// The role of each cell in a row, for tests that check highlighting.
    func roles(row y: Int) -> [Role] {
        (0..<width).map { cells[y * width + $0].role }
    }
}
