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
