/// Every hardware parameter of the simulated DPU and of the host↔DPU system, in one
/// place, each with its unit, default and source.
///
/// The defaults describe a UPMEM v1A DPU at 350 MHz. `DPUConfiguration.parameters`
/// declares each field once — JSON key, unit, source — and the JSON loader, `simctl config`
/// and `docs/configuration.md` all read that table. Sources are abbreviated as:
/// - **[PrIM]** Gómez-Luna et al., "Benchmarking a New Paradigm: Experimental Analysis and
///   Characterization of a Real Processing-in-Memory System", IEEE Access 10, 2022
///   (arXiv:2105.03814), and its repository CMU-SAFARI/prim-benchmarks.
/// - **[SDK]** UPMEM SDK documentation and runtime sources (dpu-rt).
/// - **[HC31]** Devaux, "The true Processing In Memory accelerator", Hot Chips 31, 2019.
/// - **[uPIM]** Hyun et al., "Pathfinding Future PIM Architectures by Demystifying a
///   Commercial PIM Technology" (uPIMulator), HPCA 2024; VIA-Research/uPIMulator.
/// - **estimate**: no published figure; the reasoning is in `docs/configuration.md`.
///
/// Invariants are checked by `validate()`; every entry point that takes a configuration
/// from a user calls it.
public struct DPUConfiguration: Sendable, Equatable {
    /// A human-readable name for reports.
    public var name = "UPMEM v1A"

    // MARK: Core

    /// DPU clock, Hz. 350 MHz for v1A, 400 MHz for v1B [SDK]; PrIM's 2,556-DPU system ran at 350 MHz [PrIM §2].
    public var clockHz: Double = 350e6
    /// Hardware threads (tasklets) per DPU [SDK].
    public var maxTasklets = 24
    /// Working memory (scratchpad), bytes [SDK], [HC31].
    public var wramBytes = 64 * 1024
    /// Main DRAM bank per DPU, bytes [SDK], [HC31].
    public var mramBytes = 64 * 1024 * 1024
    /// Instruction memory, bytes: 4,096 instructions of 48 bits [SDK], [HC31]. Reported, not enforced (kernels are Swift).
    public var iramBytes = 24 * 1024
    /// WRAM reserved for each tasklet's stack, bytes. Estimate: the SDK sets it per program
    /// (`STACK_SIZE_DEFAULT`); 1 KiB is what BTHOWeN-sized kernels need.
    public var stackBytesPerTasklet = 1024
    /// Pipeline stages [HC31], [PrIM §2.1]. Informational: the revolver window below is what bounds issue.
    public var pipelineDepth = 14
    /// Minimum cycles between two instructions of one tasklet (the revolver window) [PrIM §2.1], [uPIM] thread scheduler.
    public var revolverCycles = 11
    /// Expected extra dispatch cycles per instruction of each class from register-file bank
    /// conflicts, indexed by `InstructionClass.rawValue`. Default 0: see `docs/cost-model.md`
    /// (PrIM's measured ADD loops run at IPC 1.00). `traces/configs/upimulator-register-hazards.json`
    /// sets the values uPIMulator's rule gives under uniform register allocation.
    public var registerHazardCycles = Array(repeating: 0.0, count: InstructionClass.allCases.count)
    /// A factor on every compute region's instruction count, for sensitivity analysis only
    /// (`ModelUncertainty`, docs/fidelity.md): 1 = the counts as derived from compiled code
    /// and the runtime's sources. Instruction statistics stay unscaled; only time moves.
    public var instructionCountScale = 1.0

    // MARK: MRAM ↔ WRAM DMA and the MRAM bank (docs/cost-model.md §4)

