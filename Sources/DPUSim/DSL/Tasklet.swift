/// A DPU hardware thread, as a kernel sees it: the tasklet DSL.
///
/// Kernel code is ordinary Swift that computes real values on the DPU's WRAM and MRAM.
/// What it costs is declared alongside: `execute(_:times:)` charges a straight-line
/// region's instructions; DMAs, runtime calls and synchronization charge themselves.
/// The names follow UPMEM's runtime (`me()`, `mram_read`, `barrier_wait`, …).
///
/// Timing is decoupled from functional execution: a tasklet runs ahead functionally,
/// recording what it did (instructions, DMAs, releases) for the timing engine, and
/// stops only where the outcome depends on other tasklets — an acquire (`barrierWait`,
/// `mutexLock`, `semTake`, handshakes) or a read of the performance counter. Those are
/// `async`: the engine resumes the tasklet when, in simulated time, the operation
/// completes. For a race-free kernel this gives the same values as running the
/// tasklets in lock-step, and mutex acquisition order follows simulated time.
public final class Tasklet: @unchecked Sendable {
    /// This tasklet's index, `me()`.
    public let id: Int
    /// The number of tasklets of the launch, `NR_TASKLETS`.
    public let count: Int
    /// The DPU's WRAM, for functional reads and writes whose cost the kernel charges
    /// with `execute` (or use the charged accessors `load`/`store` below).
    public let wram: WRAM

    /// The engine, unretained: it owns this tasklet and outlives it. Hot paths use it
    /// through `withEngine`, which touches no reference count.
    private let engineRef: Unmanaged<LaunchEngine>
    var engine: LaunchEngine { engineRef.takeUnretainedValue() }
    /// The MRAM size, bytes (constant for the launch).
    let mramSize: Int
    /// The DPU's MRAM for the launch (`LaunchEngine.mram`): DMAs copy through it.
    let mram: UnsafeMutablePointer<MRAM>
    /// The DMA rules (`DPUConfiguration`), read on every transfer.
    let dmaMinBytes: Int, dmaMaxBytes: Int, dmaAlignmentMask: Int
    /// The DPU's parameters (read field by field in hot paths, never copied whole).
    let configuration: DPUConfiguration
    /// Whether the configuration charges register-hazard cycles (else dispatch = instructions).
    @usableFromInline let hasHazards: Bool
    /// Dispatch cycles of one `ldma`/`sdma` (1, plus its hazard cycles when modelled).
    let dmaDispatchCycles: Double
    /// Each runtime routine's charge, `configuration.mix(of:)`, indexed by `RuntimeRoutine.rawValue`.
    let routineMixes: [InstructionMix]

    /// What `execute` adds to on every call, in storage the tasklet owns: a pointer's
    /// pointee needs no dynamic exclusivity check, a class's stored `var` does.
    @usableFromInline let counters: UnsafeMutablePointer<TaskletCounters>
    /// Every instruction this tasklet issued, by class (not counting mutex spins).
    public var mix: InstructionMix { counters.pointee.issued }
    /// This tasklet's MRAM transfers and their bytes, by direction.
    var dmaReads: Int { counters.pointee.dmaReads }
    var dmaWrites: Int { counters.pointee.dmaWrites }
    var dmaReadBytes: Int { counters.pointee.dmaReadBytes }
    var dmaWriteBytes: Int { counters.pointee.dmaWriteBytes }
    var continuation: UnsafeContinuation<UInt64, any Error>?
    /// What the tasklet waits on, for deadlock reports: a verb phrase and the object,
    /// described when the report is made (so a barrier shows its final arrival count).
    var waitVerb = ""
    var waitObject: (any CustomStringConvertible)?

    var waitDescription: String { waitVerb + (waitObject.map { " \($0)" } ?? "") }
    /// Whether the launch is traced, so `phase` labels are recorded.
    @usableFromInline let tracing: Bool

    init(id: Int, count: Int, engine: LaunchEngine) {
        self.id = id
        self.count = count
        self.engineRef = .passUnretained(engine)
        mram = engine.mram
        mramSize = engine.mram.pointee.size
        dmaMinBytes = engine.configuration.dmaMinBytes
        dmaMaxBytes = engine.configuration.dmaMaxBytes
        dmaAlignmentMask = engine.configuration.dmaAlignment - 1
        self.configuration = engine.configuration
        self.hasHazards = engine.hasHazards
        dmaDispatchCycles = engine.hasHazards ? 1 + engine.hazardCycles(InstructionMix(.dma, 1)) : 1
        routineMixes = RuntimeRoutine.allCases.map { engine.configuration.mix(of: $0) }
        self.wram = engine.dpu.wram
        self.tracing = engine.trace != nil
        counters = .allocate(capacity: 1)
        counters.initialize(to: TaskletCounters())
    }

    deinit {
        counters.deinitialize(count: 1)
        counters.deallocate()
    }

    /// `me()`: this tasklet's index, 0..<count.
    public func me() -> Int { id }

    // MARK: Compute

    /// Charges `times` executions of a straight-line region of `mix` instructions
    /// (nothing when `times` ≤ 0). Inlinable: it is the inner-loop call of every kernel.
    @inlinable @inline(__always) public func execute(_ mix: InstructionMix, times: Int = 1) {
        guard times > 0 else { return }
        let charged = times == 1 ? mix : mix * times
        let n = charged.total
        counters.pointee.pendingInstructions &+= n
        counters.pointee.pendingDispatchCycles += hasHazards ? Double(n) + hazardCycles(charged) : Double(n)
        counters.pointee.issued += charged
    }

    @usableFromInline func hazardCycles(_ mix: InstructionMix) -> Double { engine.hazardCycles(mix) }

