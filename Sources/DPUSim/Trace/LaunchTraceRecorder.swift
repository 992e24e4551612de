/// Records the timeline of one launch on one DPU (`DPU.launch(…, trace:)`).
///
/// The timing engine reports every change of a tasklet's state (`modeChanged`), every
/// event it consumes (which names the next wait: the DMA's size, the barrier…), the DMA
/// engine's schedule and each step of simulated time; the recorder turns them into
/// slices. Phase labels (`Tasklet.phase`) travel through the tasklet's event stream in
/// program order; a label that falls inside a run of instructions is placed at the cycle
/// its instruction issues, interpolated from the pipeline's period, so labelling never
/// splits a run and never changes a cycle count.
///
/// A recorder serves one launch. It stores at most `storageLimit` events (slices and
/// changed counter values) but counts them all, so a caller can report how large a refused
/// trace would have been. With a `window` it keeps only what overlaps those cycles of the
/// launch, clipped to it.
public final class LaunchTraceRecorder: @unchecked Sendable {
    public typealias Slice = LaunchTimeline.Slice
    public typealias Category = LaunchTimeline.Category

    /// The cycles of the launch to keep (nil: all of it).
    public let window: ClosedRange<Double>?
    /// Events stored at most; beyond it they are only counted.
    public private(set) var storageLimit: Int
    /// The launch's timeline, once it completed.
    public private(set) var timeline: LaunchTimeline?
    /// Called once the launch completed (by `SystemTracer`).
    package var onComplete: ((LaunchTraceRecorder) -> Void)?

    private var kernel = ""
    private var dpu = 0
    private var clockHz = 0.0
    private var slices: [Slice] = []
    private var counters: [LaunchTimeline.CounterSample] = []
    private var eventCount = 0
    private var states: [TaskletState] = []
    private var pendingLabels = 0
    private var done = 0
    private var lastSample: LaunchTimeline.CounterSample?

    private struct TaskletState {
        /// The open state slice: what it is and since when.
        var open: (name: String, category: Category, start: Double)?
        /// The open phase, since when.
        var phase: (name: String, start: Double)?
        /// What the tasklet's next wait is, from the last event the engine consumed.
        var wait: (name: String, category: Category) = ("wait", .barrier)
        /// Label names in program order (pushed by the tasklet as it runs ahead).
        var labels: [String] = []
        var labelHead = 0
        /// Labels inside the current run of instructions: the virtual instant they issue.
        var pending: [(target: Double, name: String)] = []
    }

    public init(window: ClosedRange<Double>? = nil, storageLimit: Int = .max) {
        self.window = window
        self.storageLimit = max(0, storageLimit)
    }

    // MARK: Engine hooks

    func begin(kernel: String, dpu: Int, tasklets: Int, configuration: DPUConfiguration) {
        precondition(states.isEmpty && timeline == nil, "a LaunchTraceRecorder records one launch")
        self.kernel = kernel
        self.dpu = dpu
        clockHz = configuration.clockHz
        states = Array(repeating: TaskletState(), count: tasklets)
    }

    /// A label from `Tasklet.phase`, in the tasklet's program order.
    func pushLabel(_ tasklet: Int, _ name: String) {
        states[tasklet].labels.append(name)
    }

    /// The engine consumed `event` of tasklet `i` at `now` (virtual clock `virtual`).
    @inline(never)  // called from the engine's hot paths only when tracing
    func consume(_ i: Int, _ event: TimingEvent, now: Double, virtual: Double) {
        switch event {
        case let .barrier(b): states[i].wait = ("barrier '\(b.takeUnretainedValue().name)'", .barrier)
        case let .mutexLock(m): states[i].wait = ("mutex '\(m.takeUnretainedValue().name)' (spinning)", .mutex)
        case let .semTake(s): states[i].wait = ("semaphore '\(s.takeUnretainedValue().name)'", .semaphore)
        case .notify: states[i].wait = ("handshake_notify", .handshake)
        case let .waitFor(n): states[i].wait = ("handshake_wait_for(\(n))", .handshake)
        case let .phase(before):
            let name = states[i].labels[states[i].labelHead]
            states[i].labelHead += 1
            if states[i].labelHead == states[i].labels.count {
                states[i].labels.removeAll(keepingCapacity: true)
                states[i].labelHead = 0
            }
            // The next compute event starts now, at `virtual`; the label issues `before`
            // instructions into it.
            if before == 0 {
                applyLabel(i, name, at: now)
            } else {
                states[i].pending.append((virtual + Double(before), name))
                pendingLabels += 1
            }
        default: break
        }
    }