    /// End-to-end latency of a lone MRAM→WRAM read after the `ldma` instruction's issue
    /// slot, excluding β·n, when the transfer opens its row (a row miss), cycles: PrIM's
    /// α(read) = 77 [PrIM §3.2] — measured around `mram_read` by a timer that subtracts the
    /// cost of a counter read (prim-benchmarks `cyclecount.h`), with every read opening a new
    /// row because the benchmark alternates reads of one array with writes to another
    /// (`Microbenchmarks/MRAM-Latency/dpu/copy.c`) — less the 11-cycle revolver slot of the
    /// `ldma` itself, which the model charges as an instruction.
    public var dmaReadLatencyCycles = 66.0
    /// The same for a WRAM→MRAM write: PrIM's α(write) = 61 [PrIM §3.2] less the `sdma` slot.
    public var dmaWriteLatencyCycles = 50.0
    /// Per-byte cost β of a DMA: the MRAM bank's column transfers, cycles per byte [PrIM §3.2].
    public var dmaCyclesPerByte = 0.5
    /// The part of a read's fixed latency that does *not* occupy the DMA engine (the
    /// completion's return to the tasklet), cycles. The rest of the fixed latency —
    /// `dmaReadLatencyCycles` − this − a row miss — is the engine's setup, during which it
    /// serves no other transfer. Default 0: PrIM's sustained 2 KiB bandwidth (628 MB/s, less
    /// than a lone transfer achieves) leaves no room for overlapped latency on large
    /// transfers; docs/fidelity.md gives the argument and the plausible range.
    public var dmaReadCompletionCycles = 0.0
    /// The same for writes (`dmaWriteLatencyCycles`). Default 0, as for reads.
    public var dmaWriteCompletionCycles = 0.0
    /// Bytes of one MRAM row (the row buffer), bytes. [uPIM] `wordline_size` = 1,024 (main.go);
    /// UPMEM publishes no row size: a model value.
    public var mramRowBytes = 1024
    /// Precharge time t_RP: closing the open row before another is activated, cycles.
    /// [uPIM] t_rp = 32 memory cycles at 2,400 MHz, in 350 MHz logic cycles: 32 × 350/2400.
    public var mramPrechargeCycles = 32.0 * 350 / 2400
    /// Activation time t_RCD: opening a row before its columns can be read or written,
    /// cycles. [uPIM] t_rcd = 32 memory cycles at 2,400 MHz → 32 × 350/2400.
    public var mramActivateCycles = 32.0 * 350 / 2400
    /// Row active time t_RAS: the least time between a row's activation and its precharge,
    /// cycles. [uPIM] t_ras = 78 memory cycles at 2,400 MHz → 78 × 350/2400.
    public var mramRowActiveMinCycles = 78.0 * 350 / 2400
    /// How the DMA engine picks the next queued transfer when it frees: `.fcfs` in arrival
    /// order (default), or `.frfcfs`, a queued transfer that starts in the open row first,
    /// else the oldest ([uPIM] memory_scheduler.go applies FR-FCFS to 8-byte commands).
    public var dmaScheduler = DMAScheduler.fcfs
    /// Smallest DMA, bytes [SDK] mram.h.
    public var dmaMinBytes = 8
    /// Largest DMA, bytes [SDK] mram.h.
    public var dmaMaxBytes = 2048
    /// Required alignment of DMA sizes and of both addresses, bytes [SDK] mram.h.
    public var dmaAlignment = 8

    // MARK: Runtime routines (instructions charged per call)

    /// Instructions of `__mulsi3` outside its `mul_step` loop (call, setup, return). Estimate.
    public var mul32OverheadInstructions = 5
    /// Instructions of the 32-bit divide outside its `div_step` loop. Estimate.
    public var div32OverheadInstructions = 6
    /// Instructions of the 64-bit multiply `__muldi3` (8×8 partial products) [SDK] mul64.c ("about 150").
    public var mul64Instructions = 150
    /// Instructions of `barrier_wait` on the path of a tasklet that waits. Estimate.
    public var barrierInstructions = 12
    /// Instructions of one uncontended `mutex_lock` (an `acquire` and its branch). Estimate.
    public var mutexLockInstructions = 2
    /// Instructions of one `mutex_unlock` (a `release`). Estimate.
    public var mutexUnlockInstructions = 1
    /// Instructions of `sem_take` or `sem_give`. Estimate.
    public var semaphoreInstructions = 8
    /// Instructions of `handshake_notify` or `handshake_wait_for`. Estimate.
    public var handshakeInstructions = 6
    /// Instructions of `mem_alloc`. Estimate.
    public var memAllocInstructions = 10
    /// Instructions of `perfcounter_get`/`perfcounter_config` (one `time`/`time_cfg`) [SDK] perfcounter.c.
    public var perfcounterInstructions = 1

