import BTHOWeNModel
import DPUSupport
import DPUSim
import PIMSystem

/// The figures of one inference run, as `simctl run`, `sweep` and `compare` report them
/// (and as the CSV columns hold them).
///
/// Definitions:
/// - `dpuCycles`: the slowest DPU's cycles, summed over launches; `dpuSeconds` at the clock.
/// - `instructions`: issued by every DPU in every launch; `ipc` = instructions ÷ the
///   cycles of every DPU (the mean IPC of a DPU).
/// - `transferSeconds`, `hostSeconds`, `launchOverheadSeconds`: the modelled host↔DPU
///   transfers, host stages and launch overheads; `totalSeconds` adds them to
///   `dpuSeconds` (no overlap between host work, transfers and launches is modelled).
/// - Energy: `energyDPU` = every DPU's instruction and DMA energy plus static power of
///   every DPU of the system for the launches' duration; `energyTransfer` = bytes moved ×
///   energy per byte; `energyHost` = host power × host seconds; `energy` = their sum.
/// - The cycle breakdown columns are the slowest DPU's, summed over launches.
/// - `cycleRange`: with `--uncertainty`, the DPU cycles at the low and high ends of the
///   model's uncertain parameters (`CycleRange`); the `_low`/`_high` columns are empty
///   without it.
/// - `backend`: `sim` for simulated runs; `hardware` or `upmem-simulator` for runs through
///   libdpu (`init(_: HardwareOutcome)`), whose rows hold only what was measured: the
///   other cells (`unmeasured`) are empty.
public struct RunReport: Sendable, Equatable {
    public var backend = "sim"
    /// CSV columns written empty because the backend does not measure them.
    public var unmeasured: Set<String> = []
    public var kernel: String
    public var model: String
    public var dpus: Int
    public var tasklets: Int
    public var inputs: Int
    public var launches: Int
    public var dpuCycles: Int
    public var dpuSeconds: Double
    public var instructions: Int
    public var ipc: Double
    public var dmaReads: Int
    public var dmaWrites: Int
    public var dmaReadBytes: Int
    public var dmaWriteBytes: Int
    public var wramPeakBytes: Int
    public var hostToDPUBytes: Int
    public var dpuToHostBytes: Int
    public var transferSeconds: Double
    public var hostSeconds: Double
    public var launchOverheadSeconds: Double
    public var energyDPU: Double
    public var energyTransfer: Double
    public var energyHost: Double
    public var breakdown: CycleBreakdown
    public var accuracy: Double
    public var matchesReference: Bool
    public var notes: [String]
    /// The DPU cycles the model's uncertain parameters allow, when asked for.
    public var cycleRange: CycleRange?
    /// A pipelined run's schedule (`simctl run --pipeline`); its columns are written only
    /// when some report of a table has one.
    public var pipeline: PipelineSummary?

    public var totalSeconds: Double { dpuSeconds + transferSeconds + hostSeconds + launchOverheadSeconds }
    public var cyclesPerInput: Double { perInput(dpuCycles) }
    /// `cycles` per input (0 without inputs).
    public func perInput(_ cycles: Int) -> Double { inputs == 0 ? 0 : Double(cycles) / Double(inputs) }
    public var inferencesPerSecond: Double { totalSeconds == 0 ? 0 : Double(inputs) / totalSeconds }
    public var energy: Double { energyDPU + energyTransfer + energyHost }

    public init(_ outcome: InferenceOutcome) {
        self.init(kernel: outcome.kernel, model: outcome.modelName, dpus: outcome.dpus, tasklets: outcome.tasklets,
                  inputs: outcome.inputs, costs: outcome.ledger, configuration: outcome.configuration,
                  accuracy: outcome.accuracy, matchesReference: true, notes: outcome.notes)
    }

