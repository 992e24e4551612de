import DPUSim
import DPUSupport

/// Writes traced launches and a system's ledger in the Chrome Trace Event format (JSON
/// object form), which Perfetto (ui.perfetto.dev) and chrome://tracing open.
///
/// Layout (docs/visualization.md shows it):
/// - Process "host" (pid 1): threads "host stages", "transfers" and "launches", one
///   complete event ("X") per ledger record, end to end in ledger order (the model has no
///   overlap between host work, transfers and launches).
/// - Process "DPU d" (pid 100 + d) per traced DPU: thread "launches" (tid 0) with one slice
///   per traced launch; thread "tasklet i" (tid i + 1) with the kernel's phases enclosing
///   compute, DMA-wait and synchronization slices; thread "DMA engine" (tid 1000) with
///   the transfers it serves; counter tracks "issue-slot utilization", "tasklets
///   runnable" and "DMAs outstanding".
/// - A launch's DPU slices start where the launch starts on the host's "launches" track.
/// - With a pipelined schedule, process "pipeline" (pid 2): one track per host thread and per
///   rank's transfers and DPUs, the batches' stages as slices (`writePipeline`); the host and
///   DPU processes above keep the serialized order of the same run.
///
/// Timestamps are simulated time in µs at the configured clock. Every instant is rounded
/// once to a whole picosecond before it is written, so a tasklet's back-to-back slices
/// share their end points exactly and nested slices stay nested. The text depends only
/// on its inputs: the same run gives the same bytes.
public enum ChromeTrace {
    public static let hostPID = 1
    public static func pid(dpu: Int) -> Int { 100 + dpu }
    public static func tid(tasklet: Int) -> Int { tasklet + 1 }
    public static let launchTID = 0
    public static let dmaEngineTID = 1000
    static let hostStageTID = 1, transferTID = 2, hostLaunchTID = 3

    /// The trace as JSON text.
    ///
    /// - Parameters:
    ///   - ledger: the system's ledger (for the host track and the launches' start times).
    ///   - launches: the traced launches (`SystemTracer.timelines`).
    ///   - metadata: extra key–value pairs for the trace's `otherData` (kernel, model…).
    ///   - pipeline: a pipelined run's schedule, written as process "pipeline" (`writePipeline`).
    public static func json(ledger: SystemLedger, launches: [SystemTracer.TracedLaunch], configuration: DPUConfiguration,
                            metadata: [(String, String)] = [], pipeline: PipelineSchedule? = nil) -> String {
        String(decoding: utf8(ledger: ledger, launches: launches, configuration: configuration, metadata: metadata, pipeline: pipeline),
               as: UTF8.self)
    }

    /// `json` as UTF-8 bytes (what a file holds), built without an intermediate string:
    /// the host process, then one process per traced DPU (ascending DPU number), then the
    /// pipeline if any, then `otherData` (the generator, clock and configuration, then
    /// `metadata` in its order).
    public static func utf8(ledger: SystemLedger, launches: [SystemTracer.TracedLaunch], configuration: DPUConfiguration,
                            metadata: [(String, String)] = [], pipeline: PipelineSchedule? = nil) -> [UInt8] {
        let events = launches.reduce(0) { $0 + $1.timeline.slices.count + 3 * $1.timeline.counters.count }
        var out = JSONEventWriter(capacity: 4096 + 200 * ledger.order.count + 100 * events)
        let clock = configuration.clockHz
        let launchStart = writeHost(ledger, clock: clock, into: &out)
        writeDPUs(launches, launchStart: launchStart, into: &out)
        if let pipeline { writePipeline(pipeline, into: &out) }
        var other = [("generator", "DPUSim"), ("time_unit", "µs of simulated time"),
                     ("clock_hz", CSVTable.format(clock)), ("configuration", configuration.name)]
        other += metadata
        return out.finish(otherData: other)
    }

