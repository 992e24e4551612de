import BTHOWeNModel
import BTHOWeNKernels
import DPUSim
import Foundation

/// `simctl train on-dpus --dpus N`: trains on N simulated DPUs, checks the model against the
/// host trainer (whose wall time it measures), writes the model and the per-phase report.
struct TrainOnDPUsCommand: Command {
    static let name = "train on-dpus"
    static let abstract = "Train the model on simulated DPUs and report the simulated cost per phase."
    static let discussion = """
        Train a BTHOWeN model as 'simctl train' does, but on N simulated DPUs (docs/training.md): \
        train-filter-split gives the host trainer's model file exactly, train-data-parallel an \
        approximation. The simulated cost is reported per phase (train, bleach), next to the host \
        trainer's measured wall time, and the model file is compared with the host trainer's.
        """
    enum Options {
        /// Checked against the configuration's DPUs when read.
        static let dpus = Option<Int>(name: "dpus", placeholder: "n", help: "Train on N simulated DPUs (1...2560) and report the simulated cost.",
                                      default: nil, describe: { String($0) }, missing: "missing '--dpus N' (the simulated DPUs to train on)",
                                      convert: OptionValue.int)
        static let strategy = Option<TrainingStrategy>("strategy", "name", "train-filter-split (exact) or train-data-parallel (approximate).",
                                                       default: .filterSplit, choices: [.filterSplit, .dataParallel])
        static let tasklets = Option<Int?>("tasklets", "n", "Tasklets per DPU (1...24).",
                                           shownDefault: "most tasklets (≤ 11) whose counter tables fit in WRAM, else 16")
        static let hashing = Option<HashingSide>("hashing", "side", "Where the H3 hashes are computed, host or dpu.",
                                                 default: .host, choices: [.host, .dpu])
        static let merge = Option<MergeRule>("merge", "rule", "With --strategy train-data-parallel: how the host merges counters, sum or max.",
                                             default: .sum, choices: [.sum, .max])
        static let config = Option<String?>("config", "file", "JSON file of DPU parameter overrides (docs/configuration.md).")
        static let threads = Option<Int>("threads", "n", "Host threads simulating DPUs (results do not depend on it).",
                                         default: ProcessInfo.processInfo.activeProcessorCount, range: 1...4096, shownDefault: "all cores")
        static let csv = Option<String?>("csv", "file", "Write the per-phase report (simctl run's columns + phase) as CSV.")
        static let all: [any OptionDeclaration] = [dpus, strategy, tasklets, hashing, merge, config, threads, csv]
    }
    static let options: [any OptionDeclaration] = [Options.dpus] + TrainingInput.Options.all + Options.all.dropFirst()
    static let movedOptions = ["on-dpus": "'--on-dpus N' is now '--dpus N': 'simctl train on-dpus --dpus N …'"]

    /// The usage errors of plain `simctl train` for the options that moved here.
    static let movedFromTrain: [String: String] = {
        var moved = [
            "on-dpus": "'--on-dpus' is now a subcommand: 'simctl train on-dpus --dpus N …' (see 'simctl help train on-dpus')",
            "config": "'--config' names a DPU parameter file and goes with 'simctl train on-dpus'; the model shape is '--shape small|medium|large'",
        ]
        for option in Options.all where moved[option.name] == nil {
            moved[option.name] = "'--\(option.name)' goes with 'simctl train on-dpus --dpus N' (training on simulated DPUs)"
        }
        return moved
    }()

