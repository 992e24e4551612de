import DPUSim
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

/// One scenario of `simctl bench`.
///
/// `prepare` does the untimed setup (building inputs, loading a model, computing the
/// reference result) and returns the work to time. Scenarios are listed in
/// `BenchCommand.scenarios`; the BTHOWeN scenarios of issue 6 are added there.
struct BenchScenario {
    var name: String
    var summary: String
    var prepare: () throws -> BenchWork
}

extension BenchCommand {
    /// Every scenario, in the order `--scenario all` runs them.
    static var scenarios: [BenchScenario] {
        [
            BenchScenario(
                name: "engine-compute",
                summary: "16 tasklets hash WRAM blocks: long charged regions, one DMA pair and barrier per block",
                prepare: {
                    let size = EngineBenchmarks.ComputeSize.standard
                    let input = EngineBenchmarks.computeInput(size)
                    return BenchWork(run: {
                        let r = try EngineBenchmarks.compute(size, input: input)
                        return BenchOutcome(instructions: r.statistics.instructions, cycles: r.statistics.cycles, checksum: r.checksum)
                    }, expectedChecksum: EngineBenchmarks.computeReference(size))
                }),
            BenchScenario(
                name: "engine-dma",
                summary: "16 tasklets stream 8-byte gathers and 2 KiB block reads: every DMA an engine event",
                prepare: {
                    let size = EngineBenchmarks.DMASize.standard
                    let input = EngineBenchmarks.dmaInput(size)
                    return BenchWork(run: {
                        let r = try EngineBenchmarks.dma(size, input: input)
                        return BenchOutcome(instructions: r.statistics.instructions, cycles: r.statistics.cycles, checksum: r.checksum)
                    }, expectedChecksum: EngineBenchmarks.dmaReference(size))
                }),
        ]
    }
}

/// `simctl bench`: measures how fast the simulator simulates — simulated DPU
/// instructions per host second — on the scenarios above. Meant for a release build.
struct BenchCommand: Command {
    static let name = "bench"
    static let abstract = "Measure the simulator's speed: simulated DPU instructions per host second."
    static var discussion: String {
        """
        Runs each benchmark scenario --repeat times on one host thread and prints, per run, the \
        simulated instructions and cycles, the host wall-clock and CPU seconds, simulated \
        instructions per host second, and the process's peak resident memory during the run \
        (VmHWM). Every run is checked: its checksum must match the scenario's host-computed \
        reference and every repeat must simulate identical instructions and cycles. Build with \
        -c release for meaningful figures (docs/performance.md). Scenarios: \
        \(scenarios.map(\.name).joined(separator: ", ")).
        """
    }
    static var usage: String {
        "simctl bench [--scenario \((scenarios.map(\.name) + ["all"]).joined(separator: "|"))] [--repeat <n>] [--csv <file>]"
    }
    static let options: [OptionSpec] = [
        .value("scenario", "name", "Scenario to run, a comma-separated list, or 'all'.", default: "all"),
        .value("repeat", "n", "Timed runs of each scenario (1...1000).", default: "5"),
        .value("csv", "file", "Also write one row per run as CSV."),
    ]

    var selected: [BenchScenario]
    var repeats: Int
    var csvPath: String?

    init(parsing arguments: ParsedArguments) throws {
        let all = Self.scenarios
        let names = try arguments.stringList("scenario") ?? ["all"]
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
        repeats = try arguments.int("repeat", in: 1...1000) ?? 5
        csvPath = arguments.string("csv")
    }

    struct Measurement {
        var scenario: String
        var run: Int
        var outcome: BenchOutcome
        var hostSeconds: Double
        var cpuSeconds: Double
        var peakResidentBytes: Int?

        var instructionsPerSecond: Double { Double(outcome.instructions) / hostSeconds }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    func run() throws {
        var measurements: [Measurement] = []
        for scenario in selected {
            let work = try scenario.prepare()
            var first: BenchOutcome?
            for run in 1...repeats {
                resetPeakResidentMemory()
                let wall0 = monotonicSeconds(), cpu0 = processCPUSeconds()
                let outcome = try work.run()
                let wall1 = monotonicSeconds(), cpu1 = processCPUSeconds()
                if let expected = work.expectedChecksum, outcome.checksum != expected {
                    throw Failure(description: "\(scenario.name): checksum \(hex16(outcome.checksum)) differs from the host reference \(hex16(expected))")
                }
                if let first, first != outcome {
                    throw Failure(description: "\(scenario.name): run \(run) simulated \(outcome) but run 1 simulated \(first) (nondeterministic)")
                }
                first = outcome
                measurements.append(Measurement(scenario: scenario.name, run: run, outcome: outcome,
                                                hostSeconds: max(wall1 - wall0, 1e-9), cpuSeconds: cpu1 - cpu0,
                                                peakResidentBytes: peakResidentBytes()))
            }
        }

        print(TextTable.render(
            header: ["scenario", "run", "sim instructions", "sim cycles", "host s", "host CPU s", "M sim instr/host s", "peak RSS MiB"],
            rows: measurements.map { m in
                [m.scenario, String(m.run), String(m.outcome.instructions), String(m.outcome.cycles),
                 String(format: "%.4f", m.hostSeconds), String(format: "%.4f", m.cpuSeconds),
                 String(format: "%.1f", m.instructionsPerSecond / 1e6),
                 m.peakResidentBytes.map { String(format: "%.1f", Double($0) / 1_048_576) } ?? "n/a"]
            }))
        print("")
        for scenario in selected {
            let runs = measurements.filter { $0.scenario == scenario.name }
            guard let best = runs.min(by: { $0.hostSeconds < $1.hostSeconds }) else { continue }
            let sorted = runs.map(\.hostSeconds).sorted()
            let median = sorted[sorted.count / 2]
            print(String(format: "%@: best %.4f s, median %.4f s of %d; %.1f M simulated instructions per host second (best); simulated IPC %.3f",
                         scenario.name, best.hostSeconds, median, runs.count, best.instructionsPerSecond / 1e6,
                         Double(best.outcome.instructions) / Double(max(1, best.outcome.cycles))))
        }

        if let csvPath {
            var table = CSVTable(header: ["scenario", "run", "simulated_instructions", "simulated_cycles", "host_seconds",
                                          "host_cpu_seconds", "instructions_per_host_second", "peak_rss_bytes", "checksum"])
            for m in measurements {
                table.append([m.scenario, String(m.run), String(m.outcome.instructions), String(m.outcome.cycles),
                              String(format: "%.6f", m.hostSeconds), String(format: "%.6f", m.cpuSeconds),
                              String(format: "%.0f", m.instructionsPerSecond), m.peakResidentBytes.map(String.init) ?? "",
                              hex16(m.outcome.checksum)])
            }
            try AtomicFile.write(table.text, to: csvPath)
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
