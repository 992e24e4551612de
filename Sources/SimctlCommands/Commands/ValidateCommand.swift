import BTHOWeNModel
import BTHOWeNKernels
import DPUSim
import Foundation
import PrIMKernels

/// `simctl validate`: the PrIM workloads against the real-UPMEM kernel and transfer times
/// uPIMulator publishes, beside uPIMulator's own predictions.
struct ValidateCommand: Command {
    static let name = "validate"
    static let abstract = "Hold the model against real-UPMEM PrIM measurements (uPIMulator's table)."
    static let discussion = """
        Runs every row of uPIMulator's table of real-UPMEM PrIM measurements \
        (traces/measurements/upimulator-prim.csv: 13 workloads, 1-64 DPUs) on simulated DPUs, \
        each result checked against its host reference, and prints per row the measured kernel \
        time, DPUSim's prediction and uPIMulator's, with both errors, and the CPU-DPU and DPU-CPU \
        transfer times; then per benchmark and overall the mean absolute percentage error, the \
        worst error and R². The measurements are validation only: nothing in the model is \
        fitted to them. See docs/validation.md.
        """
    enum Options {
        static let benchmarks = Option<[String]?>(list: "benchmarks", "name,…", "Only these benchmarks (\(PrIMBenchmark.allCases.map(\.rawValue).joined(separator: ", "))).",
                                                  shownDefault: "all")
        /// Checked against the configuration's tasklets when read.
        static let tasklets = Option<Int>("tasklets", "n", "Tasklets per DPU; the table does not record them, PrIM's default is 16.", default: 16)
        static let threads = Option<Int>("threads", "n", "Rows simulated at once (results do not depend on it).",
                                         default: ProcessInfo.processInfo.activeProcessorCount, range: 1...4096, shownDefault: "all cores")
        static let table = Option<String?>("table", "file", "The measurement table.", shownDefault: "the shipped traces/\(MeasurementTable.relativePath)")
        static let config = Option<String?>("config", "file", "JSON file of DPU parameter overrides (see docs/configuration.md).")
        static let csv = Option<String?>("csv", "file", "Also write one row per measurement as CSV.")
        static let plot = Option<String?>("plot", "file.svg", "Draw predicted against measured kernel time (log-log) as SVG.")
    }
    static let options: [any OptionDeclaration] = [Options.benchmarks, Options.tasklets, Options.threads, Options.table, Options.config,
                                                   Options.csv, Options.plot]

    var benchmarks: [PrIMBenchmark]
    var tasklets: Int
    var threads: Int
    var tablePath: String
    var configuration: DPUConfiguration
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        if let names = try arguments[Options.benchmarks] {
            benchmarks = try names.map { name in
                guard let b = PrIMBenchmark(rawValue: name.uppercased()) else {
                    throw UsageError("'--benchmarks': unknown benchmark '\(name)' (there are: \(PrIMBenchmark.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return b
            }
        } else {
            benchmarks = PrIMBenchmark.allCases
        }
        let config = try arguments[Options.config]
        configuration = try loadConfiguration(config)
        tasklets = try arguments[Options.tasklets, in: 1...configuration.maxTasklets]
        threads = try arguments[Options.threads]
        tablePath = try arguments[Options.table] ?? ShippedData.tracesDirectory().appendingPathComponent(MeasurementTable.relativePath).path
        outputs = try Outputs([("csv", arguments[Options.csv]), ("plot", arguments[Options.plot])], inputs: [config, tablePath])
    }

    func run() throws {
        let selected = Set(benchmarks)
        let rows = try MeasurementTable.load(path: tablePath).filter { selected.contains($0.benchmark) }
        guard !rows.isEmpty else { throw ValidationEmpty(path: tablePath, benchmarks: benchmarks) }
        let results = try Validation.run(rows, tasklets: tasklets, configuration: configuration, workers: threads)
        print(ValidationReport.rowsTable(results))
        print("\n" + ValidationReport.summaryTable(results))
        var files: [String: Data] = ["csv": Data(ValidationReport.csv(results).text.utf8)]
        if outputs.path("plot") != nil { files["plot"] = Data(ValidationFigure.svg(results).utf8) }
        try outputs.write(files)
    }
}

struct ValidationEmpty: Error, CustomStringConvertible {
    var path: String
    var benchmarks: [PrIMBenchmark]
    var description: String {
        "\(path) has no row for \(benchmarks.map(\.rawValue).joined(separator: ", "))"
    }
}
