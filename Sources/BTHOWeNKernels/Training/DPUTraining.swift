import BTHOWeNModel
import DPUSim
import Foundation

/// How the training work is split over the DPUs (docs/training.md).
public enum TrainingStrategy: String, CaseIterable, Sendable {
    /// Exact: every (class, filter) pair is owned by one DPU (and one tasklet of it), which
    /// applies every update of that pair in training order; counters equal the host's.
    case filterSplit = "train-filter-split"
    /// Approximate: each DPU trains full counting filters on a contiguous shard of the
    /// training images; the host merges the counters (`MergeRule`).
    case dataParallel = "train-data-parallel"

    public var summary: String {
        switch self {
        case .filterSplit: return "exact: each DPU owns a share of the (class, filter) pairs and sees every update of them, in order"
        case .dataParallel: return "approximate: each DPU trains all filters on a shard of the images; the host merges the counters"
        }
    }
}

/// Where the H3 hashes are computed.
public enum HashingSide: String, CaseIterable, Sendable {
    /// The host hashes; records are k 16-bit hashes.
    case host
    /// The host binarizes and transposes; the DPU hashes each record's n input bits.
    case dpu
}

/// How `train-data-parallel` combines the DPUs' counters.
public enum MergeRule: String, CaseIterable, Sendable {
    /// Saturating sum: with one DPU it is the exact model; counters keep the scale of
    /// "how many training samples reached this entry", so the bleach search works as on
    /// the host (docs/training.md).
    case sum
    /// Element-wise maximum: never above any single-shard count.
    case max

    /// Folds `part` into `accumulator`, element by element.
    func fold(_ accumulator: UnsafeMutableBufferPointer<UInt32>, _ part: UnsafeRawBufferPointer) {
        precondition(part.count == accumulator.count * 4)
        for i in 0..<accumulator.count {
            let v = UInt32(littleEndian: part.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
            switch self {
            case .sum:
                let (r, overflow) = accumulator[i].addingReportingOverflow(v)
                accumulator[i] = overflow ? .max : r
            case .max:
                accumulator[i] = Swift.max(accumulator[i], v)
            }
        }
    }
}

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

/// BTHOWeN training on simulated DPUs: the host driver of `TrainingKernels`.
///
/// Steps (docs/training.md has the layouts):
/// 1. Host: thresholds and random structure (as `Trainer`), records of every image.
/// 2. Train phase: per launch, push each DPU its arguments, pair descriptors and streams;
///    launch `train`. `train-filter-split`: pull each DPU's maximum counter.
///    `train-data-parallel`: pull every DPU's counters and merge them on the host.
/// 3. Bleach phase, on the `train-filter-split` partition of the pairs (for
///    `train-data-parallel` the host first pushes the merged counters): push the validation
///    streams, launch `bleachMinima` once; then per round of the coarse-to-fine search push
///    the candidates, launch `bleachScore`, pull the partial responses and count correct
///    predictions on the host; finally launch `binarize` and pull the filters' bits.
public enum DPUTraining {
    /// The tasklet count used when none is given, for the kernels that stage counter tables
    /// (train; bleach-minima with `outputs`): the most tasklets, up to the revolver depth,
    /// whose WRAM holds a whole counter table each; 16 when even one does not fit. The
    /// kernels without tables (bleach-score, binarize) use 16.
    public static func automaticTasklets(_ c: ModelConfiguration, hashing: HashingSide, outputs: Bool = false,
                                         configuration: DPUConfiguration) -> Int {
        let top = min(configuration.revolverCycles, configuration.maxTasklets)
        for t in stride(from: top, through: 1, by: -1) {
            if let plan = TrainingWRAMPlan.choose(c: c, tasklets: t, dpuHashing: hashing == .dpu, outputs: outputs, configuration: configuration),
               plan.tables { return t }
        }
        return min(16, configuration.maxTasklets)
    }

