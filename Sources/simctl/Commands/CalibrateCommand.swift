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
        the published value and the error in percent. The published values are for comparison \
        only; no model parameter is fitted to them. See docs/calibration.md.
        """
    static let usage = "simctl calibrate [--config <file>] [--csv <file>]"
    static let options: [OptionSpec] = [
        .value("config", "file", "JSON file of DPU parameter overrides (see docs/configuration.md)."),
        .value("csv", "file", "Also write the table as CSV."),
    ]

    var configuration: DPUConfiguration
    var csvPath: String?

    init(parsing arguments: ParsedArguments) throws {
        configuration = try loadConfiguration(arguments.string("config"))
        csvPath = arguments.string("csv")
    }

    func run() throws {
        let points = try Calibration.run(configuration: configuration)
        let table = Calibration.table(points)
        print(TextTable.render(header: ["benchmark", "point", "unit", "simulated", "published", "error %"],
                               rows: points.map { [$0.benchmark, $0.point, $0.unit, String(format: "%.2f", $0.simulated),
                                                   String(format: "%.2f", $0.published), String(format: "%+.2f", $0.errorPercent)] }))
        let worst = points.map { abs($0.errorPercent) }.max() ?? 0
        let mean = points.map { abs($0.errorPercent) }.reduce(0, +) / Double(max(1, points.count))
        print(String(format: "\n%d points; mean |error| %.2f%%, worst %.2f%%", points.count, mean, worst))
        if let csvPath { try AtomicFile.write(table.text, to: csvPath) }
    }
}

/// Loads `--config FILE`, or the v1A defaults.
func loadConfiguration(_ path: String?) throws -> DPUConfiguration {
    guard let path else { return .v1A }
    return try DPUConfiguration.load(contentsOfFile: path)
}
