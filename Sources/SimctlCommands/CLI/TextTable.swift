/// Plain-text tables for terminal output: columns padded to their widest cell, numbers
/// (cells that start with a digit, sign or dot) right-aligned.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func isNumeric(_ s: String) -> Bool {
            guard let c = s.first else { return false }
            return c.isNumber || c == "-" || c == "+" || c == "."
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return isNumeric(cell) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
        var out = line(header) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        for row in rows { out += "\n" + line(row) }
        return out
    }
}
