/// Runs one launch of a kernel on one DPU: the tasklets' functional execution and the
/// timing model that turns what they did into cycles.
///
/// ## Timing model (see docs/cost-model.md)
/// - **Revolver pipeline.** A tasklet issues at most one instruction every
///   `revolverCycles` (W) cycles; the DPU dispatches at most one instruction per cycle,
///   and an instruction with register-bank conflicts holds the dispatcher for
///   1 + h cycles. With A runnable tasklets whose current instructions need c_i dispatch
///   cycles each, every runnable tasklet issues one instruction per
///   P = max(W, Σ c_i) cycles. This is round-robin dispatch in its fluid (processor-
///   sharing) form: exact in steady state (one tasklet: one instruction per W cycles;
///   W or more: one per cycle), with a phase error below one period at each change.
/// - **DMA.** The DPU has one DMA engine in front of one MRAM bank with an open row
///   (`MRAMBank`): a transfer occupies the engine for its setup, a row miss per new row
///   and β per byte; the tasklet resumes after an unoccupied completion tail. Queued
///   transfers are served first come first served, or row hits first (`dmaScheduler`).
/// - **Synchronization.** Barrier, semaphore and handshake waiters stop issuing; mutex
///   waiters spin, issuing `acquire`/branch instructions that take pipeline slots.
///
/// Everything happens on the calling thread, in a fixed order (events in simulated time,
/// ties by tasklet index), so a launch is deterministic.
final class LaunchEngine: @unchecked Sendable {
    enum Mode: UInt8 { case ready, computing, spinning, dmaWait, blocked, done }

    let dpu: DPU
    let configuration: DPUConfiguration
    let kernel: String
    var layout: WRAMLayout
    private let hazard: [Double]
    let hasHazards: Bool
    private let revolverCycles: Double
    /// `instructionCountScale`: compute runs last this factor times their instructions.
    private let instructionScale: Double
    private let executor = InlineExecutor()
    private(set) var tasklets: [Tasklet] = []
    private var failure: (any Error)?
    /// Records the launch's timeline when set (before `run`); nil, the default, records nothing.
    var trace: LaunchTraceRecorder?

    /// Timing state of one tasklet. Every change of `mode` goes through `setMode` or, on
    /// the hot paths, one of the four transitions beside it that do the same for their
    /// pair of modes; they keep the counts, the demand, the end queues and the wait
    /// statistics in step, so no step of the engine has to scan every tasklet.
    struct Slot {
        var mode = Mode.ready
        /// Handshakes: waiting in `handshake_notify` for a tasklet to wait for it.
        var notifying = false
        /// Handshakes: the notifier this tasklet waits for, or -1.
        var waitingFor = -1
        var dispatchPerInstruction = 1.0
        /// The transfer to start when the current run ends (`computeThenDMA`); 0 when none.
        var dmaBytes: Int32 = 0
        var dmaWrite = false
        var dmaAddress = 0
        /// The virtual clock at which a computing tasklet's run ends.
        var finishVirtual = 0.0
        var waitStart = 0.0
        var spinStartVirtual = 0.0
        // Statistics.
        var spin = 0.0
        var dmaWaitCycles = 0.0
        var syncWaitCycles = 0.0
        var finish = 0.0
    }

    /// Per-tasklet state and recorded events, in unsafe storage owned by the engine (the
    /// hot loop must not pay for array uniqueness checks or reference counting).
    private var slots: UnsafeMutablePointer<Slot>
    private var queues: UnsafeMutablePointer<EventQueue>
    private var readyBits: UnsafeMutablePointer<UInt64>
    private var count = 0
    private var readyWords = 0
    private var readyCount = 0

    private var now = 0.0
    /// Instructions each computing tasklet has issued since the launch began (all computing
    /// tasklets progress at the same rate, one instruction per period).
    private var virtual = 0.0
    /// The DMA engine and the MRAM bank's row state.
    private var bank: MRAMBank
    /// Whether queued transfers go row hits first (`DMAScheduler.frfcfs`); else first come,
    /// first served, which `startDMA` schedules at once (the order is the arrival order).
    private let rowHitsFirst: Bool
    /// Transfers waiting for the engine under `frfcfs`, in arrival order.
    private var dmaQueue: [QueuedDMA] = []