    // MARK: Energy (all estimates; see docs/configuration.md)

    /// Dynamic energy per instruction of each class, picojoules, indexed by `InstructionClass.rawValue`. Estimate.
    public var instructionEnergyPJ: [Double] = [10, 10, 15, 15, 8, 12, 12, 12, 15, 10]
    /// Energy per byte moved between MRAM and WRAM, picojoules. Estimate (in-DRAM access, no off-chip I/O).
    public var dmaEnergyPerBytePJ = 20.0
    /// Static (leakage + clock) power of one DPU while a launch runs, watts. Estimate.
    public var staticPowerWatts = 0.05

    // MARK: Host ↔ DPU system

    /// DPUs per rank (8 chips × 8 DPUs) [SDK], [PrIM §2].
    public var dpusPerRank = 64
    /// Largest system, DPUs: 20 DIMMs × 2 ranks × 64 [PrIM §2] (2,556 usable there).
    public var maxDPUs = 2560
    /// CPU→DPU bandwidth of one rank with parallel transfers (`dpu_push_xfer`), bytes/s [PrIM §3.4].
    public var hostToDPUParallelBytesPerSecond = 6.68e9
    /// DPU→CPU bandwidth of one rank with parallel transfers, bytes/s [PrIM §3.4].
    public var dpuToHostParallelBytesPerSecond = 4.74e9
    /// CPU→DPU broadcast bandwidth of one rank (`dpu_broadcast_to`), bytes/s [PrIM §3.4].
    public var broadcastBytesPerSecond = 16.88e9
    /// CPU→DPU bandwidth of a serial transfer to one DPU (`dpu_copy_to`), bytes/s [PrIM §3.4].
    public var hostToDPUSerialBytesPerSecond = 0.33e9
    /// DPU→CPU bandwidth of a serial transfer from one DPU (`dpu_copy_from`), bytes/s [PrIM §3.4].
    public var dpuToHostSerialBytesPerSecond = 0.12e9
    /// Fixed host-side cost of one `dpu_launch` (boot and completion polling), seconds. Estimate.
    public var launchOverheadSeconds = 20e-6
    /// Energy per byte moved between host and DPUs over the DDR4 bus, picojoules. Estimate.
    public var transferEnergyPerBytePJ = 150.0
    /// Power of the host CPU while it runs host-side stages, watts. Estimate.
    public var hostPowerWatts = 65.0
    /// Host time per counted operation of a host-side stage (binarize, remap, hash,
    /// argmax), seconds. Estimate: one core retiring about two simple operations per
    /// cycle at 3 GHz. Host stages are modelled, not timed, so reports are reproducible.
    public var hostSecondsPerOperation = 0.5e-9

    public init() {}

    /// UPMEM v1A at 350 MHz: the defaults.
    public static let v1A = DPUConfiguration()

    /// UPMEM v1B: 400 MHz [SDK]; otherwise as v1A.
    public static let v1B: DPUConfiguration = {
        var c = DPUConfiguration()
        c.name = "UPMEM v1B"
        c.clockHz = 400e6
        return c
    }()

    /// v1A with the DMA model of DPUSim before the MRAM bank (`traces/configs/dma-fifo.json`):
    /// one FIFO engine busy for the whole α + β·n of every transfer, rows free.
    public static let dmaFIFO: DPUConfiguration = {
        var c = ModelUncertainty.fifo(.v1A)
        c.name = "UPMEM v1A, FIFO DMA without rows"
        return c
    }()

