import BTHOWeNModel
import DPUSupport
import DPUCalibration
import BTHOWeNKernels
import DPUSim
import PIMSystem
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one timed run of a benchmark scenario simulated.
struct BenchOutcome: Equatable {
    /// Simulated DPU instructions, over every launch and DPU of the run.
    var instructions: Int
    /// Simulated DPU cycles (for several DPUs in parallel: the slowest; for several launches: their sum).
    var cycles: Int
    /// A checksum of what the run computed; repeats must agree, and the scenario's
    /// expected value (if it has one) must match.
    var checksum: UInt64
}

/// The timed part of a scenario, built by its untimed preparation.
struct BenchWork {
    /// Runs the simulation once; only this is timed.
    var run: () throws -> BenchOutcome
    /// The checksum a correct run gives, computed without the simulator; `nil` if none.
    var expectedChecksum: UInt64?
}

/// What the scenarios share: the images of the BTHOWeN scenarios.
struct BenchContext {
    /// 10,000 MNIST test images: the full test set with `--mnist DIR`, otherwise the
    /// shipped 1,000-image subset repeated ten times (the simulated work per input barely
    /// depends on the image, and the runs stay independent of ../shared).
    var images: MNISTDataset
    var imagesSource: String
}

/// One scenario of `simctl bench`.
///
/// `prepare` does the untimed setup (building inputs, loading a model, computing the
/// reference result) and returns the work to time, given the host threads to simulate
/// DPUs on. Single-DPU scenarios ignore the thread count (`usesThreads` false).
struct BenchScenario {
    var name: String
    var summary: String
    var usesThreads: Bool
    var prepare: (_ context: BenchContext, _ threads: Int) throws -> BenchWork
}

extension BenchCommand {
    /// Every scenario, in the order `--scenario all` runs them.
    static var scenarios: [BenchScenario] {
        [
            inference("lfs-large-10k", kernel: LargeFilterSplitKernel(), model: "large", dpus: 10,
                      summary: "large-filter-split, MNIST-Large, 10 DPUs x 16 tasklets, 10,000 inputs"),
            inference("probe-small-64", kernel: MRAMProbeKernel(), model: "small", dpus: 64,
                      summary: "mram-probe, MNIST-Small, 64 DPUs x 16 tasklets, 10,000 inputs (DMA-bound)"),
            inference("lfs-large-2560", kernel: LargeFilterSplitKernel(), model: "large", dpus: 2560,
                      summary: "large-filter-split, MNIST-Large, 2,560 DPUs (a full server) x 16 tasklets, 10,000 inputs"),
            BenchScenario(
                name: "engine-compute",
                summary: "one DPU, 16 tasklets hash WRAM blocks: long charged regions, one DMA pair and barrier per block",
                usesThreads: false,
                prepare: { _, _ in
                    let size = EngineBenchmarks.ComputeSize.standard
                    let input = EngineBenchmarks.computeInput(size)
                    return BenchWork(run: {
                        let r = try EngineBenchmarks.compute(size, input: input)
                        return BenchOutcome(instructions: r.statistics.instructions, cycles: r.statistics.cycles, checksum: r.checksum)
                    }, expectedChecksum: EngineBenchmarks.computeReference(size))
                }),
            BenchScenario(
                name: "engine-dma",
                summary: "one DPU, 16 tasklets stream 8-byte gathers and 2 KiB block reads: every DMA an engine event",
                usesThreads: false,
                prepare: { _, _ in
                    let size = EngineBenchmarks.DMASize.standard
                    let input = EngineBenchmarks.dmaInput(size)
                    return BenchWork(run: {
                        let r = try EngineBenchmarks.dma(size, input: input)
                        return BenchOutcome(instructions: r.statistics.instructions, cycles: r.statistics.cycles, checksum: r.checksum)
                    }, expectedChecksum: EngineBenchmarks.dmaReference(size))
                }),
        ]
    }