    /// Records per pair at or above which staging the whole table in WRAM costs fewer DMA
    /// cycles than probing MRAM: (table DMAs) ÷ (probe DMAs per record), from the DMA model.
    static func tableThreshold(_ c: ModelConfiguration, writeBack: Bool, configuration f: DPUConfiguration) -> UInt32 {
        let bytes = c.entriesPerFilter * 4
        let chunks = (bytes + f.dmaMaxBytes - 1) / f.dmaMaxBytes
        let issue = Double(f.revolverCycles)
        var table = Double(chunks) * (f.dmaReadLatencyCycles + issue) + Double(bytes) * f.dmaCyclesPerByte
        var probe = Double(c.hashesPerFilter) * (f.dmaReadLatencyCycles + issue + 8 * f.dmaCyclesPerByte)
        if writeBack {
            table += Double(chunks) * (f.dmaWriteLatencyCycles + issue) + Double(bytes) * f.dmaCyclesPerByte
            probe += Double(c.hashesPerFilter) * (f.dmaWriteLatencyCycles + issue + 8 * f.dmaCyclesPerByte)
        }
        return UInt32(max(1, (table / probe).rounded(.up)))
    }

    public static func run(_ request: DPUTrainingRequest, progress: (String) -> Void = { _ in }) throws -> DPUTrainingOutcome {
        var driver = try Driver(request)
        return try driver.run(progress: progress)
    }
}

/// Where things live in a DPU's MRAM (all 8-byte aligned); see `bthowen_train.h`.
struct TrainingMRAMLayout {
    var pairTable = 0, result = 0, matrix = 0, counters = 0, minima = 0, minimaStride = 0
    var responses = 0, responsesBytes = 0, bits = 0, streams = 0

    init(pairs: Int, c: ModelConfiguration, dpuHashing: Bool, images: Int, classesOwned: Int) {
        var plan = MRAMPlan()
        _ = plan.take(TrainArgs.bytes)
        pairTable = plan.take(pairs * TrainPair.bytes)
        result = plan.take(8)
        matrix = plan.take(dpuHashing ? c.hashesPerFilter * c.inputsPerFilter * 4 : 0)
        counters = plan.take(pairs * c.entriesPerFilter * 4)
        minimaStride = (images + 1) & ~1
        minima = plan.take(pairs * minimaStride * 4)
        responsesBytes = roundUp8(images * TrainArgs.maxCandidates * classesOwned * 2)
        responses = plan.take(responsesBytes)
        bits = plan.take(pairs * c.entriesPerFilter / 8)
        streams = plan.size
    }
}

private struct Driver {
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

    // MARK: Streams

    /// The stream of pair p for the training images in `range`: their records for p's
    /// filter, in order, padded to 8 bytes.
    func appendStream(pair p: Int, range: Range<Int>, to out: inout [UInt8]) {
        let cls = p / data.filters, filter = p % data.filters
        let rb = data.recordBytes
        let samples = data.training(class: cls, in: range)
        data.records.withUnsafeBufferPointer { rec in
            for i in samples {
                let at = data.recordOffset(image: i, filter: filter)
                out.append(contentsOf: rec[at..<(at + rb)])
            }
        }
        out.append(contentsOf: [UInt8](repeating: 0, count: roundUp8(out.count) - out.count))
    }

    func streamBytes(pairs: Range<Int>, range: Range<Int>) -> Int {
        var total = 0
        for p in pairs { total += roundUp8(data.training(class: p / data.filters, in: range).count * data.recordBytes) }
        return total
    }

    /// Header (arguments + pair descriptors) and streams of one training launch for one DPU.
    func trainingPayload(pairs: Range<Int>, range: Range<Int>, layout: TrainingMRAMLayout, headerBytes: Int, first: Bool) -> (header: [UInt8], streams: [UInt8]) {
        var args = TrainArgs()
        args.kernel = .train
        args.pairs = UInt32(pairs.count)
        args.tasklets = UInt32(tasklets)
        fillShape(&args)
        args.firstLaunch = first ? 1 : 0
        args.tableThreshold = DPUTraining.tableThreshold(c, writeBack: true, configuration: f)
        fillAddresses(&args, layout)
        var header = args.encoded
        var streams: [UInt8] = []
        for p in pairs {
            let offset = streams.count
            appendStream(pair: p, range: range, to: &streams)
            let cls = p / data.filters
            header += TrainPair(cls: UInt16(cls), classSlot: 0, filter: UInt16(p % data.filters),
                                samples: UInt32(data.training(class: cls, in: range).count), streamOffset: UInt32(offset)).encoded
        }
        header += [UInt8](repeating: 0, count: headerBytes - header.count)
        return (header, streams)
    }

    func fillShape(_ a: inout TrainArgs) {
        a.entries = UInt32(E)
        a.hashes = UInt32(c.hashesPerFilter)
        a.inputsPerFilter = UInt32(c.inputsPerFilter)
        a.dpuHashing = dpuHashing ? 1 : 0
        a.recordBytes = UInt32(data.recordBytes)
    }

