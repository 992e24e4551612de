/// Timing state of one tasklet. Every change of `mode` goes through `Scheduler.setMode` or,
/// on the hot paths, one of the transitions beside it that do the same for their pair of
/// modes; they keep the counts, the demand, the end queues and the wait statistics in
/// step, so no step of the scheduler has to scan every tasklet.
struct TaskletSlot {
    var mode = LaunchEngine.Mode.ready
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

/// The timing state of one launch and the steps that advance it (the engine's hot loop):
/// the tasklets' modes, simulated time, the revolver's virtual clock, the pending run ends
/// and DMA completions, the DMA engine and the MRAM bank.
///
/// Not copyable: `LaunchEngine.run` owns the one value and passes it `inout`, so every
/// access below is statically exclusive. The per-tasklet storage it reaches through
/// pointers belongs to the engine, which outlives it.
struct Scheduler: ~Copyable {
    unowned(unsafe) let engine: LaunchEngine
    let count: Int
    let slots: UnsafeMutablePointer<TaskletSlot>
    let queues: UnsafeMutablePointer<EventQueue>
    let trace: LaunchTraceRecorder?
    let hasHazards: Bool
    let revolverCycles: Double
    let revolverWindow: Int
    /// `instructionCountScale`: compute runs last this factor times their instructions.
    let instructionScale: Double
    /// Whether queued transfers go row hits first (`DMAScheduler.frfcfs`); else first come,
    /// first served, which `startDMA` schedules at once (the order is the arrival order).
    let rowHitsFirst: Bool

    /// One bit per tasklet in `.ready` (the engine's storage); `readyCount` of them are set.
    let readyBits: UnsafeMutablePointer<UInt64>
    let readyWords: Int
    var readyCount: Int
    var now = 0.0
    /// Instructions each computing tasklet has issued since the launch began (all computing
    /// tasklets progress at the same rate, one instruction per period).
    var virtual = 0.0
    /// The DMA engine and the MRAM bank's row state.
    var bank: MRAMBank
    /// Transfers waiting for the engine under `frfcfs`, in arrival order.
    var dmaQueue: [QueuedDMA] = []
    var running = 0, spinning = 0, waitingOnDMA = 0, blockedCount = 0, doneCount = 0
    /// Σ dispatch cycles per instruction of the running and spinning tasklets, and Σ of their
    /// hazard parts; recomputed on demand when register hazards are modelled.
    var demandSum = 0.0, hazardSum = 0.0, demandDirty = false
    var computeEnds: SortedQueue<ComputeEnd>
    var dmaEnds: SortedQueue<DMAEnd>
    // Performance counter.
    var counterCountsInstructions = false
    var counterBase = 0.0
    var issued = 0.0
    // Statistics.
    var breakdown = CycleBreakdown()

    struct QueuedDMA { var tasklet: Int, address: Int, bytes: Int, write: Bool }

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

    /// Every tasklet ready at time 0.
    init(engine: LaunchEngine) {
        self.engine = engine
        count = engine.count
        slots = engine.slots
        queues = engine.queues
        trace = engine.trace
        hasHazards = engine.hasHazards
        let c = engine.configuration
        revolverCycles = Double(c.revolverCycles)
        revolverWindow = c.revolverCycles
        instructionScale = c.instructionCountScale
        rowHitsFirst = c.dmaScheduler == .frfcfs
        bank = MRAMBank(c)
        readyBits = engine.readyBits
        readyWords = engine.readyWords
        readyBits.update(repeating: ~0, count: readyWords)
        if count % 64 != 0 { readyBits[readyWords - 1] = (1 << UInt64(count % 64)) - 1 }
        readyCount = count
        computeEnds = SortedQueue(capacity: 2 * count)
        dmaEnds = SortedQueue(capacity: 2 * count)
    }

    // MARK: Stepping

    /// Processes every tasklet that can act at the current time, until none can.
    /// Passes go up the tasklet indices; a tasklet made ready during a pass is taken in
    /// the same pass if its index is higher, in the next one otherwise.
    mutating func processReady() throws {
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

    /// Consumes tasklet `i`'s events at the current time until it computes, waits or ends.
    private mutating func step(_ i: Int) throws {
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

    /// Resumes tasklet `i`'s functional execution after a completed acquire; it runs until
    /// its next acquire, counter read or end, recording events. `value` is what its `await`
    /// returns: the counter value, or which path of a runtime routine it took.
    mutating func resume(_ i: Int, value: UInt64 = 0) throws {
        let t = engine.tasklets[i]
        guard let c = t.continuation else {
            preconditionFailure("tasklet \(i) resumed while not suspended")
        }
        t.continuation = nil
        setMode(i, .ready)
        c.resume(returning: value)
        try engine.drain()
    }

    // MARK: Advancing time

    /// Advances simulated time to the next event: a compute run ending or a DMA completing.
    mutating func advance() throws {
        if demandDirty { recomputeDemand() }
        let period = max(revolverCycles, demandSum)
        var next = Double.infinity
        if let top = computeEnds.min { next = now + (top.virtual - virtual) * period }
        if let top = dmaEnds.min { next = min(next, top.time) }
        if rowHitsFirst && !dmaQueue.isEmpty { next = min(next, bank.busyUntil) }   // FCFS never queues
        guard next.isFinite else { throw deadlockFault() }

        let dt = next - now
        let progress = dt / period
        let epsilon = 1e-9 * max(1, next)
        account(dt: dt, progress: progress)
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

    /// Σ dispatch demand of the running and spinning tasklets, when register hazards make
    /// it a non-integer (without them the transitions keep it exact).
    @inline(never)
    private mutating func recomputeDemand() {
        demandSum = 0
        hazardSum = 0
        for i in 0..<count where slots[i].mode == .computing || slots[i].mode == .spinning {
            demandSum += slots[i].dispatchPerInstruction
            hazardSum += slots[i].dispatchPerInstruction - 1
        }
        demandDirty = false
    }

    /// Charges `dt` cycles, in which every active tasklet issued `progress` instructions, to
    /// the issued-instruction count and the cycle breakdown.
    @inline(__always)
    private mutating func account(dt: Double, progress: Double) {
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
            let missing = max(1, revolverWindow - active)
            let dma = min(waitingOnDMA, missing)
            let sync = min(blockedCount, missing - dma)
            let share = idle / Double(missing)
            breakdown.dmaWait += share * Double(dma)
            breakdown.synchronization += share * Double(sync)
            breakdown.revolverIdle += share * Double(missing - dma - sync)
        }
    }
}
