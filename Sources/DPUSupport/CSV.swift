/// A CSV table written per RFC 4180: a header row, then one row per record; fields
/// that hold a comma, a double quote, CR or LF are quoted, with quotes doubled; lines
/// end in CRLF as the RFC specifies.
///
/// Numbers are formatted by the caller (see `CSVTable.format(_:)`), so the bytes
/// depend only on the values: the same run gives the same file on every machine.
public struct CSVTable: Sendable, Equatable {
    public private(set) var header: [String]
    public private(set) var rows: [[String]] = []

    public init(header: [String]) {
        precondition(!header.isEmpty, "a CSV table needs at least one column")
        self.header = header
    }

    /// Appends a row. Precondition: it has exactly one field per column.
    public mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "CSV row has \(row.count) fields, header has \(header.count)")
        rows.append(row)
    }

    /// The table as RFC 4180 text.
    public var text: String {
        var out = Self.line(header)
        for row in rows { out += Self.line(row) }
        return out
    }

    /// One RFC 4180 line: the fields, escaped, comma-separated, ended by CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\r\n"
    }

    /// Quotes `field` if RFC 4180 requires it.
    public static func escape(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Parses RFC 4180 text (as written by `text`) back into a table. Accepts LF or CRLF
    /// line ends. Throws if a row's width differs from the header's or a quote is unclosed.
    public static func parse(_ text: String) throws(CSVError) -> CSVTable {
        var records: [[String]] = []
        var field = ""
        var record: [String] = []
        var inQuotes = false
        var iterator = Array(text.unicodeScalars)[...]
        var line = 1
        while let c = iterator.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if iterator.first == "\"" { field.unicodeScalars.append("\""); iterator.removeFirst() } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: inQuotes = true
            case ",": record.append(field); field = ""
            case "\r" where iterator.first == "\n": break
            case "\n":
                record.append(field); field = ""
                records.append(record); record = []
                line += 1
            default: field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw CSVError(message: "unclosed quote at end of input (line \(line))") }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        guard let header = records.first, !header.isEmpty else { throw CSVError(message: "empty CSV: no header row") }
        var table = CSVTable(header: header)
        for (index, row) in records.dropFirst().enumerated() {
            guard row.count == header.count else {
                throw CSVError(message: "row \(index + 2) has \(row.count) fields, header has \(header.count)")
            }
            table.rows.append(row)
        }
        return table
    }

    /// The column named `name`, or nil.
    public func column(_ name: String) -> [String]? {
        guard let i = header.firstIndex(of: name) else { return nil }
        return rows.map { $0[i] }
    }

    /// Formats a floating-point value with a fixed number of significant digits, in a
    /// locale-independent way, so CSV bytes are reproducible.
    public static func format(_ value: Double, significantDigits: Int = 6) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == 0 { return "0" }
        return formatSignificant(value, digits: significantDigits)
    }
}

public struct CSVError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { "malformed CSV: \(message)" }
}

/// `%.{digits}g`-style formatting without Foundation's locale machinery.
func formatSignificant(_ value: Double, digits: Int) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    let count = withVaList([value]) { args in
        vsnprintf(&buffer, buffer.count, "%.\(digits)g", args)
    }
    precondition(count > 0 && count < buffer.count)
    return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