    struct QueuedDMA { var tasklet: Int, address: Int, bytes: Int, write: Bool }
    private var running = 0, spinning = 0, waitingOnDMA = 0, blockedCount = 0, doneCount = 0
    /// Σ dispatch cycles per instruction of the running and spinning tasklets, and Σ of their
    /// hazard parts; recomputed on demand when register hazards are modelled.
    private var demandSum = 0.0, hazardSum = 0.0, demandDirty = false
    private var computeEnds = SortedQueue<ComputeEnd>(capacity: 0)
    private var dmaEnds = SortedQueue<DMAEnd>(capacity: 0)

    /// A computing tasklet's run end. A tasklet leaves `.computing` only when its end is
    /// popped, so the queue never holds a stale entry.
    struct ComputeEnd: Comparable, Sendable {
        var virtual: Double, tasklet: Int
        @inline(__always)
        static func < (a: Self, b: Self) -> Bool { a.virtual < b.virtual || (a.virtual == b.virtual && a.tasklet < b.tasklet) }
    }

    struct DMAEnd: Comparable, Sendable {
        var time: Double, tasklet: Int
        @inline(__always)
        static func < (a: Self, b: Self) -> Bool { a.time < b.time || (a.time == b.time && a.tasklet < b.tasklet) }
    }

    // Performance counter.
    private var counterCountsInstructions = false
    private var counterBase = 0.0
    private var issued = 0.0

    // Statistics.
    private var breakdown = CycleBreakdown()

    init(dpu: DPU, kernel: String, layout: WRAMLayout) {
        self.dpu = dpu
        self.configuration = dpu.configuration
        self.kernel = kernel
        self.layout = layout
        hazard = configuration.registerHazardCycles
        hasHazards = hazard.contains { $0 != 0 }
        revolverCycles = Double(configuration.revolverCycles)
        instructionScale = configuration.instructionCountScale
        bank = MRAMBank(configuration)
        rowHitsFirst = configuration.dmaScheduler == .frfcfs
        slots = .allocate(capacity: 0)
        queues = .allocate(capacity: 0)
        readyBits = .allocate(capacity: 0)
    }

    deinit {
        for i in 0..<count { queues[i].deallocate() }
        slots.deinitialize(count: count)
        slots.deallocate()
        queues.deinitialize(count: count)
        queues.deallocate()
        readyBits.deallocate()
    }

    /// Expected register-hazard cycles of `mix` (zero unless the configuration sets them).
    func hazardCycles(_ mix: InstructionMix) -> Double {
        guard hasHazards else { return 0 }
        var h = 0.0
        for c in InstructionClass.allCases { h += hazard[c.rawValue] * Double(mix[c]) }
        return h
    }

    /// Appends tasklet `i`'s next event.
    @inline(__always)
    func record(_ i: Int, _ event: TimingEvent) {
        queues[i].append(event)
    }

    // MARK: Running

    func run(tasklets count: Int, body: @escaping TaskletBody) throws -> LaunchStatistics {
        precondition(self.count == 0, "a LaunchEngine runs one launch")
        self.count = count
        // The empty buffers `init` made are replaced, not leaked.
        slots.deallocate()
        slots = .allocate(capacity: count)
        slots.initialize(repeating: Slot(), count: count)
        queues.deallocate()
        queues = .allocate(capacity: count)
        for i in 0..<count { (queues + i).initialize(to: EventQueue()) }
        readyWords = (count + 63) / 64
        readyBits.deallocate()
        readyBits = .allocate(capacity: readyWords)
        readyBits.initialize(repeating: ~0, count: readyWords)
        if count % 64 != 0 { readyBits[readyWords - 1] = (1 << UInt64(count % 64)) - 1 }
        readyCount = count
        computeEnds = SortedQueue(capacity: 2 * count)
        dmaEnds = SortedQueue(capacity: 2 * count)
        tasklets = (0..<count).map { Tasklet(id: $0, count: count, engine: self) }

        for tasklet in tasklets {
            Task(executorPreference: executor) { [self] in
                do {
                    try await body(tasklet)
                    tasklet.recordEnd()
                } catch is LaunchAborted {
                } catch {
                    fail(error)
                }
            }
        }
        executor.drain()
        try checkFailure()

        while true {
            try processReady()
            if doneCount == count { break }
            try advance()
        }
        return try statistics()
    }

