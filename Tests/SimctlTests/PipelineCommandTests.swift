import DPUSupport
import DPUSim
import Foundation
import XCTest

/// `simctl run --pipeline` end to end.
final class PipelineCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("simctl-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The pipelined row is the serialized row, byte for byte, plus the pipeline columns; the
    /// makespan is below the serialized total and a bottleneck is named; the trace holds the
    /// pipeline's tracks.
    func testPipelineAddsColumnsAfterTheSerializedRow() throws {
        let args = ["run", "--kernel", "large-filter-split", "--inputs", "64", "--quiet"]
        let plain = path("plain.csv"), piped = path("piped.csv"), trace = path("p.json")
        let a = try SimctlBinary.run(args + ["--csv", plain])
        XCTAssertEqual(a.status, 0, a.stderr)
        let b = try SimctlBinary.run(args + ["--csv", piped, "--pipeline", "--batch", "16", "--host-threads", "4", "--trace", trace])
        XCTAssertEqual(b.status, 0, b.stderr)
        XCTAssertTrue(b.stdout.hasPrefix(a.stdout.components(separatedBy: "\nwrote")[0]), "the serialized summary is unchanged")
        XCTAssertTrue(b.stdout.contains("bottleneck: "), b.stdout)
        let plainLines = try String(contentsOfFile: plain, encoding: .utf8).components(separatedBy: "\r\n")
        let pipedLines = try String(contentsOfFile: piped, encoding: .utf8).components(separatedBy: "\r\n")
        for (p, q) in zip(plainLines, pipedLines) where !p.isEmpty { XCTAssertTrue(q.hasPrefix(p + ","), q) }
        let table = try CSVTable.parse(try String(contentsOfFile: piped, encoding: .utf8))
        let makespan = Double(table.column("makespan_seconds")![0])!, total = Double(table.column("total_seconds")![0])!
        XCTAssertLessThan(makespan, total)
        XCTAssertEqual(table.column("batch_inputs"), ["16"])
        XCTAssertTrue(["host", "transfer", "dpu"].contains(table.column("bottleneck")![0]))
        for column in ["busy_host", "busy_transfer", "busy_dpu"] { XCTAssertTrue((0...1).contains(Double(table.column(column)![0])!)) }
        let json = try String(contentsOfFile: trace, encoding: .utf8)
        XCTAssertTrue(json.contains("\"name\":\"pipeline\""))
        XCTAssertTrue(json.contains("\"launch b3\""))
        XCTAssertTrue(json.contains("\"rank 0 DPUs\""))
    }

    /// Pipeline options without `--pipeline`, or out of range, are usage errors.
    func testPipelineOptionsNeedPipeline() throws {
        for extra in [["--batch", "8"], ["--host-threads", "2"], ["--double-buffer"], ["--pipeline", "--batch", "0"],
                      ["--pipeline", "--host-threads", "0"]] {
            let r = try SimctlBinary.run(["run", "--kernel", "naive", "--inputs", "8"] + extra)
            XCTAssertEqual(r.status, 64, "\(extra): \(r.stderr)")
        }
    }
}

/// `simctl plan` end to end, on a tiny search.
final class PlanCommandTests: XCTestCase {
    func testPlanWritesOneRowPerPlanAndNamesTheChoice() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("simctl-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("plan.csv").path, svg = directory.appendingPathComponent("plan.svg").path
        let r = try SimctlBinary.run(["plan", "--model", "small", "--inputs", "24", "--max-dpus", "10", "--sample", "8", "--verify", "1",
                                      "--csv", csv, "--plot", svg, "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("Pareto front"), r.stdout)
        XCTAssertTrue(r.stdout.contains("chosen "), r.stdout)
        let table = try CSVTable.parse(try String(contentsOfFile: csv, encoding: .utf8))
        XCTAssertGreaterThan(table.rows.count, 4)
        let verified = table.column("verified")!, seconds = table.column("plan_seconds")!.map { Double($0)! }
        XCTAssertTrue(verified.contains("true"))
        XCTAssertTrue(table.column("pareto")!.contains("true"))
        for (v, e) in zip(verified, table.column("extrapolation_error_percent")!) { XCTAssertEqual(v == "true", !e.isEmpty) }
        // The chosen plan (printed) has the least time of the verified rows.
        let best = zip(verified, seconds).filter { $0.0 == "true" }.map(\.1).min()!
        XCTAssertTrue(r.stdout.contains(String(format: "%9.4g s", best)), r.stdout)
        XCTAssertTrue(try String(contentsOfFile: svg, encoding: .utf8).contains("<svg"))
    }

    func testPlanUsageErrors() throws {
        for args in [["plan"], ["plan", "--model", "small", "--objective", "speed"], ["plan", "--model", "small", "--max-dpus", "5"],
                     ["plan", "--model", "small", "--verify", "0"]] {
            XCTAssertEqual(try SimctlBinary.run(args).status, 64, "\(args)")
        }
    }
}
