import BTHOWeNModel
import DPUSupport
import DPUSim

/// What `simctl plan` searches and how.
public struct PlannerSettings: Sendable {
    public var model: Model
    /// Every input of the run (the sample is its first `sampleInputs`).
    public var dataset: MNISTDataset
    public var configuration: DPUConfiguration
    /// Host threads simulating DPUs (results do not depend on it).
    public var threads: Int
    /// Host threads of the modelled host (`PipelineOptions.hostThreads`).
    public var hostThreads: Int
    public var maxDPUs: Int
    public var objective: PlanObjective
    /// Inputs simulated per shape before extrapolating (at least one per DPU).
    public var sampleInputs: Int
    /// How many of the best estimated shapes are simulated in full.
    public var verify: Int
    public var kernels: [any InferenceKernel] = Kernels.all
    public var tasklets: [Int] = [8, 16, 24]

    public init(model: Model, dataset: MNISTDataset, configuration: DPUConfiguration, threads: Int, hostThreads: Int,
                maxDPUs: Int, objective: PlanObjective, sampleInputs: Int = 256, verify: Int = 3) {
        self.model = model
        self.dataset = dataset
        self.configuration = configuration
        self.threads = threads
        self.hostThreads = hostThreads
        self.maxDPUs = maxDPUs
        self.objective = objective
        self.sampleInputs = sampleInputs
        self.verify = verify
    }

    /// 10, 20, 40 … 2,560 DPUs, up to `maxDPUs` (multiples of 10, so every kernel can run each).
    public var dpuChoices: [Int] { (0...8).map { 10 << $0 }.filter { $0 <= maxDPUs } }

    /// The whole run in one batch (the serialized run's launches), and ¼, 1/16 and 1/64 of
    /// it, each rounded up; batches smaller than one input per DPU are left out.
    public func batchChoices(dpus: Int) -> [Int] {
        let n = dataset.count
        var out: [Int] = []
        for d in [1, 4, 16, 64] {
            let b = (n + d - 1) / d
            if b >= dpus && !out.contains(b) { out.append(b) }
        }
        return out.isEmpty ? [n] : out
    }
}

/// The planner's answer.
public struct PlanOutcome: Sendable {
    /// Every plan simulated (sampled and extrapolated, or verified in full).
    public var rows: [PlanRow]
    /// Shapes not simulated, with why (a kernel that cannot run them, or a bound).
    public var skipped: [String]
    /// The chosen plan: the verified row with the lowest objective cost (ties: less energy,
    /// then fewer DPUs).
    public var winner: Int
    /// Shapes (kernel × tasklets × DPUs) sampled.
    public var sampledShapes: Int
    /// The largest |extrapolation error| of the verified rows, percent.
    public var maxErrorPercent: Double
}

