import Foundation
import XCTest

/// `simctl validate` end to end on a two-row table (the shipped one takes minutes).
final class ValidateCommandTests: XCTestCase {
    private func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func testWritesTheRowsCSVAndThePlot() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = dir.appendingPathComponent("t.csv")
        try Data(("benchmark,num_dpus,data_prep_param,hw_kernel_ms,hw_cpu_to_dpu_ms,hw_dpu_to_cpu_ms,hw_dpu_to_dpu_ms,upimulator_kernel_ms\n"
                  + "VA,1,2048,0.05,0.02,0.03,0,0.04\nVA,2,4096,0.05,0.02,0.03,0,0.06\n").utf8).write(to: table)
        let csv = dir.appendingPathComponent("v.csv"), svg = dir.appendingPathComponent("v.svg")
        let r = try SimctlBinary.run(["validate", "--table", table.path, "--csv", csv.path, "--plot", svg.path, "--threads", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("kernel time"), r.stdout)
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\r\n")
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[0].hasPrefix("benchmark,num_dpus,data_prep_param,tasklets,hw_kernel_ms,dpusim_kernel_ms,upimulator_kernel_ms,dpusim_error_percent,upimulator_error_percent,hw_cpu_to_dpu_ms,dpusim_cpu_to_dpu_ms"))
        XCTAssertTrue(lines[1].hasPrefix("VA,1,2048,16,0.05,"), String(lines[1]))
        // uPIMulator's error on row 1: (0.04 − 0.05) / 0.05 = −20%.
        XCTAssertEqual(lines[1].split(separator: ",", omittingEmptySubsequences: false)[8], "-20.00")
        let figure = try String(contentsOf: svg, encoding: .utf8)
        XCTAssertEqual(figure.components(separatedBy: "<circle cx").count - 1, 2 * 2 + 3, "two points per row, three legend marks")
    }

    func testUnknownBenchmarkIsAUsageError() throws {
        let r = try SimctlBinary.run(["validate", "--benchmarks", "VA,NOPE"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("unknown benchmark 'NOPE'"), r.stderr)
    }

    func testMalformedTableFailsWithoutWritingOutputs() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = dir.appendingPathComponent("t.csv")
        try Data("benchmark,num_dpus\nVA,1\n".utf8).write(to: table)
        let csv = dir.appendingPathComponent("v.csv")
        let r = try SimctlBinary.run(["validate", "--table", table.path, "--csv", csv.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("header must be"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: csv.path))
    }
}
