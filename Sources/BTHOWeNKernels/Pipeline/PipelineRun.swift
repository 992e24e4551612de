import BTHOWeNModel
import DPUSupport
import DPUSim
import PIMSystem

/// How a pipelined run streams its inputs.
public struct PipelineOptions: Sendable, Equatable {
    /// Inputs per batch (`InferenceRequest.batchInputs`), at least 1.
    public var batch: Int
    /// Host threads for host stages (`DPUConfiguration.hostThreads` by default).
    public var hostThreads: Int
    /// Two MRAM input regions per DPU, so that batch k+1's push may overlap batch k's
    /// launch on the same rank (docs/planning.md: what the SDK allows).
    public var doubleBuffer: Bool

    public init(batch: Int, hostThreads: Int, doubleBuffer: Bool = false) {
        self.batch = batch
        self.hostThreads = hostThreads
        self.doubleBuffer = doubleBuffer
    }

    /// The default batch: the inputs in 16 batches (rounded up), at least one input.
    public static func defaultBatch(inputs: Int) -> Int { max(1, (inputs + 15) / 16) }
}

extension PipelineCosts {
    /// The resources and tasks of the pipelined schedule. Resources: 0 is the host
    /// (`hostThreads` units); rank r has its transfer path (1 + 2r) and its DPUs (2 + 2r).
    /// Per batch k, in this order: prepare (host; needs nothing: the inputs are there from
    /// the start); for each rank, push (after prepare, the rank's setup transfers, and the
    /// rank's pull of batch k−1 — or k−2 with a double buffer, whose push then overlaps the
    /// launch of batch k−1), launch (after the push; the rank's DPUs run one launch at a
    /// time), pull (after the launch); finish (host, after every rank's pull; left out when
    /// it costs nothing). Tasks of earlier batches come first, so they win a contended
    /// resource. Host threads prepare ahead without limit (host memory is not modelled).
    public func tasks(hostThreads: Int, doubleBuffer: Bool) -> (resources: [PipelineResource], tasks: [PipelineTask]) {
        var resources = [PipelineResource(name: "host", kind: .host, units: max(1, hostThreads))]
        for r in 0..<ranks {
            resources.append(PipelineResource(name: "rank \(r) transfers", kind: .transfer, units: 1))
            resources.append(PipelineResource(name: "rank \(r) DPUs", kind: .dpu, units: 1))
        }
        var tasks: [PipelineTask] = []
        func add(_ name: String, _ batch: Int?, _ resource: Int, _ seconds: Double, _ after: [Int]) -> Int {
            tasks.append(PipelineTask(name: name, batch: batch, resource: resource, seconds: seconds, after: after))
            return tasks.count - 1
        }
        let setupHost = setupHostSeconds > 0 ? [add("setup", nil, 0, setupHostSeconds, [])] : []
        let setup = (0..<ranks).map { r in setupTransferSeconds[r] > 0 ? [add("setup transfers", nil, 1 + 2 * r, setupTransferSeconds[r], setupHost)] : setupHost }
        var pulls: [[Int]] = []
        for (k, b) in batches.enumerated() {
            let prepare = add("prepare", k, 0, b.prepareSeconds, [])
            var done: [Int] = []
            for r in 0..<ranks {
                let previous = k - (doubleBuffer ? 2 : 1)
                let push = add("push", k, 1 + 2 * r, b.pushSeconds[r], [prepare] + setup[r] + (previous >= 0 ? [pulls[previous][r]] : []))
                let launch = add("launch", k, 2 + 2 * r, b.launchSeconds[r], [push])
                done.append(add("pull", k, 1 + 2 * r, b.pullSeconds[r], [launch]))
            }
            pulls.append(done)
            if b.finishSeconds > 0 { _ = add("finish", k, 0, b.finishSeconds, done) }
        }
        return (resources, tasks)
    }
}

/// What `simctl run --pipeline` reports beside the serialized total.
public struct PipelineSummary: Sendable, Equatable {
    public var batch: Int
    public var batches: Int
    public var hostThreads: Int
    public var doubleBuffer: Bool
    /// The pipelined schedule's end.
    public var makespanSeconds: Double
    /// The batched run's stages added up (what `total_seconds` would be for these batches).
    public var serializedSeconds: Double
    /// Inputs per second once the pipeline is full: the inputs of batches 1… ÷ the time
    /// from batch 0's last task to the last batch's; inputs ÷ makespan with one batch.
    public var steadyInferencesPerSecond: Double
    public var busyHost: Double
    public var busyTransfer: Double
    public var busyDPU: Double
    public var bottleneck: PipelineResource.Kind

