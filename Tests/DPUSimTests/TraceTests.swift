import Foundation
import XCTest
@testable import DPUSim
@testable import PIMSystem

/// Timelines (`LaunchTraceRecorder`, `SystemTracer`) and their Chrome Trace JSON.
final class TraceTests: XCTestCase {
    /// A kernel that uses every kind of wait: DMAs, a barrier, a contended mutex, a
    /// semaphore and a handshake, with phase labels in the middle of instruction runs.
    static func everything(_ setup: inout LaunchSetup) throws -> TaskletBody {
        let buffer = try setup.staticWRAM(setup.tasklets * 256, name: "buffers")
        let barrier = setup.barrier("start")
        let mutex = setup.mutex("total")
        let token = setup.semaphore("token", initial: 0)
        return { t in
            t.phase("load")
            try t.mramRead(from: 256 * t.id, to: buffer + 256 * t.id, bytes: 256)
            t.execute(.alu, 30 + 7 * t.id)
            t.phase("work \(t.id)")
            t.execute(.alu, 40)
            try await t.barrierWait(barrier)
            t.execute(.load, 5)
            t.phase("update")
            try await t.mutexLock(mutex)
            t.execute(.alu, 25)
            t.mutexUnlock(mutex)
            if t.id == 0 { t.execute(.alu, 300); t.semGive(token) }
            if t.id == 1 { t.phase("take"); try await t.semTake(token) }
            if t.id == 2 { t.phase("notify"); t.execute(.alu, 400); try await t.handshakeNotify() }
            if t.id == 3 { try await t.handshakeWaitFor(2) }
            try t.mramWrite(from: buffer + 256 * t.id, to: 65536 + 256 * t.id, bytes: 256)
        }
    }

    func traced(tasklets: Int = 5, configuration: DPUConfiguration = .v1A, window: ClosedRange<Double>? = nil)
        throws -> (LaunchStatistics, LaunchTimeline) {
        let recorder = LaunchTraceRecorder(window: window)
        let s = try DPU(configuration: configuration).launch(kernel: "everything", tasklets: tasklets, trace: recorder) { try Self.everything(&$0) }
        return (s, try XCTUnwrap(recorder.timeline))
    }

    /// Tracing changes no statistic, and labels cost nothing.
    func testTracingChangesNoStatistic() throws {
        let overlapped = DPUConfiguration.dmaBankOnly
        var hazards = DPUConfiguration.v1A
        hazards.registerHazardCycles = hazards.registerHazardCycles.indices.map { 0.25 + 0.1 * Double($0) }
        for tasklets in [1, 5, 12] {
            for configuration in [DPUConfiguration.v1A, .v1B, overlapped, hazards] {
                let plain = try DPU(configuration: configuration).launch(kernel: "everything", tasklets: max(tasklets, 4)) { try Self.everything(&$0) }
                let (traced, _) = try traced(tasklets: max(tasklets, 4), configuration: configuration)
                XCTAssertEqual(plain, traced)
            }
        }
    }

