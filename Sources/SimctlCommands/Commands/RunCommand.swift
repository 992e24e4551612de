import BTHOWeNKernels
import DPUSim
import Foundation

/// `simctl run`: one BTHOWeN inference run on simulated DPUs.
struct RunCommand: Command {
    static let name = "run"
    static let abstract = "Run a BTHOWeN kernel on simulated DPUs and report cycles, time, energy and accuracy."
    static let discussion = """
        Runs a BTHOWeN inference kernel (see 'simctl kernels') on simulated UPMEM DPUs. By default \
        it uses the shipped model the kernel was designed for and the shipped 1,000 MNIST test \
        images. Every prediction is checked against the host reference; a mismatch is an error. \
        Prints a summary; --csv writes one report row (docs/kernels.md explains the columns); \
        --trace writes tasklet timelines for Perfetto (docs/visualization.md). --backend hardware runs \
        the same kernel on real UPMEM DPUs through libdpu and reports the measured cycles (docs/hardware.md). \
        --pipeline also simulates the run in batches and schedules them with host work, transfers and \
        launches overlapped, reporting the makespan beside the serialized total (docs/planning.md); \
        its CSV gains the pipeline columns and its trace a "pipeline" process.
        """
    enum Options {
        static let kernel = Option<String>(required: "kernel", "name", "naive, mram-probe, small-pooled or large-filter-split.",
                                           missing: "missing '--kernel <name>' (one of \(Kernels.names.joined(separator: ", ")))")
        static let tasklets = Option<Int>("tasklets", "n", "Tasklets per DPU (1...24 on UPMEM v1A).", default: 16)
        /// Checked against the configuration's DPUs when read.
        static let dpus = Option<Int>("dpus", "n", "DPUs (1...2560).", default: 10)
    }
    static let options: [any OptionDeclaration] = [Options.kernel, Options.tasklets, Options.dpus]
        + WorkloadOptions.Options.all + TraceOptions.Options.all + BackendOptions.all + PipelineFlags.Options.all

    var kernel: any InferenceKernel
    var tasklets: Int
    var dpus: Int
    var workload: WorkloadOptions
    var trace: TraceOptions
    var backend: Backend
    /// libdpu and the DPU program, for a backend other than `sim`.
    var hardware: HardwareSession?
    /// `--csv` and `--trace`, checked before the run.
    var outputs: Outputs
    /// `--pipeline` and its options.
    var pipeline: PipelineFlags

    init(parsing arguments: ParsedArguments) throws {
        let name = try arguments[Options.kernel]
        guard let kernel = Kernels.named(name) else {
            throw UsageError("unknown kernel '\(name)' (one of \(Kernels.names.joined(separator: ", ")))")
        }
        self.kernel = kernel
        tasklets = try arguments[Options.tasklets]
        workload = try WorkloadOptions(arguments)
        dpus = try arguments[Options.dpus, in: 1...workload.configuration.maxDPUs]
        try workload.checkApplies(to: [kernel])
        trace = try TraceOptions(arguments, dpus: dpus)
        outputs = try Outputs([("csv", workload.csv), ("trace", trace.path)], inputs: workload.inputFiles)
        do {
            try workload.configuration.validateTasklets(tasklets)
        } catch {
            throw UsageError(error.message)
        }
        backend = try arguments[BackendOptions.backend]
        pipeline = try PipelineFlags(arguments, configuration: workload.configuration)
        if pipeline.enabled && backend != .sim { throw UsageError("'--pipeline' schedules simulated runs: it needs '--backend sim'") }
        if backend == .sim {
            if arguments.given(BackendOptions.programs) { throw UsageError("'--dpu-programs' needs '--backend hardware' or '--backend upmem-simulator'") }
        } else {
            if arguments.given(TraceOptions.Options.trace) { throw UsageError("'--trace' records simulated timelines: it needs '--backend sim'") }
            hardware = try HardwareSession.open(arguments, kernels: [kernel], tasklets: [tasklets])
        }
    }

