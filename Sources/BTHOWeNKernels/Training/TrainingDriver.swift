import BTHOWeNModel
import DPUSim
import PIMSystem
import Foundation

/// One run of `DPUTraining`: the request's plans (tasklets, WRAM plans, bleach-score's batch),
/// the host's data, and the system whose ledger records every cost. Its phases live in
/// `TrainFilterSplit.swift`, `TrainDataParallel.swift` and `BleachPhase.swift`, the
/// launches' payloads in `TrainingStreams.swift`.
///
/// The ledger's records between two marks are a phase's report: the train phase holds the
/// host's record preparation and routing, the train launches and what they move; the bleach
/// phase starts with the validation records' preparation.
struct TrainingDriver {
    let request: DPUTrainingRequest
    let c: ModelConfiguration
    let f: DPUConfiguration
    let data: TrainingData
    let system: DPUSystem
    /// Tasklets of the train kernel, of bleach-minima, and of bleach-score and binarize.
    let tasklets: Int
    let minimaTasklets: Int
    let scoreTasklets: Int
    let dpuHashing: Bool
    let trainPlan: TrainingWRAMPlan
    let minimaPlan: TrainingWRAMPlan
    let scoreBatch: Int
    var notes: [String] = []
    /// Where the train phase left the counters, when they stay in place for bleaching
    /// (`train-filter-split`: the owners are the bleach phase's); nil for data-parallel.
    var bleachLayout: TrainingMRAMLayout?
    var countersInPlace = false

    init(_ request: DPUTrainingRequest) throws {
        self.request = request
        c = request.configuration
        f = request.dpuConfiguration
        try f.validate()
        guard (1...f.maxDPUs).contains(request.dpus) else {
            throw TrainingRequestError(message: "dpus must be in 1...\(f.maxDPUs), got \(request.dpus)")
        }
        dpuHashing = request.hashing == .dpu
        tasklets = request.tasklets ?? DPUTraining.automaticTasklets(c, hashing: request.hashing, configuration: f)
        minimaTasklets = request.tasklets ?? DPUTraining.automaticTasklets(c, hashing: request.hashing, outputs: true, configuration: f)
        scoreTasklets = request.tasklets ?? min(16, f.maxTasklets)
        try f.validateTasklets(tasklets)
        guard let plan = TrainingWRAMPlan.choose(c: c, tasklets: tasklets, dpuHashing: dpuHashing, outputs: false, configuration: f),
              let minima = TrainingWRAMPlan.choose(c: c, tasklets: minimaTasklets, dpuHashing: dpuHashing, outputs: true, configuration: f),
              let batch = TrainingKernels.scoreBatch(c: c, tasklets: scoreTasklets, configuration: f),
              TrainingWRAMPlan.choose(c: c, tasklets: scoreTasklets, dpuHashing: false, outputs: true, configuration: f) != nil else {
            throw TrainingRequestError(message: "\(request.tasklets ?? tasklets) tasklets leave no room in WRAM for the training kernels' buffers")
        }
        trainPlan = plan
        minimaPlan = minima
        scoreBatch = batch
        data = try TrainingData(configuration: c, dataset: request.dataset, seed: request.seed, dpuHashing: dpuHashing)
        system = try DPUSystem(configuration: f, dpus: request.dpus, threads: request.threads)
    }

    var kernelName: String { request.strategy.rawValue }
    var pairCount: Int { data.pairs }
    var E: Int { c.entriesPerFilter }

    /// The pairs DPU `d` owns in the filter-split partition (class-major pair order
    /// p = class · filters + filter; contiguous, near-equal shares).
    func ownedPairs(_ d: Int) -> Range<Int> { share(pairCount, over: request.dpus, d) }

    // MARK: Run

    mutating func run(progress: (String) -> Void) throws -> DPUTrainingOutcome {
        let trainStart = system.ledger.mark
        for (stage, ops) in data.trainStages { system.chargeHost(stage, operations: ops) }
        // Each training record (image, filter) is copied into exactly one pair's stream.
        system.chargeHost("route records", operations: data.trainCount * data.filters)
        notes.append(trainPlan.tables
            ? "\(tasklets) tasklets; a pair's counters are staged in WRAM (\(E * 4) B table per tasklet) when it has ≥ \(DPUTraining.tableThreshold(c, writeBack: true, configuration: f)) records in a launch, probed in MRAM otherwise"
            : "\(tasklets) tasklets; counters probed in MRAM (8-byte DMA per probe): \(tasklets) tables of \(E * 4) B do not fit in WRAM")
        notes.append("bleaching: bleach-minima on \(minimaTasklets) tasklets (counter tables \(minimaPlan.tables ? "staged in WRAM" : "probed in MRAM")), bleach-score (WRAM batch of \(scoreBatch) images) and binarize on \(scoreTasklets)")
        let counters: [UInt32]
        let maxCounter: Int
        switch request.strategy {
        case .filterSplit:
            (counters, maxCounter) = try trainFilterSplit(progress: progress)
        case .dataParallel:
            (counters, maxCounter) = try trainDataParallel(progress: progress)
        }
        let bleachStart = system.ledger.mark
        for (stage, ops) in data.validationStages { system.chargeHost(stage, operations: ops) }
        let (bleach, trials, words) = try bleachOnDPUs(counters: counters, maxCounter: maxCounter, progress: progress)
        let end = system.ledger.mark
        let s = data.skeleton
        let model = try Model(configuration: c, thresholds: s.thresholds, inputOrder: s.inputOrder, hashMatrix: s.hashMatrix,
                              filterWords: words, bleach: UInt32(bleach), seed: request.seed)
        return DPUTrainingOutcome(
            strategy: request.strategy, model: model, counters: counters, maxCounter: maxCounter, bleach: bleach, bleachTrials: trials,
            trainingImages: data.trainCount, validationImages: data.validationCount, heldOutValidation: data.heldOutValidation,
            validationCorrect: trials.first { $0.bleach == bleach }?.correct ?? 0, dpus: request.dpus, tasklets: tasklets,
            bleachTasklets: scoreTasklets,
            trainPhase: system.ledger.records(trainStart..<bleachStart), bleachPhase: system.ledger.records(bleachStart..<end),
            dpuConfiguration: f, notes: notes)
    }

    /// A push of per-DPU buffers, zero-padded to `pad` (or to the longest) rounded up to 8
    /// bytes; nothing when that is 0 bytes.
    func push(_ buffers: [[UInt8]], targets: [Int], address: Int, label: String, pad: Int? = nil) throws {
        let size = roundUp8(pad ?? buffers.map(\.count).max() ?? 0)
        guard size > 0 else { return }
        let slot = Dictionary(uniqueKeysWithValues: targets.enumerated().map { ($1, $0) })
        try system.push(to: address, bytesPerDPU: size, dpus: targets, label: label) { d in
            let b = buffers[slot[d]!]
            return b.count == size ? b : b + [UInt8](repeating: 0, count: size - b.count)
        }
    }
}