    /// Each tasklet's state slices tile [0, its finish cycle] exactly, so their durations
    /// add up to its finish cycle and the longest tasklet's to the launch's cycles.
    func testStateSlicesTileEachTaskletUpToItsFinish() throws {
        let (s, timeline) = try traced()
        XCTAssertEqual(timeline.cycles, s.cycles)
        XCTAssertEqual(timeline.instructions, s.instructions)
        var longest = 0.0
        for i in 0..<s.tasklets {
            let states = timeline.slices.filter { $0.track == i && $0.category != .phase }.sorted { $0.start < $1.start }
            XCTAssertEqual(states.first?.start, 0, "tasklet \(i)")
            for (a, b) in zip(states, states.dropFirst()) {
                XCTAssertEqual(a.end, b.start, accuracy: 1e-9, "tasklet \(i): gap or overlap between \(a.name) and \(b.name)")
            }
            let sum = states.reduce(0) { $0 + $1.duration }
            XCTAssertEqual(sum, s.taskletFinishCycles[i], accuracy: 1e-6, "tasklet \(i)")
            longest = max(longest, sum)
            // Waits in the slices are the ones the statistics report.
            let dma = states.filter { $0.category == .dma }.reduce(0) { $0 + $1.duration }
            XCTAssertEqual(dma, s.taskletDMAWaitCycles[i], accuracy: 1e-6, "tasklet \(i)")
            let sync = states.filter { [.barrier, .mutex, .semaphore, .handshake].contains($0.category) }.reduce(0) { $0 + $1.duration }
            XCTAssertEqual(sync, s.taskletSyncWaitCycles[i], accuracy: 1e-6, "tasklet \(i)")
        }
        XCTAssertEqual(wholeCycles(longest, rounding: .up), s.cycles)
        let categories = Set(timeline.slices.map(\.category))
        XCTAssertEqual(categories, Set(LaunchTimeline.Category.allCases))
        XCTAssertTrue(timeline.slices.contains { $0.name == "semaphore 'token'" && $0.track == 1 })
        XCTAssertTrue(timeline.slices.contains { $0.name == "handshake_wait_for(2)" && $0.track == 3 })
        XCTAssertTrue(timeline.slices.contains { $0.name == "mutex 'total' (spinning)" })
        XCTAssertTrue(timeline.slices.contains { $0.name == "DMA read 256 B" && $0.category == .dma })
        XCTAssertTrue(timeline.slices.contains { $0.name == "barrier 'start'" })
    }

    /// Phase slices enclose the state slices of their span, and follow each other.
    func testPhasesEncloseStates() throws {
        let (s, timeline) = try traced()
        for i in 0..<s.tasklets {
            let phases = timeline.slices.filter { $0.track == i && $0.category == .phase }.sorted { $0.start < $1.start }
            XCTAssertEqual(phases.first?.name, "load")
            XCTAssertEqual(phases.first?.start, 0)
            XCTAssertEqual(phases.last?.end ?? 0, s.taskletFinishCycles[i], accuracy: 1e-9)
            XCTAssertTrue(phases.contains { $0.name == "work \(i)" })
            for (a, b) in zip(phases, phases.dropFirst()) { XCTAssertEqual(a.end, b.start, accuracy: 1e-9) }
            for state in timeline.slices where state.track == i && state.category != .phase {
                XCTAssertTrue(phases.contains { $0.start <= state.start + 1e-9 && state.end <= $0.end + 1e-9 },
                              "tasklet \(i): \(state.name) [\(state.start), \(state.end)] crosses a phase boundary")
            }
        }
    }

    /// A label inside a run of instructions is placed at the cycle its instruction issues.
    func testLabelInsideARunIsInterpolated() throws {
        let recorder = LaunchTraceRecorder()
        let s = try DPU().launch(kernel: "labels", tasklets: 1, trace: recorder) { _ in
            { t in
                t.execute(.alu, 100)
                t.phase("second")
                t.execute(.alu, 50)
            }
        }
        let timeline = try XCTUnwrap(recorder.timeline)
        // One tasklet issues one instruction per 11-cycle revolver period.
        XCTAssertEqual(s.cycles, 150 * 11)
        let second = try XCTUnwrap(timeline.slices.first { $0.name == "second" })
        XCTAssertEqual(second.start, 1100, accuracy: 1e-6)
        XCTAssertEqual(second.end, 1650, accuracy: 1e-6)
        // The compute run is split at the label, so slices stay nested.
        let computes = timeline.slices.filter { $0.category == .compute }.map { [$0.start, $0.end] }
        XCTAssertEqual(computes.count, 2)
        XCTAssertEqual(computes[0][1], 1100, accuracy: 1e-6)
    }

    /// Labels are not evaluated unless the launch is traced.
    func testLabelsAreNotBuiltWithoutATrace() throws {
        let box = ValueBox()
        _ = try DPU().launch(kernel: "lazy", tasklets: 2) { _ in
            { t in t.phase({ box.ints.append(1); return "never" }()) }
        }
        XCTAssertEqual(box.ints, [])
    }

