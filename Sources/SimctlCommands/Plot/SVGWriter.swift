/// Builds an SVG document as text, element by element.
///
/// Every attribute value and text node goes through `escape`, so names from the command
/// line or a CSV file (a model path with `&` or `<`) cannot break the XML. Numbers are
/// written with at most two decimals, without locale, so the same figure gives the same
/// bytes everywhere.
struct SVGWriter {
    typealias Attributes = KeyValuePairs<String, String>

    private(set) var body = ""
    private var depth = 1
    private var openTags: [String] = []

    /// `<tag …>`, to be closed by `close()`.
    mutating func open(_ tag: String, _ attributes: Attributes = [:]) {
        line("<\(tag)\(Self.render(attributes))>")
        depth += 1
        openTags.append(tag)
    }

    mutating func close() {
        let tag = openTags.removeLast()
        depth -= 1
        line("</\(tag)>")
    }

    /// `<tag …/>`, or `<tag …>text</tag>` with text.
    mutating func element(_ tag: String, _ attributes: Attributes = [:], text: String? = nil) {
        if let text {
            line("<\(tag)\(Self.render(attributes))>\(Self.escape(text))</\(tag)>")
        } else {
            line("<\(tag)\(Self.render(attributes))/>")
        }
    }

    /// `<text>` at (x, y); `anchor` is start, middle or end.
    mutating func text(_ string: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
                       weight: String? = nil, fill: String = "#222", rotate: Double? = nil, className: String? = nil) {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if fill != "#222" { attributes += " fill=\"\(fill)\"" }
        if let rotate { attributes += " transform=\"rotate(\(Self.number(rotate)) \(Self.number(x)) \(Self.number(y)))\"" }
        if let className { attributes += " class=\"\(Self.escape(className))\"" }
        line("<text \(attributes)>\(Self.escape(string))</text>")
    }

    mutating func lineSegment(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        var attributes = "x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\""
        attributes += " stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\""
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        line("<line \(attributes)/>")
    }

    /// The document: an XML declaration, the `svg` root with a title and description
    /// (for screen readers), a white background, then the body.
    func document(width: Double, height: Double, title: String, description: String) -> String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        text += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
        text += "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" aria-labelledby=\"title desc\" "
        text += "font-family=\"system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif\">\n"
        text += "  <title id=\"title\">\(Self.escape(title))</title>\n"
        text += "  <desc id=\"desc\">\(Self.escape(description))</desc>\n"
        text += "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        return text + body + "</svg>\n"
    }

    private mutating func line(_ text: String) {
        body += String(repeating: "  ", count: depth) + text + "\n"
    }

    private static func render(_ attributes: Attributes) -> String {
        attributes.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
    }

    /// Escapes the five XML special characters and drops control characters XML 1.0
    /// does not allow.
    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A coordinate: at most two decimals, no trailing zeros, no "-0".
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let hundredths = Int64((x * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let m = hundredths.magnitude
        let whole = m / 100, fraction = m % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
