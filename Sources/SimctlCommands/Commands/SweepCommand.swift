import DPUSupport
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
        serve (e.g. small-pooled with one tasklet) are skipped with a note on stderr. \
        --shard K/N runs only the K-th of N disjoint slices of the grid (points K, K+N, K+2N, … \
        in grid order) and adds the columns sweep_point, sweep_shard, sweep_points, sweep_id and \
        sweep_skipped to its CSV (a row for every point it owns, skipped ones included); \
        'simctl merge' joins the N shards' CSVs into the bytes the unsharded sweep writes \
        (docs/scaling.md). With --csv, each completed point is also appended to a progress file \
        beside it (.FILE.progress, removed when the sweep's files are written); after an \
        interruption, the same command with --resume runs only the points it lacks and writes \
        the same bytes (docs/robustness.md).
        """
    enum Options {
        static let kernel = Option<String?>("kernel", "name", "The kernel to sweep.")
        static let kernels = Option<[String]?>(list: "kernels", "list", "Several kernels, comma-separated.")
        /// Checked against the configuration's tasklets and DPUs when read.
        static let tasklets = Option<[Int]>(list: "tasklets", "list", "Tasklet counts, e.g. 1-24 or 1,4,11,16.", default: [16])
        static let dpus = Option<[Int]>(list: "dpus", "list", "DPU counts, e.g. 10,20,40.", default: [10])
        static let shard = Option<Shard?>("shard", "K/N", "Run only the K-th of N slices of the grid (1 <= K <= N).", default: nil,
                                          describe: { $0?.text }, shownDefault: "1/1, the whole grid", parse: { try Shard(parsing: $0) })
        static let plot = Option<String?>("plot", "file.svg", "Also draw the points as an SVG figure (docs/visualization.md).")
        static let resume = Flag("resume", "Reuse the points an interrupted run of the same sweep recorded in the progress file beside --csv.")
    }
    static let options: [any OptionDeclaration] = [Options.kernel, Options.kernels, Options.tasklets, Options.dpus, Options.shard,
                                                   Options.plot, Options.resume] + WorkloadOptions.Options.all

    var kernels: [any InferenceKernel]
    var tasklets: [Int]
    var dpus: [Int]
    var workload: WorkloadOptions
    var shard: Shard?
    var plot: String?
    var resume: Bool
    /// `--csv` and `--plot`, checked before the sweep.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        kernels = try parseKernels(arguments, Options.kernel, Options.kernels, allowAllByDefault: false)
        workload = try WorkloadOptions(arguments)
        try workload.checkApplies(to: kernels)
        tasklets = try arguments[Options.tasklets, in: 1...workload.configuration.maxTasklets]
        dpus = try arguments[Options.dpus, in: 1...workload.configuration.maxDPUs]
        shard = try arguments[Options.shard]
        plot = try arguments[Options.plot]
        resume = arguments[Options.resume]
        if resume && workload.csv.flatMap(SweepProgress.keeps) == nil {
            throw UsageError("'--resume' needs '--csv <file>' naming a regular file: the progress is kept beside it")
        }
        outputs = try Outputs([("csv", workload.csv), ("plot", plot)], inputs: workload.inputFiles)
    }

    func run() throws {
        let (dataset, _) = try workload.loadDataset()
        let progress = try workload.csv.flatMap(SweepProgress.keeps).map {
            try SweepProgress(csv: $0, id: ShardedTable.fingerprint(sweepDescription + ";shard=\(shard?.text ?? "all")"),
                              columns: RunReport.columns, resume: resume)
        }
        var rows: [[String]] = []
        var points: [Int] = []
        var skipped: [Int] = []
        var point = -1
        for kernel in kernels {
            let model = try workload.loadModel(default: kernel.defaultModel)
            for d in dpus {
                for t in tasklets {
                    point += 1
                    if let shard, !shard.owns(point) { continue }
                    if let cells = progress?.completed[point] {
                        rows.append(cells)
                        points.append(point)
                        continue
                    }
                    let request = try workload.request(model: model, dataset: dataset, dpus: d, tasklets: t)
                    if let problem = kernel.problem(with: request) {
                        printError("note: skipping \(kernel.name) dpus=\(d) tasklets=\(t): \(problem)")
                        skipped.append(point)
                        continue
                    }
                    let cells = try workload.run(kernel, request).row
                    try progress?.record(point: point, cells: cells)
                    rows.append(cells)
                    points.append(point)
                }
            }
        }
        var table = CSVTable(header: RunReport.columns)
        for row in rows { table.append(row) }
        let plotRows = try PlotRow.rows(of: table, source: "the sweep")
        if let shard {
            // A shard may own only points that cannot run; its CSV then holds the header alone.
            table = ShardedTable.tag(table, points: points, skipped: skipped, shard: shard, total: point + 1,
                                     id: ShardedTable.fingerprint(sweepDescription))
        } else {
            guard !rows.isEmpty else { throw UsageError("no point of the sweep can run (see the notes above)") }
        }
        // The table first, then the files as one set (all or none).
        print(Self.summary(of: table))
        let figure = plotRows.isEmpty ? nil : Data(ReportFigure.svg(plotRows).utf8)
        try outputs.write(["csv": csvData(table), "plot": figure].compactMapValues { $0 })
        progress?.finish()
        if let csv = workload.csv { print("wrote \(csv) (\(rows.count) rows)") }
        if let plot, !rows.isEmpty { print("wrote \(plot)") }
    }
}

extension SweepCommand {
    /// The printed table of a sweep's report rows (read from their CSV cells, so that resumed
    /// points print as fresh ones).
    static func summary(of table: CSVTable) -> String {
        let names = ["kernel", "model", "dpus", "tasklets", "dpu_cycles", "cycles_per_input", "ipc", "total_seconds",
                     "inferences_per_second", "energy_joules"]
        let index = names.map { table.header.firstIndex(of: $0)! }
        func number(_ text: String, _ format: String) -> String { Double(text).map { String(format: format, $0) } ?? text }
        return TextTable.render(
            header: ["kernel", "model", "dpus", "tasklets", "dpu_cycles", "cycles/input", "IPC", "total s", "inferences/s", "energy J"],
            rows: table.rows.filter { !$0[index[0]].isEmpty }.map { row in
                let c = index.map { row[$0] }
                return [c[0], c[1], c[2], c[3], c[4], number(c[5], "%.0f"), number(c[6], "%.3f"), number(c[7], "%.4g"),
                        number(c[8], "%.4g"), number(c[9], "%.4g")]
            })
    }

    /// Everything that decides a sweep's rows, in a canonical text: its grid and the options
    /// of `WorkloadOptions` that change results (not `--threads`, `--csv`, `--quiet`), with
    /// every DPU parameter's value. Shards of one sweep agree on it; `merge` compares its
    /// fingerprint.
    var sweepDescription: String {
        let parameters = DPUConfiguration.parameters.map { "\($0.key)=\($0.value(in: workload.configuration))" }
        return ([
            "kernels=\(kernels.map(\.name).joined(separator: ","))", "dpus=\(dpus.map(String.init).joined(separator: ","))",
            "tasklets=\(tasklets.map(String.init).joined(separator: ","))", "model=\(workload.model ?? "")",
            "inputs=\(workload.inputs.map(String.init) ?? "all")", "mnist=\(workload.mnist ?? "")", "split=\(workload.split)",
            "hash-tasklets=\(workload.hashTasklets.map(String.init) ?? "")", "uncertainty=\(workload.uncertainty)",
        ] + parameters).joined(separator: ";")
    }
}

/// `--kernel NAME` or `--kernels a,b,…` (all kernels if allowed and neither is given), as the
/// command declares them.
func parseKernels(_ arguments: ParsedArguments, _ kernel: Option<String?>, _ kernels: Option<[String]?>,
                  allowAllByDefault: Bool) throws -> [any InferenceKernel] {
    let names: [String]
    if let one = try arguments[kernel] {
        guard !arguments.given(kernels) else { throw UsageError("give '--kernel' or '--kernels', not both") }
        names = [one]
    } else if let list = try arguments[kernels] {
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