    /// The counters integrate to the instructions issued; the DMA engine never serves two
    /// transfers at once.
    func testCountersAndDMAEngine() throws {
        let (s, timeline) = try traced(tasklets: 8)
        var issued = 0.0
        for (a, b) in zip(timeline.counters, timeline.counters.dropFirst()) {
            issued += a.issueUtilization * (b.time - a.time)
            XCTAssertLessThanOrEqual(a.issueUtilization, 1 + 1e-12)
        }
        XCTAssertEqual(issued, Double(s.instructions), accuracy: 1e-6 * Double(s.instructions))
        XCTAssertEqual(timeline.counters.last?.runnable, 0)
        XCTAssertTrue(timeline.counters.contains { $0.dmasOutstanding > 1 }, "8 tasklets start with a DMA each")
        let engine = timeline.slices.filter { $0.track == LaunchTimeline.dmaEngineTrack }.sorted { $0.start < $1.start }
        XCTAssertEqual(engine.count, s.dmaReads + s.dmaWrites)
        for (a, b) in zip(engine, engine.dropFirst()) { XCTAssertLessThanOrEqual(a.end, b.start + 1e-9) }
    }

    /// A cycle window keeps only what overlaps it, clipped.
    func testWindowClipsSlices() throws {
        let (_, full) = try traced()
        let (_, windowed) = try traced(window: 200...900)
        XCTAssertFalse(windowed.slices.isEmpty)
        XCTAssertLessThan(windowed.eventCount, full.eventCount)
        for s in windowed.slices {
            XCTAssertGreaterThanOrEqual(s.start, 200)
            XCTAssertLessThanOrEqual(s.end, 900)
        }
        for c in windowed.counters { XCTAssertTrue((200...900).contains(c.time)) }
    }

    // MARK: Systems and JSON

    /// Runs two launches on 4 DPUs (each DPU a different amount of work), tracing `selection`.
    func systemTrace(threads: Int, selection: SystemTracer.Selection) throws -> (DPUSystem, SystemTracer) {
        let system = try DPUSystem(dpus: 4, threads: threads)
        let tracer = SystemTracer(selection: selection)
        system.tracer = tracer
        system.chargeHost("prepare", operations: 1000)
        try system.broadcast([UInt8](repeating: 7, count: 4096), to: 0, label: "data")
        for round in 0..<2 {
            try system.launch(kernel: "everything", tasklets: 4 + round) { d, setup in
                let body = try Self.everything(&setup)
                return { t in
                    t.execute(.alu, 10 * d)
                    try await body(t)
                }
            }
            _ = try system.pull(from: 0, bytesPerDPU: 64, dpus: [0, 1, 2, 3], label: "results")
        }
        return (system, tracer)
    }

    func parse(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let top = try XCTUnwrap(object as? [String: Any])
        XCTAssertEqual(top["displayTimeUnit"] as? String, "ns")
        return try XCTUnwrap(top["traceEvents"] as? [[String: Any]])
    }