public enum Planner {
    /// Searches the plans of `settings`: for each kernel × tasklets × DPUs (kernels in
    /// order, fewest DPUs and most tasklets first) it simulates a sample — the first
    /// `max(sampleInputs, DPUs)` inputs in one batch — and extrapolates it to every batch
    /// size, pipelined and serialized (`PipelineCosts.rebatched`, `extrapolated`). A shape
    /// is skipped unsimulated when the kernel's per-input host stages alone (binarize, remap,
    /// hash: the same work for every shape of a kernel, per input as its first sampled
    /// shape measured) — spread over every host thread (time) or at host power (energy) —
    /// already cost as much as the best estimate so far: a lower bound from the host
    /// resource, exact up to the sample's average of the data-dependent hash work. The `verify` best estimated (kernel, tasklets, DPUs, batch) are
    /// then simulated in full, which verifies their pipelined and serialized rows and
    /// measures the extrapolation error; the winner is the verified row of lowest cost.
    /// Two heuristics cut the search further, both stated in docs/planning.md: tasklets are
    /// tried from the most, and once fewer tasklets estimate no better on a (kernel, DPUs),
    /// fewer still are skipped (a DPU gains with tasklets until its pipeline or DMA engine
    /// saturates); DPU counts are tried from the fewest, and once doubling the DPUs brought
    /// no gain for a kernel, larger counts are skipped (the run has hit a bottleneck that
    /// more DPUs do not relieve: host, transfers or per-launch costs).
    ///
    /// - Throws: simulator faults and reference mismatches (a kernel that cannot serve a
    ///   shape is skipped, not an error).
    public static func search(_ settings: PlannerSettings, progress: (String) -> Void = { _ in }) throws -> PlanOutcome {
        var search = Search(settings: settings)
        for kernel in settings.kernels {
            // DPUs from the fewest: once twice the DPUs do no better, more still are not sampled.
            var fewer: (dpus: Int, cost: Double)?
            for dpus in settings.dpuChoices {
                if let fewer, fewer.cost.isInfinite == false, let last = search.bestCost(kernel.name, dpus: fewer.dpus / 2), fewer.cost >= last {
                    search.skipped.append("\(kernel.name) \(dpus) DPUs: pruned, \(fewer.dpus) DPUs were already no better than \(fewer.dpus / 2)")
                    continue
                }
                // Tasklets from the most: once fewer tasklets do no better, fewer still are not sampled.
                var previous: (tasklets: Int, cost: Double, worse: Bool)?
                for tasklets in settings.tasklets.sorted(by: >) {
                    let shape = "\(kernel.name) \(dpus) DPUs × \(tasklets) tasklets"
                    if let previous, previous.worse {
                        search.skipped.append("\(shape): pruned, \(previous.tasklets) tasklets were already no better than more")
                        continue
                    }
                    progress("sampling \(shape)")
                    guard let cost = try search.sample(kernel, dpus: dpus, tasklets: tasklets, shape: shape) else { continue }
                    previous = (tasklets, cost, previous.map { cost >= $0.cost } ?? false)
                }
                fewer = (dpus, search.bestCost(kernel.name, dpus: dpus) ?? .infinity)
            }
        }
        var rows = search.rows
        let skipped = search.skipped, sampled = search.sampled
        guard !rows.isEmpty else { throw KernelRequestError(message: "no kernel can serve any of the shapes searched:\n" + skipped.joined(separator: "\n")) }
        try verifyBest(&rows, settings, progress: progress)
        let front = paretoFront(rows)
        for i in rows.indices { rows[i].pareto = front[i] }
        let verified = rows.indices.filter { rows[$0].verified }
        let winner = verified.min { a, b in
            (rows[a].cost(settings.objective), rows[a].joules, rows[a].point.dpus) < (rows[b].cost(settings.objective), rows[b].joules, rows[b].point.dpus)
        }!
        let error = verified.compactMap { rows[$0].errorPercent.map(abs) }.max() ?? 0
        return PlanOutcome(rows: rows, skipped: skipped, winner: winner, sampledShapes: sampled, maxErrorPercent: error)
    }

    /// The search's state: the rows so far, what was skipped, and each kernel's host bound.
    struct Search {
        let settings: PlannerSettings
        var rows: [PlanRow] = []
        var skipped: [String] = []
        var sampled = 0
        var hostBound: [String: (seconds: Double, joules: Double)] = [:]

        init(settings: PlannerSettings) { self.settings = settings }

        /// The lowest estimated cost of `kernel` on `dpus` DPUs so far, or nil.
        func bestCost(_ kernel: String, dpus: Int) -> Double? {
            rows.filter { $0.point.kernel == kernel && $0.point.dpus == dpus }.map { $0.cost(settings.objective) }.min()
        }

        /// Samples one shape and adds its estimated rows; returns their lowest cost, or nil
        /// when the shape was skipped (the kernel cannot serve it, or the host bound prunes it).
        mutating func sample(_ kernel: any InferenceKernel, dpus: Int, tasklets: Int, shape: String) throws -> Double? {
            let s = settings
            if let problem = kernel.problem(with: Planner.request(s, dpus: dpus, tasklets: tasklets, inputs: s.dataset.count)) {
                skipped.append("\(shape): \(problem)")
                return nil
            }
            if let bound = hostBound[kernel.name], let best = rows.map({ $0.cost(s.objective) }).min(),
               s.objective.cost(seconds: bound.seconds, joules: bound.joules) >= best {
                skipped.append("\(shape): pruned, its host stages alone (\(CSVTable.format(bound.seconds)) s on \(s.hostThreads) threads) cost no less than the best estimate")
                return nil
            }
            guard let sample = try Planner.sample(kernel, s, dpus: dpus, tasklets: tasklets) else {
                skipped.append("\(shape): the kernel cannot plan its sample")
                return nil
            }
            sampled += 1
            let perInput = sample.run.costs.perInputHostSeconds / Double(sample.run.costs.inputs)
            let n = Double(s.dataset.count)
            if hostBound[kernel.name] == nil {
                hostBound[kernel.name] = (perInput * n / Double(s.hostThreads), perInput * n * s.configuration.hostPowerWatts)
            }
            let shapeRows = Planner.estimates(sample, s, dpus: dpus, tasklets: tasklets)
            rows += shapeRows
            return shapeRows.map { $0.cost(s.objective) }.min() ?? .infinity
        }
    }