    /// A report from modelled costs: a system's ledger, whole (an inference run) or one
    /// training phase's records of it. Energy counts static power of all `dpus` DPUs for the
    /// launches' duration.
    init(kernel: String, model: String, dpus: Int, tasklets: Int, inputs: Int, costs ledger: SystemLedger,
         configuration c: DPUConfiguration, accuracy: Double, matchesReference: Bool, notes: [String]) {
        self.kernel = kernel
        self.model = model
        self.dpus = dpus
        self.tasklets = tasklets
        self.inputs = inputs
        let perLaunch = ledger.launches.map(\.statistics)
        let totals = LaunchTotals(perLaunch)
        launches = perLaunch.count
        dpuCycles = ledger.dpuCycles
        dpuSeconds = Double(dpuCycles) / c.clockHz
        instructions = totals.instructions
        ipc = totals.allCycles == 0 ? 0 : Double(totals.instructions) / Double(totals.allCycles)
        dmaReads = totals.reads
        dmaWrites = totals.writes
        dmaReadBytes = totals.readBytes
        dmaWriteBytes = totals.writeBytes
        wramPeakBytes = totals.peak
        hostToDPUBytes = ledger.hostToDPUBytes
        dpuToHostBytes = ledger.dpuToHostBytes
        transferSeconds = ledger.transferSeconds
        hostSeconds = ledger.hostSeconds
        launchOverheadSeconds = ledger.launchOverheadSeconds
        energyDPU = totals.dynamicEnergy + c.staticPowerWatts * Double(dpus) * Double(dpuCycles) / c.clockHz
        energyTransfer = Double(hostToDPUBytes + dpuToHostBytes) * c.transferEnergyPerBytePJ * 1e-12
        energyHost = c.hostPowerWatts * hostSeconds
        breakdown = totals.breakdown
        self.accuracy = accuracy
        self.matchesReference = matchesReference
        self.notes = notes
    }

    /// The CSV schema, declared once: each column's name (units in the names) beside the
    /// cell it holds. The ones every report has, then extras; `columns` and `row` follow it.
    static let schema: [(name: String, cell: @Sendable (RunReport) -> String)] = [
        ("kernel", \.kernel), ("model", \.model), ("dpus", { String($0.dpus) }), ("tasklets", { String($0.tasklets) }),
        ("inputs", { String($0.inputs) }), ("dpu_cycles", { String($0.dpuCycles) }), ("dpu_seconds", { f($0.dpuSeconds) }),
        ("instructions", { String($0.instructions) }), ("ipc", { f($0.ipc) }),
        ("dma_read_bytes", { String($0.dmaReadBytes) }), ("dma_write_bytes", { String($0.dmaWriteBytes) }),
        ("wram_peak_bytes", { String($0.wramPeakBytes) }), ("host_to_dpu_bytes", { String($0.hostToDPUBytes) }),
        ("dpu_to_host_bytes", { String($0.dpuToHostBytes) }), ("transfer_seconds", { f($0.transferSeconds) }),
        ("host_seconds", { f($0.hostSeconds) }), ("total_seconds", { f($0.totalSeconds) }),
        ("cycles_per_input", { f($0.cyclesPerInput) }), ("inferences_per_second", { f($0.inferencesPerSecond) }),
        ("energy_joules", { f($0.energy) }), ("energy_dpu_joules", { f($0.energyDPU) }),
        ("energy_transfer_joules", { f($0.energyTransfer) }), ("accuracy", { f($0.accuracy) }),
        ("matches_reference", { $0.matchesReference ? "true" : "false" }), ("launches", { String($0.launches) }),
        ("launch_overhead_seconds", { f($0.launchOverheadSeconds) }), ("dma_reads", { String($0.dmaReads) }),
        ("dma_writes", { String($0.dmaWrites) }), ("energy_host_joules", { f($0.energyHost) }),
        ("issue_cycles", { f($0.breakdown.issue) }), ("register_hazard_cycles", { f($0.breakdown.registerHazard) }),
        ("revolver_idle_cycles", { f($0.breakdown.revolverIdle) }), ("dma_wait_cycles", { f($0.breakdown.dmaWait) }),
        ("synchronization_cycles", { f($0.breakdown.synchronization) }), ("backend", \.backend),
        // The cycle range (`--uncertainty`): empty without one.
        ("dpu_cycles_low", { $0.cycleRange.map { String($0.low) } ?? "" }),
        ("dpu_cycles_high", { $0.cycleRange.map { String($0.high) } ?? "" }),
        ("cycles_per_input_low", { r in r.cycleRange.map { f(r.perInput($0.low)) } ?? "" }),
        ("cycles_per_input_high", { r in r.cycleRange.map { f(r.perInput($0.high)) } ?? "" }),
    ]

    /// CSV columns, in `schema` order.
    public static let columns = schema.map(\.name)

    /// This report's cells, in `schema` order; a column the backend does not measure is empty.
    public var row: [String] {
        Self.schema.map { unmeasured.contains($0.name) ? "" : $0.cell(self) }
    }