    /// v1A with only the MRAM bank occupied (`traces/configs/dma-bank-only.json`): the
    /// engine's setup overlaps other transfers, as in uPIMulator, row hits first.
    public static let dmaBankOnly: DPUConfiguration = {
        var c = ModelUncertainty.bankOnly(.v1A)
        c.name = "UPMEM v1A, only the MRAM bank occupied"
        return c
    }()

    /// Seconds per DPU cycle.
    public var secondsPerCycle: Double { 1 / clockHz }

    /// What a transfer that opens a new row pays before its columns: t_RP + t_RCD, cycles.
    public var mramRowMissCycles: Double { mramPrechargeCycles + mramActivateCycles }

    /// The DMA engine's setup for one transfer, cycles: the fixed latency that is neither a
    /// row miss nor the unoccupied completion. Non-negative in a validated configuration.
    public func dmaSetupCycles(write: Bool) -> Double {
        max(0, (write ? dmaWriteLatencyCycles : dmaReadLatencyCycles) - dmaCompletionCycles(write: write) - mramRowMissCycles)
    }

    /// The unoccupied completion tail of a read or a write, cycles.
    public func dmaCompletionCycles(write: Bool) -> Double {
        write ? dmaWriteCompletionCycles : dmaReadCompletionCycles
    }
}

/// The order in which the DMA engine serves queued transfers (`DPUConfiguration.dmaScheduler`).
public enum DMAScheduler: String, Sendable, CaseIterable {
    /// First come, first served (ties by tasklet index).
    case fcfs
    /// First ready, first come: a queued transfer whose first row is the open one goes
    /// first; otherwise the oldest.
    case frfcfs
}

/// An invalid configuration or configuration file. The message names the key and the problem.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "invalid DPU configuration: \(message)" }
}