    static func request(_ s: PlannerSettings, dpus: Int, tasklets: Int, inputs: Int) -> InferenceRequest {
        InferenceRequest(model: s.model, dataset: s.dataset.prefix(inputs), dpus: dpus, tasklets: tasklets,
                         configuration: s.configuration, threads: s.threads)
    }

    /// The sample run of a shape: the first max(sampleInputs, DPUs) inputs in one batch; nil
    /// when the kernel refuses the request (too many input groups for the sample…).
    static func sample(_ kernel: any InferenceKernel, _ s: PlannerSettings, dpus: Int, tasklets: Int) throws -> (run: PipelinedRun, report: RunReport)? {
        let inputs = min(s.dataset.count, max(s.sampleInputs, dpus))
        let request = Self.request(s, dpus: dpus, tasklets: tasklets, inputs: inputs)
        guard kernel.problem(with: request) == nil else { return nil }
        do {
            let run = try PipelinedRun.run(kernel, request, PipelineOptions(batch: inputs, hostThreads: s.hostThreads))
            return (run, RunReport(run.outcome))
        } catch is KernelRequestError {
            return nil
        }
    }

    /// The pipelined and serialized rows of every batch choice, extrapolated from a sample.
    static func estimates(_ sample: (run: PipelinedRun, report: RunReport), _ s: PlannerSettings, dpus: Int, tasklets: Int) -> [PlanRow] {
        var rows: [PlanRow] = []
        for batch in s.batchChoices(dpus: dpus) {
            let costs = sample.run.costs.rebatched(batch, overhead: s.configuration.launchOverheadSeconds).extrapolated(toInputs: s.dataset.count)
            let options = PipelineOptions(batch: batch, hostThreads: s.hostThreads)
            var report = sample.report.estimated(inputs: s.dataset.count, costs: costs, configuration: s.configuration)
            let serialized = costs.serializedSum
            let summary = PipelineSummary(schedule: costs.schedule(options), costs: costs, options: options, serializedSeconds: serialized)
            for pipelined in [true, false] {
                report.pipeline = pipelined ? summary : nil
                let point = PlanPoint(kernel: sample.report.kernel, tasklets: tasklets, dpus: dpus, batch: batch, pipelined: pipelined)
                rows.append(PlanRow(point: point, report: report, seconds: pipelined ? summary.makespanSeconds : serialized, joules: report.energy))
            }
        }
        return rows
    }

    /// Simulates in full the `verify` best distinct (kernel, tasklets, DPUs, batch) by
    /// estimated cost, replacing their rows' figures and recording the estimates' error.
    static func verifyBest(_ rows: inout [PlanRow], _ s: PlannerSettings, progress: (String) -> Void) throws {
        var chosen: [PlanPoint] = []
        for i in rows.indices.sorted(by: { rows[$0].cost(s.objective) < rows[$1].cost(s.objective) }) {
            var key = rows[i].point
            key.pipelined = true
            if !chosen.contains(key) { chosen.append(key) }
            if chosen.count == max(1, s.verify) { break }
        }
        for key in chosen {
            progress("verifying \(key.kernel) \(key.dpus) DPUs × \(key.tasklets) tasklets, batches of \(key.batch)")
            let kernel = s.kernels.first { $0.name == key.kernel }!
            let options = PipelineOptions(batch: key.batch, hostThreads: s.hostThreads)
            let run = try PipelinedRun.run(kernel, Self.request(s, dpus: key.dpus, tasklets: key.tasklets, inputs: s.dataset.count), options)
            var report = RunReport(run.outcome)
            for i in rows.indices where rows[i].point.kernel == key.kernel && rows[i].point.dpus == key.dpus
                && rows[i].point.tasklets == key.tasklets && rows[i].point.batch == key.batch {
                let seconds = rows[i].point.pipelined ? run.summary.makespanSeconds : run.summary.serializedSeconds
                report.pipeline = rows[i].point.pipelined ? run.summary : nil
                rows[i].errorPercent = (rows[i].seconds - seconds) / seconds * 100
                rows[i].report = report
                rows[i].seconds = seconds
                rows[i].joules = report.energy
                rows[i].verified = true
            }
        }
    }
}