    func run() throws {
        let model = try workload.loadModel(default: kernel.defaultModel)
        let (dataset, source) = try workload.loadDataset()
        var request = try workload.request(model: model, dataset: dataset, dpus: dpus, tasklets: tasklets)
        if let hardware {
            let report = try hardware.run(kernel, request, backend: backend)
            print(MeasuredSummary.render(report, dataSource: source))
            try outputs.write(["csv": csvData(RunReport.table([report]))])
            if let csv = workload.csv { print("wrote \(csv)") }
            return
        }
        let tracer = trace.makeTracer()
        let options = pipeline.options(inputs: request.inputs)
        if options == nil { request.tracer = tracer }
        let outcome = try workload.outcome(kernel, request)
        var report = try workload.report(kernel, request, outcome)
        // The pipelined run is traced (its launches are the batches).
        request.tracer = tracer
        let pipelined = try options.map { try workload.pipelined(kernel, request, $0) }
        report.pipeline = pipelined?.summary
        // The summary first, then the files as one set (both or neither).
        print(Summary.render(report, configuration: workload.configuration, dataSource: source))
        if let p = report.pipeline { print(Summary.render(pipeline: p, serializedTotal: report.totalSeconds, inputs: report.inputs)) }
        let traced = try tracer.map { try trace.render($0, pipelined?.outcome ?? outcome, pipeline: pipelined?.schedule) }
        try outputs.write(["csv": csvData(RunReport.table([report])), "trace": traced?.json].compactMapValues { $0 })
        if let csv = workload.csv { print("wrote \(csv)") }
        if let traced { print(traced.line) }
    }
}

/// The human-readable summary of one run.
enum Summary {
    static func render(_ r: RunReport, configuration c: DPUConfiguration, dataSource: String) -> String {
        func si(_ x: Double, _ unit: String) -> String {
            let prefixes: [(Double, String)] = [(1e9, "G"), (1e6, "M"), (1e3, "k"), (1, ""), (1e-3, "m"), (1e-6, "µ"), (1e-9, "n")]
            for (scale, p) in prefixes where abs(x) >= scale || scale == 1e-9 { return String(format: "%.3g %@%@", x / scale, p, unit) }
            return "0 \(unit)"
        }
        let b = r.breakdown
        let total = max(1, b.total)
        func share(_ x: Double) -> String { String(format: "%.1f%%", x / total * 100) }
        var lines = [
            "kernel      \(r.kernel) on the \(r.model) model, \(r.dpus) DPUs × \(r.tasklets) tasklets (\(c.name), \(si(c.clockHz, "Hz")))",
            "inputs      \(r.inputs) from \(dataSource); \(r.launches) launch(es)",
            "accuracy    \(String(format: "%.2f%%", r.accuracy * 100)); predictions match the host reference",
            "DPU         \(r.dpuCycles) cycles (slowest DPU) = \(si(r.dpuSeconds, "s")); \(String(format: "%.0f", r.cyclesPerInput)) cycles/input; IPC \(String(format: "%.3f", r.ipc))",
            r.cycleRange.map { "  range     \($0.low)–\($0.high) cycles (\(String(format: "%.0f", r.perInput($0.low)))–\(String(format: "%.0f", r.perInput($0.high))) cycles/input) across the model's uncertain parameters (docs/fidelity.md)" },
            "  cycles    issue \(share(b.issue)), revolver idle \(share(b.revolverIdle)), DMA wait \(share(b.dmaWait)), sync \(share(b.synchronization)), reg. hazard \(share(b.registerHazard))",
            "  memory    WRAM peak \(r.wramPeakBytes) B; MRAM DMA \(r.dmaReads) reads / \(si(Double(r.dmaReadBytes), "B")), \(r.dmaWrites) writes / \(si(Double(r.dmaWriteBytes), "B"))",
            "transfers   host→DPU \(si(Double(r.hostToDPUBytes), "B")), DPU→host \(si(Double(r.dpuToHostBytes), "B")): \(si(r.transferSeconds, "s"))",
            "host        \(si(r.hostSeconds, "s")) (modelled stages); launch overhead \(si(r.launchOverheadSeconds, "s"))",
            "total       \(si(r.totalSeconds, "s")) → \(si(r.inferencesPerSecond, "inferences/s"))",
            "energy      \(si(r.energy, "J")) (DPUs \(si(r.energyDPU, "J")), transfers \(si(r.energyTransfer, "J")), host \(si(r.energyHost, "J")))",
        ]
        for note in r.notes { lines.append("note        \(note)") }
        return lines.compactMap { $0 }.joined(separator: "\n")
    }
}
