import BTHOWeNModel
import DPUSim

/// What the planner minimizes (`simctl plan --objective`).
public enum PlanObjective: String, Sendable, CaseIterable {
    /// The run's time: the makespan of a pipelined plan, the serialized total otherwise.
    case throughput
    /// The run's energy (`energy_joules`).
    case energy
    /// Energy × time.
    case edp

    /// The figure to minimize.
    public func cost(seconds: Double, joules: Double) -> Double {
        switch self {
        case .throughput: return seconds
        case .energy: return joules
        case .edp: return seconds * joules
        }
    }
}

/// One mapping the planner considers: kernel × tasklets × DPUs (which fixes
/// `large-filter-split`'s input groups) × batch × pipelined or serialized. The hashing side
/// follows from the kernel.
public struct PlanPoint: Sendable, Hashable {
    public var kernel: String
    public var tasklets: Int
    public var dpus: Int
    /// Inputs per batch (per launch over all DPUs, rounded up per DPU by the kernel).
    public var batch: Int
    public var pipelined: Bool

    /// Where the H3 hashes are computed: `host` for the kernels that push hashes, `dpu` for
    /// the ones that push bit vectors (docs/kernels.md).
    public var hashing: String { ["mram-probe", "large-filter-split"].contains(kernel) ? "host" : "dpu" }
}

/// A plan's figures: estimated from a sample, or from the full simulation once verified.
public struct PlanRow: Sendable {
    public var point: PlanPoint
    /// The run's report (an estimate scaled from the sample until verified), with the
    /// pipeline's summary for pipelined plans.
    public var report: RunReport
    /// The makespan (pipelined) or the serialized total.
    public var seconds: Double
    public var joules: Double
    public var verified = false
    /// (estimated seconds − simulated seconds) ÷ simulated × 100, once verified.
    public var errorPercent: Double?
    public var pareto = false

    public func cost(_ objective: PlanObjective) -> Double { objective.cost(seconds: seconds, joules: joules) }
}

extension PipelineCosts {
    /// These costs (one sampled batch or more) turned into batches of `batch` inputs: every
    /// stage scaled by `batch ÷ the sample's inputs per batch`, except the launch overhead,
    /// which each launch pays once. Linear in the inputs: per-launch work that does not
    /// grow with the inputs (loading resident tables) is scaled too, one source of the
    /// extrapolation error the planner reports.
    func rebatched(_ batch: Int, overhead: Double) -> PipelineCosts {
        let perBatch = Double(inputs) / Double(max(1, batches.count))
        let f = Double(batch) / perBatch
        var out = self
        out.batches = batches.map { b in
            var s = b.scaled(f, inputs: batch)
            s.launchSeconds = b.launchSeconds.map { max(0, $0 - overhead) * f + overhead }
            return s
        }
        return out
    }

    /// Every stage one after another, each transfer and launch at its slowest rank.
    var serializedSum: Double {
        batches.reduce(setupHostSeconds + (setupTransferSeconds.max() ?? 0)) { t, b in
            t + b.prepareSeconds + (b.pushSeconds.max() ?? 0) + (b.launchSeconds.max() ?? 0) + (b.pullSeconds.max() ?? 0) + b.finishSeconds
        }
    }
}

extension RunReport {
    /// A report for `inputs` inputs estimated from this one (a sample's) and the estimated
    /// stages `costs`: times from the stages (DPU seconds = Σ of each launch's slowest rank
    /// less the overhead), counts and dynamic energies scaled by the inputs, static DPU
    /// energy from the DPU seconds.
    func estimated(inputs: Int, costs: PipelineCosts, configuration c: DPUConfiguration) -> RunReport {
        let f = Double(inputs) / Double(max(1, self.inputs))
        func scale(_ x: Int) -> Int { Int((Double(x) * f).rounded()) }
        var r = self
        r.inputs = inputs
        r.launches = costs.batches.count
        r.launchOverheadSeconds = Double(costs.batches.count) * c.launchOverheadSeconds
        r.dpuSeconds = costs.batches.reduce(0) { $0 + max(0, ($1.launchSeconds.max() ?? 0) - c.launchOverheadSeconds) }
        r.dpuCycles = Int((r.dpuSeconds * c.clockHz).rounded())
        r.transferSeconds = costs.batches.reduce(costs.setupTransferSeconds.max() ?? 0) {
            $0 + ($1.pushSeconds.max() ?? 0) + ($1.pullSeconds.max() ?? 0)
        }
        r.hostSeconds = costs.batches.reduce(costs.setupHostSeconds) { $0 + $1.prepareSeconds + $1.finishSeconds }
        r.instructions = scale(instructions)
        r.dmaReads = scale(dmaReads); r.dmaWrites = scale(dmaWrites)
        r.dmaReadBytes = scale(dmaReadBytes); r.dmaWriteBytes = scale(dmaWriteBytes)
        r.hostToDPUBytes = scale(hostToDPUBytes); r.dpuToHostBytes = scale(dpuToHostBytes)
        let staticEnergy = c.staticPowerWatts * Double(dpus) * dpuSeconds
        r.energyDPU = (energyDPU - staticEnergy) * f + c.staticPowerWatts * Double(dpus) * r.dpuSeconds
        r.energyTransfer = energyTransfer * f
        r.energyHost = c.hostPowerWatts * r.hostSeconds
        r.breakdown.issue *= f
        r.breakdown.registerHazard *= f
        r.breakdown.revolverIdle *= f
        r.breakdown.dmaWait *= f
        r.breakdown.synchronization *= f
        r.notes = ["estimated from a sample of \(self.inputs) inputs"]
        return r
    }
}

/// The Pareto front of `rows` over (seconds ↓, joules ↓, DPUs ↓): a row is on it when no
/// other row is at least as good in all three and better in one.
public func paretoFront(_ rows: [PlanRow]) -> [Bool] {
    rows.map { a in
        !rows.contains { b in
            b.seconds <= a.seconds && b.joules <= a.joules && b.point.dpus <= a.point.dpus
                && (b.seconds < a.seconds || b.joules < a.joules || b.point.dpus < a.point.dpus)
        }
    }
}
