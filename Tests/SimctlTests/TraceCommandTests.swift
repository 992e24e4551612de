import DPUSupport
import DPUSim
import Foundation
import XCTest

/// End-to-end: `simctl run --trace`.
final class TraceCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("simctl-trace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func events(_ file: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: file)))
        let top = try XCTUnwrap(object as? [String: Any])
        return try XCTUnwrap(top["traceEvents"] as? [[String: Any]])
    }

    /// The trace of a one-DPU run: processes, threads, the kernel's phases, counters, and
    /// per tasklet slice durations that add up to the cycles the report gives.
    func testRunWritesATraceWhoseSlicesAddUpToTheReportedCycles() throws {
        let trace = path("t.json"), csv = path("r.csv")
        let r = try SimctlBinary.run(["run", "--kernel", "small-pooled", "--dpus", "1", "--tasklets", "6", "--inputs", "10",
                                      "--trace", trace, "--csv", csv])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("wrote \(trace):"), r.stdout)
        let table = try CSVTable.parse(try String(contentsOfFile: csv, encoding: .utf8))
        let cycles = try XCTUnwrap(Double(try XCTUnwrap(table.column("dpu_cycles")?.first)))

        let all = try events(trace)
        let names = Set(all.filter { $0["ph"] as? String == "M" && $0["name"] as? String == "process_name" }
            .compactMap { ($0["args"] as? [String: Any])?["name"] as? String })
        XCTAssertEqual(names, ["host", "DPU 0"])
        let slices = all.filter { $0["ph"] as? String == "X" }
        let phases = Set(slices.filter { $0["cat"] as? String == "phase" }.compactMap { $0["name"] as? String })
        for phase in ["batch 0: load inputs", "batch 0: hash chunk 0", "batch 0: probe filter 1", "batch 0: reduce"] {
            XCTAssertTrue(phases.contains(phase), "no phase '\(phase)'")
        }
        let categories = Set(slices.compactMap { $0["cat"] as? String })
        for c in ["compute", "dma", "barrier", "semaphore", "dma-engine", "host-stage", "transfer", "launch"] {
            XCTAssertTrue(categories.contains(c), "no '\(c)' slices")
        }
        XCTAssertEqual(Set(all.filter { $0["ph"] as? String == "C" }.compactMap { $0["name"] as? String }), ["issue-slot", "tasklets", "DMAs"])

        let clockMHz = 350.0
        var sums: [Int: Double] = [:]
        for e in slices where e["pid"] as? Int == 100 && (1...6).contains(e["tid"] as? Int ?? 0) && e["cat"] as? String != "phase" {
            sums[e["tid"] as! Int, default: 0] += e["dur"] as! Double
        }
        XCTAssertEqual(sums.count, 6)
        let longest = try XCTUnwrap(sums.values.max()) * clockMHz
        XCTAssertLessThanOrEqual(longest, cycles + 1e-3)
        XCTAssertGreaterThan(longest, cycles - 1)
        let launch = try XCTUnwrap(slices.first { $0["pid"] as? Int == 100 && $0["tid"] as? Int == 0 })
        XCTAssertEqual((launch["args"] as? [String: Any])?["cycles"] as? Int, Int(cycles))
    }

    /// Several DPUs simulated on several threads: the same bytes.
    func testTraceBytesDoNotDependOnThreads() throws {
        var outputs: [Data] = []
        for threads in ["1", "3"] {
            let trace = path("t\(threads).json")
            let r = try SimctlBinary.run(["run", "--kernel", "naive", "--dpus", "4", "--tasklets", "5", "--inputs", "8",
                                          "--trace", trace, "--trace-dpus", "0,2-3", "--threads", threads, "--quiet"])
            XCTAssertEqual(r.status, 0, r.stderr)
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: trace)))
        }
        XCTAssertEqual(outputs[0], outputs[1])
        let pids = Set(try events(path("t1.json")).compactMap { $0["pid"] as? Int })
        XCTAssertEqual(pids, [1, 100, 102, 103])
    }

    /// A trace over the limit: a clear error, non-zero exit, and no file at all.
    func testTooLargeTraceIsRefused() throws {
        let trace = path("big.json"), csv = path("big.csv")
        let r = try SimctlBinary.run(["run", "--kernel", "mram-probe", "--dpus", "2", "--inputs", "6", "--trace", trace,
                                      "--trace-limit", "500", "--csv", csv])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("the trace would hold"), r.stderr)
        XCTAssertTrue(r.stderr.contains("more than --trace-limit 500"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: trace))
        XCTAssertFalse(FileManager.default.fileExists(atPath: csv))
        // A window of cycles makes it fit.
        let small = try SimctlBinary.run(["run", "--kernel", "mram-probe", "--dpus", "2", "--inputs", "6", "--trace", trace,
                                          "--trace-limit", "500", "--trace-cycles", "0-2000"])
        XCTAssertEqual(small.status, 0, small.stderr)
        let dpu = try events(trace).filter { $0["ph"] as? String == "X" && $0["pid"] as? Int == 100 }
        let start = try XCTUnwrap(dpu.first { $0["tid"] as? Int == 0 }?["ts"] as? Double)
        let slices = dpu.filter { $0["tid"] as? Int != 0 }
        XCTAssertFalse(slices.isEmpty)
        for e in slices {
            XCTAssertGreaterThanOrEqual(e["ts"] as! Double, start - 1e-6)
            XCTAssertLessThanOrEqual((e["ts"] as! Double) + (e["dur"] as! Double), start + 2000 / 350 + 1e-6)
        }
    }

    /// Bad trace options are usage errors that name the option, and write nothing.
    func testBadTraceOptions() throws {
        let trace = path("never.json")
        let cases: [([String], String)] = [
            (["run", "--kernel", "naive", "--trace-dpus", "0"], "'--trace-dpus' needs '--trace FILE.json'"),
            (["run", "--kernel", "naive", "--dpus", "2", "--trace", trace, "--trace-dpus", "5"], "'--trace-dpus': 5 is outside 0...1"),
            (["run", "--kernel", "naive", "--trace", trace, "--trace-cycles", "10-5"], "'--trace-cycles' range '10-5' is empty"),
            (["run", "--kernel", "naive", "--trace", trace, "--trace-cycles", "abc"], "'--trace-cycles' expects a cycle range"),
            (["run", "--kernel", "naive", "--trace", trace, "--trace-launches", "0"], "'--trace-launches': 0 is outside"),
            (["run", "--kernel", "naive", "--trace", path("missing/t.json")], "directory"),
            (["run", "--kernel", "naive", "--dpus", "2", "--inputs", "4", "--trace", trace, "--trace-launches", "2"],
             "'--trace-launches' selects none of the run's 1 launch"),
        ]
        for (arguments, message) in cases {
            let r = try SimctlBinary.run(arguments)
            XCTAssertEqual(r.status, 64, "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(message), "\(arguments): \(r.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: trace), "\(arguments) left a trace")
        }
    }
}