    /// The JSON: metadata names every process and thread; complete events carry ts, dur,
    /// pid, tid, name and cat; per tasklet the durations add up to the DPU's cycles.
    func testChromeTraceStructure() throws {
        let (system, tracer) = try systemTrace(threads: 1, selection: .init(dpus: [0, 2]))
        let launches = tracer.timelines
        XCTAssertEqual(launches.map(\.launch), [0, 0, 1, 1])
        XCTAssertEqual(launches.map(\.timeline.dpu), [0, 2, 0, 2])
        let events = try parse(ChromeTrace.json(ledger: system.ledger, launches: launches, configuration: system.configuration))
        var names: [String: String] = [:]   // "pid" or "pid/tid" → name
        for e in events where e["ph"] as? String == "M" {
            let pid = try XCTUnwrap(e["pid"] as? Int)
            let args = try XCTUnwrap(e["args"] as? [String: Any])
            if e["name"] as? String == "process_name" { names["\(pid)"] = args["name"] as? String }
            if e["name"] as? String == "thread_name" { names["\(pid)/\(try XCTUnwrap(e["tid"] as? Int))"] = args["name"] as? String }
        }
        XCTAssertEqual(names["1"], "host")
        XCTAssertEqual(names["100"], "DPU 0")
        XCTAssertEqual(names["102"], "DPU 2")
        XCTAssertNil(names["101"], "DPU 1 is not traced")
        XCTAssertEqual(names["100/1"], "tasklet 0")
        XCTAssertEqual(names["102/5"], "tasklet 4")
        XCTAssertEqual(names["100/1000"], "DMA engine")
        XCTAssertEqual(names["1/2"], "transfers")

        let slices = events.filter { $0["ph"] as? String == "X" }
        for e in slices {
            for key in ["ts", "dur"] { XCTAssertNotNil(e[key] as? Double, "\(key) in \(e)") }
            for key in ["pid", "tid"] { XCTAssertNotNil(e[key] as? Int, "\(key) in \(e)") }
            for key in ["name", "cat"] { XCTAssertNotNil(e[key] as? String, "\(key) in \(e)") }
            XCTAssertGreaterThanOrEqual(e["dur"] as! Double, 0)
            XCTAssertNotNil(names["\(e["pid"] as! Int)/\(e["tid"] as! Int)"], "thread of \(e) has no name")
        }
        // On every thread, slices in file order nest (or follow each other).
        var stacks: [String: [Double]] = [:]   // thread → ends of the open slices
        for e in slices {
            let key = "\(e["pid"] as! Int)/\(e["tid"] as! Int)"
            let ts = e["ts"] as! Double, end = ts + (e["dur"] as! Double)
            var stack = stacks[key, default: []]
            while let top = stack.last, top <= ts + 1e-7 { stack.removeLast() }
            if let top = stack.last { XCTAssertLessThanOrEqual(end, top + 1e-7, "\(e["name"]!) on \(key) crosses its parent's end") }
            stack.append(end)
            stacks[key] = stack
        }
        let counters = events.filter { $0["ph"] as? String == "C" }
        XCTAssertEqual(Set(counters.compactMap { $0["name"] as? String }), ["issue-slot", "tasklets", "DMAs"])

        // Host track: the ledger end to end.
        let host = slices.filter { $0["pid"] as? Int == 1 }
        XCTAssertEqual(host.compactMap { $0["name"] as? String },
                       ["prepare", "data (broadcast)", "launch 1: everything", "results (from_dpu)", "launch 2: everything", "results (from_dpu)"])
        for (a, b) in zip(host, host.dropFirst()) {
            XCTAssertEqual((a["ts"] as! Double) + (a["dur"] as! Double), b["ts"] as! Double, accuracy: 1e-6)
        }

        // Per DPU and launch: each tasklet's states add up to its finish; the longest to
        // the launch's cycles; the DPU's slices start where the host's launch starts.
        let clockMHz = system.configuration.clockHz / 1e6
        for (index, record) in system.ledger.launches.enumerated() {
            let hostLaunch = try XCTUnwrap(host.first { $0["name"] as? String == "launch \(index + 1): everything" })
            let start = hostLaunch["ts"] as! Double
            for dpu in [0, 2] {
                let stats = record.statistics[dpu]
                let pid = 100 + dpu
                let launch = try XCTUnwrap(slices.first { $0["pid"] as? Int == pid && $0["tid"] as? Int == 0 && $0["name"] as? String == "launch \(index + 1): everything" })
                XCTAssertEqual(launch["ts"] as! Double, start, accuracy: 1e-6)
                XCTAssertEqual((launch["args"] as? [String: Any])?["cycles"] as? Int, stats.cycles)
                let end = start + Double(stats.cycles) / clockMHz
                var longest = 0.0
                for i in 0..<stats.tasklets {
                    let mine = slices.filter {
                        $0["pid"] as? Int == pid && $0["tid"] as? Int == i + 1 && $0["cat"] as? String != "phase"
                            && ($0["ts"] as! Double) >= start - 1e-9 && ($0["ts"] as! Double) < end
                    }
                    let sum = mine.reduce(0) { $0 + ($1["dur"] as! Double) }
                    XCTAssertEqual(sum * clockMHz, stats.taskletFinishCycles[i], accuracy: 1e-3, "launch \(index) DPU \(dpu) tasklet \(i)")
                    longest = max(longest, sum * clockMHz)
                }
                XCTAssertEqual(longest, Double(stats.cycles), accuracy: 1, "launch \(index) DPU \(dpu)")
                XCTAssertLessThanOrEqual(longest, Double(stats.cycles) + 1e-3)
            }
        }
    }

