/// One tasklet's recorded events: a FIFO the tasklet appends to (running ahead) and the
/// engine consumes. It owns its storage and frees it when it goes away (not copyable, so
/// no second owner can exist); when the engine catches up with the tasklet the queue
/// rewinds, so it holds only the events not yet timed.
struct EventQueue: ~Copyable {
    private var base: UnsafeMutablePointer<TimingEvent>
    private var capacity: Int
    /// The pending events are `base[head..<tail]`.
    private var head = 0
    private var tail = 0

    /// 1,024 events (24 KiB) to start: most launches never grow it, and the long ones
    /// double it a few times.
    init(capacity: Int = 1024) {
        precondition(_isPOD(TimingEvent.self), "TimingEvent must stay trivial")
        self.capacity = Swift.max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }   // TimingEvent is trivial: nothing to deinitialize

    var isEmpty: Bool { head == tail }
    /// The events not yet consumed.
    var count: Int { tail - head }

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
            base.moveInitialize(from: base + head, count: tail - head)
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
}