    func fillAddresses(_ a: inout TrainArgs, _ l: TrainingMRAMLayout) {
        a.pairTable = UInt32(l.pairTable)
        a.result = UInt32(l.result)
        a.matrix = UInt32(l.matrix)
        a.counters = UInt32(l.counters)
        a.minima = UInt32(l.minima)
        a.minimaStride = UInt32(l.minimaStride)
        a.responses = UInt32(l.responses)
        a.bits = UInt32(l.bits)
        a.streams = UInt32(l.streams)
    }

    /// The fewest launches S such that every DPU's streams for each launch fit in MRAM.
    func launchCount(streamsAddress: Int, bytes: (_ launches: Int, _ s: Int) -> Int) throws -> Int {
        let available = f.mramBytes - streamsAddress
        guard available > 0 else { throw TrainingRequestError(message: "a DPU's counters do not fit in its \(f.mramBytes)-byte MRAM") }
        let whole = bytes(1, 0)
        var launches = max(request.minimumTrainingLaunches, (whole + available - 1) / available)
        while launches <= data.trainCount {
            if (0..<launches).allSatisfy({ bytes(launches, $0) <= available }) { return launches }
            launches += 1
        }
        throw TrainingRequestError(message: "the training streams do not fit in MRAM even one image per launch")
    }

    func matrixBytes() -> [UInt8] { HostStages.bytes(of: data.skeleton.hashMatrix) }

    // MARK: train-filter-split

    mutating func trainFilterSplit(progress: (String) -> Void) throws -> ([UInt32], Int) {
        let N = request.dpus
        let targets = (0..<N).filter { !ownedPairs($0).isEmpty }
        let maxPairs = targets.map { ownedPairs($0).count }.max() ?? 0
        let owned = (0..<N).map { d in Set(ownedPairs(d).map { $0 / data.filters }).count }
        let layout = TrainingMRAMLayout(pairs: maxPairs, c: c, dpuHashing: dpuHashing, images: data.validationCount,
                                        classesOwned: owned.max() ?? 1)
        let headerBytes = TrainArgs.bytes + maxPairs * TrainPair.bytes
        let T = data.trainCount
        let launches = try launchCount(streamsAddress: layout.streams) { S, s in
            targets.map { streamBytes(pairs: ownedPairs($0), range: share(T, over: S, s)) }.max() ?? 0
        }
        if N > pairCount { notes.append("\(N - pairCount) of \(N) DPUs idle: \(c.name) has \(pairCount) (class, filter) pairs") }
        if launches > 1 { notes.append("\(launches) training launches (the streams do not fit in MRAM at once)") }
        if dpuHashing {
            try system.broadcast(matrixBytes(), to: layout.matrix, dpus: targets, label: "h3 matrix")
        }
        for s in 0..<launches {
            let range = share(T, over: launches, s)
            let payloads = targets.map { trainingPayload(pairs: ownedPairs($0), range: range, layout: layout, headerBytes: headerBytes, first: s == 0) }
            let streamMax = roundUp8(payloads.map(\.streams.count).max() ?? 0)
            try push(payloads.map(\.header), targets: targets, address: 0, label: "arguments")
            try push(payloads.map(\.streams), targets: targets, address: layout.streams, label: "training streams", pad: streamMax)
            let plan = trainPlan, c = self.c, dh = dpuHashing
            let stats = try system.launch(kernel: kernelName, tasklets: tasklets, dpus: targets) { _, setup in
                try TrainingKernels.train(setup: &setup, plan: plan, c: c, dpuHashing: dh)
            }
            progress("training launch \(s + 1)/\(launches): images \(range.lowerBound)..<\(range.upperBound), slowest DPU \(stats.map(\.cycles).max() ?? 0) cycles")
        }
        // The maximum counter, for the bleach search.
        let maxima = try system.pull(from: layout.result, bytesPerDPU: 8, dpus: targets, label: "max counter")
        var maxCounter = 0
        for m in maxima { maxCounter = max(maxCounter, Int(HostStages.uint32(m, 0))) }
        system.chargeHost("max counter", operations: targets.count)
        // Read-out for checking (not a modelled transfer): the counters as the host lays them out.
        var counters = [UInt32](repeating: 0, count: pairCount * E)
        for d in targets {
            let pairs = ownedPairs(d)
            let bytes = system.dpus[d].mram.bytes(layout.counters, count: pairs.count * E * 4)
            for i in 0..<(pairs.count * E) { counters[pairs.lowerBound * E + i] = HostStages.uint32(bytes, i) }
        }
        bleachLayout = layout
        countersInPlace = true
        return (counters, maxCounter)
    }