    /// A run on a hardware backend. Times are wall-clock: `dpu_seconds` is the time spent
    /// in `dpu_launch` (launch overhead included, so `launch_overhead_seconds` is 0),
    /// `transfer_seconds` in libdpu transfers, `host_seconds` preparing inputs and decoding
    /// results. On real DPUs the counter gives `dpu_cycles` (the slowest DPU, summed over
    /// launches); on the SDK's simulator it gives `instructions` (every DPU's). Instruction
    /// mix, DMA traffic, WRAM use, energy and the cycle breakdown are not measured.
    public init(_ outcome: HardwareOutcome) {
        backend = outcome.backend.rawValue
        kernel = outcome.kernel
        model = outcome.modelName
        dpus = outcome.dpus
        tasklets = outcome.tasklets
        inputs = outcome.inputs
        launches = outcome.launches
        dpuCycles = 0
        instructions = 0
        var unmeasured: Set<String> = [
            "ipc", "dma_read_bytes", "dma_write_bytes", "dma_reads", "dma_writes", "wram_peak_bytes",
            "energy_joules", "energy_dpu_joules", "energy_transfer_joules", "energy_host_joules",
            "issue_cycles", "register_hazard_cycles", "revolver_idle_cycles", "dma_wait_cycles", "synchronization_cycles",
        ]
        switch outcome.counterMode {
        case .cycles:
            dpuCycles = Int(clamping: outcome.slowestDPUTotal)
            unmeasured.insert("instructions")
        case .instructions:
            instructions = Int(clamping: outcome.allDPUsTotal)
            unmeasured.formUnion(["dpu_cycles", "cycles_per_input"])
        }
        dpuSeconds = outcome.launchSeconds
        ipc = 0
        dmaReads = 0
        dmaWrites = 0
        dmaReadBytes = 0
        dmaWriteBytes = 0
        wramPeakBytes = 0
        hostToDPUBytes = outcome.hostToDPUBytes
        dpuToHostBytes = outcome.dpuToHostBytes
        transferSeconds = outcome.transferSeconds
        hostSeconds = outcome.hostSeconds
        launchOverheadSeconds = 0
        energyDPU = 0
        energyTransfer = 0
        energyHost = 0
        breakdown = CycleBreakdown()
        accuracy = outcome.accuracy
        matchesReference = true
        notes = outcome.notes
        self.unmeasured = unmeasured
    }

    /// A table of reports, one row each.
    public static func table(_ reports: [RunReport]) -> CSVTable {
        let pipelined = reports.contains { $0.pipeline != nil }
        var table = CSVTable(header: columns + (pipelined ? PipelineSummary.columns : []))
        for r in reports {
            table.append(r.row + (pipelined ? r.pipeline?.row ?? Array(repeating: "", count: PipelineSummary.columns.count) : []))
        }
        return table
    }
}

/// What a report sums over the launches: every DPU's instructions, cycles, DMA traffic, WRAM
/// peak and dynamic energy, and the cycle breakdown of each launch's slowest DPU (the one
/// that sets the launch's time).
struct LaunchTotals {
    var instructions = 0, allCycles = 0, reads = 0, writes = 0, readBytes = 0, writeBytes = 0, peak = 0
    var dynamicEnergy = 0.0
    var breakdown = CycleBreakdown()

    /// `launches[l]`: the statistics of launch l's DPUs.
    init(_ launches: [[LaunchStatistics]]) {
        for statistics in launches {
            for s in statistics {
                instructions += s.instructions
                allCycles += s.cycles
                reads += s.dmaReads
                writes += s.dmaWrites
                readBytes += s.dmaReadBytes
                writeBytes += s.dmaWriteBytes
                peak = max(peak, s.wramPeakBytes)
                dynamicEnergy += s.energy.instructions + s.energy.dma
            }
            if let slowest = statistics.max(by: { $0.cycles < $1.cycles }) {
                breakdown.issue += slowest.breakdown.issue
                breakdown.registerHazard += slowest.breakdown.registerHazard
                breakdown.revolverIdle += slowest.breakdown.revolverIdle
                breakdown.dmaWait += slowest.breakdown.dmaWait
                breakdown.synchronization += slowest.breakdown.synchronization
            }
        }
    }
}

/// A number as the CSV writes it (`CSVTable.format`).
private func f(_ x: Double) -> String { CSVTable.format(x) }
