import DPUSupport
import BTHOWeNKernels
import DPUSim
import Foundation

/// `simctl plan`: searches kernel × tasklets × DPUs × batch × pipelined for the best
/// mapping of a model's inference (docs/planning.md).
struct PlanCommand: Command {
    static let name = "plan"
    static let abstract = "Search kernels, tasklets, DPUs, batch sizes and pipelining for the best mapping of an inference run."
    static let discussion = """
        Explores every kernel (and so the hashing side: host or DPU) × tasklets (8, 16, 24) × DPUs \
        (10, 20, 40 … up to --max-dpus; for large-filter-split the DPU count fixes its input groups) × \
        batch size (the whole run, ¼, 1/16, 1/64) × pipelined or serialized, with transfers (broadcast \
        or per-DPU pushes, ranks touched, pulls) in the cost. Each shape is simulated on a sample of \
        inputs and extrapolated; shapes whose host work alone cannot beat the best estimate are pruned; \
        the best estimates are then simulated in full, and the plan chosen is the best of those. \
        Prints the Pareto front (time, energy, DPUs) and the choice with its reason; --csv writes one \
        row per plan simulated (the run columns plus hashing, pipelined, batch, plan_seconds, \
        plan_inferences_per_second, pareto, verified, extrapolation_error_percent); --plot draws the front.
        """
    enum Options {
        typealias W = WorkloadOptions.Options
        static let model = Option<String>(required: "model", "name|file", "small, medium, large (the shipped models) or a model file.",
                                          missing: "missing '--model small|medium|large|FILE'")
        /// Checked against the configuration's DPUs when read; its default is at most the configuration's.
        static let maxDPUs = Option<Int?>("max-dpus", "d", "The most DPUs a plan may use (10...maxDPUs).", shownDefault: "2560")
        static let objective = Option<PlanObjective>("objective", "name", "throughput, energy or edp (energy × time).", default: .throughput,
                                                     choices: [.throughput, .energy, .edp])
        static let hostThreads = Option<Int?>("host-threads", "n", "Host threads of the modelled host for host stages.", range: 1...4096,
                                              shownDefault: "hostThreads of the configuration, 16")
        static let sample = Option<Int>("sample", "n", "Inputs simulated per shape before extrapolating (at least one per DPU is used).",
                                        default: 256, range: 1...1_000_000)
        static let verify = Option<Int>("verify", "n", "How many of the best estimated shapes to simulate in full (1...20).", default: 3, range: 1...20)
        static let csv = Option<String?>("csv", "file", "Write one row per plan simulated (RFC 4180).")
        static let plot = Option<String?>("plot", "file.svg", "Draw the plans and their Pareto front as an SVG figure.")
    }
    static let options: [any OptionDeclaration] = [
        Options.model, Options.W.inputs, Options.W.mnist, Options.W.split, Options.W.config, Options.W.threads, Options.maxDPUs,
        Options.objective, Options.hostThreads, Options.sample, Options.verify, Options.csv, Options.plot, Options.W.quiet,
    ]

    var workload: WorkloadOptions
    var modelName: String
    var settings: (maxDPUs: Int, objective: PlanObjective, hostThreads: Int, sample: Int, verify: Int)
    var plot: String?
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        modelName = try arguments[Options.model]
        workload = try WorkloadOptions(arguments)
        let c = workload.configuration
        let maxDPUs = try arguments[Options.maxDPUs, in: 10...c.maxDPUs] ?? min(2560, c.maxDPUs)
        let objective = try arguments[Options.objective]
        settings = (maxDPUs, objective, try arguments[Options.hostThreads] ?? c.hostThreads,
                    try arguments[Options.sample], try arguments[Options.verify])
        plot = try arguments[Options.plot]
        outputs = try Outputs([("csv", workload.csv), ("plot", plot)], inputs: workload.inputFiles)
    }

    func run() throws {
        let model = try loadNamedModel(modelName).model
        let (dataset, source) = try workload.loadDataset()
        guard dataset.pixelsPerImage == model.configuration.pixels else {
            throw UsageError("images have \(dataset.pixelsPerImage) pixels, the model expects \(model.configuration.pixels)")
        }
        var s = PlannerSettings(model: model, dataset: dataset, configuration: workload.configuration, threads: workload.threads,
                                hostThreads: settings.hostThreads, maxDPUs: settings.maxDPUs, objective: settings.objective,
                                sampleInputs: settings.sample, verify: settings.verify)
        s.tasklets = s.tasklets.filter { $0 <= workload.configuration.maxTasklets }
        let showProgress = !workload.quiet && isatty(2) != 0
        let outcome = try Planner.search(s) { line in
            if showProgress { FileHandle.standardError.write(Data("\r\u{1b}[K\(line)".utf8)) }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1b}[K".utf8)) }
        print(PlanSummary.render(outcome, settings: s, source: source))
        let figure = plot.map { _ in Data(PlanFigure.svg(outcome, objective: s.objective, model: model.configuration.name).utf8) }
        try outputs.write(["csv": csvData(PlanSummary.table(outcome)), "plot": figure].compactMapValues { $0 })
        if let csv = workload.csv { print("wrote \(csv)") }
        if let plot { print("wrote \(plot)") }
    }
}