    /// Same run, any thread count: the same bytes.
    func testJSONIsIdenticalForAnyThreadCount() throws {
        var texts: [String] = []
        for threads in [1, 2, 4] {
            let (system, tracer) = try systemTrace(threads: threads, selection: .init(dpus: nil))
            texts.append(ChromeTrace.json(ledger: system.ledger, launches: tracer.timelines, configuration: system.configuration))
        }
        XCTAssertEqual(texts[0], texts[1])
        XCTAssertEqual(texts[0], texts[2])
    }

    /// Launch selection, and a trace over its event limit: nothing kept, everything counted.
    func testSelectionAndEventLimit() throws {
        let (_, second) = try systemTrace(threads: 2, selection: .init(dpus: [1], launches: [1]))
        XCTAssertEqual(second.timelines.map(\.launch), [1])
        XCTAssertEqual(second.timelines.map(\.timeline.dpu), [1])
        XCTAssertFalse(second.overLimit)

        let (system, all) = try systemTrace(threads: 2, selection: .init(dpus: nil))
        let total = all.eventCount
        // The count is the DPU slices and counter events the JSON holds (launch slices aside).
        let events = try parse(ChromeTrace.json(ledger: system.ledger, launches: all.timelines, configuration: system.configuration))
        XCTAssertEqual(total, events.filter { ($0["pid"] as! Int) >= 100 && ($0["ph"] as? String == "C" || ($0["ph"] as? String == "X" && $0["tid"] as? Int != 0)) }.count)
        let (_, limited) = try systemTrace(threads: 2, selection: .init(dpus: nil, eventLimit: total - 1))
        XCTAssertTrue(limited.overLimit)
        XCTAssertEqual(limited.eventCount, total)
        XCTAssertTrue(limited.timelines.isEmpty)
        let (_, exact) = try systemTrace(threads: 2, selection: .init(dpus: nil, eventLimit: total))
        XCTAssertFalse(exact.overLimit)
    }

    /// Names with quotes, backslashes and control characters stay valid JSON.
    func testJSONEscaping() throws {
        let recorder = LaunchTraceRecorder()
        let s = try DPU().launch(kernel: "odd \"kernel\"", tasklets: 1, trace: recorder) { _ in
            { t in t.phase("a \"quoted\" \\ label\n\twith µ"); t.execute(.alu, 3) }
        }
        var ledger = SystemLedger()
        ledger.record(LaunchRecord(kernel: "odd \"kernel\"", tasklets: 1, statistics: [s], overheadSeconds: 0))
        let events = try parse(ChromeTrace.json(ledger: ledger, launches: [.init(launch: 0, timeline: try XCTUnwrap(recorder.timeline))],
                                                configuration: .v1A))
        XCTAssertTrue(events.contains { $0["name"] as? String == "a \"quoted\" \\ label\n\twith µ" })
    }

    func testDecimalFormatting() {
        XCTAssertEqual(ChromeTrace.decimal(1_500_000, places: 6), "1.5")
        XCTAssertEqual(ChromeTrace.decimal(2_000_000, places: 6), "2")
        XCTAssertEqual(ChromeTrace.decimal(2857, places: 6), "0.002857")
        XCTAssertEqual(ChromeTrace.decimal(-25, places: 2), "-0.25")
        for number in ["12", "0", "0.5", "-3", "1234.000001"] { XCTAssertTrue(JSONEventWriter.isJSONNumber(number), number) }
        for text in ["", "012", "1.", ".5", "1e5", "abc", "1-2", "--1"] { XCTAssertFalse(JSONEventWriter.isJSONNumber(text), text) }
    }
}