    private func fail(_ error: any Error) {
        if failure == nil { failure = error }
    }

    /// Ends the launch if a tasklet faulted: unwinds every suspended tasklet, then throws.
    private func checkFailure() throws {
        guard let failure else { return }
        for t in tasklets {
            if let c = t.continuation {
                t.continuation = nil
                c.resume(throwing: LaunchAborted())
            }
        }
        executor.drain()
        throw failure
    }

    /// The resume value of a barrier's last arrival (its waiters get 0): it charges the rest
    /// of its `barrier_wait` path, the resume loop.
    static let resumedAsLastArrival: UInt64 = 1
    /// The resume value of a `sem_take` or `handshake_wait_for` that stopped and was woken
    /// (one that did not stop gets 0): the routines' paths differ in length.
    static let resumedAfterWaiting: UInt64 = 1

    /// Resumes tasklet `i`'s functional execution after a completed acquire; it runs until
    /// its next acquire, counter read or end, recording events. `value` is what its `await`
    /// returns: the counter value, or which path of a runtime routine it took.
    private func resume(_ i: Int, value: UInt64 = 0) throws {
        let t = tasklets[i]
        guard let c = t.continuation else {
            preconditionFailure("tasklet \(i) resumed while not suspended")
        }
        t.continuation = nil
        setMode(i, .ready)
        c.resume(returning: value)
        executor.drain()
        try checkFailure()
    }

    /// Processes every tasklet that can act at the current time, until none can.
    /// Passes go up the tasklet indices; a tasklet made ready during a pass is taken in
    /// the same pass if its index is higher, in the next one otherwise.
    private func processReady() throws {
        var cursor = 0
        while readyCount > 0 {
            guard let i = nextReady(from: cursor) else {
                cursor = 0
                continue
            }
            try step(i)
            cursor = i + 1
        }
    }

    @inline(__always)
    private func nextReady(from start: Int) -> Int? {
        var word = start >> 6
        guard word < readyWords else { return nil }
        var bits = readyBits[word] & (~0 << UInt64(start & 63))
        while true {
            if bits != 0 { return word << 6 + bits.trailingZeroBitCount }
            word += 1
            guard word < readyWords else { return nil }
            bits = readyBits[word]
        }
    }

    /// Moves tasklet `i` to `new`, keeping every count, sum, heap and statistic in step.
    @inline(__always)
    private func setMode(_ i: Int, _ new: Mode) {
        if let trace { trace.modeChanged(i, to: new, now: now) }
        let slot = slots + i
        switch slot.pointee.mode {
        case .ready:
            if new == .ready { return }
            clearReady(i)
        case .computing:
            preconditionFailure("tasklet \(i) left .computing other than by its run's end")
        case .spinning:
            spinning -= 1
            leaveDemand()
            slot.pointee.spin += virtual - slot.pointee.spinStartVirtual
            slot.pointee.syncWaitCycles += now - slot.pointee.waitStart
        case .dmaWait:
            waitingOnDMA -= 1
            slot.pointee.dmaWaitCycles += now - slot.pointee.waitStart
        case .blocked:
            blockedCount -= 1
            slot.pointee.syncWaitCycles += now - slot.pointee.waitStart
        case .done:
            preconditionFailure("tasklet \(i) left the done state")
        }
        slot.pointee.mode = new
        switch new {
        case .ready:
            setReady(i)
        case .computing:
            preconditionFailure("tasklet \(i) entered .computing other than by startComputing")
        case .spinning:
            spinning += 1
            enterDemand()
            slot.pointee.spinStartVirtual = virtual
            slot.pointee.waitStart = now
        case .dmaWait:
            waitingOnDMA += 1
            slot.pointee.waitStart = now
        case .blocked:
            blockedCount += 1
            slot.pointee.waitStart = now
        case .done:
            doneCount += 1
        }
    }

    @inline(__always)
    private func enterDemand() {
        if hasHazards { demandDirty = true } else { demandSum += 1 }
    }

