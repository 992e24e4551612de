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
        self.wram = engine.dpu.wram
        self.tracing = engine.trace != nil
    }

    /// `me()`: this tasklet's index, 0..<count.
    public func me() -> Int { id }

    // MARK: Compute

    /// Charges `times` executions of a straight-line region of `mix` instructions
    /// (nothing when `times` ≤ 0). Inlinable: it is the inner-loop call of every kernel.
    @inlinable public func execute(_ mix: InstructionMix, times: Int = 1) {
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

    /// 32-bit multiply as the runtime's `__mulsi3` does it: one `mul_step` per bit of the
    /// smaller operand (the loop exits early), plus call overhead.
    public func mul32(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let steps = max(1, 32 - min(a, b).leadingZeroBitCount)
        execute(InstructionMix(alu: configuration.mul32OverheadInstructions, mulStep: steps))
        return a &* b
    }

    /// 8×8-bit multiply: one native `mul_ul_ul` instruction.
    public func mul8(_ a: UInt8, _ b: UInt8) -> UInt16 {
        execute(.mul8, 1)
        return UInt16(a) * UInt16(b)
    }

    /// 64-bit multiply (`__muldi3`, built from 8×8 partial products).
    public func mul64(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let n = configuration.mul64Instructions
        execute(InstructionMix(alu: n / 3, aluRR: n / 3, mul8: n - 2 * (n / 3)))
        return a &* b
    }

    /// 32-bit unsigned divide with `div_step`: one step per quotient bit position
    /// (dividend bits − divisor bits + 1), plus overhead. Division by zero faults.
    public func div32(_ a: UInt32, _ b: UInt32) throws(DPUFault) -> UInt32 {
        guard b != 0 else { throw .divideByZero(tasklet: id) }
        let steps = max(1, (32 - a.leadingZeroBitCount) - (32 - b.leadingZeroBitCount) + 1)
        execute(InstructionMix(alu: configuration.div32OverheadInstructions, divStep: steps))
        return a / b
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

    /// `mem_alloc(bytes)`: an 8-byte-aligned WRAM block from the shared heap.
    public func memAlloc(_ bytes: Int) throws(DPUFault) -> Int {
        execute(.alu, configuration.memAllocInstructions)
        return try engine.layout.allocateHeap(bytes, tasklet: id)
    }

    /// `mem_reset()`: frees the whole heap (every tasklet's blocks).
    public func memReset() {
        execute(.alu, configuration.memAllocInstructions)
        engine.layout.resetHeap()
    }

    // MARK: DMA

    /// `mram_read(mram, wram, bytes)`: copies MRAM to WRAM. The tasklet blocks until the
    /// transfer completes (α_read + β·bytes after the DMA engine takes it).
    public func mramRead(from mramAddress: Int, to wramAddress: Int, bytes: Int) throws(DPUFault) {
        try checkDMA("mram_read", mramAddress, wramAddress, bytes)
        let destination = wram.base + wramAddress
        withEngine { $0.dpu.mram.read(mramAddress, into: destination, count: bytes) }
        recordDMA(write: false, address: mramAddress, bytes: bytes)
    }

    /// `mram_write(wram, mram, bytes)`: copies WRAM to MRAM; blocks until complete.
    public func mramWrite(from wramAddress: Int, to mramAddress: Int, bytes: Int) throws(DPUFault) {
        try checkDMA("mram_write", mramAddress, wramAddress, bytes)
        let source = wram.base + wramAddress
        withEngine { $0.dpu.mram.write(mramAddress, from: source, count: bytes) }
        recordDMA(write: true, address: mramAddress, bytes: bytes)
    }

    /// `mram_read` of any multiple of the DMA alignment, as consecutive DMAs of at most
    /// `dmaMaxBytes` each (what a kernel writes as a loop around `mram_read`).
    public func mramReadChunked(from mramAddress: Int, to wramAddress: Int, bytes: Int) throws(DPUFault) {
        try forEachChunk(bytes) { done, n throws(DPUFault) in try mramRead(from: mramAddress + done, to: wramAddress + done, bytes: n) }
    }

    /// `mram_write` in consecutive DMAs of at most `dmaMaxBytes` each.
    public func mramWriteChunked(from wramAddress: Int, to mramAddress: Int, bytes: Int) throws(DPUFault) {
        try forEachChunk(bytes) { done, n throws(DPUFault) in try mramWrite(from: wramAddress + done, to: mramAddress + done, bytes: n) }
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

    /// `barrier_wait(&b)`: waits until every participant has arrived.
    public func barrierWait(_ barrier: Barrier) async throws {
        execute(.sync, configuration.barrierInstructions)
        _ = try await suspend(.barrier(.passUnretained(barrier)))
    }

    /// `mutex_lock(m)`: spins until the mutex is free, then takes it.
    public func mutexLock(_ mutex: Mutex) async throws {
        execute(.sync, configuration.mutexLockInstructions)
        _ = try await suspend(.mutexLock(.passUnretained(mutex)))
    }

    /// `mutex_unlock(m)`. Unlocking a mutex this tasklet does not hold is a fault,
    /// reported when the unlock happens in simulated time.
    public func mutexUnlock(_ mutex: Mutex) {
        execute(.sync, configuration.mutexUnlockInstructions)
        record(.mutexUnlock(.passUnretained(mutex)))
    }

    /// `sem_take(s)`: waits until the count is positive, then decrements it.
    public func semTake(_ semaphore: Semaphore) async throws {
        execute(.sync, configuration.semaphoreInstructions)
        _ = try await suspend(.semTake(.passUnretained(semaphore)))
    }

    /// `sem_give(s)`: increments the count, waking the first waiter.
    public func semGive(_ semaphore: Semaphore) {
        execute(.sync, configuration.semaphoreInstructions)
        record(.semGive(.passUnretained(semaphore)))
    }

    /// `handshake_notify()`: waits until a tasklet waits for this one, then releases it.
    public func handshakeNotify() async throws {
        execute(.sync, configuration.handshakeInstructions)
        _ = try await suspend(.notify)
    }

    /// `handshake_wait_for(notifier)`: waits until `notifier` calls `handshakeNotify()`.
    /// Two tasklets waiting for the same notifier is a fault, as in the runtime.
    public func handshakeWaitFor(_ notifier: Int) async throws {
        guard (0..<count).contains(notifier), notifier != id else {
            throw DPUFault.runtimeMisuse(tasklet: id, message: "handshake_wait_for(\(notifier)): no such other tasklet")
        }
        execute(.sync, configuration.handshakeInstructions)
        _ = try await suspend(.waitFor(notifier))
    }

    // MARK: Performance counter

    /// What the performance counter counts (`perfcounter_config`).
    public enum CounterMode: Sendable { case cycles, instructions }

    /// `perfcounter_config(mode, reset)`: selects what the DPU's counter counts and
    /// optionally resets it, at this point in simulated time.
    /// The counter is reset as the `time_cfg` instruction issues; its cost follows.
    public func perfcounterConfig(_ mode: CounterMode, reset: Bool) {
        record(.perfcounterConfig(countsInstructions: mode == .instructions, reset: reset))
        execute(.sync, configuration.perfcounterInstructions)
    }

    /// `perfcounter_get()`: the counter's value at this point in simulated time, sampled as
    /// the `time` instruction issues (its cost is charged after the sample).
    public func perfcounterGet() async throws -> UInt64 {
        let value = try await suspend(.perfcounterGet)
        execute(.sync, configuration.perfcounterInstructions)
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
