import BTHOWeNKernels
import DPUSim
import Foundation

/// `simctl compare`: kernels side by side on the same DPUs and tasklets.
struct CompareCommand: Command {
    static let name = "compare"
    static let abstract = "Compare kernels side by side: cycles, time, throughput, energy, WRAM, DMA traffic."
    static let discussion = """
        Runs each kernel with the same DPU and tasklet counts and prints a side-by-side table \
        with the winner of every metric. Each kernel uses its own default model unless --model \
        is given (so 'compare' contrasts the Small and Large strategies as designed). \
        'simctl compare backends' instead runs kernels on two backends (docs/hardware.md).
        """
    enum Options {
        static let kernels = Option<[String]?>(list: "kernels", "list", "Kernels to compare, comma-separated.", shownDefault: "all")
        static let kernel = Option<String?>("kernel", "name", "One kernel (the same as --kernels with one name).")
        static let tasklets = Option<Int>("tasklets", "n", "Tasklets per DPU.", default: 16)
        /// Checked against the configuration's DPUs when read.
        static let dpus = Option<Int>("dpus", "n", "DPUs.", default: 10)
        static let plot = Option<String?>("plot", "file.svg", "Also draw the comparison as an SVG figure (docs/visualization.md).")
    }
    static let options: [any OptionDeclaration] = [Options.kernels, Options.kernel, Options.tasklets, Options.dpus, Options.plot]
        + WorkloadOptions.Options.all
    static var subcommands: [any Command.Type] { [CompareBackendsCommand.self] }
    static let movedOptions = [
        "backends": "'--backends' is now a subcommand: 'simctl compare backends --backends a,b …' (see 'simctl help compare backends')",
        "dpu-programs": "'--dpu-programs' goes with 'simctl compare backends'",
    ]

    var kernels: [any InferenceKernel]
    var tasklets: Int
    var dpus: Int
    var workload: WorkloadOptions
    var plot: String?
    /// `--csv` and `--plot`, checked before the comparison.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        kernels = try parseKernels(arguments, Options.kernel, Options.kernels, allowAllByDefault: true)
        workload = try WorkloadOptions(arguments)
        try workload.checkApplies(to: kernels)
        plot = try arguments[Options.plot]
        outputs = try Outputs([("csv", workload.csv), ("plot", plot)], inputs: workload.inputFiles)
        tasklets = try arguments[Options.tasklets]
        dpus = try arguments[Options.dpus, in: 1...workload.configuration.maxDPUs]
        do { try workload.configuration.validateTasklets(tasklets) } catch { throw UsageError(error.message) }
    }

    func run() throws {
        let (dataset, source) = try workload.loadDataset()
        var reports: [RunReport] = []
        for kernel in kernels {
            let model = try workload.loadModel(default: kernel.defaultModel)
            reports.append(try workload.run(kernel, try workload.request(model: model, dataset: dataset, dpus: dpus, tasklets: tasklets)))
        }
        print("\(dataset.count) inputs from \(source); \(dpus) DPUs × \(tasklets) tasklets\n")
        print(Self.sideBySide(reports))
        try outputs.write(["csv": csvData(RunReport.table(reports)), "plot": plotData(reports)].compactMapValues { $0 })
        if let csv = workload.csv { print("wrote \(csv)") }
        if let plot { print("wrote \(plot)") }
    }

    /// Metrics as rows, kernels as columns, and the winner of each row.
    static func sideBySide(_ reports: [RunReport]) -> String {
        struct Metric {
            var name: String
            var value: (RunReport) -> Double
            var format: (Double) -> String
            var lowerIsBetter: Bool?
        }
        let g = { (x: Double) in String(format: "%.4g", x) }
        let i = { (x: Double) in String(format: "%.0f", x) }
        let metrics = [
            Metric(name: "model", value: { _ in 0 }, format: { _ in "" }, lowerIsBetter: nil),
            Metric(name: "DPU cycles", value: { Double($0.dpuCycles) }, format: i, lowerIsBetter: true),
            Metric(name: "cycles / input", value: { $0.cyclesPerInput }, format: i, lowerIsBetter: true),
            Metric(name: "IPC", value: { $0.ipc }, format: { String(format: "%.3f", $0) }, lowerIsBetter: nil),
            Metric(name: "DPU time (s)", value: { $0.dpuSeconds }, format: g, lowerIsBetter: true),
            Metric(name: "transfer time (s)", value: { $0.transferSeconds }, format: g, lowerIsBetter: true),
            Metric(name: "host time (s)", value: { $0.hostSeconds }, format: g, lowerIsBetter: true),
            Metric(name: "total time (s)", value: { $0.totalSeconds }, format: g, lowerIsBetter: true),
            Metric(name: "inferences / s", value: { $0.inferencesPerSecond }, format: g, lowerIsBetter: false),
            Metric(name: "energy (J)", value: { $0.energy }, format: g, lowerIsBetter: true),
            Metric(name: "WRAM peak (B)", value: { Double($0.wramPeakBytes) }, format: i, lowerIsBetter: true),
            Metric(name: "MRAM DMA (B)", value: { Double($0.dmaReadBytes + $0.dmaWriteBytes) }, format: i, lowerIsBetter: true),
            Metric(name: "DMA transfers", value: { Double($0.dmaReads + $0.dmaWrites) }, format: i, lowerIsBetter: true),
            Metric(name: "host↔DPU (B)", value: { Double($0.hostToDPUBytes + $0.dpuToHostBytes) }, format: i, lowerIsBetter: true),
            Metric(name: "accuracy", value: { $0.accuracy }, format: { String(format: "%.2f%%", $0 * 100) }, lowerIsBetter: nil),
        ]
        var rows: [[String]] = []
        for m in metrics {
            var row = [m.name]
            if m.name == "model" {
                row += reports.map(\.model) + [""]
            } else {
                let values = reports.map(m.value)
                row += values.map(m.format)
                if let lower = m.lowerIsBetter, let best = (lower ? values.min() : values.max()) {
                    let winners = reports.indices.filter { values[$0] == best }.map { reports[$0].kernel }
                    row.append(winners.count == reports.count ? "tie" : winners.joined(separator: ", "))
                } else {
                    row.append("")
                }
            }
            rows.append(row)
        }
        return TextTable.render(header: ["metric"] + reports.map(\.kernel) + ["best"], rows: rows)
    }
}
