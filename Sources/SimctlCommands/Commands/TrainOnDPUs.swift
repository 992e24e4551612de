import BTHOWeNModel
import BTHOWeNKernels
import DPUSim
import Foundation

/// The options of `simctl train` that train on simulated DPUs. Every one of them needs
/// `--on-dpus N`; giving one without it is a usage error.
struct TrainOnDPUsOptions {
    enum Options {
        /// Checked against the configuration's DPUs when read.
        static let dpus = Option<Int?>("on-dpus", "n", "Train on N simulated DPUs (1...2560) and report the simulated cost.")
        static let strategy = Option<TrainingStrategy>("strategy", "name", "With --on-dpus: train-filter-split (exact) or train-data-parallel (approximate).",
                                                       default: .filterSplit, choices: [.filterSplit, .dataParallel])
        static let tasklets = Option<Int?>("tasklets", "n", "With --on-dpus: tasklets per DPU (1...24).",
                                           shownDefault: "most tasklets (≤ 11) whose counter tables fit in WRAM, else 16")
        static let hashing = Option<HashingSide>("hashing", "side", "With --on-dpus: where the H3 hashes are computed, host or dpu.",
                                                 default: .host, choices: [.host, .dpu])
        static let merge = Option<MergeRule>("merge", "rule", "With --strategy train-data-parallel: how the host merges counters, sum or max.",
                                             default: .sum, choices: [.sum, .max])
        static let config = Option<String?>("config", "file", "With --on-dpus: JSON file of DPU parameter overrides (docs/configuration.md).")
        static let threads = Option<Int>("threads", "n", "With --on-dpus: host threads simulating DPUs (results do not depend on it).",
                                         default: ProcessInfo.processInfo.activeProcessorCount, range: 1...4096, shownDefault: "all cores")
        static let csv = Option<String?>("csv", "file", "With --on-dpus: write the per-phase report (simctl run's columns + phase) as CSV.")
        static let all: [any OptionDeclaration] = [dpus, strategy, tasklets, hashing, merge, config, threads, csv]
    }

    var dpus: Int
    var strategy: TrainingStrategy
    var tasklets: Int?
    var hashing: HashingSide
    var merge: MergeRule
    var configuration: DPUConfiguration
    var threads: Int
    var csv: String?

    /// nil when --on-dpus is absent (and no option that needs it was given).
    init?(parsing arguments: ParsedArguments) throws {
        typealias O = Options
        guard arguments.given(O.dpus) else {
            for option in O.all.dropFirst() where arguments.given(option) {
                throw UsageError("'--\(option.name)' needs '--on-dpus N' (training on simulated DPUs)")
            }
            return nil
        }
        configuration = try loadConfiguration(arguments[O.config])
        dpus = try arguments[O.dpus, in: 1...configuration.maxDPUs]!
        strategy = try arguments[O.strategy]
        tasklets = try arguments[O.tasklets]
        if let tasklets {
            do { try configuration.validateTasklets(tasklets) } catch { throw UsageError(error.message) }
        }
        hashing = try arguments[O.hashing]
        if arguments.given(O.merge) && strategy != .dataParallel {
            throw UsageError("'--merge' applies only to '--strategy train-data-parallel'")
        }
        merge = try arguments[O.merge]
        threads = try arguments[O.threads]
        csv = try arguments[O.csv]
    }
}

extension TrainCommand {
    /// `simctl train --on-dpus N`: trains on simulated DPUs, checks the model against the
    /// host trainer (whose wall time it measures), writes the model and the report.
    func runOnDPUs(_ o: TrainOnDPUsOptions, dataset: MNISTDataset) throws {
        let clock = ContinuousClock()
        printError("training \(configuration) on \(o.dpus) simulated DPUs (\(o.strategy.rawValue), \(o.hashing.rawValue) hashing), \(dataset.count) images, seed \(seed)")
        let request = DPUTrainingRequest(configuration: configuration, dataset: dataset, seed: seed, strategy: o.strategy, dpus: o.dpus,
                                         tasklets: o.tasklets, hashing: o.hashing, merge: o.merge, dpuConfiguration: o.configuration,
                                         threads: o.threads)
        let simulationStart = clock.now
        let outcome: DPUTrainingOutcome
        do {
            outcome = try DPUTraining.run(request) { printError("  \($0)") }
        } catch let error as TrainingRequestError {
            throw UsageError(error.message)
        }
        let simulationSeconds = Self.seconds(clock.now - simulationStart)

        printError("training the same model with the host trainer, for comparison")
        let hostStart = clock.now
        let host = try Trainer.train(config: configuration, dataset: dataset, seed: seed)
        let hostSeconds = Self.seconds(clock.now - hostStart)
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

        let c = o.configuration
        func si(_ x: Double, _ unit: String) -> String {
            let prefixes: [(Double, String)] = [(1e9, "G"), (1e6, "M"), (1e3, "k"), (1, ""), (1e-3, "m"), (1e-6, "µ"), (1e-9, "n")]
            for (scale, p) in prefixes where abs(x) >= scale || scale == 1e-9 { return String(format: "%.3g %@%@", x / scale, p, unit) }
            return "0 \(unit)"
        }
        print("model:               \(configuration)")
        print("strategy:            \(o.strategy.rawValue) — \(o.strategy.summary)")
        print("DPUs:                \(o.dpus) × \(outcome.tasklets) tasklets training, \(outcome.bleachTasklets) scoring (\(c.name), \(si(c.clockHz, "Hz"))), \(o.hashing.rawValue) hashing\(o.strategy == .dataParallel ? ", \(o.merge.rawValue) merge" : "")")
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
        print("wrote:               \(out) (\(ModelFile.fileSize(configuration)) bytes)")
        if let csv = o.csv { print("wrote:               \(csv)") }
    }
}