    /// Charges `n` instructions of one class.
    public func execute(_ c: InstructionClass, _ n: Int) {
        execute(InstructionMix(c, n))
    }

    /// Charges one execution of a runtime routine (its configured count, by class).
    @inline(__always)
    func charge(_ routine: RuntimeRoutine, times: Int = 1) {
        execute(routineMixes[routine.rawValue], times: times)
    }

    /// 32-bit multiply as the runtime's `__mulsi3` does it ([rt] mul32.c): it swaps the
    /// operands so that the smaller (unsigned) one is the multiplier, then runs an unrolled
    /// chain of `mul_step`s that exits when the remaining multiplier is 0. Charges
    /// k `mul_step` + `mul32CallInstructions` (7), k = bit length of min(a, b), at least 1:
    /// 8 for a smaller operand of 0 or 1, 15 for 255, 39 for two operands ≥ 2^31 (a negative
    /// `Int32` is a large unsigned operand). The product wraps, as on the DPU.
    public func mul32(_ a: UInt32, _ b: UInt32) -> UInt32 {
        charge(.mul32Call)
        execute(InstructionMix(mulStep: max(1, 32 - min(a, b).leadingZeroBitCount)))
        return a &* b
    }

    /// 8×8-bit multiply: one native `mul_ul_ul` instruction.
    public func mul8(_ a: UInt8, _ b: UInt8) -> UInt16 {
        execute(.mul8, 1)
        return UInt16(a) * UInt16(b)
    }

    /// 64-bit multiply (`__muldi3`, built from 8×8 partial products): `mul64Instructions`
    /// (150, [rt] mul64.c's own estimate), split ⅓ `alu`, ⅓ `alu_rr`, ⅓ `mul8`.
    public func mul64(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let n = configuration.mul64Instructions
        execute(InstructionMix(alu: n / 3, aluRR: n / 3, mul8: n - 2 * (n / 3)))
        return a &* b
    }

    /// 32-bit unsigned divide as the runtime's `__udiv32` does it ([rt] div32.c); `%` is the
    /// same routine. With s = clz(b) − clz(a): when s < 0 (a has fewer significant bits than
    /// b, including a = 0) it takes the quotient-0 exit, `div32ZeroQuotientInstructions` (6);
    /// otherwise it jumps into an unrolled chain of `div_step`s and runs s + 1 of them, plus
    /// `div32CallInstructions` (8): s + 9, from 9 (s = 0, e.g. 5 / 4 or 4 / 5) to 40
    /// (s = 31, e.g. 2^31 / 1). Division by zero faults, as the routine's `fault` does.
    public func div32(_ a: UInt32, _ b: UInt32) throws(DPUFault) -> UInt32 {
        guard b != 0 else { throw .divideByZero(tasklet: id) }
        chargeUnsignedDivide(a, b)
        return a / b
    }

    /// 32-bit signed divide, `__div32` ([rt] div32.c): it divides the magnitudes with
    /// `__udiv32` (charged as `div32`) and fixes the signs, adding `div32SignedInstructions`
    /// (7) and one `neg` per sign flip — negative dividend, negative divisor, negative
    /// remainder (dividend < 0), negative quotient (signs differ): +7, +9, +10, +10 for
    /// (+,+), (+,−), (−,+), (−,−). Zero counts as positive. Truncates toward zero; Int32.min / −1
    /// wraps to Int32.min, as the routine's negations do. Division by zero faults.
    public func div32Signed(_ a: Int32, _ b: Int32) throws(DPUFault) -> Int32 {
        guard b != 0 else { throw .divideByZero(tasklet: id) }
        let negatives = (a < 0 ? 2 : 0) + (b < 0 ? 1 : 0) + ((a < 0) != (b < 0) ? 1 : 0)
        charge(.div32Signed)
        execute(.alu, negatives)
        chargeUnsignedDivide(a.magnitude, b.magnitude)
        return a.dividedReportingOverflow(by: b).partialValue
    }

    /// Charges `__udiv32` for a nonzero divisor (see `div32(_:_:)`).
    private func chargeUnsignedDivide(_ a: UInt32, _ b: UInt32) {
        let s = b.leadingZeroBitCount - a.leadingZeroBitCount
        if s < 0 {
            charge(.div32ZeroQuotient)
        } else {
            charge(.div32Call)
            execute(InstructionMix(divStep: s + 1))
        }
    }

    // MARK: Recording

    @inline(__always)
    func withEngine<R>(_ body: (LaunchEngine) throws -> R) rethrows -> R {
        try engineRef._withUnsafeGuaranteedRef(body)
    }

    func flushCompute() {
        let pending = counters.pointee.pendingInstructions
        if pending > 0 {
            let id = self.id, event = TimingEvent.compute(instructions: pending, dispatchCycles: counters.pointee.pendingDispatchCycles)
            withEngine { $0.record(id, event) }
            counters.pointee.pendingInstructions = 0
            counters.pointee.pendingDispatchCycles = 0
        }
    }

    func record(_ event: TimingEvent) {
        flushCompute()
        engine.record(id, event)
    }

    func suspend(_ event: TimingEvent) async throws -> UInt64 {
        record(event)
        return try await withUnsafeThrowingContinuation { continuation = $0 }
    }

    func recordEnd() { record(.end) }
}

/// A tasklet's running counts: the compute not yet recorded (summed here, charged as one
/// event) and what it issued and transferred in all.
@usableFromInline
struct TaskletCounters {
    @usableFromInline var pendingInstructions = 0
    @usableFromInline var pendingDispatchCycles = 0.0
    @usableFromInline var issued = InstructionMix()
    var dmaReads = 0, dmaWrites = 0, dmaReadBytes = 0, dmaWriteBytes = 0

    @usableFromInline init() {}
}