/// The text and the CSV of a plan search.
enum PlanSummary {
    static let columns = ["hashing", "pipelined", "batch", "plan_seconds", "plan_inferences_per_second", "pareto", "verified",
                          "extrapolation_error_percent"]

    static func table(_ o: PlanOutcome) -> CSVTable {
        var table = CSVTable(header: RunReport.columns + PipelineSummary.columns + columns)
        for row in o.rows {
            let p = row.point
            table.append(row.report.row + (row.report.pipeline?.row ?? Array(repeating: "", count: PipelineSummary.columns.count)) + [
                p.hashing, String(p.pipelined), String(p.batch), CSVTable.format(row.seconds),
                CSVTable.format(Double(row.report.inputs) / row.seconds), String(row.pareto), String(row.verified),
                row.errorPercent.map { CSVTable.format($0) } ?? "",
            ])
        }
        return table
    }

    static func line(_ r: PlanRow) -> String {
        let p = r.point
        let kernel = p.kernel.padding(toLength: 18, withPad: " ", startingAt: 0)
        return String(format: "%@ %4d DPUs × %2d tasklets, hashing on %@, batches of %6d, %@: %9.4g s, %9.4g inferences/s, %8.4g J%@",
                      kernel, p.dpus, p.tasklets, p.hashing == "dpu" ? "DPU " : "host", p.batch, p.pipelined ? "pipelined " : "serialized",
                      r.seconds, Double(r.report.inputs) / r.seconds, r.joules, r.verified ? " (simulated in full)" : "")
    }

    static func render(_ o: PlanOutcome, settings s: PlannerSettings, source: String) -> String {
        let w = o.rows[o.winner]
        let verified = o.rows.filter(\.verified)
        let runnerUp = verified.filter { $0.point != w.point }.min { $0.cost(s.objective) < $1.cost(s.objective) }
        var lines = [
            "plan        \(s.model.configuration.name) model, \(s.dataset.count) inputs from \(source); objective \(s.objective.rawValue); up to \(s.maxDPUs) DPUs; \(s.hostThreads) host threads",
            "searched    \(o.sampledShapes) shapes sampled (kernel × tasklets × DPUs, \(s.sampleInputs)+ inputs each), \(o.rows.count) plans estimated, \(o.skipped.count) shapes skipped or pruned",
            "verified    \(verified.count) plans simulated in full; extrapolation error up to \(String(format: "%.1f", o.maxErrorPercent))%",
            "Pareto front (time, energy, DPUs):",
        ]
        lines += o.rows.filter(\.pareto).sorted { ($0.point.dpus, $0.seconds) < ($1.point.dpus, $1.seconds) }.map { "  " + line($0) }
        lines.append("chosen      " + line(w))
        var reason = "  because   the lowest \(s.objective == .throughput ? "time" : s.objective.rawValue) of the plans simulated in full"
        if let p = w.report.pipeline { reason += "; bottleneck \(p.bottleneck.rawValue) (host \(Int(p.busyHost * 100))%, transfers \(Int(p.busyTransfer * 100))%, DPUs \(Int(p.busyDPU * 100))% busy)" }
        if let runnerUp { reason += String(format: "; next best %@ %d DPUs × %d, %@ (%.3g×)", runnerUp.point.kernel, runnerUp.point.dpus,
                                           runnerUp.point.tasklets, runnerUp.point.pipelined ? "pipelined" : "serialized",
                                           runnerUp.cost(s.objective) / w.cost(s.objective)) }
        lines.append(reason)
        return lines.joined(separator: "\n")
    }
}