    var input: TrainingInput
    var dpus: Int
    var strategy: TrainingStrategy
    var tasklets: Int?
    var hashing: HashingSide
    var merge: MergeRule
    var dpuConfiguration: DPUConfiguration
    var threads: Int
    var csv: String?
    /// `--out` and `--csv`, checked before training.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        typealias O = Options
        if let value = try arguments[O.config], ModelConfiguration.named(value) != nil {
            throw UsageError("'--config' names a DPU parameter file (as in every command); the model shape is '--shape \(value)'")
        }
        input = try TrainingInput(parsing: arguments)
        dpuConfiguration = try loadConfiguration(arguments[O.config])
        dpus = try arguments[O.dpus, in: 1...dpuConfiguration.maxDPUs]
        strategy = try arguments[O.strategy]
        tasklets = try arguments[O.tasklets]
        if let tasklets {
            do { try dpuConfiguration.validateTasklets(tasklets) } catch { throw UsageError(error.message) }
        }
        hashing = try arguments[O.hashing]
        if arguments.given(O.merge) && strategy != .dataParallel {
            throw UsageError("'--merge' applies only to '--strategy train-data-parallel'")
        }
        merge = try arguments[O.merge]
        threads = try arguments[O.threads]
        csv = try arguments[O.csv]
        outputs = try Outputs([("out", input.out), ("csv", csv)], inputs: [input.mnist, try arguments[O.config]])
    }

    func run() throws {
        let (configuration, mnist, seed) = (input.configuration, input.mnist, input.seed)
        let clock = ContinuousClock()
        printError("loading MNIST training images from \(mnist)")
        let dataset = try input.loadTrainingImages()
        printError("training \(configuration) on \(dpus) simulated DPUs (\(strategy.rawValue), \(hashing.rawValue) hashing), \(dataset.count) images, seed \(seed)")
        let request = DPUTrainingRequest(configuration: configuration, dataset: dataset, seed: seed, strategy: strategy, dpus: dpus,
                                         tasklets: tasklets, hashing: hashing, merge: merge, dpuConfiguration: dpuConfiguration,
                                         threads: threads)
        let simulationStart = clock.now
        let outcome: DPUTrainingOutcome
        do {
            outcome = try DPUTraining.run(request) { printError("  \($0)") }
        } catch let error as TrainingRequestError {
            throw UsageError(error.message)
        }
        let simulationSeconds = TrainCommand.seconds(clock.now - simulationStart)

        printError("training the same model with the host trainer, for comparison")
        let hostStart = clock.now
        let host = try Trainer.train(config: configuration, dataset: dataset, seed: seed)
        let hostSeconds = TrainCommand.seconds(clock.now - hostStart)
        let matches = outcome.model.serialized() == host.model.serialized()

        var accuracy = outcome.validationAccuracy
        var accuracySource = "validation"
        var hostAccuracy = host.report.validationAccuracy
        if MNISTDataset.hasSplit(directory: mnist, split: .test) {
            let test = try MNISTDataset.load(directory: mnist, split: .test)
            accuracy = outcome.model.evaluate(test).accuracy
            hostAccuracy = host.model.evaluate(test).accuracy
            accuracySource = "test (\(test.count) images)"
        }
        let rows = outcome.reports(accuracy: accuracy, matchesReference: matches)
        try outputs.write(["out": outcome.model.serialized(), "csv": csvData(RunReport.trainingTable(rows))])

        let c = dpuConfiguration
        let si = Self.si
        print("model:               \(configuration)")
        print("strategy:            \(strategy.rawValue) — \(strategy.summary)")
        print("DPUs:                \(dpus) × \(outcome.tasklets) tasklets training, \(outcome.bleachTasklets) scoring (\(c.name), \(si(c.clockHz, "Hz"))), \(hashing.rawValue) hashing\(strategy == .dataParallel ? ", \(merge.rawValue) merge" : "")")
        print("training images:     \(outcome.trainingImages) (+ \(outcome.validationImages) \(outcome.heldOutValidation ? "held-out validation" : "reused for validation"))")
        print("max counter:         \(outcome.maxCounter)")
        print("bleach:              \(outcome.bleach) (tried \(outcome.bleachTrials.map { "\($0.bleach)" }.joined(separator: ", ")); host trainer: \(host.report.bleach))")
        print("validation accuracy: \(percent(outcome.validationAccuracy)) (\(outcome.validationCorrect)/\(outcome.validationImages))")
        print("\(accuracySource == "validation" ? "accuracy:           " : "test accuracy:      ") \(percent(accuracy)) on \(accuracySource); host trainer \(percent(hostAccuracy))")
        print("host model:          \(matches ? "identical to the host trainer's model file" : "differs from the host trainer's model file")")
        var total = 0.0, energy = 0.0
        for (phase, r) in rows {
            total += r.totalSeconds
            energy += r.energy
            print("phase \(phase.padding(toLength: 7, withPad: " ", startingAt: 0))       \(r.dpuCycles) DPU cycles (\(r.launches) launch(es), slowest DPU) = \(si(r.dpuSeconds, "s")); transfers \(si(r.transferSeconds, "s")) (\(si(Double(r.hostToDPUBytes), "B")) in, \(si(Double(r.dpuToHostBytes), "B")) out); host \(si(r.hostSeconds, "s")); total \(si(r.totalSeconds, "s")); energy \(si(r.energy, "J"))")
        }
        print("simulated total:     \(si(total, "s")) end to end, \(si(energy, "J"))")
        print(String(format: "host trainer:        %.3f s measured wall time on this machine (simulation itself took %.1f s)", hostSeconds, simulationSeconds))
        for note in outcome.notes { print("note:                \(note)") }
        print("wrote:               \(input.out) (\(ModelFile.fileSize(configuration)) bytes)")
        if let csv { print("wrote:               \(csv)") }
    }

    /// `x` with an SI prefix and three significant digits: "1.23 ms".
    static func si(_ x: Double, _ unit: String) -> String {
        let prefixes: [(Double, String)] = [(1e9, "G"), (1e6, "M"), (1e3, "k"), (1, ""), (1e-3, "m"), (1e-6, "µ"), (1e-9, "n")]
        for (scale, p) in prefixes where abs(x) >= scale || scale == 1e-9 { return String(format: "%.3g %@%@", x / scale, p, unit) }
        return "0 \(unit)"
    }
}