    /// A BTHOWeN inference run as a scenario: timed from hashing on the host to the last
    /// prediction (the reference check against `Model.predict` is part of every run, and
    /// untimed here: it runs once, in preparation). Instructions: every DPU of every launch.
    static func inference(_ name: String, kernel: any InferenceKernel, model: String, dpus: Int, summary: String) -> BenchScenario {
        BenchScenario(name: name, summary: summary, usesThreads: true, prepare: { context, threads in
            let loaded = try loadShippedModel(model)
            let request = InferenceRequest(model: loaded, dataset: context.images, dpus: dpus, tasklets: 16,
                                           configuration: .v1A, threads: threads, hashTasklets: nil)
            let reference = (0..<context.images.count).map { loaded.predict(context.images.image($0), ties: kernel.tieRule) }
            return BenchWork(run: {
                let system = try DPUSystem(configuration: request.configuration, dpus: dpus, threads: threads)
                let (predictions, _) = try kernel.run(request, on: system)
                guard predictions == reference else {
                    throw Failure(description: "\(name): predictions differ from the host reference")
                }
                let instructions = system.ledger.launches.reduce(0) { $0 + $1.statistics.reduce(0) { $0 + $1.instructions } }
                var checksum: UInt64 = 0xcbf2_9ce4_8422_2325   // FNV-1a over cycles and predictions
                for x in [system.ledger.dpuCycles] + predictions {
                    checksum = (checksum ^ UInt64(truncatingIfNeeded: x)) &* 0x100_0000_01b3
                }
                return BenchOutcome(instructions: instructions, cycles: system.ledger.dpuCycles, checksum: checksum)
            }, expectedChecksum: nil)
        })
    }
}

/// `simctl bench`: measures how fast the simulator simulates — simulated DPU
/// instructions per host second — on the scenarios above. Meant for a release build.
struct BenchCommand: Command {
    static let name = "bench"
    static let abstract = "Measure the simulator's speed: simulated DPU instructions per host second, thread scaling, peak memory."
    static var discussion: String {
        """
        Runs each benchmark scenario --repeat times on one host thread and, for the multi-DPU \
        scenarios, --repeat times on --threads threads, alternating the two so that a change \
        in the machine's load hits both series alike. Prints per run the simulated \
        instructions and cycles, host wall-clock and CPU seconds, simulated instructions per \
        host second and per host-core second (wall x threads), and the peak resident memory \
        of the run (VmHWM); then per scenario the best run, how many cores the threaded runs \
        kept busy (CPU seconds / wall seconds: what the simulator parallelized) and the \
        speedup of --threads over one thread (the median of the paired runs' ratios: what the \
        machine delivered). Every run is checked: BTHOWeN predictions must equal the host \
        reference, engine checksums their host-computed values, and every repeat must \
        simulate identical instructions and cycles at any thread count. Build with -c release \
        (docs/performance.md). Scenarios: \(scenarios.map(\.name).joined(separator: ", ")).
        """
    }
    enum Options {
        static let scenario = Option<[String]>(list: "scenario", "names", "Scenarios to run, comma-separated, or 'all'.", default: ["all"])
        static let repeats = Option<Int>("repeat", "n", "Timed runs of each scenario per thread count (1...1000).", default: 3, range: 1...1000)
        static let threads = Option<Int>("threads", "n", "Host threads for the multi-DPU scenarios' second series (1 = only one series).",
                                         default: ProcessInfo.processInfo.activeProcessorCount, range: 1...4096, shownDefault: "all cores")
        static let mnist = Option<String?>("mnist", "dir", "Take the 10,000 inputs from this MNIST directory's test split.",
                                           shownDefault: "the shipped subset x 10")
        static let csv = Option<String?>("csv", "file", "Also write one row per run as CSV.")
    }
    static let options: [any OptionDeclaration] = [Options.scenario, Options.repeats, Options.threads, Options.mnist, Options.csv]