    /// Process "host": its three threads' names, then one slice per ledger record, end to end
    /// from time 0 in ledger order (a launch lasts its cycles at `clock` plus its overhead).
    ///
    /// - Returns: each launch's start in seconds, by its index in `ledger.launches` (a launch
    ///   the ledger's order does not name has none).
    static func writeHost(_ ledger: SystemLedger, clock: Double, into out: inout JSONEventWriter) -> [Int: Double] {
        out.metadata(pid: hostPID, tid: nil, "process_name", name: "host")
        out.metadata(pid: hostPID, tid: nil, "process_sort_index", sortIndex: 0)
        for (tid, name) in [(hostStageTID, "host stages"), (transferTID, "transfers"), (hostLaunchTID, "launches")] {
            out.metadata(pid: hostPID, tid: tid, "thread_name", name: name)
            out.metadata(pid: hostPID, tid: tid, "thread_sort_index", sortIndex: tid)
        }
        var t = 0.0   // seconds since the run began
        var launchStart: [Int: Double] = [:]
        for entry in ledger.order {
            switch entry {
            case .hostStage(let k):
                let s = ledger.hostStages[k]
                out.slice(pid: hostPID, tid: hostStageTID, start: ps(seconds: t), end: ps(seconds: t + s.seconds),
                          name: s.stage, category: "host-stage", args: [("operations", String(s.operations))])
                t += s.seconds
            case .transfer(let k):
                let x = ledger.transfers[k]
                out.slice(pid: hostPID, tid: transferTID, start: ps(seconds: t), end: ps(seconds: t + x.seconds),
                          name: "\(x.label) (\(x.kind.rawValue))", category: "transfer", args: [("bytes", String(x.bytes))])
                t += x.seconds
            case .launch(let k):
                let l = ledger.launches[k]
                launchStart[k] = t
                let seconds = Double(l.cycles) / clock + l.overheadSeconds
                out.slice(pid: hostPID, tid: hostLaunchTID, start: ps(seconds: t), end: ps(seconds: t + seconds),
                          name: "launch \(k + 1): \(l.kernel)", category: "launch",
                          args: [("cycles", String(l.cycles)), ("dpus", String(l.statistics.count)),
                                 ("tasklets", String(l.tasklets)), ("overhead_us", format(micro: l.overheadSeconds * 1e6))])
                t += seconds
            }
        }
        return launchStart
    }

    /// One process per traced DPU, in ascending DPU order: its thread names (as many tasklet
    /// threads as its widest launch has tasklets), then its launches in the order given.
    /// A launch missing from `launchStart` starts at time 0.
    static func writeDPUs(_ launches: [SystemTracer.TracedLaunch], launchStart: [Int: Double], into out: inout JSONEventWriter) {
        var byDPU: [Int: [SystemTracer.TracedLaunch]] = [:]
        for traced in launches { byDPU[traced.timeline.dpu, default: []].append(traced) }
        for dpu in byDPU.keys.sorted() {
            let pid = pid(dpu: dpu)
            let traces = byDPU[dpu]!
            describeDPU(dpu, tasklets: traces.map(\.timeline.tasklets).max() ?? 0, into: &out)
            for traced in traces {
                writeLaunch(traced, pid: pid, origin: ps(seconds: launchStart[traced.launch] ?? 0), into: &out)
            }
        }
    }

    /// A DPU process's metadata: its name and sort index, and the names and sort indices of its
    /// "launches" thread, `tasklets` tasklet threads and its "DMA engine" thread.
    static func describeDPU(_ dpu: Int, tasklets: Int, into out: inout JSONEventWriter) {
        let pid = pid(dpu: dpu)
        out.metadata(pid: pid, tid: nil, "process_name", name: "DPU \(dpu)")
        out.metadata(pid: pid, tid: nil, "process_sort_index", sortIndex: dpu + 1)
        out.metadata(pid: pid, tid: launchTID, "thread_name", name: "launches")
        out.metadata(pid: pid, tid: launchTID, "thread_sort_index", sortIndex: 0)
        for i in 0..<tasklets {
            out.metadata(pid: pid, tid: tid(tasklet: i), "thread_name", name: "tasklet \(i)")
            out.metadata(pid: pid, tid: tid(tasklet: i), "thread_sort_index", sortIndex: tid(tasklet: i))
        }
        out.metadata(pid: pid, tid: dmaEngineTID, "thread_name", name: "DMA engine")
        out.metadata(pid: pid, tid: dmaEngineTID, "thread_sort_index", sortIndex: dmaEngineTID)
    }