extension DPUConfiguration {
    /// Checks every invariant the simulator relies on. Throws naming the first violation.
    public func validate() throws(ConfigurationError) {
        func require(_ ok: Bool, _ message: @autoclosure () -> String) throws(ConfigurationError) {
            if !ok { throw ConfigurationError(message()) }
        }
        try require(clockHz.isFinite && clockHz > 0, "clockHz must be > 0, got \(clockHz)")
        try require((1...1024).contains(maxTasklets), "maxTasklets must be in 1...1024, got \(maxTasklets)")
        try require(wramBytes >= 64 && wramBytes % 8 == 0 && wramBytes <= 1 << 30,
                    "wramBytes must be a multiple of 8 in 64...2^30, got \(wramBytes)")
        try require(mramBytes >= 8 && mramBytes % 8 == 0 && mramBytes <= 1 << 40,
                    "mramBytes must be a multiple of 8 in 8...2^40, got \(mramBytes)")
        try require(iramBytes > 0, "iramBytes must be > 0, got \(iramBytes)")
        try require(stackBytesPerTasklet >= 0 && stackBytesPerTasklet % 8 == 0,
                    "stackBytesPerTasklet must be a non-negative multiple of 8, got \(stackBytesPerTasklet)")
        try require(pipelineDepth >= 1, "pipelineDepth must be >= 1, got \(pipelineDepth)")
        try require(revolverCycles >= 1, "revolverCycles must be >= 1, got \(revolverCycles)")
        try require(instructionCountScale.isFinite && (0.1...10).contains(instructionCountScale),
                    "instructionCountScale must be in 0.1...10, got \(instructionCountScale)")
        for c in InstructionClass.allCases {
            let h = registerHazardCycles[c.rawValue]
            try require(h.isFinite && h >= 0, "registerHazardCycles.\(c) must be >= 0, got \(h)")
            let e = instructionEnergyPJ[c.rawValue]
            try require(e.isFinite && e >= 0, "instructionEnergyPJ.\(c) must be >= 0, got \(e)")
        }
        for (key, value) in [("dmaReadLatencyCycles", dmaReadLatencyCycles), ("dmaWriteLatencyCycles", dmaWriteLatencyCycles),
                             ("dmaCyclesPerByte", dmaCyclesPerByte), ("dmaReadCompletionCycles", dmaReadCompletionCycles),
                             ("dmaWriteCompletionCycles", dmaWriteCompletionCycles),
                             ("mramPrechargeCycles", mramPrechargeCycles), ("mramActivateCycles", mramActivateCycles),
                             ("mramRowActiveMinCycles", mramRowActiveMinCycles), ("dmaEnergyPerBytePJ", dmaEnergyPerBytePJ),
                             ("staticPowerWatts", staticPowerWatts), ("launchOverheadSeconds", launchOverheadSeconds),
                             ("transferEnergyPerBytePJ", transferEnergyPerBytePJ), ("hostPowerWatts", hostPowerWatts),
                             ("hostSecondsPerOperation", hostSecondsPerOperation)] {
            try require(value.isFinite && value >= 0, "\(key) must be >= 0, got \(value)")
        }
        for write in [false, true] {
            let direction = write ? "Write" : "Read"
            let latency = write ? dmaWriteLatencyCycles : dmaReadLatencyCycles
            try require(latency - dmaCompletionCycles(write: write) - mramRowMissCycles >= -1e-9,
                        "dma\(direction)LatencyCycles must cover dma\(direction)CompletionCycles + mramPrechargeCycles + mramActivateCycles (\(dmaCompletionCycles(write: write) + mramRowMissCycles)): the engine's setup would be negative")
        }
        try require(dmaAlignment >= 1 && dmaAlignment.nonzeroBitCount == 1, "dmaAlignment must be a power of two, got \(dmaAlignment)")
        try require(dmaMinBytes >= dmaAlignment && dmaMinBytes % dmaAlignment == 0,
                    "dmaMinBytes must be a positive multiple of dmaAlignment, got \(dmaMinBytes)")
        try require(dmaMaxBytes >= dmaMinBytes && dmaMaxBytes % dmaAlignment == 0,
                    "dmaMaxBytes must be a multiple of dmaAlignment and >= dmaMinBytes, got \(dmaMaxBytes)")
        try require(mramRowBytes >= dmaAlignment && mramRowBytes % dmaAlignment == 0,
                    "mramRowBytes must be a positive multiple of dmaAlignment, got \(mramRowBytes)")
        for (key, value) in [("mul32OverheadInstructions", mul32OverheadInstructions), ("div32OverheadInstructions", div32OverheadInstructions),
                             ("mul64Instructions", mul64Instructions), ("barrierInstructions", barrierInstructions),
                             ("mutexLockInstructions", mutexLockInstructions), ("mutexUnlockInstructions", mutexUnlockInstructions),
                             ("semaphoreInstructions", semaphoreInstructions), ("handshakeInstructions", handshakeInstructions),
                             ("memAllocInstructions", memAllocInstructions), ("perfcounterInstructions", perfcounterInstructions)] {
            try require(value >= 0, "\(key) must be >= 0, got \(value)")
        }
        try require(dpusPerRank >= 1, "dpusPerRank must be >= 1, got \(dpusPerRank)")
        try require(maxDPUs >= 1, "maxDPUs must be >= 1, got \(maxDPUs)")
        for (key, value) in [("hostToDPUParallelBytesPerSecond", hostToDPUParallelBytesPerSecond),
                             ("dpuToHostParallelBytesPerSecond", dpuToHostParallelBytesPerSecond),
                             ("broadcastBytesPerSecond", broadcastBytesPerSecond),
                             ("hostToDPUSerialBytesPerSecond", hostToDPUSerialBytesPerSecond),
                             ("dpuToHostSerialBytesPerSecond", dpuToHostSerialBytesPerSecond)] {
            try require(value.isFinite && value > 0, "\(key) must be > 0, got \(value)")
        }
    }

    /// Checks a tasklet count against this DPU: 1...maxTasklets.
    public func validateTasklets(_ tasklets: Int) throws(ConfigurationError) {
        guard (1...maxTasklets).contains(tasklets) else {
            throw ConfigurationError("tasklets must be in 1...\(maxTasklets) for \(name), got \(tasklets)")
        }
    }
}