    var bleachLayout: TrainingMRAMLayout?
    var countersInPlace = false

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

    // MARK: train-data-parallel

    mutating func trainDataParallel(progress: (String) -> Void) throws -> ([UInt32], Int) {
        let N = request.dpus, T = data.trainCount
        let shards = (0..<N).map { share(T, over: N, $0) }
        let targets = (0..<N).filter { !shards[$0].isEmpty }
        let all = 0..<pairCount
        let layout = TrainingMRAMLayout(pairs: pairCount, c: c, dpuHashing: dpuHashing, images: 0, classesOwned: 0)
        let headerBytes = TrainArgs.bytes + pairCount * TrainPair.bytes
        func range(_ d: Int, _ S: Int, _ s: Int) -> Range<Int> {
            let part = share(shards[d].count, over: S, s)
            return (shards[d].lowerBound + part.lowerBound)..<(shards[d].lowerBound + part.upperBound)
        }
        let launches = try launchCount(streamsAddress: layout.streams) { S, s in
            targets.map { streamBytes(pairs: all, range: range($0, S, s)) }.max() ?? 0
        }
        if N > T { notes.append("\(N - T) of \(N) DPUs idle: fewer training images than DPUs") }
        if launches > 1 { notes.append("\(launches) training launches (the shards do not fit in MRAM at once)") }
        let streamMax = (0..<launches).map { s in roundUp8(targets.map { streamBytes(pairs: all, range: range($0, launches, s)) }.max() ?? 0) }
        let counterBytes = pairCount * E * 4
        let perDPU = layout.streams + (streamMax.max() ?? 0)
        let wave = max(1, min(targets.count, request.simulationMemoryBytes / max(1, perDPU)))
        if wave < targets.count {
            notes.append("simulated in waves of \(wave) DPUs to bound host memory; costs are those of one launch over all \(targets.count) DPUs")
        }
        // The logical operations, recorded once for all DPUs; the waves below execute them.
        if dpuHashing {
            system.chargeTransfer("h3 matrix", .broadcast, bytesPerDPU: roundUp8(c.hashesPerFilter * c.inputsPerFilter * 4), dpus: targets)
        }
        var launchIndex: [Int] = []
        for s in 0..<launches {
            system.chargeTransfer("arguments", .toDPU, bytesPerDPU: headerBytes, dpus: targets)
            system.chargeTransfer("training streams", .toDPU, bytesPerDPU: streamMax[s], dpus: targets)
            launchIndex.append(system.beginLaunchInWaves(kernel: kernelName, tasklets: tasklets))
        }
        system.chargeTransfer("counters", .fromDPU, bytesPerDPU: counterBytes, dpus: targets)
        system.chargeHost("merge (\(request.merge.rawValue))", operations: targets.count * pairCount * E)
        system.chargeHost("max counter", operations: pairCount * E)

        var merged = [UInt32](repeating: 0, count: pairCount * E)
        let piece = 256 * 1024
        for w in Swift.stride(from: 0, to: targets.count, by: wave) {
            let group = Array(targets[w..<min(targets.count, w + wave)])
            try system.withTransfersUncharged {
                if dpuHashing { try system.broadcast(matrixBytes(), to: layout.matrix, dpus: group, label: "h3 matrix") }
                for s in 0..<launches {
                    let payloads = group.map { trainingPayload(pairs: all, range: range($0, launches, s), layout: layout, headerBytes: headerBytes, first: s == 0) }
                    try push(payloads.map(\.header), targets: group, address: 0, label: "arguments")
                    try push(payloads.map(\.streams), targets: group, address: layout.streams, label: "training streams", pad: streamMax[s])
                    let plan = trainPlan, c = self.c, dh = dpuHashing
                    try system.launchWave(launchIndex[s], dpus: group) { _, setup in
                        try TrainingKernels.train(setup: &setup, plan: plan, c: c, dpuHashing: dh)
                    }
                }
                // Pull the counters piece by piece and merge them as they arrive.
                try merged.withUnsafeMutableBufferPointer { acc in
                    var off = 0
                    while off < counterBytes {
                        let n = min(piece, counterBytes - off)
                        let parts = try system.pull(from: layout.counters + off, bytesPerDPU: n, dpus: group, label: "counters")
                        let slice = UnsafeMutableBufferPointer(rebasing: acc[(off / 4)..<((off + n) / 4)])
                        for part in parts { part.withUnsafeBytes { request.merge.fold(slice, $0) } }
                        off += n
                    }
                }
            }
            for d in group { system.dpus[d].mram = MRAM(size: f.mramBytes) }
            progress("trained and merged DPUs \(group.first!)…\(group.last!) of \(targets.count)")
        }
        let maxCounter = Int(merged.max() ?? 0)
        return (merged, maxCounter)
    }

