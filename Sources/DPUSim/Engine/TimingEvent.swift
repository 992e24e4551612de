/// What a tasklet did, in program order, for the timing engine.
///
/// A trivial (POD) type: synchronization objects travel as unretained references, kept
/// alive by the launch setup that created them (`LaunchSetup.objects`), so recording and
/// consuming an event never touches a reference count.
enum TimingEvent {
    /// A straight-line run of instructions and the dispatch cycles they need (instructions
    /// plus expected register-hazard cycles).
    case compute(instructions: Int, dispatchCycles: Double)
    /// A straight-line run that ends with the `ldma`/`sdma` of an MRAM transfer of `bytes`
    /// at MRAM byte `address` (counted in `instructions`), then the transfer: one event for
    /// the commonest pair. The address decides the transfer's rows (row hits and misses).
    case computeThenDMA(instructions: Int, dispatchCycles: Double, address: Int, bytes: Int32, write: Bool)
    case barrier(Unmanaged<Barrier>)
    case mutexLock(Unmanaged<Mutex>)
    case mutexUnlock(Unmanaged<Mutex>)
    case semTake(Unmanaged<Semaphore>)
    case semGive(Unmanaged<Semaphore>)
    case notify
    case waitFor(Int)
    case perfcounterConfig(countsInstructions: Bool, reset: Bool)
    case perfcounterGet
    /// A trace label (`Tasklet.phase`): it takes effect after `instructionsBefore`
    /// instructions of the next compute event (at once when 0). Recorded only when traced.
    case phase(instructionsBefore: Int)
    case end
}

/// One tasklet's recorded events: a FIFO the tasklet appends to (running ahead) and the
/// engine consumes. Unsafe storage owned by the engine, freed with it; when the engine
/// catches up with the tasklet the queue rewinds, so it holds only the events not yet
/// timed.
struct EventQueue {
    private var base: UnsafeMutablePointer<TimingEvent>
    private var capacity: Int
    private var head = 0
    private var tail = 0

    /// 1,024 events (24 KiB) to start: most launches never grow it, and the long ones
    /// double it a few times.
    init(capacity: Int = 1024) {
        precondition(_isPOD(TimingEvent.self), "TimingEvent must stay trivial")
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    var isEmpty: Bool { head == tail }

    @inline(__always)
    mutating func append(_ event: TimingEvent) {
        if tail == capacity { grow() }
        (base + tail).initialize(to: event)
        tail += 1
    }

    /// The oldest event. Precondition: not empty.
    @inline(__always)
    mutating func removeFirst() -> TimingEvent {
        let event = base[head]
        head += 1
        if head == tail { head = 0; tail = 0 }
        return event
    }

    private mutating func grow() {
        if head > 0 {
            // Slide the pending events down before growing.
            (base).moveInitialize(from: base + head, count: tail - head)
            tail -= head
            head = 0
            if tail < capacity / 2 { return }
        }
        let bigger = UnsafeMutablePointer<TimingEvent>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: tail)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    func deallocate() { base.deallocate() }
}
