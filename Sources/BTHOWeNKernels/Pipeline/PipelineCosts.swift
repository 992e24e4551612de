import BTHOWeNModel
import DPUSim
import PIMSystem

/// The modelled cost of every stage of a batched run, per batch and per rank, read from
/// the run's plan (which steps are setup, which batch each host charge serves) and its
/// ledger (what each transfer, launch and host stage cost): the input of the pipelined
/// schedule (`tasks`).
///
/// Stages of batch k: host-prepare (its share of the per-input host stages plus its own
/// `.prepare` charges), push (its input transfers, per rank), launch (per rank: the rank's
/// slowest DPU at the clock plus `launchOverheadSeconds`), pull (per rank), host-finish
/// (its `.finish` charges; kernels whose DPUs take the argmax have none). Setup: the
/// `.setup` host charges, then the transfers before the first batch (model, tables), per
/// rank. Transfers target every DPU of the run; a rank's share costs what `TransferModel`
/// gives for that rank alone.
public struct PipelineCosts: Sendable, Equatable {
    public struct Batch: Sendable, Equatable {
        public var inputs: Int
        public var prepareSeconds: Double
        /// Per rank.
        public var pushSeconds: [Double]
        public var launchSeconds: [Double]
        public var pullSeconds: [Double]
        public var finishSeconds: Double
    }

    public var ranks: Int
    public var setupHostSeconds: Double
    /// Per rank.
    public var setupTransferSeconds: [Double]
    public var batches: [Batch]
    /// The `.perInput` host stages' seconds (binarize, remap, hash), in total: the host work
    /// every shape of a kernel does for these inputs, whatever its DPUs and tasklets.
    public var perInputHostSeconds = 0.0

    public var inputs: Int { batches.reduce(0) { $0 + $1.inputs } }

    /// The costs of a run of `plan` whose ledger is `ledger` (the ledger of `plan.simulate`).
    ///
    /// - Precondition: the ledger is the plan's: one host record per charge, one transfer
    ///   per transfer step, one launch per launch step, in plan order.
    public init(plan: HostPlan, ledger: SystemLedger, configuration c: DPUConfiguration) {
        precondition(ledger.hostStages.count == plan.hostStages.count, "the ledger is not this plan's")
        let dpus = plan.dpus
        ranks = (dpus + c.dpusPerRank - 1) / c.dpusPerRank
        let zero = [Double](repeating: 0, count: ranks)
        var batches: [Batch] = []
        var setupTransfers = zero
        var transfer = 0, launch = 0
        for (i, step) in plan.steps.enumerated() {
            switch step {
            case .broadcast, .push:
                let perRank = Self.perRank(ledger.transfers[transfer], dpus: dpus, ranks: ranks, c)
                transfer += 1
                if i < plan.batchesStart {
                    setupTransfers = zip(setupTransfers, perRank).map(+)
                } else {
                    if batches.isEmpty || batches.count == launch {
                        batches.append(Batch(inputs: 0, prepareSeconds: 0, pushSeconds: zero, launchSeconds: zero,
                                             pullSeconds: zero, finishSeconds: 0))
                    }
                    batches[batches.count - 1].pushSeconds = zip(batches[batches.count - 1].pushSeconds, perRank).map(+)
                }
            case .launch(let kernelLaunch):
                let record = ledger.launches[launch]
                launch += 1
                if batches.count < launch {
                    batches.append(Batch(inputs: 0, prepareSeconds: 0, pushSeconds: zero, launchSeconds: zero, pullSeconds: zero, finishSeconds: 0))
                }
                batches[launch - 1].inputs = kernelLaunch.inputs
                batches[launch - 1].launchSeconds = Self.perRank(record, ranks: ranks, c)
            case .pull:
                let perRank = Self.perRank(ledger.transfers[transfer], dpus: dpus, ranks: ranks, c)
                transfer += 1
                precondition(launch > 0, "a pull before the first launch")
                batches[launch - 1].pullSeconds = zip(batches[launch - 1].pullSeconds, perRank).map(+)
            }
        }
        setupTransferSeconds = setupTransfers
        setupHostSeconds = 0
        self.batches = batches
        chargeHostStages(plan.hostStages, ledger.hostStages)
    }

    /// Spreads the host records over setup and batches by their charges' scopes.
    private mutating func chargeHostStages(_ charges: [HostStageCharge], _ records: [HostStageRecord]) {
        let total = max(1, inputs)
        for (charge, record) in zip(charges, records) {
            switch charge.scope {
            case .setup: setupHostSeconds += record.seconds
            case .perInput:
                perInputHostSeconds += record.seconds
                for k in batches.indices { batches[k].prepareSeconds += record.seconds * Double(batches[k].inputs) / Double(total) }
            case .prepare(let k): batches[k].prepareSeconds += record.seconds
            case .finish(let k): batches[k].finishSeconds += record.seconds
            }
        }
    }

    /// A transfer's cost per rank (every DPU of the run addressed, `bytes / dpus` each).
    static func perRank(_ record: TransferRecord, dpus: Int, ranks: Int, _ c: DPUConfiguration) -> [Double] {
        let seconds = TransferModel.perRank(bytes: record.bytes / dpus, targets: Array(0..<dpus), kind: record.kind, c)
        return (0..<ranks).map { seconds[$0] ?? 0 }
    }

    /// A launch's duration per rank: the rank's slowest DPU plus the launch overhead.
    static func perRank(_ record: LaunchRecord, ranks: Int, _ c: DPUConfiguration) -> [Double] {
        var cycles = [Int](repeating: 0, count: ranks)
        for (d, s) in record.statistics.enumerated() { cycles[d / c.dpusPerRank] = max(cycles[d / c.dpusPerRank], s.cycles) }
        return cycles.map { Double($0) / c.clockHz + record.overheadSeconds }
    }

    /// The same stages for `inputs` inputs, from these (a sample's) batches: batch k costs
    /// what sample batch k mod (sample batches) cost, and the last batch, when fewer inputs
    /// remain, that batch's costs scaled by the inputs it gets. Setup is unchanged.
    public func extrapolated(toInputs target: Int) -> PipelineCosts {
        precondition(!batches.isEmpty && batches.allSatisfy { $0.inputs > 0 }, "nothing to extrapolate from")
        var out = self
        out.batches = []
        var done = 0, k = 0
        while done < target {
            var b = batches[k % batches.count]
            let n = min(b.inputs, target - done)
            if n < b.inputs { b = b.scaled(Double(n) / Double(b.inputs), inputs: n) }
            out.batches.append(b)
            done += n
            k += 1
        }
        return out
    }
}

extension PipelineCosts.Batch {
    func scaled(_ f: Double, inputs: Int) -> Self {
        Self(inputs: inputs, prepareSeconds: prepareSeconds * f, pushSeconds: pushSeconds.map { $0 * f },
             launchSeconds: launchSeconds.map { $0 * f }, pullSeconds: pullSeconds.map { $0 * f }, finishSeconds: finishSeconds * f)
    }
}
