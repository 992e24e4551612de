import DPUSupport
import BTHOWeNKernels
import DPUSim
import Foundation

/// `simctl compare backends --backends a,b`: the same kernels and points on two backends —
/// the simulator's cycles against the measured ones — with the relative error of `a`
/// against `b` at each point.
struct CompareBackendsCommand: Command {
    static let name = "compare backends"
    static let abstract = "Run kernels on two backends (e.g. sim,hardware): both cycle counts and their relative error."
    static let discussion = """
        Runs each kernel on two backends (e.g. sim,hardware) at every point of --tasklets and --dpus \
        (lists allowed) and prints a's and b's cycles and the error (a − b) / b (docs/hardware.md). \
        With upmem-simulator on one side, the metric is instructions (its counter counts them).
        """
    enum Options {
        static let backends = Option<[String]>(requiredList: "backends", "a,b", "The two backends to compare: sim, hardware or upmem-simulator.",
                                               missing: "missing '--backends <a,b>' (two of \(BackendOptions.names))")
        static let kernels = Option<[String]?>(list: "kernels", "list", "Kernels to compare, comma-separated.", shownDefault: "all")
        static let kernel = Option<String?>("kernel", "name", "One kernel (the same as --kernels with one name).")
        /// Checked against the configuration's tasklets and DPUs when read.
        static let tasklets = Option<[Int]>(list: "tasklets", "list", "Tasklets per DPU, a list such as 1,4,11,16 or 1-24.", default: [16])
        static let dpus = Option<[Int]>(list: "dpus", "list", "DPU counts, a list such as 10,20,40.", default: [10])
    }
    static let options: [any OptionDeclaration] = [Options.backends, Options.kernels, Options.kernel, Options.tasklets, Options.dpus,
                                                   BackendOptions.programs] + WorkloadOptions.Options.all

    var workload: WorkloadOptions
    var comparison: BackendComparison
    /// `--csv`, checked before the comparison.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        let kernels = try parseKernels(arguments, Options.kernel, Options.kernels, allowAllByDefault: true)
        workload = try WorkloadOptions(arguments)
        try workload.checkApplies(to: kernels)
        outputs = try Outputs([("csv", workload.csv)], inputs: workload.inputFiles)
        comparison = try BackendComparison(arguments, kernels: kernels, configuration: workload.configuration)
    }

    func run() throws { try comparison.run(workload, outputs: outputs) }
}

/// The comparison of `simctl compare backends`.
///
struct BackendComparison {
    let first: Backend
    let second: Backend
    let kernels: [any InferenceKernel]
    let tasklets: [Int]
    let dpus: [Int]
    let hardware: HardwareSession

    enum Metric: String { case cycles = "dpu_cycles", instructions }

    var metric: Metric { first == .upmemSimulator || second == .upmemSimulator ? .instructions : .cycles }

    /// Parses `--backends a,b`, `--tasklets LIST` and `--dpus LIST`, and, for a libdpu
    /// backend, finds libdpu and every DPU program before any work.
    init(_ arguments: ParsedArguments, kernels: [any InferenceKernel], configuration: DPUConfiguration) throws {
        typealias O = CompareBackendsCommand.Options
        let names = try arguments[O.backends]
        guard names.count == 2 else {
            throw UsageError("'--backends' takes two backends, e.g. sim,hardware (got \(names.count))")
        }
        first = try BackendOptions.parse(names[0])
        second = try BackendOptions.parse(names[1])
        guard first != second else { throw UsageError("'--backends' names \(first.rawValue) twice") }
        if Set([first, second]) == [.hardware, .upmemSimulator] {
            throw UsageError("hardware counts cycles and upmem-simulator counts instructions: compare each with sim")
        }
        self.kernels = kernels
        tasklets = try arguments[O.tasklets, in: 1...configuration.maxTasklets]
        dpus = try arguments[O.dpus, in: 1...configuration.maxDPUs]
        // Two distinct backends: at least one of them runs through libdpu.
        hardware = try HardwareSession.open(arguments, kernels: kernels, tasklets: tasklets)
    }

    func value(_ r: RunReport) -> Double { metric == .cycles ? Double(r.dpuCycles) : Double(r.instructions) }

    func run(_ workload: WorkloadOptions, outputs: Outputs) throws {
        let (dataset, source) = try workload.loadDataset()
        var table = CSVTable(header: ["kernel", "model", "dpus", "tasklets", "inputs", "metric", first.rawValue, second.rawValue, "relative_error"])
        var rows: [[String]] = []
        for kernel in kernels {
            let model = try workload.loadModel(default: kernel.defaultModel)
            for d in dpus {
                for t in tasklets {
                    let request = try workload.request(model: model, dataset: dataset, dpus: d, tasklets: t)
                    if let problem = kernel.problem(with: request) {
                        printError("note: skipping \(kernel.name) dpus=\(d) tasklets=\(t): \(problem)")
                        continue
                    }
                    let a = value(try report(first, kernel, request, workload))
                    let b = value(try report(second, kernel, request, workload))
                    let error = b == 0 ? Double.nan : (a - b) / b
                    table.append([kernel.name, request.model.configuration.name, String(d), String(t), String(request.inputs),
                                  metric.rawValue, String(format: "%.0f", a), String(format: "%.0f", b), CSVTable.format(error)])
                    rows.append([kernel.name, request.model.configuration.name, String(d), String(t), String(format: "%.0f", a),
                                 String(format: "%.0f", b), error.isNaN ? "n/a" : String(format: "%+.1f%%", error * 100)])
                }
            }
        }
        guard !rows.isEmpty else { throw UsageError("no point of the comparison can run (see the notes above)") }
        print("\(dataset.count) inputs from \(source); \(metric.rawValue): \(first.rawValue) vs \(second.rawValue); error = (\(first.rawValue) − \(second.rawValue)) / \(second.rawValue)\n")
        print(TextTable.render(header: ["kernel", "model", "dpus", "tasklets", first.rawValue, second.rawValue, "error"], rows: rows))
        try outputs.write(["csv": csvData(table)])
        if let csv = workload.csv { print("wrote \(csv) (\(rows.count) rows)") }
    }

    private func report(_ backend: Backend, _ kernel: any InferenceKernel, _ request: InferenceRequest,
                        _ workload: WorkloadOptions) throws -> RunReport {
        if backend == .sim { return try workload.run(kernel, request) }
        return try hardware.run(kernel, request, backend: backend)
    }
}
