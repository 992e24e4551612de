import BTHOWeNKernels
import DPUSupport
import DPUSim
import PIMSystem
import Foundation

/// `simctl run --trace FILE.json` and the options that choose what goes into the trace
/// (docs/visualization.md). Validated before the run; the size limit is checked after it,
/// before any file is written.
struct TraceOptions {
    enum Options {
        static let trace = Option<String?>("trace", "file.json", "Write tasklet timelines in Chrome Trace format, for ui.perfetto.dev or chrome://tracing (docs/visualization.md).")
        /// Checked against the run's DPUs when read.
        static let dpus = Option<[Int]?>(list: "trace-dpus", "list", "With --trace: DPUs to trace, e.g. 0,3-5.", shownDefault: "0")
        static let launches = Option<IntegerRanges?>(ranges: "trace-launches", "list", "With --trace: launches to trace, counted from 1, e.g. 1-2.",
                                                     range: 1...Int(Int32.max), shownDefault: "all")
        static let cycles = Option<ClosedRange<Double>?>("trace-cycles", "a-b", "With --trace: keep only cycles a to b of each traced launch.",
                                                         default: nil, describe: { _ in nil }, shownDefault: "all", parse: TraceOptions.window)
        static let limit = Option<Int>("trace-limit", "n", "With --trace: refuse (and write nothing) if the trace would hold more events than this.",
                                       default: SystemTracer.Selection.defaultEventLimit, range: 1...1_000_000_000)
        static let all: [any OptionDeclaration] = [trace, dpus, launches, cycles, limit]
    }

    /// Bytes per event of a typical trace (measured on the four kernels; docs/visualization.md).
    static let bytesPerEvent = 90.0
    /// Above this many events, a note says the trace is large.
    static let largeTrace = 300_000

    var path: String?
    var selection = SystemTracer.Selection()

    /// - Parameter dpus: the run's DPU count (trace DPUs must be below it).
    init(_ arguments: ParsedArguments, dpus: Int) throws {
        typealias O = Options
        path = try arguments[O.trace]
        guard path != nil else {
            for option in [O.dpus, O.launches, O.cycles, O.limit] as [any OptionDeclaration] where arguments.given(option) {
                throw UsageError("'--\(option.name)' needs '--trace FILE.json'")
            }
            return
        }
        if let list = try arguments[O.dpus, in: 0...(dpus - 1)] { selection.dpus = Set(list) }
        if let list = try arguments[O.launches] { selection.launches = list.shifted(by: -1) }
        if let window = try arguments[O.cycles] { selection.window = window }
        selection.eventLimit = try arguments[O.limit]
    }

    /// `--trace-cycles a-b`: cycles a to b, 0 ≤ a < b.
    @Sendable static func window(_ text: String) throws -> ClosedRange<Double> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a >= 0 else {
            throw UsageError("'--trace-cycles' expects a cycle range like 0-100000, got '\(text)'")
        }
        guard a < b else { throw UsageError("'--trace-cycles' range '\(text)' is empty (start ≥ end)") }
        return Double(a)...Double(b)
    }

    /// A tracer for the request, or nil without `--trace`.
    func makeTracer() -> SystemTracer? {
        path == nil ? nil : SystemTracer(selection: selection)
    }

    /// Checks the trace's size and renders it, for the command to write with its other
    /// outputs. Throws (so that nothing is written) if it is over the limit or holds no
    /// launch.
    /// - Returns: the trace file's bytes and a line for the summary.
    func render(_ tracer: SystemTracer, _ outcome: InferenceOutcome, pipeline: PipelineSchedule? = nil) throws -> (json: Data, line: String) {
        let path = path ?? ""
        let events = tracer.eventCount
        if tracer.overLimit {
            throw TraceTooLarge(events: events, limit: selection.eventLimit,
                                megabytes: Double(events) * Self.bytesPerEvent / 1e6)
        }
        let launches = tracer.timelines
        guard !launches.isEmpty else {
            let made = outcome.ledger.launches.count
            throw UsageError("'--trace-launches' selects none of the run's \(made) launch\(made == 1 ? "" : "es"); no trace written")
        }
        let json = ChromeTrace.utf8(ledger: outcome.ledger, launches: launches, configuration: outcome.configuration, metadata: [
            ("kernel", outcome.kernel), ("model", outcome.modelName), ("dpus", String(outcome.dpus)),
            ("tasklets", String(outcome.tasklets)), ("inputs", String(outcome.inputs)),
        ], pipeline: pipeline)
        let dpus = Set(launches.map(\.timeline.dpu)).sorted()
        let bytes = json.count
        if events > Self.largeTrace {
            printError("note: the trace holds \(events) events (\(String(format: "%.0f", Double(bytes) / 1e6)) MB); ui.perfetto.dev opens it, chrome://tracing may be slow")
        }
        return (Data(json), "wrote \(path): \(events) events, \(dpus.count == 1 ? "DPU \(dpus[0])" : "\(dpus.count) DPUs"), "
            + "\(Set(launches.map(\.launch)).count) launch(es), \(bytes) bytes; open it in ui.perfetto.dev")
    }
}

/// A trace over `--trace-limit`: nothing is written.
struct TraceTooLarge: Error, CustomStringConvertible {
    var events: Int
    var limit: Int
    var megabytes: Double

    var description: String {
        "the trace would hold \(events) events (about \(String(format: "%.0f", megabytes)) MB), more than --trace-limit \(limit); "
            + "no file was written. Trace fewer DPUs (--trace-dpus), launches (--trace-launches) or cycles (--trace-cycles a-b), "
            + "use fewer --inputs, or raise --trace-limit"
    }
}
