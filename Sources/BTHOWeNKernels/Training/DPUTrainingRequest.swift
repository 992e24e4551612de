import BTHOWeNModel
import DPUSim
import PIMSystem

/// What to train, how, on how many simulated DPUs.
public struct DPUTrainingRequest: Sendable {
    public var configuration: ModelConfiguration
    /// The training images; validation as in `Trainer` (the last 10% when > 10,000).
    public var dataset: MNISTDataset
    public var seed: UInt64
    public var strategy: TrainingStrategy
    public var dpus: Int
    /// Tasklets per DPU; nil picks the most tasklets (up to the revolver depth) for which a
    /// whole counter table fits in WRAM per tasklet, else 16 (`DPUTraining.automaticTasklets`).
    public var tasklets: Int?
    public var hashing: HashingSide
    public var merge: MergeRule
    public var dpuConfiguration: DPUConfiguration
    /// Host threads simulating DPUs (results do not depend on it).
    public var threads: Int
    /// Split the training images into at least this many launches (streaming them in
    /// batches); more are used when the streams do not fit in MRAM. Does not change the
    /// trained counters of `train-filter-split`.
    public var minimumTrainingLaunches = 1
    /// Host memory the simulator may use for DPUs' MRAM at once (`train-data-parallel` is
    /// simulated in waves of DPUs below it); does not change any result.
    public var simulationMemoryBytes: Int

    public init(configuration: ModelConfiguration, dataset: MNISTDataset, seed: UInt64 = Trainer.defaultSeed,
                strategy: TrainingStrategy, dpus: Int, tasklets: Int? = nil, hashing: HashingSide = .host,
                merge: MergeRule = .sum, dpuConfiguration: DPUConfiguration = .v1A, threads: Int = 1,
                simulationMemoryBytes: Int = 1 << 30) {
        self.configuration = configuration
        self.dataset = dataset
        self.seed = seed
        self.strategy = strategy
        self.dpus = dpus
        self.tasklets = tasklets
        self.hashing = hashing
        self.merge = merge
        self.dpuConfiguration = dpuConfiguration
        self.threads = threads
        self.simulationMemoryBytes = simulationMemoryBytes
    }
}

/// The result of training on simulated DPUs.
public struct DPUTrainingOutcome: Sendable {
    public var strategy: TrainingStrategy
    public var model: Model
    /// The trained counters, [class][filter][entry] as `CountingBloomFilters.counters`:
    /// `train-filter-split` reads them back from the DPUs' MRAM after training (a
    /// functional read-out for checking, not a modelled transfer); `train-data-parallel`
    /// gives the merged counters the host computed.
    public var counters: [UInt32]
    public var maxCounter: Int
    public var bleach: Int
    public var bleachTrials: [BleachTrial]
    public var trainingImages: Int
    public var validationImages: Int
    public var heldOutValidation: Bool
    public var validationCorrect: Int
    public var dpus: Int
    /// Tasklets of the train kernel, and of the bleach phase's bleach-score and binarize
    /// kernels (bleach-minima's are in `notes`).
    public var tasklets: Int
    public var bleachTasklets: Int
    /// What each phase cost: the records the system made during it (`SystemLedger.records`),
    /// logical operations on all DPUs even when simulated in waves.
    public var trainPhase: SystemLedger
    public var bleachPhase: SystemLedger
    public var dpuConfiguration: DPUConfiguration
    public var notes: [String]

    public var validationAccuracy: Double { validationImages == 0 ? 0 : Double(validationCorrect) / Double(validationImages) }

    /// The two rows of `simctl train --on-dpus`: phase train, then bleach. `accuracy` is the
    /// final model's accuracy on whatever set the caller evaluated; `matchesReference`
    /// whether the model equals the host trainer's byte for byte.
    public func reports(accuracy: Double, matchesReference: Bool) -> [(phase: String, report: RunReport)] {
        let name = model.configuration.name
        return [
            ("train", RunReport(phase: trainPhase, configuration: dpuConfiguration, strategy: strategy.rawValue, model: name, dpus: dpus,
                                tasklets: tasklets, inputs: trainingImages, accuracy: accuracy, matchesReference: matchesReference, notes: notes)),
            ("bleach", RunReport(phase: bleachPhase, configuration: dpuConfiguration, strategy: strategy.rawValue, model: name, dpus: dpus,
                                 tasklets: bleachTasklets, inputs: validationImages, accuracy: accuracy, matchesReference: matchesReference,
                                 notes: notes)),
        ]
    }
}

/// A request `DPUTraining` cannot serve (no room in WRAM or MRAM, a bad option).
public struct TrainingRequestError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