    @inline(__always)
    private func leaveDemand() {
        if hasHazards { demandDirty = true } else { demandSum -= 1 }
    }

    // The hot transitions: what `setMode` does for these pairs of modes, without its
    // two switches.

    @inline(__always)
    private func clearReady(_ i: Int) {
        readyBits[i >> 6] &= ~(1 << UInt64(i & 63))
        readyCount -= 1
    }

    @inline(__always)
    private func setReady(_ i: Int) {
        readyBits[i >> 6] |= 1 << UInt64(i & 63)
        readyCount += 1
    }

    @inline(__always)
    private func markReady(_ i: Int) {
        slots[i].mode = .ready
        setReady(i)
    }

    /// `.ready` → `.computing`: a run of `instructions` needing `dispatchCycles` starts now.
    @inline(__always)
    private func startComputing(_ i: Int, instructions: Int, dispatchCycles: Double) {
        if let trace { trace.modeChanged(i, to: .computing, now: now) }
        let slot = slots + i
        slot.pointee.dispatchPerInstruction = dispatchCycles / Double(instructions)
        slot.pointee.finishVirtual = virtual + Double(instructions) * instructionScale
        clearReady(i)
        slot.pointee.mode = .computing
        running += 1
        enterDemand()
        computeEnds.push(ComputeEnd(virtual: slot.pointee.finishVirtual, tasklet: i))
    }

    /// `.computing` → `.ready`: the tasklet's run ended now.
    @inline(__always)
    private func endComputing(_ i: Int) {
        if let trace { trace.modeChanged(i, to: .ready, now: now) }
        running -= 1
        leaveDemand()
        markReady(i)
    }

    /// `.ready` → `.dmaWait`.
    @inline(__always)
    private func startDMAWait(_ i: Int) {
        if let trace { trace.modeChanged(i, to: .dmaWait, now: now) }
        clearReady(i)
        slots[i].mode = .dmaWait
        waitingOnDMA += 1
        slots[i].waitStart = now
    }

    /// `.dmaWait` → `.ready`: the tasklet's transfer completed now.
    @inline(__always)
    private func endDMAWait(_ i: Int) {
        if let trace { trace.modeChanged(i, to: .ready, now: now) }
        waitingOnDMA -= 1
        slots[i].dmaWaitCycles += now - slots[i].waitStart
        markReady(i)
    }

    /// Consumes tasklet `i`'s events at the current time until it computes, waits or ends.
    private func step(_ i: Int) throws {
        let slot = slots + i
        while slot.pointee.mode == .ready {
            if slot.pointee.dmaBytes != 0 {
                // The run that ended with an `ldma`/`sdma`: its transfer starts now.
                let bytes = Int(slot.pointee.dmaBytes)
                slot.pointee.dmaBytes = 0
                startDMA(i, write: slot.pointee.dmaWrite, address: slot.pointee.dmaAddress, bytes: bytes)
                continue
            }
            precondition(!queues[i].isEmpty, "tasklet \(i) has no recorded event")
            let event = queues[i].removeFirst()
            if let trace { trace.consume(i, event, now: now, virtual: virtual) }
            switch event {
            case let .compute(instructions, dispatchCycles):
                startComputing(i, instructions: instructions, dispatchCycles: dispatchCycles)
            case let .computeThenDMA(instructions, dispatchCycles, address, bytes, write):
                slot.pointee.dmaBytes = bytes
                slot.pointee.dmaWrite = write
                slot.pointee.dmaAddress = address
                startComputing(i, instructions: instructions, dispatchCycles: dispatchCycles)
            default:
                try consumeOther(i, event)
            }
        }
    }