    /// Tasklet `i` enters `mode` at `now`.
    @inline(never)  // called from the engine's hot paths only when tracing
    func modeChanged(_ i: Int, to mode: LaunchEngine.Mode, now: Double) {
        if !states[i].pending.isEmpty, mode != .computing {
            // Rounding left a label at the very end of its run: it issues now.
            for label in states[i].pending { applyLabel(i, label.name, at: now) }
            pendingLabels -= states[i].pending.count
            states[i].pending.removeAll()
        }
        closeState(i, at: now)
        switch mode {
        case .ready: break
        case .computing: states[i].open = ("compute", .compute, now)
        case .dmaWait, .blocked, .spinning:
            let wait = states[i].wait
            states[i].open = (wait.name, wait.category, now)
        case .done:
            if let phase = states[i].phase { emit(Slice(track: i, start: phase.start, end: now, name: phase.name, category: .phase)) }
            states[i].phase = nil
            done += 1
            if done == states.count { sample(LaunchTimeline.CounterSample(time: now, issueUtilization: 0, runnable: 0, dmasOutstanding: 0), until: now) }
        }
    }

    /// The DMA engine serves tasklet `i`'s transfer of `bytes` from `start`, busy until `busyUntil`.
    @inline(never)  // called from the engine's hot paths only when tracing
    /// Tasklet `i` issued a transfer and is about to wait for it.
    func dmaIssued(_ i: Int, write: Bool, bytes: Int) {
        states[i].wait = ("DMA \(write ? "write" : "read") \(bytes) B", .dma)
    }

    /// The DMA engine serves tasklet `i`'s transfer from `start` to `busyUntil`.
    func dmaScheduled(_ i: Int, write: Bool, bytes: Int, start: Double, busyUntil: Double) {
        emit(Slice(track: LaunchTimeline.dmaEngineTrack, start: start, end: busyUntil,
                   name: "\(write ? "write" : "read") \(bytes) B, tasklet \(i)", category: .dmaEngine))
    }

    /// Simulated time went from `t0` to `t1` with the pipeline in one state: each runnable
    /// tasklet issued one instruction per `period` cycles, the virtual clock starting at `v0`.
    @inline(never)  // called from the engine's hot paths only when tracing
    func interval(from t0: Double, to t1: Double, virtualFrom v0: Double, period: Double,
                  running: Int, spinning: Int, dmaWaiting: Int) {
        let active = running + spinning
        if t1 > t0 {
            sample(LaunchTimeline.CounterSample(time: t0, issueUtilization: Double(active) / period, runnable: active,
                                                dmasOutstanding: dmaWaiting), until: t1)
        }
        guard pendingLabels > 0 else { return }
        let v1 = v0 + (t1 - t0) / period
        let tolerance = 1e-9 * max(1, v1)
        for i in states.indices where !states[i].pending.isEmpty {
            var resolved = 0
            for label in states[i].pending {
                guard label.target <= v1 + tolerance else { break }
                let t = min(t1, max(t0, t0 + (label.target - v0) * period))
                applyLabel(i, label.name, at: t)
                resolved += 1
            }
            if resolved > 0 {
                states[i].pending.removeFirst(resolved)
                pendingLabels -= resolved
            }
        }
    }

    /// The launch ended with `statistics`.
    func complete(_ statistics: LaunchStatistics) {
        timeline = LaunchTimeline(
            kernel: kernel, dpu: dpu, tasklets: statistics.tasklets, clockHz: clockHz, cycles: statistics.cycles,
            instructions: statistics.instructions, taskletFinishCycles: statistics.taskletFinishCycles,
            slices: slices, counters: counters, eventCount: eventCount, window: window)
        slices = []
        counters = []
        states = []
        onComplete?(self)
    }

    /// Drops the stored events (keeping the count), to free memory.
    package func discard() {
        storageLimit = 0
        timeline?.slices = []
        timeline?.counters = []
    }

    // MARK: Building slices

    private func applyLabel(_ i: Int, _ name: String, at t: Double) {
        // Keep slices nested: the open state slice ends and restarts at the boundary.
        let open = states[i].open
        closeState(i, at: t)
        if let phase = states[i].phase { emit(Slice(track: i, start: phase.start, end: t, name: phase.name, category: .phase)) }
        states[i].phase = (name, t)
        if let open { states[i].open = (open.name, open.category, t) }
    }

    private func closeState(_ i: Int, at t: Double) {
        guard let open = states[i].open else { return }
        states[i].open = nil
        emit(Slice(track: i, start: open.start, end: t, name: open.name, category: open.category))
    }

    private func emit(_ slice: Slice) {
        var slice = slice
        if let window {
            slice.start = max(slice.start, window.lowerBound)
            slice.end = min(slice.end, window.upperBound)
        }
        guard slice.end > slice.start else { return }
        eventCount += 1
        if eventCount <= storageLimit { slices.append(slice) }
    }

    /// Records the counters' values from `sample.time` (until `end`), if they changed.
    private func sample(_ sample: LaunchTimeline.CounterSample, until end: Double) {
        var sample = sample
        if let window {
            guard end > window.lowerBound || (end == sample.time && end >= window.lowerBound),
                  sample.time <= window.upperBound else { return }
            sample.time = max(sample.time, window.lowerBound)
        }
        let changed = sample.changedValues(since: lastSample)
        guard changed > 0 else { return }
        lastSample = sample
        eventCount += changed
        if eventCount <= storageLimit { counters.append(sample) }
    }
}
