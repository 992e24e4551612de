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
    private let mramSize: Int
    /// The DMA rules (`DPUConfiguration`), read on every transfer.
    private let dmaMinBytes: Int, dmaMaxBytes: Int, dmaAlignmentMask: Int
    /// The DPU's parameters (read field by field in hot paths, never copied whole).
    let configuration: DPUConfiguration
    /// Whether the configuration charges register-hazard cycles (else dispatch = instructions).
    @usableFromInline let hasHazards: Bool
    /// Dispatch cycles of one `ldma`/`sdma` (1, plus its hazard cycles when modelled).
    private let dmaDispatchCycles: Double
    /// Each runtime routine's charge, `configuration.mix(of:)`, indexed by `RuntimeRoutine.rawValue`.
    private let routineMixes: [InstructionMix]

    // Pending compute since the last recorded event: summed here, charged once.
    @usableFromInline var pendingInstructions = 0
    @usableFromInline var pendingDispatchCycles = 0.0
    /// Every instruction this tasklet issued, by class (not counting mutex spins).
    public var mix: InstructionMix { issuedMix }
    @usableFromInline var issuedMix = InstructionMix()
    /// This tasklet's MRAM transfers and their bytes, by direction.
    var dmaReads = 0, dmaWrites = 0, dmaReadBytes = 0, dmaWriteBytes = 0
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
        self.mramSize = engine.dpu.mram.size
        dmaMinBytes = engine.configuration.dmaMinBytes
        dmaMaxBytes = engine.configuration.dmaMaxBytes
        dmaAlignmentMask = engine.configuration.dmaAlignment - 1
        self.configuration = engine.configuration
        self.hasHazards = engine.hasHazards
        dmaDispatchCycles = engine.hasHazards ? 1 + engine.hazardCycles(InstructionMix(.dma, 1)) : 1
        routineMixes = RuntimeRoutine.allCases.map { engine.configuration.mix(of: $0) }
        self.wram = engine.dpu.wram
        self.tracing = engine.trace != nil
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
        pendingInstructions &+= n
        pendingDispatchCycles += hasHazards ? Double(n) + hazardCycles(charged) : Double(n)
        issuedMix += charged
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

    // MARK: WRAM, charged accessors

    /// Loads a value from WRAM, charging one load instruction.
    public func load<T: FixedWidthInteger>(_ address: Int, as type: T.Type = T.self) throws(DPUFault) -> T {
        try checkWRAM(address, MemoryLayout<T>.size)
        execute(.load, 1)
        return wram.load(address)
    }

    /// Stores a value to WRAM, charging one store instruction.
    public func store<T: FixedWidthInteger>(_ value: T, _ address: Int) throws(DPUFault) {
        try checkWRAM(address, MemoryLayout<T>.size)
        execute(.store, 1)
        wram.store(value, address)
    }

    /// Faults unless `[address, address + bytes)` is inside WRAM.
    public func checkWRAM(_ address: Int, _ bytes: Int) throws(DPUFault) {
        if !wram.contains(address, count: bytes) {
            throw .wramOutOfBounds(tasklet: id, address: address, bytes: bytes, size: wram.size)
        }
    }

    /// Raises a kernel-level fault (a failed consistency check), ending the launch.
    public func fault(_ message: String) -> DPUFault { .kernel(tasklet: id, message: message) }

    // MARK: WRAM heap

    /// `mem_alloc(bytes)`: an 8-byte-aligned WRAM block from the shared heap, charged
    /// `memAllocInstructions` (12, [rt] alloc.c by hand). The heap's atomic bit is not
    /// contended in the model (the tasklet does not wait for it).
    public func memAlloc(_ bytes: Int) throws(DPUFault) -> Int {
        charge(.memAlloc)
        return try engine.layout.allocateHeap(bytes, tasklet: id)
    }

    /// `mem_reset()`: frees the whole heap (every tasklet's blocks), charged
    /// `memResetInstructions` (4, [rt] alloc.c by hand).
    public func memReset() {
        charge(.memReset)
        engine.layout.resetHeap()
    }

    // MARK: DMA

    /// `mram_read(mram, wram, bytes)`: copies MRAM to WRAM. The tasklet blocks until the
    /// transfer completes (α_read + β·bytes after the DMA engine takes it).
    /// `sizeIsConstant`: false when the C kernel's size is a run-time value, which costs
    /// `dmaVariableSizeInstructions` (3) to encode before the `ldma`; the transfer is the same.
    public func mramRead(from mramAddress: Int, to wramAddress: Int, bytes: Int, sizeIsConstant: Bool = true) throws(DPUFault) {
        try checkDMA("mram_read", mramAddress, wramAddress, bytes)
        if !sizeIsConstant { charge(.dmaVariableSize) }
        let destination = wram.base + wramAddress
        withEngine { $0.dpu.mram.read(mramAddress, into: destination, count: bytes) }
        recordDMA(write: false, address: mramAddress, bytes: bytes)
    }

    /// `mram_write(wram, mram, bytes)`: copies WRAM to MRAM; blocks until complete.
    /// `sizeIsConstant` as for `mramRead`.
    public func mramWrite(from wramAddress: Int, to mramAddress: Int, bytes: Int, sizeIsConstant: Bool = true) throws(DPUFault) {
        try checkDMA("mram_write", mramAddress, wramAddress, bytes)
        if !sizeIsConstant { charge(.dmaVariableSize) }
        let source = wram.base + wramAddress
        withEngine { $0.dpu.mram.write(mramAddress, from: source, count: bytes) }
        recordDMA(write: true, address: mramAddress, bytes: bytes)
    }

    /// `mram_read` of any multiple of the DMA alignment, as consecutive DMAs of at most
    /// `dmaMaxBytes` each (what a kernel writes as a loop around `mram_read`).
    /// `sizeIsConstant` applies to every chunk, as for `mramRead`.
    public func mramReadChunked(from mramAddress: Int, to wramAddress: Int, bytes: Int, sizeIsConstant: Bool = true) throws(DPUFault) {
        try forEachChunk(bytes) { done, n throws(DPUFault) in
            try mramRead(from: mramAddress + done, to: wramAddress + done, bytes: n, sizeIsConstant: sizeIsConstant)
        }
    }

    /// `mram_write` in consecutive DMAs of at most `dmaMaxBytes` each.
    public func mramWriteChunked(from wramAddress: Int, to mramAddress: Int, bytes: Int, sizeIsConstant: Bool = true) throws(DPUFault) {
        try forEachChunk(bytes) { done, n throws(DPUFault) in
            try mramWrite(from: wramAddress + done, to: mramAddress + done, bytes: n, sizeIsConstant: sizeIsConstant)
        }
    }

    /// Calls `body(offset, length)` for consecutive pieces of `bytes` of at most `dmaMaxBytes`.
    private func forEachChunk(_ bytes: Int, _ body: (Int, Int) throws(DPUFault) -> Void) throws(DPUFault) {
        var done = 0
        while done < bytes {
            let n = min(dmaMaxBytes, bytes - done)
            try body(done, n)
            done += n
        }
    }

    /// Faults unless the transfer obeys the DMA rules. The common case is one branch-free
    /// test (`dmaAlignment` is a power of two, so alignment is a mask).
    @inline(__always)
    private func checkDMA(_ direction: String, _ mramAddress: Int, _ wramAddress: Int, _ bytes: Int) throws(DPUFault) {
        let misaligned = (bytes | mramAddress | wramAddress) & dmaAlignmentMask
        if misaligned != 0 || bytes < dmaMinBytes || bytes > dmaMaxBytes || mramAddress < 0 || mramAddress > mramSize - bytes
            || wramAddress < 0 || wramAddress > wram.size - bytes {
            throw dmaViolation(direction, mramAddress, wramAddress, bytes)
        }
    }

    /// The fault for a transfer `checkDMA` refused, naming the first rule it breaks.
    private func dmaViolation(_ direction: String, _ mramAddress: Int, _ wramAddress: Int, _ bytes: Int) -> DPUFault {
        let c = self.configuration
        func violation(_ rule: String) -> DPUFault {
            .dmaViolation(tasklet: id, direction: direction, mram: mramAddress, wram: wramAddress, bytes: bytes, rule: rule)
        }
        if bytes < c.dmaMinBytes || bytes > c.dmaMaxBytes || bytes % c.dmaAlignment != 0 {
            return violation("size must be a multiple of \(c.dmaAlignment) in \(c.dmaMinBytes)...\(c.dmaMaxBytes)")
        }
        if mramAddress % c.dmaAlignment != 0 { return violation("MRAM address not \(c.dmaAlignment)-byte aligned") }
        if wramAddress % c.dmaAlignment != 0 { return violation("WRAM address not \(c.dmaAlignment)-byte aligned") }
        if mramAddress < 0 || mramAddress > mramSize - bytes { return violation("outside MRAM of \(mramSize) bytes") }
        return violation("outside WRAM of \(wram.size) bytes")
    }

    /// Records the pending compute, the `ldma`/`sdma` that ends it and the transfer, as one
    /// event. `bytes` was checked against `dmaMaxBytes`, which WRAM bounds below 2^31.
    @inline(__always)
    private func recordDMA(write: Bool, address: Int, bytes: Int) {
        let instructions = pendingInstructions + 1
        let dispatchCycles = pendingDispatchCycles + dmaDispatchCycles
        pendingInstructions = 0
        pendingDispatchCycles = 0
        issuedMix.dma += 1
        let id = self.id
        let event = TimingEvent.computeThenDMA(instructions: instructions, dispatchCycles: dispatchCycles, address: address,
                                               bytes: Int32(truncatingIfNeeded: bytes), write: write)
        withEngine { $0.record(id, event) }
        if write { dmaWrites += 1; dmaWriteBytes += bytes } else { dmaReads += 1; dmaReadBytes += bytes }
    }

    // MARK: Synchronization

    /// `barrier_wait(&b)`: waits until every participant has arrived ([O3] bar_kernel_1_O3.asm).
    ///
    /// N = `b.participants`. With N = 1 it charges `barrierSoleInstructions` (9). Otherwise
    /// every arrival charges `barrierWaiterInstructions` (16) before it arrives — no tasklet
    /// knows yet whether it is last; the engine decides that in simulated time. The last
    /// arrival (told so by the engine's resume value) then charges the rest of its path:
    /// `barrierLastArrivalBaseInstructions` − `barrierWaiterInstructions` (0) as `alu`, plus
    /// N − 2 resume-loop iterations of `barrierResumeInstructionsPerWaiter` (4): 16 + 4·(N − 2)
    /// in all. Its class split is the waiter's path plus the loop, a few instructions off the
    /// listing's own split (the totals are the listing's). The round's first arrival is
    /// charged 16 where the listing has 15 (see `barrierWaiterInstructions`).
    public func barrierWait(_ barrier: Barrier) async throws {
        let n = barrier.participants
        charge(n == 1 ? .barrierSole : .barrierWaiter)
        let last = try await suspend(.barrier(.passUnretained(barrier))) == LaunchEngine.resumedAsLastArrival
        if last && n >= 2 {
            execute(.alu, configuration.barrierLastArrivalBaseInstructions - configuration.barrierWaiterInstructions)
            charge(.barrierResumePerWaiter, times: n - 2)
        }
    }

    /// `mutex_lock(m)`: `mutexLockInstructions` (2: the address `move` and one `acquire`,
    /// [rt] mutex.h). While another tasklet holds the mutex, the `acquire` re-issues itself
    /// (it jumps to itself): the engine charges one `sync` instruction per issue slot the
    /// tasklet spins, to the pipeline and to this tasklet (`LaunchStatistics.spinInstructions`).
    public func mutexLock(_ mutex: Mutex) async throws {
        charge(.mutexLock)
        _ = try await suspend(.mutexLock(.passUnretained(mutex)))
    }

    /// `mutex_unlock(m)`: one `release`, `mutexUnlockInstructions` ([rt] mutex.h). Unlocking a
    /// mutex this tasklet does not hold is a fault, reported when the unlock happens in
    /// simulated time.
    public func mutexUnlock(_ mutex: Mutex) {
        charge(.mutexUnlock)
        record(.mutexUnlock(.passUnretained(mutex)))
    }

    /// `sem_take(s)`: waits until the count is positive, then decrements it ([rt] sem.c).
    /// Charges `semTakeInstructions` (8) before; a take that waited charges
    /// `semTakeWaitExtraInstructions` (7) more when woken (on the DPU they precede its `stop`).
    public func semTake(_ semaphore: Semaphore) async throws {
        charge(.semTake)
        if try await suspend(.semTake(.passUnretained(semaphore))) == LaunchEngine.resumedAfterWaiting {
            charge(.semTakeWaitExtra)
        }
    }

    /// `sem_give(s)`: increments the count, waking the first waiter; `semGiveInstructions`
    /// (9, the path that wakes nobody — see that parameter).
    public func semGive(_ semaphore: Semaphore) {
        charge(.semGive)
        record(.semGive(.passUnretained(semaphore)))
    }

    /// `handshake_notify()`: waits until a tasklet waits for this one, then releases it;
    /// `handshakeNotifyInstructions` (7 on either path, [rt] handshake.c).
    public func handshakeNotify() async throws {
        charge(.handshakeNotify)
        _ = try await suspend(.notify)
    }

    /// `handshake_wait_for(notifier)`: waits until `notifier` calls `handshakeNotify()`.
    /// Two tasklets waiting for the same notifier is a fault, as in the runtime.
    /// Charges `handshakeWaitForInstructions` (8) before; when the notifier was already
    /// waiting (no stop), `handshakeWaitForResumeExtraInstructions` (1) more after.
    public func handshakeWaitFor(_ notifier: Int) async throws {
        guard (0..<count).contains(notifier), notifier != id else {
            throw DPUFault.runtimeMisuse(tasklet: id, message: "handshake_wait_for(\(notifier)): no such other tasklet")
        }
        charge(.handshakeWaitFor)
        if try await suspend(.waitFor(notifier)) != LaunchEngine.resumedAfterWaiting {
            charge(.handshakeWaitForResumeExtra)
        }
    }

    // MARK: Performance counter

    /// What the performance counter counts (`perfcounter_config`).
    public enum CounterMode: Sendable { case cycles, instructions }

    /// `perfcounter_config(mode, reset)`: selects what the DPU's counter counts and
    /// optionally resets it, at this point in simulated time. Charges
    /// `perfcounterConfigInstructions` (2): the constant's `move` before, the `time_cfg` —
    /// as which the counter is reset — after (any configured extra counts as the former).
    public func perfcounterConfig(_ mode: CounterMode, reset: Bool) {
        var before = routineMixes[RuntimeRoutine.perfcounterConfig.rawValue]
        before.sync -= 1
        execute(before)
        record(.perfcounterConfig(countsInstructions: mode == .instructions, reset: reset))
        execute(.sync, 1)
    }

    /// `perfcounter_get()`: the counter's value at this point in simulated time, sampled as
    /// the `time` instruction issues; `perfcounterGetInstructions` (5: the `time`, then the
    /// widening and shift) are charged after the sample.
    public func perfcounterGet() async throws -> UInt64 {
        let value = try await suspend(.perfcounterGet)
        charge(.perfcounterGet)
        return value
    }

    // MARK: Trace labels

    /// Names what this tasklet does from here on ("hash chunk 12"), for timelines
    /// (`simctl run --trace`): the label applies from this point of the tasklet's program
    /// until its next label or its end. Costs no instruction and no cycle, and changes no
    /// timing; when the launch is not traced, `name` is not even evaluated.
    @inlinable public func phase(_ name: @autoclosure () -> String) {
        if tracing { recordPhase(name()) }
    }

    @usableFromInline func recordPhase(_ name: String) {
        engine.trace?.pushLabel(id, name)
        // Not flushed: the label sits `pendingInstructions` into the next compute event, so
        // the event stream (and every cycle) is the same as without it.
        engine.record(id, .phase(instructionsBefore: pendingInstructions))
    }

    // MARK: Recording

    @inline(__always)
    private func withEngine<R>(_ body: (LaunchEngine) throws -> R) rethrows -> R {
        try engineRef._withUnsafeGuaranteedRef(body)
    }

    func flushCompute() {
        if pendingInstructions > 0 {
            let id = self.id, event = TimingEvent.compute(instructions: pendingInstructions, dispatchCycles: pendingDispatchCycles)
            withEngine { $0.record(id, event) }
            pendingInstructions = 0
            pendingDispatchCycles = 0
        }
    }

    private func record(_ event: TimingEvent) {
        flushCompute()
        engine.record(id, event)
    }

    private func suspend(_ event: TimingEvent) async throws -> UInt64 {
        record(event)
        return try await withUnsafeThrowingContinuation { continuation = $0 }
    }

    func recordEnd() { record(.end) }
}
