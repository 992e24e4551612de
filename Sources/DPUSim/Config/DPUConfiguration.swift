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
/// - **[rt]** UPMEM's DPU runtime sources (dpu-rt `syslib`) as shipped in VIA-Research/uPIMulator
///   @ 870d916334e9ff0b190f555f951a9ec3c4257781, `golang/uPIMulator/sdk/syslib/`.
/// - **[O3]** `-O3` DPU listings in skehrli/UPMEM_synchronization_benchmarks
///   @ 079f3c22e4dd63a426a0e6da25b864909330b53c, `disassembly/`.
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
    /// (PrIM's measured ADD loops run at IPC 1.00). `data/configs/upimulator-register-hazards.json`
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
    /// Bytes of one MRAM row (the row buffer), bytes; a power of two. [uPIM] `wordline_size`
    /// = 1,024 (main.go); UPMEM publishes no row size: a model value.
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
    //
    // Each count is read from the runtime's sources, [rt] and [O3] (`RuntimeRoutine` names
    // them and gives each path's instruction classes; `docs/configuration.md` lists the
    // instructions). Unit: instructions. A count that differs from the listing's is charged
    // as extra (or fewer) `alu` instructions; `validate()` requires at least the listing's
    // non-`alu` instructions.

    /// Instructions of a `__mulsi3` call besides its k `mul_step`s (k = bit length of the
    /// smaller unsigned operand, at least 1): the caller's `call`, compare-and-swap (3),
    /// clearing the product, moving the result, the return. Default 7 [rt] mul32.c.
    public var mul32CallInstructions = 7
    /// Instructions of a `__udiv32` call besides its s + 1 `div_step`s (s = clz(divisor) −
    /// clz(dividend) ≥ 0): the caller's `call`, two `clz`, the quotient-0 test, two moves,
    /// the computed jump into the unrolled steps, the return. Default 8 [rt] div32.c, so a
    /// division costs s + 9.
    public var div32CallInstructions = 8
    /// Instructions of a `__udiv32` call that takes the quotient-0 exit (clz(dividend) >
    /// clz(divisor), which includes a zero dividend): `call`, two `clz`, the test, a move,
    /// the return. Default 6 [rt] div32.c. (A dividend with as many significant bits as the
    /// divisor but smaller runs the s = 0 path instead: 9.)
    public var div32ZeroQuotientInstructions = 6
    /// Extra instructions of the signed `__div32` over `__udiv32` for non-negative operands:
    /// a stack save and restore of the return address (`sd`, `add`, `ld`), two sign tests
    /// (`clo`), the inner `call` and the return. One `neg` more per sign flip (negative
    /// dividend, negative divisor, negative remainder, negative quotient) is charged on top:
    /// 7, 9, 10, 10 for (+,+), (+,−), (−,+), (−,−). Default 7 [rt] div32.c.
    public var div32SignedInstructions = 7
    /// Instructions of the 64-bit multiply `__muldi3` (8×8 partial products) [rt] mul64.c:
    /// "in the magnitude of 150 instructions" — the source's own round figure.
    public var mul64Instructions = 150
    /// Instructions of `barrier_wait` for a tasklet that is not the last to arrive (N ≥ 2):
    /// take the lock, insert itself in the wait queue, decrement the count, release, `stop`.
    /// Default 16 [O3] bar_kernel_1_O3.asm 0x90–0x108. The round's first arrival finds the
    /// queue empty and executes 15 (0x3a8 path); the model charges every waiter 16, before
    /// its arrival, because which tasklet is first is known only when the engine times it.
    public var barrierWaiterInstructions = 16
    /// Instructions of `barrier_wait` on a barrier of one participant: the lock, the count
    /// test, the empty-queue test, release. Default 9 [O3] bar_kernel_1_O3.asm.
    public var barrierSoleInstructions = 9
    /// Instructions of `barrier_wait` for the last arrival, besides one resume-loop
    /// iteration per waiter after the first: the last of N executes this + (N − 2) ×
    /// `barrierResumeInstructionsPerWaiter` (16 + 4·(N − 2): 16 for N = 2, 72 for 16, 104
    /// for 24). Default 16 [O3] bar_kernel_1_O3.asm 0x90–0xb8, 0x338–0x3a0. Must be at least
    /// `barrierWaiterInstructions`: the model charges the waiter's count before the arrival
    /// (nobody knows yet who is last) and the difference after.
    public var barrierLastArrivalBaseInstructions = 16
    /// Instructions of one iteration of the last arrival's resume loop (`resume`, `and`,
    /// `lbu` next, `jneq`). Default 4 [O3] bar_kernel_1_O3.asm 0x350–0x368.
    public var barrierResumeInstructionsPerWaiter = 4
    /// Instructions of an uncontended `mutex_lock`: the mutex address `move` and one
    /// `acquire`. A contended lock re-issues the `acquire` (it jumps to itself), one `sync`
    /// instruction per issue slot while it spins. Default 2 [rt] mutex.h, [O3]
    /// lock_kernel_1_O3.asm 0x148–0x150.
    public var mutexLockInstructions = 2
    /// Instructions of `mutex_unlock`: one `release`. Default 1 [rt] mutex.h, [O3] 0x190.
    public var mutexUnlockInstructions = 1
    /// Instructions of `sem_take` when the count is positive (no wait): lock, load and
    /// decrement the count, test, store, release. Default 8, counted by hand from [rt] sem.c.
    public var semTakeInstructions = 8
    /// Further instructions of a `sem_take` that waits: the wait-queue insertion and `stop`.
    /// Charged after the tasklet is woken. Default 7 (15 in all), by hand from [rt] sem.c
    /// for a non-empty queue; an empty queue takes one to two fewer, depending on layout.
    public var semTakeWaitExtraInstructions = 7
    /// Instructions of `sem_give`: lock, increment, the wait-queue test, store, release.
    /// Default 9, by hand from [rt] sem.c, for a give that wakes nobody. A give that wakes a
    /// waiter executes 4–5 more (queue update, `resume`), not charged: the tasklet records
    /// the give without waiting for the engine to say whether anyone waits.
    public var semGiveInstructions = 9
    /// Instructions of `handshake_notify` on either path (stop until a waiter comes, or
    /// resume the waiter). Default 7, by hand from [rt] handshake.c.
    public var handshakeNotifyInstructions = 7
    /// Instructions of `handshake_wait_for` when the notifier has not arrived (it stops).
    /// Default 8, by hand from [rt] handshake.c (return value unused).
    public var handshakeWaitForInstructions = 8
    /// Further instructions of a `handshake_wait_for` that finds its notifier already
    /// waiting and resumes it (`jneq` + `resume` in place of `stop`). Default 1, by hand
    /// from [rt] handshake.c; charged after the handshake completes.
    public var handshakeWaitForResumeExtraInstructions = 1
    /// Instructions of `mem_alloc` with a non-zero size: the heap bit's `acquire`, the call
    /// to `mem_alloc_nolock` (load the pointer, round up to 8, overflow-checked add, probe
    /// load, store, return) and `release`. Default 12, by hand from [rt] alloc.c, as
    /// inlined at -O3 like `barrier_wait` in [O3] (not inlined: 5 more for its call, return
    /// and the save of its return address).
    public var memAllocInstructions = 12
    /// Instructions of `mem_reset`: `acquire`, the reset address, one store, `release`.
    /// Default 4, by hand from [rt] alloc.c.
    public var memResetInstructions = 4
    /// Instructions of `perfcounter_get`: `time`, the widening to 64 bits and the 64-bit
    /// shift by 4 (three instructions). Default 5 [rt] perfcounter.c, [O3]
    /// bar_kernel_1_O3.asm 0x288–0x2e8 (where the compiler shares one shift between reads).
    public var perfcounterGetInstructions = 5
    /// Instructions of `perfcounter_config`: the mode/reset constant and `time_cfg`.
    /// Default 2 [rt] perfcounter.c, [O3] bar_kernel_1_O3.asm 0x80–0x88.
    public var perfcounterConfigInstructions = 2
    /// Extra instructions of an `mram_read`/`mram_write` whose size is not a compile-time
    /// constant: the size is encoded into bits 24–31 of the WRAM address register rather
    /// than the `ldma`/`sdma` immediate. Default 3 (shift, decrement, `lsl_add`); [rt]
    /// mram.h and uPIMulator's ldma decoding show where the size goes, not how many
    /// instructions a compiler spends on it (2 if it folds the decrement into the immediate).
    public var dmaVariableSizeInstructions = 3

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
    /// Host threads a pipelined run (`simctl run --pipeline`) may keep busy with host stages
    /// at once, each costed at `hostSecondsPerOperation` per operation. Estimate: a
    /// two-socket server of 8-core CPUs, as UPMEM servers are built. The serialized run
    /// model uses one thread and ignores it.
    public var hostThreads = 16

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

    /// v1A with the DMA model of DPUSim before the MRAM bank (`data/configs/dma-fifo.json`):
    /// one FIFO engine busy for the whole α + β·n of every transfer, rows free.
    public static let dmaFIFO: DPUConfiguration = {
        var c = ModelUncertainty.fifo(.v1A)
        c.name = "UPMEM v1A, FIFO DMA without rows"
        return c
    }()

    /// v1A with only the MRAM bank occupied (`data/configs/dma-bank-only.json`): the
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
    /// The largest instruction count a runtime-routine parameter accepts (`*Instructions`):
    /// a million instructions per call, far above any routine's real count, and small
    /// enough that a launch's per-tasklet instruction totals stay exact in `Int` and
    /// `Double` (docs/configuration.md, "Accepted ranges").
    public static let maxRoutineInstructions = 1_000_000

    /// Checks every invariant the simulator relies on. Throws naming the first violation:
    /// first each parameter against its range in `parameters`, then the rules between
    /// parameters (DMA sizes and alignment, latencies that cover their parts).
    public func validate() throws(ConfigurationError) {
        func require(_ ok: Bool, _ message: @autoclosure () -> String) throws(ConfigurationError) {
            if !ok { throw ConfigurationError(message()) }
        }
        for parameter in Self.parameters {
            let value = parameter.value(in: self)
            if let range = parameter.range.violation(value) {
                throw ConfigurationError("\(parameter.key) must be \(range), got \(value)")
            }
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
        try require(mramRowBytes >= dmaAlignment && mramRowBytes.nonzeroBitCount == 1,
                    "mramRowBytes must be a power of two and at least dmaAlignment, got \(mramRowBytes)")
        try require(barrierLastArrivalBaseInstructions >= barrierWaiterInstructions,
                    "barrierLastArrivalBaseInstructions must be >= barrierWaiterInstructions (\(barrierWaiterInstructions)), got \(barrierLastArrivalBaseInstructions)")
    }

    /// Checks a tasklet count against this DPU: 1...maxTasklets.
    public func validateTasklets(_ tasklets: Int) throws(ConfigurationError) {
        guard (1...maxTasklets).contains(tasklets) else {
            throw ConfigurationError("tasklets must be in 1...\(maxTasklets) for \(name), got \(tasklets)")
        }
    }
}