    /// One traced launch on its DPU's process, from `origin` (picoseconds): the launch's slice,
    /// every timeline slice per track (tasklets in order, then the DMA engine), by start time,
    /// enclosing slices before those they enclose (a phase before a compute or DMA slice of the
    /// same extent; ties kept in timeline order), then the counters, each written only when
    /// its value changes (all three at the first sample). An instant past `Int64.max` ps
    /// saturates there.
    static func writeLaunch(_ traced: SystemTracer.TracedLaunch, pid: Int, origin: Int64, into out: inout JSONEventWriter) {
        let timeline = traced.timeline
        let perCycle = 1e12 / timeline.clockHz
        func at(_ cycles: Double) -> Int64 {
            let (sum, overflow) = origin.addingReportingOverflow(saturating(cycles * perCycle))
            return overflow ? .max : sum
        }
        var args = [("cycles", String(timeline.cycles)), ("instructions", String(timeline.instructions)),
                    ("tasklets", String(timeline.tasklets))]
        if let w = timeline.window {
            args.append(("window_cycles", "\(CSVTable.format(w.lowerBound))-\(CSVTable.format(w.upperBound))"))
        }
        out.slice(pid: pid, tid: launchTID, start: at(0), end: at(Double(timeline.cycles)),
                  name: "launch \(traced.launch + 1): \(timeline.kernel)", category: "launch", args: args)
        // Per track (tasklets, then the DMA engine): by start, enclosing slices first.
        struct Key: Comparable {
            var track: Int, start: Int64, negativeEnd: Int64, innerFirst: Bool, index: Int
            static func < (a: Key, b: Key) -> Bool {
                (a.track, a.start, a.negativeEnd, a.innerFirst ? 1 : 0, a.index)
                    < (b.track, b.start, b.negativeEnd, b.innerFirst ? 1 : 0, b.index)
            }
        }
        var keys = timeline.slices.enumerated().map { index, s in
            Key(track: s.track == LaunchTimeline.dmaEngineTrack ? Int.max : s.track, start: at(s.start),
                negativeEnd: -at(s.end), innerFirst: s.category != .phase, index: index)
        }
        keys.sort()
        for key in keys {
            let s = timeline.slices[key.index]
            let tid = s.track == LaunchTimeline.dmaEngineTrack ? dmaEngineTID : tid(tasklet: s.track)
            out.slice(pid: pid, tid: tid, start: key.start, end: -key.negativeEnd, name: s.name, category: s.category.rawValue)
        }
        // Each counter when its value changes.
        var previous: LaunchTimeline.CounterSample?
        for c in timeline.counters {
            let ts = at(c.time)
            if c.issueUtilization != previous?.issueUtilization {
                out.counter(pid: pid, ts: ts, name: "issue-slot", key: "utilization", value: format(fraction: c.issueUtilization))
            }
            if c.runnable != previous?.runnable {
                out.counter(pid: pid, ts: ts, name: "tasklets", key: "runnable", value: String(c.runnable))
            }
            if c.dmasOutstanding != previous?.dmasOutstanding {
                out.counter(pid: pid, ts: ts, name: "DMAs", key: "outstanding", value: String(c.dmasOutstanding))
            }
            previous = c
        }
    }

    static func ps(seconds: Double) -> Int64 { saturating(seconds * 1e12) }

    /// `x` rounded to an `Int64`, total: values past ±2^63 (a timestamp past 107 days of
    /// simulated time, reachable only with extreme configurations) and NaN saturate
    /// (NaN to 0) instead of trapping.
    static func saturating(_ x: Double) -> Int64 {
        guard !x.isNaN else { return 0 }
        let r = x.rounded()
        if r >= 0x1p63 { return .max }
        if r < -0x1p63 { return .min }
        return Int64(r)
    }

    /// A value in [0, 1] with 4 decimals, locale-independent.
    static func format(fraction x: Double) -> String {
        decimal(saturating(x * 10_000), places: 4)
    }

    static func format(micro x: Double) -> String { decimal(saturating(x * 1e6), places: 6) }

