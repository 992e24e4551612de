/// What one launch on one DPU did over simulated time, as a `LaunchTraceRecorder` saw it:
/// per tasklet, the intervals it spent computing, waiting for DMAs and waiting on
/// synchronization, nested in the phases the kernel named (`Tasklet.phase`); the DMA
/// engine's busy intervals; and the pipeline's counters.
///
/// Times are cycles since the launch began, as the engine computes them (fractional: the
/// fluid pipeline model ends runs between cycles). Without a cycle window, a tasklet's
/// state slices tile `[0, its finish cycle]` without gaps or overlaps, so their durations
/// add up to `taskletFinishCycles`, and the longest tasklet's to the launch's cycles
/// (before `wholeCycles` rounding).
public struct LaunchTimeline: Sendable, Equatable {
    /// What a slice shows. Phases enclose the other kinds on a tasklet's track.
    public enum Category: String, Sendable, CaseIterable {
        /// A span the kernel named with `Tasklet.phase` (until its next label or its end).
        case phase
        /// Issuing instructions (at the pipeline's current rate).
        case compute
        /// Waiting for the tasklet's own DMA (queueing for the engine included).
        case dma
        case barrier
        /// Spinning on a held mutex (issuing `acquire` loops).
        case mutex
        case semaphore
        case handshake
        /// The DMA engine busy with a transfer (on the engine's track).
        case dmaEngine = "dma-engine"
    }

    public struct Slice: Sendable, Equatable {
        /// The tasklet, or `LaunchTimeline.dmaEngineTrack`.
        public var track: Int
        /// Cycles since the launch began; `start < end`.
        public var start: Double
        public var end: Double
        public var name: String
        public var category: Category

        public var duration: Double { end - start }
    }

    /// The pipeline's state from `time` until the next sample.
    public struct CounterSample: Sendable, Equatable {
        public var time: Double
        /// Instructions issued per cycle: runnable tasklets ÷ the revolver period
        /// (1 when the dispatcher issues every cycle).
        public var issueUtilization: Double
        /// Tasklets computing or spinning.
        public var runnable: Int
        /// Tasklets whose DMA is queued or in flight.
        public var dmasOutstanding: Int

        /// How many of the three values differ from `previous` (3 without one): the
        /// counter events this sample makes.
        public func changedValues(since previous: CounterSample?) -> Int {
            guard let previous else { return 3 }
            return (issueUtilization != previous.issueUtilization ? 1 : 0) + (runnable != previous.runnable ? 1 : 0)
                + (dmasOutstanding != previous.dmasOutstanding ? 1 : 0)
        }
    }

    /// The track of the DPU's DMA engine.
    public static let dmaEngineTrack = -1

    public var kernel: String
    public var dpu: Int
    public var tasklets: Int
    public var clockHz: Double
    /// The launch's cycles (as `LaunchStatistics.cycles`).
    public var cycles: Int
    /// Instructions issued, spins included (as `LaunchStatistics.instructions`).
    public var instructions: Int
    /// When each tasklet stopped (as `LaunchStatistics.taskletFinishCycles`).
    public var taskletFinishCycles: [Double]
    /// The recorded slices, in the order they ended.
    public var slices: [Slice]
    /// Counter samples, in time order, one per change.
    public var counters: [CounterSample]
    /// Slices and changed counter values the launch produced (in the cycle window),
    /// stored or not: the trace events it makes.
    public var eventCount: Int
    /// The cycle window the recorder kept, if any.
    public var window: ClosedRange<Double>?
}
