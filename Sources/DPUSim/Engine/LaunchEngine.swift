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
///
/// ## Who holds what
/// The engine is what the tasklets see: the launch's constants, the WRAM layout, and the
/// per-tasklet storage — event queues, timing slots, the tasklets — allocated once, in
/// `init`, and freed in `deinit`. The timing state that the hot loop changes lives in a
/// `Scheduler`, a non-copyable value that `run` owns and passes `inout`, so none of its
/// accesses needs a dynamic exclusivity check. Tasklet code, which runs while the
/// scheduler is between steps, touches only the engine's queues (through `record`).
final class LaunchEngine: @unchecked Sendable {
    enum Mode: UInt8 { case ready, computing, spinning, dmaWait, blocked, done }

    let dpu: DPU
    /// The DPU's MRAM, held for the whole launch (`DPU.launch` passes the one access it
    /// begins): the tasklets' DMAs reach it with no per-transfer exclusivity check, and
    /// nothing else may touch `dpu.mram` until the launch ends.
    let mram: UnsafeMutablePointer<MRAM>
    let configuration: DPUConfiguration
    let kernel: String
    var layout: WRAMLayout
    /// Expected register-hazard cycles per instruction, by `InstructionClass.rawValue`.
    let hazard: [Double]
    let hasHazards: Bool
    /// Records the launch's timeline; nil records nothing.
    let trace: LaunchTraceRecorder?
    /// The launch's tasklet count, `NR_TASKLETS`.
    let count: Int
    /// Per-tasklet storage, `count` each, owned by the engine.
    let slots: UnsafeMutablePointer<TaskletSlot>
    let queues: UnsafeMutablePointer<EventQueue>
    /// One bit per tasklet, for the scheduler's ready set.
    let readyBits: UnsafeMutablePointer<UInt64>
    let readyWords: Int
    let tasklets: UnsafeMutableBufferPointer<Tasklet>
    private let executor = InlineExecutor()
    private var failure: (any Error)?
    private var started = false

    /// Precondition: `tasklets` is in 1...`configuration.maxTasklets` (`DPU.launch` checks it).
    init(dpu: DPU, mram: UnsafeMutablePointer<MRAM>, kernel: String, layout: WRAMLayout, tasklets count: Int,
         trace: LaunchTraceRecorder?) {
        self.dpu = dpu
        self.mram = mram
        configuration = dpu.configuration
        self.kernel = kernel
        self.layout = layout
        hazard = configuration.registerHazardCycles
        hasHazards = hazard.contains { $0 != 0 }
        self.trace = trace
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: TaskletSlot(), count: count)
        queues = .allocate(capacity: count)
        for i in 0..<count { (queues + i).initialize(to: EventQueue()) }
        readyWords = (count + 63) / 64
        readyBits = .allocate(capacity: readyWords)
        readyBits.initialize(repeating: 0, count: readyWords)
        tasklets = .allocate(capacity: count)
        for i in 0..<count { (tasklets.baseAddress! + i).initialize(to: Tasklet(id: i, count: count, engine: self)) }
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
        queues.deinitialize(count: count)
        queues.deallocate()
        readyBits.deallocate()
        tasklets.baseAddress!.deinitialize(count: count)
        tasklets.deallocate()
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

    /// Runs every tasklet's `body` to its end and times it. An engine runs one launch.
    func run(body: @escaping TaskletBody) throws -> LaunchStatistics {
        precondition(!started, "a LaunchEngine runs one launch")
        started = true
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
        try drain()

        var scheduler = Scheduler(engine: self)
        while true {
            try scheduler.processReady()
            if scheduler.doneCount == count { break }
            try scheduler.advance()
            #if DEBUG
            scheduler._checkInvariants()
            #endif
        }
        return try scheduler.statistics()
    }

    /// Runs the tasklet code that became runnable, then ends the launch if it faulted.
    @inline(__always)
    func drain() throws {
        executor.drain()
        try checkFailure()
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

    /// Ends the launch with `fault`, unwinding the tasklets; returns the error to throw
    /// (the first failure, if a tasklet failed before).
    func abort(_ fault: DPUFault) -> any Error {
        fail(fault)
        do { try checkFailure() } catch { return error }
        return fault
    }

    /// The resume value of a barrier's last arrival (its waiters get 0): it charges the rest
    /// of its `barrier_wait` path, the resume loop.
    static let resumedAsLastArrival: UInt64 = 1
    /// The resume value of a `sem_take` or `handshake_wait_for` that stopped and was woken
    /// (one that did not stop gets 0): the routines' paths differ in length.
    static let resumedAfterWaiting: UInt64 = 1
}