    /// `step` for every event but compute runs: synchronization, the counter, labels and
    /// the end. Kept out of line so that the hot loop stays small.
    @inline(never)
    private func consumeOther(_ i: Int, _ event: TimingEvent) throws {
        let slot = slots + i
        switch event {
        case .compute, .computeThenDMA:
            preconditionFailure("compute events are step's")
        case let .barrier(ref):
            let b = ref.takeUnretainedValue()
            b.waiting.append(i)
            if b.waiting.count >= b.participants {
                let released = b.waiting
                b.waiting = []
                for j in released { try resume(j, value: j == i ? Self.resumedAsLastArrival : 0) }
            } else {
                block(i, "waits on", b)
            }
        case let .mutexLock(ref):
            let m = ref.takeUnretainedValue()
            if m.holder == nil {
                m.holder = i
                try resume(i)
            } else {
                // `mutex_lock` is `acquire %[mtx], 0, nz, .` ([rt] mutex.h): a failed acquire
                // jumps to itself, so a spinner issues one `sync` instruction per slot.
                m.spinners.append(i)
                slot.pointee.dispatchPerInstruction = 1 + hazard[InstructionClass.sync.rawValue]
                setMode(i, .spinning)
                tasklets[i].waitVerb = "spins on"
                tasklets[i].waitObject = m
            }
        case let .mutexUnlock(ref):
            let m = ref.takeUnretainedValue()
            guard m.holder == i else {
                throw abort(DPUFault.runtimeMisuse(tasklet: i, message: "mutex_unlock of \(m), which it does not hold"))
            }
            if m.spinners.isEmpty {
                m.holder = nil
            } else {
                let next = m.spinners.removeFirst()
                m.holder = next
                try resume(next)
            }
        case let .semTake(ref):
            let s = ref.takeUnretainedValue()
            if s.count > 0 {
                s.count -= 1
                try resume(i)
            } else {
                s.waiting.append(i)
                block(i, "waits on", s)
            }
        case let .semGive(ref):
            let s = ref.takeUnretainedValue()
            s.count += 1
            if !s.waiting.isEmpty {
                s.count -= 1
                try resume(s.waiting.removeFirst(), value: Self.resumedAfterWaiting)
            }
        case .notify:
            if let waiter = (0..<count).first(where: { slots[$0].waitingFor == i }) {
                slots[waiter].waitingFor = -1
                try resume(waiter, value: Self.resumedAfterWaiting)
                try resume(i)
            } else {
                slot.pointee.notifying = true
                block(i, "waits in handshake_notify for a tasklet to wait for it")
            }
        case let .waitFor(notifier):
            if let other = (0..<count).first(where: { slots[$0].waitingFor == notifier }) {
                throw abort(DPUFault.runtimeMisuse(
                    tasklet: i, message: "handshake_wait_for(\(notifier)) while tasklet \(other) already waits for it"))
            }
            if slots[notifier].notifying {
                slots[notifier].notifying = false
                try resume(notifier)
                try resume(i)
            } else {
                slot.pointee.waitingFor = notifier
                block(i, "waits in handshake_wait_for(\(notifier))")
            }
        case let .perfcounterConfig(countsInstructions, reset):
            counterCountsInstructions = countsInstructions
            if reset { counterBase = countsInstructions ? issued : now }
        case .perfcounterGet:
            let value = counterCountsInstructions ? issued - counterBase : now - counterBase
            try resume(i, value: UInt64(max(0, try checkedWholeCycles(value, rounding: .down, what: "the performance counter"))))
        case .phase:
            break   // a trace label, handled by the trace recorder
        case .end:
            setMode(i, .done)
            slot.pointee.finish = now
        }
    }

    private func block(_ i: Int, _ verb: String, _ object: (any CustomStringConvertible)? = nil) {
        setMode(i, .blocked)
        tasklets[i].waitVerb = verb
        tasklets[i].waitObject = object
    }

    /// Tasklet `i`'s `ldma`/`sdma` has issued: it waits until its transfer completes. First
    /// come, first served, the engine's start is known now (`max(now, busyUntil)`); row hits
    /// first, a transfer that finds the engine busy queues until `serveQueuedDMAs` picks it.
    @inline(__always)
    private func startDMA(_ i: Int, write: Bool, address: Int, bytes: Int) {
        if let trace { trace.dmaIssued(i, write: write, bytes: bytes) }
        startDMAWait(i)
        if rowHitsFirst && (now < bank.busyUntil || !dmaQueue.isEmpty) {
            dmaQueue.append(QueuedDMA(tasklet: i, address: address, bytes: bytes, write: write))
            return
        }
        serveDMA(i, write: write, address: address, bytes: bytes, at: max(now, bank.busyUntil))
    }

