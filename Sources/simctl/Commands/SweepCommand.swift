import BTHOWeNKernels
import DPUSim
import Foundation

/// `simctl sweep`: one run per point of a grid of kernels × DPU counts × tasklet counts.
struct SweepCommand: Command {
    static let name = "sweep"
    static let abstract = "Run kernels over lists of tasklet and DPU counts; one CSV row per point."
    static let discussion = """
        Runs every combination of --kernel/--kernels, --dpus and --tasklets (lists like 1,4,11,16 \
        and ranges like 1-24), one report row per point, in that order. Points a kernel cannot \
        serve (e.g. small-pooled with one tasklet) are skipped with a note on stderr.
        """
    static let usage = "simctl sweep (--kernel <name> | --kernels <a,b,…>) [--tasklets <list>] [--dpus <list>] [--model …] [--inputs <n>] [--csv <file>] [--plot <file.svg>]"
    static let options: [OptionSpec] = [
        .value("kernel", "name", "The kernel to sweep."),
        .value("kernels", "list", "Several kernels, comma-separated."),
        .value("tasklets", "list", "Tasklet counts, e.g. 1-24 or 1,4,11,16.", default: "16"),
        .value("dpus", "list", "DPU counts, e.g. 10,20,40.", default: "10"),
        .value("plot", "file.svg", "Also draw the points as an SVG figure (docs/visualization.md)."),
    ] + WorkloadOptions.specs

    var kernels: [any InferenceKernel]
    var tasklets: [Int]
    var dpus: [Int]
    var workload: WorkloadOptions
    var plot: String?

    init(parsing arguments: ParsedArguments) throws {
        kernels = try parseKernels(arguments, allowAllByDefault: false)
        workload = try WorkloadOptions(arguments)
        tasklets = try arguments.intList("tasklets", in: 1...workload.configuration.maxTasklets) ?? [16]
        dpus = try arguments.intList("dpus", in: 1...workload.configuration.maxDPUs) ?? [10]
        plot = arguments.string("plot")
        if let plot { try checkOutputPath(plot, option: "plot") }
    }

    func run() throws {
        let (dataset, _) = try workload.loadDataset()
        var reports: [RunReport] = []
        for kernel in kernels {
            let model = try workload.loadModel(default: kernel.defaultModel)
            for d in dpus {
                for t in tasklets {
                    let request = try workload.request(model: model, dataset: dataset, dpus: d, tasklets: t)
                    if let problem = kernel.problem(with: request) {
                        printError("note: skipping \(kernel.name) dpus=\(d) tasklets=\(t): \(problem)")
                        continue
                    }
                    reports.append(try workload.run(kernel, request))
                }
            }
        }
        guard !reports.isEmpty else { throw UsageError("no point of the sweep can run (see the notes above)") }
        try writeCSV(RunReport.table(reports), to: workload.csv)
        print(TextTable.render(
            header: ["kernel", "model", "dpus", "tasklets", "dpu_cycles", "cycles/input", "IPC", "total s", "inferences/s", "energy J"],
            rows: reports.map { r in
                [r.kernel, r.model, String(r.dpus), String(r.tasklets), String(r.dpuCycles), String(format: "%.0f", r.cyclesPerInput),
                 String(format: "%.3f", r.ipc), String(format: "%.4g", r.totalSeconds), String(format: "%.4g", r.inferencesPerSecond),
                 String(format: "%.4g", r.energy)]
            }))
        if let csv = workload.csv { print("wrote \(csv) (\(reports.count) rows)") }
        try writePlot(reports, to: plot)
    }
}

/// `--kernel NAME` or `--kernels a,b,…` (all kernels if allowed and neither is given).
func parseKernels(_ arguments: ParsedArguments, allowAllByDefault: Bool) throws -> [any InferenceKernel] {
    let names: [String]
    if let one = arguments.string("kernel") {
        guard arguments.string("kernels") == nil else { throw UsageError("give '--kernel' or '--kernels', not both") }
        names = [one]
    } else if let list = try arguments.stringList("kernels") {
        names = list
    } else if allowAllByDefault {
        names = Kernels.names
    } else {
        throw UsageError("missing '--kernel <name>' or '--kernels <a,b,…>' (kernels: \(Kernels.names.joined(separator: ", ")))")
    }
    return try names.map { name in
        guard let k = Kernels.named(name) else {
            throw UsageError("unknown kernel '\(name)' (one of \(Kernels.names.joined(separator: ", ")))")
        }
        return k
    }
}
