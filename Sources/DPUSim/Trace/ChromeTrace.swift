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
    public static func json(ledger: SystemLedger, launches: [SystemTracer.TracedLaunch], configuration: DPUConfiguration,
                            metadata: [(String, String)] = []) -> String {
        var out = JSONEventWriter()
        let clock = configuration.clockHz

        // Host: the ledger, end to end.
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

        // DPUs: one process each, launches in order.
        var described = Set<Int>()
        var byDPU: [Int: [SystemTracer.TracedLaunch]] = [:]
        for traced in launches { byDPU[traced.timeline.dpu, default: []].append(traced) }
        for dpu in byDPU.keys.sorted() {
            let pid = pid(dpu: dpu)
            let traces = byDPU[dpu]!
            if described.insert(dpu).inserted {
                out.metadata(pid: pid, tid: nil, "process_name", name: "DPU \(dpu)")
                out.metadata(pid: pid, tid: nil, "process_sort_index", sortIndex: dpu + 1)
                out.metadata(pid: pid, tid: launchTID, "thread_name", name: "launches")
                out.metadata(pid: pid, tid: launchTID, "thread_sort_index", sortIndex: 0)
                let tasklets = traces.map(\.timeline.tasklets).max() ?? 0
                for i in 0..<tasklets {
                    out.metadata(pid: pid, tid: tid(tasklet: i), "thread_name", name: "tasklet \(i)")
                    out.metadata(pid: pid, tid: tid(tasklet: i), "thread_sort_index", sortIndex: tid(tasklet: i))
                }
                out.metadata(pid: pid, tid: dmaEngineTID, "thread_name", name: "DMA engine")
                out.metadata(pid: pid, tid: dmaEngineTID, "thread_sort_index", sortIndex: dmaEngineTID)
            }
            for traced in traces {
                let timeline = traced.timeline
                let origin = ps(seconds: launchStart[traced.launch] ?? 0)
                let perCycle = 1e12 / timeline.clockHz
                func at(_ cycles: Double) -> Int64 { origin + Int64((cycles * perCycle).rounded()) }
                var args = [("cycles", String(timeline.cycles)), ("instructions", String(timeline.instructions)),
                            ("tasklets", String(timeline.tasklets))]
                if let w = timeline.window {
                    args.append(("window_cycles", "\(CSVTable.format(w.lowerBound))-\(CSVTable.format(w.upperBound))"))
                }
                out.slice(pid: pid, tid: launchTID, start: at(0), end: at(Double(timeline.cycles)),
                          name: "launch \(traced.launch + 1): \(timeline.kernel)", category: "launch", args: args)
                // Per track: by start, enclosing slices first.
                func trackOrder(_ track: Int) -> Int { track == LaunchTimeline.dmaEngineTrack ? Int.max : track }
                let ordered = timeline.slices.enumerated().sorted { a, b in
                    let x = a.element, y = b.element
                    if x.track != y.track { return trackOrder(x.track) < trackOrder(y.track) }
                    let xs = at(x.start), ys = at(y.start)
                    if xs != ys { return xs < ys }
                    let xe = at(x.end), ye = at(y.end)
                    if xe != ye { return xe > ye }
                    if (x.category == .phase) != (y.category == .phase) { return x.category == .phase }
                    return a.offset < b.offset
                }
                for (_, s) in ordered {
                    let tid = s.track == LaunchTimeline.dmaEngineTrack ? dmaEngineTID : tid(tasklet: s.track)
                    out.slice(pid: pid, tid: tid, start: at(s.start), end: at(s.end), name: s.name, category: s.category.rawValue)
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
        }

        var other = [("generator", "DPUSim"), ("time_unit", "µs of simulated time"),
                     ("clock_hz", CSVTable.format(clock)), ("configuration", configuration.name)]
        other += metadata
        return out.finish(otherData: other)
    }

    static func ps(seconds: Double) -> Int64 { Int64((seconds * 1e12).rounded()) }

    /// A value in [0, 1] with 4 decimals, locale-independent.
    static func format(fraction x: Double) -> String {
        let scaled = Int64((x * 10_000).rounded())
        return decimal(scaled, places: 4)
    }

    static func format(micro x: Double) -> String { decimal(Int64((x * 1e6).rounded()), places: 6) }

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

/// Appends trace events as JSON, one per line.
struct JSONEventWriter {
    private var text = "{\"traceEvents\":[\n"
    private var first = true

    private mutating func append(_ event: String) {
        if !first { text += ",\n" }
        first = false
        text += event
    }

    mutating func metadata(pid: Int, tid: Int?, _ kind: String, name: String) {
        append("{\"ph\":\"M\",\"pid\":\(pid),\(tid.map { "\"tid\":\($0)," } ?? "")\"name\":\"\(kind)\",\"args\":{\"name\":\(Self.string(name))}}")
    }

    mutating func metadata(pid: Int, tid: Int?, _ kind: String, sortIndex: Int) {
        append("{\"ph\":\"M\",\"pid\":\(pid),\(tid.map { "\"tid\":\($0)," } ?? "")\"name\":\"\(kind)\",\"args\":{\"sort_index\":\(sortIndex)}}")
    }

    /// A complete event from `start` to `end` (picoseconds).
    mutating func slice(pid: Int, tid: Int, start: Int64, end: Int64, name: String, category: String,
                        args: [(String, String)] = []) {
        var event = "{\"ph\":\"X\",\"pid\":\(pid),\"tid\":\(tid),\"ts\":\(Self.micro(start)),\"dur\":\(Self.micro(end - start)),"
        event += "\"name\":\(Self.string(name)),\"cat\":\(Self.string(category))"
        if !args.isEmpty {
            event += ",\"args\":{" + args.map { "\(Self.string($0.0)):\(Self.value($0.1))" }.joined(separator: ",") + "}"
        }
        append(event + "}")
    }

    mutating func counter(pid: Int, ts: Int64, name: String, key: String, value: String) {
        append("{\"ph\":\"C\",\"pid\":\(pid),\"ts\":\(Self.micro(ts)),\"name\":\(Self.string(name)),\"args\":{\(Self.string(key)):\(value)}}")
    }

    func finish(otherData: [(String, String)]) -> String {
        var result = text + "\n],\n\"displayTimeUnit\":\"ns\",\n\"otherData\":{"
        result += otherData.map { "\(Self.string($0.0)):\(Self.string($0.1))" }.joined(separator: ",")
        return result + "}}\n"
    }

    /// Picoseconds as microseconds.
    static func micro(_ ps: Int64) -> String { ChromeTrace.decimal(ps, places: 6) }

    /// A numeric argument as a JSON number; anything else as a string.
    static func value(_ text: String) -> String {
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }), Double(text) != nil,
           text.first != ".", !text.hasPrefix("-."), !(text.count > 1 && text.hasPrefix("0") && !text.hasPrefix("0.")) {
            return text
        }
        return string(text)
    }

    /// A JSON string literal.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