    @inline(__always)
    private func serveDMA(_ i: Int, write: Bool, address: Int, bytes: Int, at start: Double) {
        let done = bank.serve(write: write, address: address, bytes: bytes, at: start)
        if let trace { trace.dmaScheduled(i, write: write, bytes: bytes, start: start, busyUntil: bank.busyUntil) }
        dmaEnds.push(DMAEnd(time: done, tasklet: i))
    }

    /// Row hits first: when the engine frees, it takes the oldest queued transfer that
    /// starts in the open row, else the oldest.
    @inline(never)
    private func serveQueuedDMAs() {
        while !dmaQueue.isEmpty && bank.busyUntil <= now {
            let open = bank.openRow
            let pick = dmaQueue.firstIndex { bank.row(of: $0.address) == open } ?? 0
            let d = dmaQueue.remove(at: pick)
            serveDMA(d.tasklet, write: d.write, address: d.address, bytes: d.bytes, at: now)
        }
    }

    /// Advances simulated time to the next event: a compute run ending or a DMA completing.
    private func advance() throws {
        if demandDirty {
            demandSum = 0
            hazardSum = 0
            for i in 0..<count where slots[i].mode == .computing || slots[i].mode == .spinning {
                demandSum += slots[i].dispatchPerInstruction
                hazardSum += slots[i].dispatchPerInstruction - 1
            }
            demandDirty = false
        }
        let period = max(revolverCycles, demandSum)
        var next = Double.infinity
        if let top = computeEnds.min { next = now + (top.virtual - virtual) * period }
        if let top = dmaEnds.min { next = min(next, top.time) }
        if rowHitsFirst && !dmaQueue.isEmpty { next = min(next, bank.busyUntil) }   // FCFS never queues
        guard next.isFinite else { throw deadlockFault() }

        let dt = next - now
        let progress = dt / period
        let epsilon = 1e-9 * max(1, next)
        let active = running + spinning
        issued += Double(active) * progress
        breakdown.issue += Double(running) * progress
        breakdown.synchronization += Double(spinning) * progress
        breakdown.registerHazard += hazardSum * progress
        let idle = max(0, dt - (Double(active) + hazardSum) * progress)
        if active == 0 {
            if waitingOnDMA > 0 { breakdown.dmaWait += idle } else { breakdown.synchronization += idle }
        } else if idle > 0 {
            // Idle dispatch slots while some tasklets run: the revolver window wants W
            // runnable tasklets; charge each missing one to why it is missing — waiting on
            // a DMA, waiting on synchronization, or not there at all (revolver idle).
            let missing = max(1, configuration.revolverCycles - active)
            let dma = min(waitingOnDMA, missing)
            let sync = min(blockedCount, missing - dma)
            let share = idle / Double(missing)
            breakdown.dmaWait += share * Double(dma)
            breakdown.synchronization += share * Double(sync)
            breakdown.revolverIdle += share * Double(missing - dma - sync)
        }
        let previousNow = now, previousVirtual = virtual
        now = next
        virtual += progress
        if let trace {
            trace.interval(from: previousNow, to: now, virtualFrom: previousVirtual, period: period,
                           running: running, spinning: spinning, dmaWaiting: waitingOnDMA)
        }
        // Runs that end now (within rounding) and DMAs that complete now become ready.
        while let top = computeEnds.min, previousNow + (top.virtual - previousVirtual) * period <= next + epsilon {
            computeEnds.popMin()
            endComputing(top.tasklet)
        }
        while let top = dmaEnds.min, top.time <= next {
            dmaEnds.popMin()
            endDMAWait(top.tasklet)
        }
        if rowHitsFirst && !dmaQueue.isEmpty { serveQueuedDMAs() }
    }

    /// Ends the launch with the deadlock report (out of line: `advance` stays small).
    @inline(never)
    private func deadlockFault() -> any Error { abort(deadlock()) }

    private func deadlock() -> DPUFault {
        let waits = (0..<count).compactMap { i -> String? in
            switch slots[i].mode {
            case .blocked, .spinning: "tasklet \(i) \(tasklets[i].waitDescription)"
            case .done: "tasklet \(i) has finished"
            default: nil
            }
        }
        return .deadlock(kernel: kernel, waits: waits)
    }

    private func abort(_ fault: DPUFault) -> any Error {
        fail(fault)
        do { try checkFailure() } catch { return error }
        return fault
    }

