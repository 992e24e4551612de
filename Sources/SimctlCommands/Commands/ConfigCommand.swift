import DPUSupport
import DPUSim
import Foundation

/// `simctl config`: prints the effective DPU configuration — every parameter of
/// `DPUConfiguration.parameters` with its value, unit, accepted range and source — as a table, or as a
/// JSON object of key → value that `--config` loads back.
struct ConfigCommand: Command {
    static let name = "config"
    static let abstract = "Print every DPU parameter (value, unit, source) of the effective configuration."
    static let discussion = """
        Prints every parameter of the effective DPU configuration (the v1A defaults, or them \
        overridden by --config FILE) with its value, unit, accepted range and source, as a table. With --json, \
        prints one JSON object of key → value instead, which 'simctl <command> --config' loads \
        back unchanged. See docs/configuration.md for what each parameter means and where its \
        value comes from.
        """
    enum Options {
        static let config = Option<String?>("config", "file", "JSON file of DPU parameter overrides (see docs/configuration.md).")
        static let json = Flag("json", "Print a JSON object of key → value (loadable with --config) instead of the table.")
    }
    static let options: [any OptionDeclaration] = [Options.config, Options.json]

    var configuration: DPUConfiguration
    var json: Bool

    init(parsing arguments: ParsedArguments) throws {
        configuration = try loadConfiguration(arguments[Options.config])
        json = arguments[Options.json]
    }

    func run() throws {
        if json {
            print(Self.json(configuration))
        } else {
            let rows = DPUConfiguration.parameters.map { p in
                [p.key, p.value(in: configuration).description, p.unit, p.range.description, p.source]
            }
            print(TextTable.render(header: ["key", "value", "unit", "accepted", "source"], rows: rows))
        }
    }

    /// The configuration as a JSON object, one parameter per line, in table order.
    /// Reals are written with Swift's shortest round-trip representation, so loading the
    /// object gives back an equal configuration.
    static func json(_ configuration: DPUConfiguration) -> String {
        let lines = DPUConfiguration.parameters.map { p -> String in
            let value: String
            switch p.value(in: configuration) {
            case .integer(let i): value = String(i)
            case .real(let d): value = jsonNumber(d)
            case .boolean(let b): value = String(b)
            case .text(let s): value = JSONText.quoted(s)
            }
            return "  \(JSONText.quoted(p.key)): \(value)"
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}"
    }

    /// A finite double as a JSON number (`validate()` rules out NaN and infinities).
    static func jsonNumber(_ d: Double) -> String {
        // "350000000.0", "2e-05", "0.45833333333333331": all valid JSON numbers.
        d.isFinite ? "\(d)" : "0"
    }
}