    /// `value / 10^places` as a decimal, trailing zeros dropped.
    static func decimal(_ value: Int64, places: Int) -> String {
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let whole = magnitude / UInt64(scale), fraction = magnitude % UInt64(scale)
        guard fraction != 0 else { return sign + String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: places - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(sign)\(whole).\(digits)"
    }
}

/// Appends trace events as JSON, one per line, as UTF-8 bytes (a trace of a million
/// events is built without intermediate strings).
struct JSONEventWriter {
    private(set) var bytes: [UInt8] = []
    private var first = true

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
        raw("{\"traceEvents\":[\n")
    }

    private mutating func begin() {
        if !first { raw(",\n") }
        first = false
    }

    mutating func metadata(pid: Int, tid: Int?, _ kind: String, name: String) {
        header("M", pid: pid, tid: tid)
        raw(",\"name\":\""); raw(kind); raw("\",\"args\":{\"name\":"); string(name); raw("}}")
    }

    mutating func metadata(pid: Int, tid: Int?, _ kind: String, sortIndex: Int) {
        header("M", pid: pid, tid: tid)
        raw(",\"name\":\""); raw(kind); raw("\",\"args\":{\"sort_index\":"); integer(Int64(sortIndex)); raw("}}")
    }

    /// A complete event from `start` to `end` (picoseconds).
    mutating func slice(pid: Int, tid: Int, start: Int64, end: Int64, name: String, category: String,
                        args: [(String, String)] = []) {
        header("X", pid: pid, tid: tid)
        raw(",\"ts\":"); decimal(start, places: 6)
        raw(",\"dur\":"); decimal(end - start, places: 6)
        raw(",\"name\":"); string(name)
        raw(",\"cat\":"); string(category)
        if !args.isEmpty {
            raw(",\"args\":{")
            for (k, (key, value)) in args.enumerated() {
                if k > 0 { raw(",") }
                string(key); raw(":"); self.value(value)
            }
            raw("}")
        }
        raw("}")
    }

    mutating func counter(pid: Int, ts: Int64, name: String, key: String, value: String) {
        header("C", pid: pid, tid: nil)
        raw(",\"ts\":"); decimal(ts, places: 6)
        raw(",\"name\":"); string(name)
        raw(",\"args\":{"); string(key); raw(":"); raw(value); raw("}}")
    }

    consuming func finish(otherData: [(String, String)]) -> [UInt8] {
        raw("\n],\n\"displayTimeUnit\":\"ns\",\n\"otherData\":{")
        for (k, (key, value)) in otherData.enumerated() {
            if k > 0 { raw(",") }
            string(key); raw(":"); string(value)
        }
        raw("}}\n")
        return bytes
    }

    private mutating func header(_ phase: String, pid: Int, tid: Int?) {
        begin()
        raw("{\"ph\":\""); raw(phase); raw("\",\"pid\":"); integer(Int64(pid))
        if let tid { raw(",\"tid\":"); integer(Int64(tid)) }
    }

    private mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func integer(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var m = value.magnitude
        var divisor: UInt64 = 1
        while divisor <= m / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(m / divisor))
            m %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// `value / 10^places` as a decimal, trailing zeros dropped (as `ChromeTrace.decimal`).
    private mutating func decimal(_ value: Int64, places: Int) {
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let m = Int64(value.magnitude)
        integer(m / scale)
        var fraction = m % scale
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor = scale / 10
        while fraction != 0 {
            let digit = fraction / divisor
            bytes.append(UInt8(ascii: "0") + UInt8(digit))
            fraction -= digit * divisor
            divisor /= 10
        }
    }

    /// A numeric argument as a JSON number; anything else as a string.
    private mutating func value(_ text: String) {
        if Self.isJSONNumber(text) { raw(text) } else { string(text) }
    }

    static func isJSONNumber(_ text: String) -> Bool {
        var s = Substring(text)
        if s.hasPrefix("-") { s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return false
        }
        return parts[0] == "0" || !parts[0].hasPrefix("0")
    }

    /// A JSON string literal.
    private mutating func string(_ s: String) { JSONText.appendQuoted(s, to: &bytes) }
}