    // MARK: Statistics

    /// `wholeCycles(value, rounding:)`, or the `cycleLimit` fault naming `what` when
    /// `value` is not finite or passes `LaunchLimits.maxCycles`: no configuration a user
    /// can write reaches an `Int` conversion that traps.
    private func checkedWholeCycles(_ value: Double, rounding: FloatingPointRoundingRule, what: String) throws -> Int {
        guard value.isFinite, abs(value) <= LaunchLimits.maxCycles else {
            throw abort(.cycleLimit(kernel: kernel, what: what))
        }
        return wholeCycles(value, rounding: rounding)
    }

    private func statistics() throws -> LaunchStatistics {
        let cycles = try checkedWholeCycles(now, rounding: .up, what: "the launch's simulated time")
        var perTasklet: [Int] = []
        for t in tasklets {
            let spin = try checkedWholeCycles(slots[t.id].spin, rounding: .toNearestOrAwayFromZero, what: "tasklet \(t.id)'s spin instructions")
            guard Double(t.mix.total) + Double(spin) <= LaunchLimits.maxCycles else {
                throw abort(.cycleLimit(kernel: kernel, what: "tasklet \(t.id)'s instruction count"))
            }
            perTasklet.append(t.mix.total + spin)
        }
        var mix = InstructionMix()
        for t in tasklets { mix += t.mix }
        var spinTotal = 0.0
        for i in 0..<count { spinTotal += slots[i].spin }
        let spin = try checkedWholeCycles(spinTotal, rounding: .toNearestOrAwayFromZero, what: "the spin instructions")
        mix.sync += spin
        return LaunchStatistics(
            kernel: kernel,
            tasklets: tasklets.count,
            configuration: configuration,
            cycles: cycles,
            instructionMix: mix,
            taskletInstructions: perTasklet,
            spinInstructions: spin,
            breakdown: breakdown,
            taskletFinishCycles: (0..<count).map { slots[$0].finish },
            taskletDMAWaitCycles: (0..<count).map { slots[$0].dmaWaitCycles },
            taskletSyncWaitCycles: (0..<count).map { slots[$0].syncWaitCycles },
            dmaReads: tasklets.reduce(0) { $0 + $1.dmaReads }, dmaWrites: tasklets.reduce(0) { $0 + $1.dmaWrites },
            dmaReadBytes: tasklets.reduce(0) { $0 + $1.dmaReadBytes }, dmaWriteBytes: tasklets.reduce(0) { $0 + $1.dmaWriteBytes },
            wramPeakBytes: layout.peakBytes)
    }
}

/// A simulated time (or count) as a whole number. Times are sums of fluid steps, so they
/// carry rounding error that grows with the number of events; a value within a relative
/// 1e-9 of an integer is that integer, otherwise it is rounded as asked (the launch ends
/// at the cycle it reaches; the counter shows the cycles completed).
func wholeCycles(_ value: Double, rounding: FloatingPointRoundingRule) -> Int {
    let nearest = value.rounded()
    if abs(value - nearest) <= 1e-9 * max(1, abs(value)) { return Int(nearest) }
    return Int(value.rounded(rounding))
}

/// Bounds of what one launch counts.
public enum LaunchLimits {
    /// The most cycles (or instructions) a launch may count: 2^53. Every integer up to it
    /// is exact in a `Double` and fits `Int` and `UInt64`; a launch that would pass it
    /// ends with `DPUFault.cycleLimit` rather than a trap.
    public static let maxCycles = Double(1 << 53)
}

/// Thrown into suspended tasklets when a launch ends early, to unwind them.
struct LaunchAborted: Error {}

/// Runs the tasklets' async code inline, on the thread that drains it, one job at a time
/// in FIFO order: Swift concurrency as a deterministic coroutine scheduler.
final class InlineExecutor: TaskExecutor, @unchecked Sendable {
    private var queue: [UnownedJob] = []

    func enqueue(_ job: consuming ExecutorJob) {
        queue.append(UnownedJob(job))
    }

    func drain() {
        var index = 0
        while index < queue.count {
            let job = queue[index]
            index += 1
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
        queue.removeAll(keepingCapacity: true)
    }
}
