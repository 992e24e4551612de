import DPUCalibration
import DPUSim
import Foundation

/// `simctl calibrate`: runs the DSL microbenchmarks that reproduce PrIM's
/// characterization and prints simulated vs published values.
struct CalibrateCommand: Command {
    static let name = "calibrate"
    static let abstract = "Compare the DPU model with published UPMEM measurements (PrIM)."
    static let discussion = """
        Runs microbenchmarks written in the tasklet DSL that reproduce PrIM's characterization \
        of the UPMEM DPU (arithmetic throughput vs tasklets, MRAM latency vs transfer size, \
        sustained MRAM bandwidth vs tasklets) and prints, for each point, the simulated value, \
        the published value and the error in percent. It then runs PrIM's STREAM, STRIDED and \
        Random-GUPS MRAM microbenchmarks, mirrored in the DSL, and prints their predictions \
        grouped by benchmark: their published values are only in plots of the paper that could \
        not be read, so their published and error columns are empty in the CSV. The published \
        values are for comparison only; no model parameter is fitted to them. See \
        docs/calibration.md.
        """
    enum Options {
        static let config = Option<String?>("config", "file", "JSON file of DPU parameter overrides (see docs/configuration.md).")
        static let csv = Option<String?>("csv", "file", "Also write the table as CSV.")
    }
    static let options: [any OptionDeclaration] = [Options.config, Options.csv]

    var configuration: DPUConfiguration
    var csvPath: String?
    /// `--csv`, checked before the benchmarks run.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        let config = try arguments[Options.config]
        configuration = try loadConfiguration(config)
        csvPath = try arguments[Options.csv]
        outputs = try Outputs([("csv", csvPath)], inputs: [config])
    }

    func run() throws {
        let points = try Calibration.run(configuration: configuration)
        let table = Calibration.table(points)
        let compared = points.filter { $0.published != nil }
        print(TextTable.render(header: ["benchmark", "point", "unit", "simulated", "published", "error %"],
                               rows: compared.map { [$0.benchmark, $0.point, $0.unit, String(format: "%.2f", $0.simulated),
                                                     String(format: "%.2f", $0.published ?? 0), String(format: "%+.2f", $0.errorPercent ?? 0)] }))
        let errors = compared.compactMap { $0.errorPercent.map(abs) }
        let worst = errors.max() ?? 0
        let mean = errors.reduce(0, +) / Double(max(1, errors.count))
        print(String(format: "\n%d points; mean |error| %.2f%%, worst %.2f%%", compared.count, mean, worst))
        let predictions = points.filter { $0.published == nil }
        for (family, members) in Self.families(predictions) {
            print("\n\(family) (\(members[0].metric), \(members[0].unit); no published value read)")
            print(Self.pivot(members))
        }
        if !predictions.isEmpty { print("\n\(predictions.count) predictions without a published figure (see docs/calibration.md)") }
        try outputs.write(["csv": csvData(table)])
    }

    /// A prediction's family and column: "STREAM COPY-DMA" → ("STREAM", "COPY-DMA"),
    /// "STRIDED fine-grained tasklets=4" → ("STRIDED fine-grained", "tasklets=4"); a one-word
    /// benchmark is its own family with one column named by its unit.
    static func familyAndColumn(_ p: CalibrationPoint) -> (String, String) {
        let words = p.benchmark.split(separator: " ")
        guard words.count > 1 else { return (p.benchmark, p.unit) }
        return (words.dropLast().joined(separator: " "), String(words.last!))
    }

    /// The predictions grouped by family, in order of first appearance.
    static func families(_ points: [CalibrationPoint]) -> [(String, [CalibrationPoint])] {
        var order: [String] = []
        var groups: [String: [CalibrationPoint]] = [:]
        for p in points {
            let family = familyAndColumn(p).0
            if groups[family] == nil { order.append(family) }
            groups[family, default: []].append(p)
        }
        return order.map { ($0, groups[$0]!) }
    }

    /// One family as a table: a row per swept point, a column per member benchmark.
    static func pivot(_ points: [CalibrationPoint]) -> String {
        var columns: [String] = []
        var rows: [String] = []
        var cells: [String: [String: String]] = [:]
        for p in points {
            let column = familyAndColumn(p).1
            if !columns.contains(column) { columns.append(column) }
            if cells[p.point] == nil { rows.append(p.point) }
            cells[p.point, default: [:]][column] = String(format: "%.2f", p.simulated)
        }
        return TextTable.render(header: ["point"] + columns,
                                rows: rows.map { row in [row] + columns.map { cells[row]?[$0] ?? "" } })
    }
}

/// Loads `--config FILE`, or the v1A defaults.
func loadConfiguration(_ path: String?) throws -> DPUConfiguration {
    guard let path else { return .v1A }
    return try DPUConfiguration.load(contentsOfFile: path)
}