    // MARK: Bleach phase

    mutating func bleachOnDPUs(counters: [UInt32], maxCounter: Int, progress: (String) -> Void) throws -> (Int, [BleachTrial], [UInt64]) {
        let N = request.dpus, V = data.validationCount
        let targets = (0..<N).filter { !ownedPairs($0).isEmpty }
        let maxPairs = targets.map { ownedPairs($0).count }.max() ?? 0
        let ownedClasses = (0..<N).map { d in Array(Set(ownedPairs(d).map { $0 / data.filters })).sorted() }
        let layout = bleachLayout ?? TrainingMRAMLayout(pairs: maxPairs, c: c, dpuHashing: dpuHashing, images: V,
                                                        classesOwned: ownedClasses.map(\.count).max() ?? 1)
        let rb = data.recordBytes
        if !countersInPlace {
            // train-data-parallel: the merged counters go to the pairs' owners.
            if dpuHashing {
                try system.broadcast(matrixBytes(), to: layout.matrix, dpus: targets, label: "h3 matrix")
            }
            let buffers = targets.map { d -> [UInt8] in
                let pairs = ownedPairs(d)
                return littleEndianBytes(Array(counters[(pairs.lowerBound * E)..<(pairs.upperBound * E)]))
            }
            try push(buffers, targets: targets, address: layout.counters, label: "merged counters", pad: maxPairs * E * 4)
        }
        // Validation streams: per distinct owned filter, every validation image's record.
        var headers: [[UInt8]] = [], streams: [[UInt8]] = []
        for d in targets {
            let pairs = ownedPairs(d)
            let filters = Array(Set(pairs.map { $0 % data.filters })).sorted()
            var offsets: [Int: Int] = [:]
            var stream: [UInt8] = []
            stream.reserveCapacity(filters.count * roundUp8(V * rb))
            data.records.withUnsafeBufferPointer { rec in
                for fl in filters {
                    offsets[fl] = stream.count
                    for v in 0..<V {
                        let at = data.recordOffset(image: data.validationStart + v, filter: fl)
                        stream.append(contentsOf: rec[at..<(at + rb)])
                    }
                    stream.append(contentsOf: [UInt8](repeating: 0, count: roundUp8(stream.count) - stream.count))
                }
            }
            guard layout.streams + stream.count <= f.mramBytes else {
                throw TrainingRequestError(message: "bleaching: DPU \(d)'s counters, minima and \(V) validation records need \(layout.streams + stream.count) bytes of MRAM, more than \(f.mramBytes); use more DPUs")
            }
            var args = TrainArgs()
            args.kernel = .bleachMinima
            args.pairs = UInt32(pairs.count)
            args.tasklets = UInt32(minimaTasklets)
            fillShape(&args)
            args.images = UInt32(V)
            args.classesOwned = UInt32(ownedClasses[d].count)
            args.tableThreshold = DPUTraining.tableThreshold(c, writeBack: false, configuration: f)
            fillAddresses(&args, layout)
            var header = args.encoded
            for p in pairs {
                let cls = p / data.filters
                header += TrainPair(cls: UInt16(cls), classSlot: UInt16(ownedClasses[d].firstIndex(of: cls)!), filter: UInt16(p % data.filters),
                                    samples: UInt32(V), streamOffset: UInt32(offsets[p % data.filters]!)).encoded
            }
            headers.append(header)
            streams.append(stream)
        }
        system.chargeHost("route validation records", operations: streams.reduce(0) { $0 + $1.count } / max(1, rb))
        try push(headers, targets: targets, address: 0, label: "arguments", pad: TrainArgs.bytes + maxPairs * TrainPair.bytes)
        try push(streams, targets: targets, address: layout.streams, label: "validation streams")
        let T = scoreTasklets, c = self.c, dh = dpuHashing, minimaPlan = self.minimaPlan, bw = scoreBatch
        try system.launch(kernel: "bleach-minima", tasklets: minimaTasklets, dpus: targets) { _, setup in
            try TrainingKernels.bleachMinima(setup: &setup, plan: minimaPlan, c: c, dpuHashing: dh)
        }
        progress("bleach: minima of \(V) validation images computed on \(targets.count) DPUs")

        // The coarse-to-fine search, one bleach-score launch per round.
        func setArgs(_ edit: (inout TrainArgs, Int) -> Void) -> [[UInt8]] {
            targets.map { d in
                var a = TrainArgs(decoding: headers[targets.firstIndex(of: d)!])
                edit(&a, d)
                return a.encoded
            }
        }
        let labels = Array(data.labels[data.validationStart..<(data.validationStart + V)])
        let slotOf = targets.map { d in ownedClasses[d] }
        let rowWidth = TrainArgs.maxCandidates
        let (bleach, trials) = try BleachSearch.searchBatched(maxCounter: maxCounter) { candidates in
            let args = setArgs { a, d in
                a.kernel = .bleachScore
                a.tasklets = UInt32(T)
                a.candidates = UInt32(candidates.count)
                for j in 0..<4 { a.threshold[j] = j < candidates.count ? UInt32(clamping: candidates[j]) : 0 }
            }
            try push(args, targets: targets, address: 0, label: "candidates")
            try system.launch(kernel: "bleach-score", tasklets: T, dpus: targets) { _, setup in
                try TrainingKernels.bleachScore(setup: &setup, batch: bw, c: c)
            }
            let parts = try system.pull(from: layout.responses, bytesPerDPU: layout.responsesBytes, dpus: targets, label: "responses")
            // Sum the partial responses per image, class and candidate; argmax (lowest class wins ties).
            var totals = [Int](repeating: 0, count: V * candidates.count * c.classes)
            var adds = 0
            for (slot, part) in parts.enumerated() {
                let owned = slotOf[slot]
                let row = rowWidth * owned.count
                part.withUnsafeBytes { raw in
                    for i in 0..<V {
                        for j in 0..<candidates.count {
                            for (q, cls) in owned.enumerated() {
                                totals[(i * candidates.count + j) * c.classes + cls] += Int(raw.loadUnaligned(fromByteOffset: (i * row + j * owned.count + q) * 2, as: UInt16.self))
                            }
                        }
                    }
                }
                adds += V * candidates.count * owned.count
            }
            var correct = [Int](repeating: 0, count: candidates.count)
            for i in 0..<V {
                for j in 0..<candidates.count {
                    var best = -1, bestClass = 0
                    for cls in 0..<c.classes {
                        let r = totals[(i * candidates.count + j) * c.classes + cls]
                        if r > best { best = r; bestClass = cls }
                    }
                    if bestClass == Int(labels[i]) { correct[j] += 1 }
                }
            }
            system.chargeHost("sum responses + argmax", operations: adds + V * candidates.count * c.classes)
            progress("bleach: candidates \(candidates.map(String.init).joined(separator: ", ")) → \(correct.map(String.init).joined(separator: ", ")) of \(V) correct")
            return correct
        }

        // Binarize on the DPUs and pull the bits.
        let args = setArgs { a, _ in
            a.kernel = .binarize
            a.tasklets = UInt32(T)
            a.threshold = [UInt32(clamping: bleach), 0, 0, 0]
        }
        try push(args, targets: targets, address: 0, label: "threshold")
        try system.launch(kernel: "binarize", tasklets: T, dpus: targets) { _, setup in
            try TrainingKernels.binarize(setup: &setup, plan: TrainingWRAMPlan(tables: false, streamBytes: 512), c: c)
        }
        let bitBytes = maxPairs * E / 8
        let bits = try system.pull(from: layout.bits, bytesPerDPU: bitBytes, dpus: targets, label: "filters")
        var words = [UInt64](repeating: 0, count: pairCount * c.wordsPerFilter)
        for (slot, d) in targets.enumerated() {
            let pairs = ownedPairs(d)
            bits[slot].withUnsafeBytes { raw in
                for w in 0..<(pairs.count * c.wordsPerFilter) {
                    words[pairs.lowerBound * c.wordsPerFilter + w] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * w, as: UInt64.self))
                }
            }
        }
        system.chargeHost("assemble filters", operations: words.count)
        return (bleach, trials, words)
    }
}

extension TrainArgs {
    init(decoding bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { TrainArgs(decoding: $0.baseAddress!) }
    }
}
