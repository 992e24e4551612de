import BTHOWeNModel
import DPUSupport
import DPUSim

/// The modelled cost of one phase of training on DPUs (train or bleach), as *logical*
/// operations: a transfer to every DPU is one transfer, a launch on every DPU is one launch,
/// even when the simulator executes it in waves of DPUs to bound its own memory
/// (`train-data-parallel` with thousands of DPUs). Costs follow `DPUSystem`'s models
/// exactly: transfers by `TransferModel` over every target DPU (ranks concurrent), launches
/// as long as their slowest DPU plus the fixed launch overhead, host stages as counted
/// operations × `hostSecondsPerOperation`.
public struct TrainingPhaseLedger: CostLedger, Sendable {
    public struct Transfer: Sendable, Equatable {
        public var label: String
        public var kind: TransferModel.Kind
        /// Bytes moved, summed over DPUs.
        public var bytes: Int
        public var seconds: Double
    }

    public struct Launch: Sendable {
        public var kernel: String
        public var tasklets: Int
        /// One entry per DPU that ran.
        public var statistics: [LaunchStatistics]
        public var overheadSeconds: Double
        public var cycles: Int { statistics.map(\.cycles).max() ?? 0 }
    }

    public private(set) var transfers: [Transfer] = []
    public private(set) var launches: [Launch] = []
    public struct HostStage: Sendable, Equatable {
        public var stage: String
        public var operations: Int
        public var seconds: Double
    }

    public private(set) var hostStages: [HostStage] = []
    let configuration: DPUConfiguration

    init(configuration: DPUConfiguration) { self.configuration = configuration }

    mutating func transfer(_ label: String, _ kind: TransferModel.Kind, bytesPerDPU: Int, targets: [Int]) {
        guard bytesPerDPU > 0, !targets.isEmpty else { return }
        let seconds = TransferModel.seconds(bytes: bytesPerDPU, targets: targets, kind: kind, configuration)
        transfers.append(Transfer(label: label, kind: kind, bytes: bytesPerDPU * targets.count, seconds: seconds))
    }

    /// Starts a logical launch; waves add their DPUs' statistics with `append`.
    mutating func beginLaunch(kernel: String, tasklets: Int) -> Int {
        launches.append(Launch(kernel: kernel, tasklets: tasklets, statistics: [], overheadSeconds: configuration.launchOverheadSeconds))
        return launches.count - 1
    }

    mutating func append(_ stats: [LaunchStatistics], to launch: Int) { launches[launch].statistics += stats }

    mutating func host(_ stage: String, operations: Int) {
        hostStages.append(HostStage(stage: stage, operations: operations,
                                          seconds: Double(operations) * configuration.hostSecondsPerOperation))
    }

    public var launchStatistics: [[LaunchStatistics]] { launches.map(\.statistics) }
    public var dpuCycles: Int { launches.reduce(0) { $0 + $1.cycles } }
    public var dpuSeconds: Double { Double(dpuCycles) / configuration.clockHz }
    public var transferSeconds: Double { transfers.reduce(0) { $0 + $1.seconds } }
    public var hostSeconds: Double { hostStages.reduce(0) { $0 + $1.seconds } }
    public var launchOverheadSeconds: Double { launches.reduce(0) { $0 + $1.overheadSeconds } }
    public var totalSeconds: Double { dpuSeconds + transferSeconds + hostSeconds + launchOverheadSeconds }
    public var hostToDPUBytes: Int { transfers.filter { $0.kind != .fromDPU }.reduce(0) { $0 + $1.bytes } }
    public var dpuToHostBytes: Int { transfers.filter { $0.kind == .fromDPU }.reduce(0) { $0 + $1.bytes } }
}

extension RunReport {
    /// The report of one training phase, in `simctl run`'s columns (docs/kernels.md), with
    /// the same definitions: `dpu_cycles` sums the slowest DPU of every launch; energy counts
    /// every DPU's dynamic energy plus static power of all `dpus` DPUs of the system for the
    /// launches' duration; `inputs` are the phase's images (training or validation), so
    /// `inferences_per_second` reads as images per second of the phase.
    init(phase ledger: TrainingPhaseLedger, strategy: String, model: String, dpus: Int, tasklets: Int, inputs: Int,
         accuracy: Double, matchesReference: Bool, notes: [String]) {
        self.init(kernel: strategy, model: model, dpus: dpus, tasklets: tasklets, inputs: inputs, costs: ledger,
                  configuration: ledger.configuration, accuracy: accuracy, matchesReference: matchesReference, notes: notes)
    }

    /// `simctl train --on-dpus` CSV: `simctl run`'s columns, then `phase` (train or bleach).
    public static func trainingTable(_ rows: [(phase: String, report: RunReport)]) -> CSVTable {
        var table = CSVTable(header: columns + ["phase"])
        for (phase, r) in rows { table.append(r.row + [phase]) }
        return table
    }
}