    var selected: [BenchScenario]
    var repeats: Int
    var threads: Int
    var mnist: String?
    var csvPath: String?
    /// `--csv`, checked before the scenarios run.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        let all = Self.scenarios
        let names = try arguments[Options.scenario]
        if names == ["all"] {
            selected = all
        } else {
            selected = try names.map { name in
                guard let s = all.first(where: { $0.name == name }) else {
                    throw UsageError("unknown scenario '\(name)' (scenarios: \((all.map(\.name) + ["all"]).joined(separator: ", ")))")
                }
                return s
            }
        }
        repeats = try arguments[Options.repeats]
        threads = try arguments[Options.threads]
        mnist = try arguments[Options.mnist]
        csvPath = try arguments[Options.csv]
        outputs = try Outputs([("csv", csvPath)], inputs: [mnist])
    }

    struct Measurement {
        var scenario: String
        var threads: Int
        var run: Int
        var outcome: BenchOutcome
        var hostSeconds: Double
        var cpuSeconds: Double
        var peakResidentBytes: Int?

        var instructionsPerSecond: Double { Double(outcome.instructions) / hostSeconds }
        var instructionsPerCoreSecond: Double { instructionsPerSecond / Double(threads) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    func context() throws -> BenchContext {
        guard selected.contains(where: \.usesThreads) else {
            return BenchContext(images: try ShippedData.testSubset(), imagesSource: "none")
        }
        if let mnist {
            let data = try MNISTDataset.load(directory: mnist, split: .test)
            guard data.count >= 10_000 else { throw UsageError("'\(mnist)' holds \(data.count) test images, the scenarios need 10,000") }
            return BenchContext(images: data.prefix(10_000), imagesSource: "\(mnist) (test split, 10,000 images)")
        }
        let subset = try ShippedData.testSubset()
        var images: [UInt8] = [], labels: [UInt8] = []
        while labels.count < 10_000 { images += subset.images; labels += subset.labels }
        let tiled = try MNISTDataset(images: images, labels: labels, rows: subset.rows, cols: subset.cols)
        return BenchContext(images: tiled.prefix(10_000), imagesSource: "shipped \(subset.count)-image test subset, repeated to 10,000")
    }

    func run() throws {
        let context = try context()
        var measurements: [Measurement] = []
        for scenario in selected {
            let series = scenario.usesThreads && threads > 1 ? [1, threads] : [1]
            var first: BenchOutcome?
            let works = try series.map { try scenario.prepare(context, $0) }
            // Run k of every series back to back: a slow spell on a shared machine then
            // slows a pair, not one series.
            for run in 1...repeats {
                for (t, work) in zip(series, works) {
                    resetPeakResidentMemory()
                    let wall0 = monotonicSeconds(), cpu0 = processCPUSeconds()
                    let outcome = try work.run()
                    let wall1 = monotonicSeconds(), cpu1 = processCPUSeconds()
                    if let expected = work.expectedChecksum, outcome.checksum != expected {
                        throw Failure(description: "\(scenario.name): checksum \(hex16(outcome.checksum)) differs from the host reference \(hex16(expected))")
                    }
                    if let first, first != outcome {
                        throw Failure(description: "\(scenario.name): \(t) thread(s), run \(run) simulated \(outcome) but the first run simulated \(first) (nondeterministic)")
                    }
                    first = outcome
                    measurements.append(Measurement(scenario: scenario.name, threads: t, run: run, outcome: outcome,
                                                    hostSeconds: max(wall1 - wall0, 1e-9), cpuSeconds: cpu1 - cpu0,
                                                    peakResidentBytes: peakResidentBytes()))
                }
            }
        }

        let position = Dictionary(selected.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        measurements.sort { (position[$0.scenario]!, $0.threads, $0.run) < (position[$1.scenario]!, $1.threads, $1.run) }
        if selected.contains(where: \.usesThreads) { print("inputs: \(context.imagesSource)\n") }
        print(TextTable.render(
            header: ["scenario", "threads", "run", "sim instructions", "sim cycles", "host s", "host CPU s",
                     "M instr/host s", "M instr/host-core s", "peak RSS MiB"],
            rows: measurements.map { m in
                [m.scenario, String(m.threads), String(m.run), String(m.outcome.instructions), String(m.outcome.cycles),
                 String(format: "%.4f", m.hostSeconds), String(format: "%.4f", m.cpuSeconds),
                 String(format: "%.1f", m.instructionsPerSecond / 1e6), String(format: "%.1f", m.instructionsPerCoreSecond / 1e6),
                 m.peakResidentBytes.map { String(format: "%.1f", Double($0) / 1_048_576) } ?? "n/a"]
            }))
        print("")
        func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s[s.count / 2] }
        for scenario in selected {
            let runs = measurements.filter { $0.scenario == scenario.name }
            let single = runs.filter { $0.threads == 1 }
            guard let best = single.min(by: { $0.hostSeconds < $1.hostSeconds }) else { continue }
            var line = String(format: "%@: 1 thread: best %.4f s, median %.4f s; %.1f M simulated instructions per host-core second (best)",
                              scenario.name, best.hostSeconds, median(single.map(\.hostSeconds)), best.instructionsPerCoreSecond / 1e6)
            let multi = runs.filter { $0.threads > 1 }
            if let bestMulti = multi.min(by: { $0.hostSeconds < $1.hostSeconds }) {
                let ratios = zip(single, multi).map { $0.hostSeconds / $1.hostSeconds }
                let busy = median(multi.map { $0.cpuSeconds / $0.hostSeconds })
                line += String(format: "; %d threads: best %.4f s, %.1f M per host-core second, %.2f cores busy (CPU s / wall s); speedup %.2fx (median of %d paired runs, %.2f-%.2fx)",
                               bestMulti.threads, bestMulti.hostSeconds, bestMulti.instructionsPerCoreSecond / 1e6, busy,
                               median(ratios), ratios.count, ratios.min()!, ratios.max()!)
            }
            if let peak = runs.compactMap(\.peakResidentBytes).max() {
                line += String(format: "; peak RSS %.0f MiB", Double(peak) / 1_048_576)
            }
            print(line)
        }

        if csvPath != nil {
            var table = CSVTable(header: ["scenario", "threads", "run", "simulated_instructions", "simulated_cycles", "host_seconds",
                                          "host_cpu_seconds", "instructions_per_host_second", "instructions_per_host_core_second",
                                          "peak_rss_bytes", "checksum"])
            for m in measurements {
                table.append([m.scenario, String(m.threads), String(m.run), String(m.outcome.instructions), String(m.outcome.cycles),
                              String(format: "%.6f", m.hostSeconds), String(format: "%.6f", m.cpuSeconds),
                              String(format: "%.0f", m.instructionsPerSecond), String(format: "%.0f", m.instructionsPerCoreSecond),
                              m.peakResidentBytes.map(String.init) ?? "", hex16(m.outcome.checksum)])
            }
            try outputs.write(["csv": csvData(table)])
        }
    }
}

private func hex16(_ x: UInt64) -> String {
    let digits = String(x, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 16 - digits.count)) + digits
}

/// Host wall-clock time, seconds, from `CLOCK_MONOTONIC`.
private func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// CPU time of the whole process (every thread), seconds.
private func processCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Resets the kernel's peak-RSS mark (`VmHWM`) to the current RSS, so the next reading is
/// the peak of the run that follows (Linux: write "5" to /proc/self/clear_refs). Best effort.
private func resetPeakResidentMemory() {
    let fd = open("/proc/self/clear_refs", O_WRONLY)
    guard fd >= 0 else { return }
    _ = "5".withCString { write(fd, $0, 1) }
    close(fd)
}

/// Peak resident memory of the process, bytes: `VmHWM` from /proc/self/status; nil where
/// there is no /proc (non-Linux).
private func peakResidentBytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        if fields.count >= 2, let kib = Int(fields[1]) { return kib * 1024 }
    }
    return nil
}
