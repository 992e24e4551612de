import DPUSim
import DPUSupport
import Foundation

/// Traces a subset of a `DPUSystem`'s launches: set `DPUSystem.tracer`, run, then read
/// `timelines` (and write them with `ChromeTrace`).
///
/// A system simulates its DPUs on several host threads; each selected DPU launch gets its
/// own `LaunchTraceRecorder`, and `timelines` lists them by launch, then DPU, so the
/// result does not depend on the thread count.
///
/// Size: every slice and every change of a counter is one event. The tracer counts them all; once
/// the total passes `selection.eventLimit` it stops storing (`overLimit`), so a run that
/// would make a huge trace costs no more memory than the limit allows, and the caller
/// can report how many events the trace would have held.
public final class SystemTracer: @unchecked Sendable {
    /// Which launches and DPUs to trace.
    public struct Selection: Sendable, Equatable {
        /// DPU indices to trace; nil traces every DPU.
        public var dpus: Set<Int>?
        /// Launch indices (0-based, in the order the system launches) to trace; nil: all.
        public var launches: IntegerRanges?
        /// Cycles of each traced launch to keep (nil: the whole launch).
        public var window: ClosedRange<Double>?
        /// Events a trace may hold in total.
        public var eventLimit: Int

        public static let defaultEventLimit = 1_000_000

        public init(dpus: Set<Int>? = [0], launches: IntegerRanges? = nil, window: ClosedRange<Double>? = nil,
                    eventLimit: Int = Selection.defaultEventLimit) {
            self.dpus = dpus
            self.launches = launches
            self.window = window
            self.eventLimit = eventLimit
        }
    }

    /// One traced launch of one DPU.
    public struct TracedLaunch: Sendable {
        /// The launch's index in the system (0-based).
        public var launch: Int
        public var timeline: LaunchTimeline
    }

    public let selection: Selection
    private let lock = NSLock()
    private var recorders: [(launch: Int, dpu: Int, recorder: LaunchTraceRecorder)] = []
    private var counted = 0
    private var exceeded = false

    public init(selection: Selection) {
        self.selection = selection
    }

    /// A recorder for `dpu` in `launch`, or nil if the selection leaves it out.
    /// Thread-safe.
    public func recorder(launch: Int, dpu: Int) -> LaunchTraceRecorder? {
        if let dpus = selection.dpus, !dpus.contains(dpu) { return nil }
        if let launches = selection.launches, !launches.contains(launch) { return nil }
        lock.lock(); defer { lock.unlock() }
        let recorder = LaunchTraceRecorder(window: selection.window,
                                           storageLimit: exceeded ? 0 : selection.eventLimit - counted)
        recorder.onComplete = { [unowned self] r in completed(r) }
        recorders.append((launch, dpu, recorder))
        return recorder
    }

    private func completed(_ recorder: LaunchTraceRecorder) {
        lock.lock(); defer { lock.unlock() }
        counted += recorder.timeline?.eventCount ?? 0
        if counted > selection.eventLimit && !exceeded {
            exceeded = true
            for r in recorders { r.recorder.discard() }
        } else if exceeded {
            recorder.discard()
        }
    }

    /// Events of every completed traced launch (slices and counter changes).
    public var eventCount: Int {
        lock.lock(); defer { lock.unlock() }
        return counted
    }

    /// Whether the trace would hold more than `selection.eventLimit` events; its
    /// timelines are then empty.
    public var overLimit: Bool {
        lock.lock(); defer { lock.unlock() }
        return exceeded
    }

    /// The completed traced launches, by launch then DPU (empty when `overLimit`).
    public var timelines: [TracedLaunch] {
        lock.lock(); defer { lock.unlock() }
        guard !exceeded else { return [] }
        return recorders.compactMap { entry in entry.recorder.timeline.map { TracedLaunch(launch: entry.launch, timeline: $0) } }
            .sorted { ($0.launch, $0.timeline.dpu) < ($1.launch, $1.timeline.dpu) }
    }
}