    public init(schedule s: PipelineSchedule, costs: PipelineCosts, options: PipelineOptions, serializedSeconds: Double) {
        batch = options.batch
        batches = costs.batches.count
        hostThreads = options.hostThreads
        doubleBuffer = options.doubleBuffer
        makespanSeconds = s.makespan
        self.serializedSeconds = serializedSeconds
        var done = [Double](repeating: 0, count: batches)
        for i in s.tasks.indices { if let k = s.tasks[i].batch { done[k] = max(done[k], s.end(i)) } }
        if batches >= 2, let last = done.last, last > done[0] {
            steadyInferencesPerSecond = Double(costs.inputs - costs.batches[0].inputs) / (last - done[0])
        } else {
            steadyInferencesPerSecond = makespanSeconds > 0 ? Double(costs.inputs) / makespanSeconds : 0
        }
        busyHost = s.busyFraction(.host)
        busyTransfer = s.busyFraction(.transfer)
        busyDPU = s.busyFraction(.dpu)
        bottleneck = s.bottleneck
    }

    /// CSV columns a pipelined report adds (docs/planning.md).
    public static let columns = ["batch_inputs", "makespan_seconds", "pipelined_inferences_per_second",
                                 "busy_host", "busy_transfer", "busy_dpu", "bottleneck"]

    public var row: [String] {
        let f = { (x: Double) in CSVTable.format(x) }
        return [String(batch), f(makespanSeconds), f(steadyInferencesPerSecond), f(busyHost), f(busyTransfer), f(busyDPU),
                bottleneck.rawValue]
    }
}

extension PipelineCosts {
    /// The serialized model as a schedule: every record of `ledger` one after another in
    /// the order the host made them (host stages, transfers, launches at their slowest DPU
    /// plus the overhead) on the resource it uses. Its makespan is the report's
    /// `totalSeconds` (the same terms, added in ledger order rather than by kind).
    public static func serialized(_ ledger: SystemLedger, configuration c: DPUConfiguration) -> PipelineSchedule {
        let resources = [PipelineResource(name: "host", kind: .host, units: 1), PipelineResource(name: "transfers", kind: .transfer, units: 1),
                         PipelineResource(name: "DPUs", kind: .dpu, units: 1)]
        let tasks = ledger.order.map { entry -> PipelineTask in
            switch entry {
            case .hostStage(let k): return PipelineTask(name: ledger.hostStages[k].stage, batch: nil, resource: 0, seconds: ledger.hostStages[k].seconds)
            case .transfer(let k): return PipelineTask(name: ledger.transfers[k].label, batch: nil, resource: 1, seconds: ledger.transfers[k].seconds)
            case .launch(let k):
                let l = ledger.launches[k]
                return PipelineTask(name: "launch", batch: nil, resource: 2, seconds: Double(l.cycles) / c.clockHz + l.overheadSeconds)
            }
        }
        return PipelineScheduler.serialized(resources: resources, tasks: tasks)
    }

    /// The pipelined schedule of these stages.
    public func schedule(_ options: PipelineOptions) -> PipelineSchedule {
        let (resources, tasks) = tasks(hostThreads: options.hostThreads, doubleBuffer: options.doubleBuffer)
        return PipelineScheduler.schedule(resources: resources, tasks: tasks)
    }
}

/// A pipelined run: the kernel's plan in batches, simulated once, then scheduled.
public struct PipelinedRun: Sendable {
    /// The batched run (its ledger has one launch per batch).
    public var outcome: InferenceOutcome
    public var costs: PipelineCosts
    public var schedule: PipelineSchedule
    public var summary: PipelineSummary

    /// Simulates `kernel` on `request` cut into `options.batch`-input batches, checks every
    /// prediction against the host reference, and schedules the stages.
    ///
    /// - Throws: as `Inference.run`.
    public static func run(_ kernel: any InferenceKernel, _ request: InferenceRequest, _ options: PipelineOptions,
                           progress: (@Sendable (LaunchProgress) -> Void)? = nil) throws -> PipelinedRun {
        precondition(options.batch >= 1 && options.hostThreads >= 1, "a batch and a host thread at least")
        var request = request
        request.batchInputs = options.batch
        if let problem = kernel.problem(with: request) { throw KernelRequestError(message: problem) }
        try request.configuration.validateTasklets(request.tasklets)
        let system = try DPUSystem(configuration: request.configuration, dpus: request.dpus, threads: request.threads)
        system.onDPUFinished = progress
        system.tracer = request.tracer
        let plan = try kernel.plan(request)
        let predictions = try plan.simulate(on: system)
        let correct = try Inference.check(predictions, of: kernel.name, ties: kernel.tieRule, against: request)
        let outcome = InferenceOutcome(kernel: kernel.name, modelName: request.model.configuration.name, dpus: request.dpus,
                                       tasklets: request.tasklets, inputs: request.inputs, predictions: predictions,
                                       correct: correct, ledger: system.ledger, configuration: request.configuration, notes: plan.notes)
        let costs = PipelineCosts(plan: plan, ledger: system.ledger, configuration: request.configuration)
        let schedule = costs.schedule(options)
        return PipelinedRun(outcome: outcome, costs: costs, schedule: schedule,
                            summary: PipelineSummary(schedule: schedule, costs: costs, options: options,
                                                     serializedSeconds: PipelineCosts.serialized(system.ledger, configuration: request.configuration).makespan))
    }
}
