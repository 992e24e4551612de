import DPUSim
import Foundation
import XCTest

/// End-to-end tests of `simctl config` and `simctl bench`, run as a separate process.
final class ConfigBenchCommandTests: XCTestCase {
    /// The repository root, from this file's path (Tests/SimctlTests/ConfigBenchCommandTests.swift).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("simctl-config-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// `simctl config` lists every parameter with its value, unit and source.
    func testConfigPrintsEveryParameter() throws {
        let r = try SimctlBinary.run(["config"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("key") ?? false, r.stdout)
        for p in DPUConfiguration.parameters {
            let line = lines.first { $0.hasPrefix(p.key + " ") }
            XCTAssertNotNil(line, "no line for \(p.key)")
            if let line {
                XCTAssertTrue(line.contains(p.source), "\(p.key): \(line)")
                XCTAssertTrue(line.contains(p.unit), "\(p.key): \(line)")
            }
        }
        XCTAssertTrue(r.stdout.contains("revolverCycles"))
        XCTAssertTrue(r.stdout.contains("UPMEM v1A"))
    }

    /// `config --json` gives a JSON object that loads back to the same configuration, and
    /// printing the loaded file again gives the same bytes.
    func testConfigJSONRoundTrips() throws {
        let dir = try temporaryDirectory()
        let first = try SimctlBinary.run(["config", "--json"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(try DPUConfiguration.load(json: Data(first.stdout.utf8)), .v1A)
        let object = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?.count, DPUConfiguration.parameters.count)

        let file = dir.appendingPathComponent("v1a.json")
        try Data(first.stdout.utf8).write(to: file)
        let second = try SimctlBinary.run(["config", "--config", file.path, "--json"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stdout, first.stdout)
    }

    /// A shipped configuration file is applied, and its JSON dump reloads to the same values.
    func testConfigAppliesAFile() throws {
        let dir = try temporaryDirectory()
        let path = Self.root.appendingPathComponent("data/configs/upimulator-register-hazards.json").path
        let expected = try DPUConfiguration.load(contentsOfFile: path)
        let table = try SimctlBinary.run(["config", "--config", path])
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertTrue(table.stdout.contains("0.45833333"), table.stdout)

        let dump = try SimctlBinary.run(["config", "--config", path, "--json"])
        XCTAssertEqual(dump.status, 0, dump.stderr)
        let file = dir.appendingPathComponent("dump.json")
        try Data(dump.stdout.utf8).write(to: file)
        XCTAssertEqual(try DPUConfiguration.load(contentsOfFile: file.path), expected)
    }

    /// A missing or invalid file is a failure (exit 1) with the loader's message.
    func testConfigRejectsBadFiles() throws {
        let dir = try temporaryDirectory()
        let missing = dir.appendingPathComponent("missing.json").path
        let r1 = try SimctlBinary.run(["config", "--config", missing])
        XCTAssertEqual(r1.status, 1)
        XCTAssertTrue(r1.stderr.contains("cannot read configuration file '\(missing)'"), r1.stderr)

        let bad = dir.appendingPathComponent("bad.json")
        try Data(#"{"revolverCycle": 8}"#.utf8).write(to: bad)
        let r2 = try SimctlBinary.run(["config", "--config", bad.path, "--json"])
        XCTAssertEqual(r2.status, 1)
        XCTAssertTrue(r2.stderr.contains("unknown key 'revolverCycle'"), r2.stderr)
        XCTAssertEqual(r2.stdout, "")
    }

    /// One small run of the compute-bound engine benchmark, with its CSV.
    func testBenchComputeScenarioRuns() throws {
        let dir = try temporaryDirectory()
        let csv = dir.appendingPathComponent("bench.csv")
        let r = try SimctlBinary.run(["bench", "--scenario", "engine-compute", "--repeat", "1", "--csv", csv.path])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("engine-compute"), r.stdout)
        // Simulated instructions and cycles (BenchKernelTests derives both for a small size).
        XCTAssertTrue(r.stdout.contains("100764880"), r.stdout)
        XCTAssertTrue(r.stdout.contains("100909147"), r.stdout)
        XCTAssertTrue(r.stdout.contains("M simulated instructions per host-core second"), r.stdout)
        XCTAssertFalse(r.stdout.contains("speedup"), "a one-DPU scenario runs on one thread only: \(r.stdout)")
        XCTAssertFalse(r.stdout.contains("engine-dma"), r.stdout)

        let rows = String(decoding: try Data(contentsOf: csv), as: UTF8.self).split(whereSeparator: \.isNewline)   // CRLF lines
        XCTAssertEqual(rows.count, 2)
        XCTAssertTrue(rows[0].hasPrefix("scenario,threads,run,simulated_instructions,simulated_cycles,host_seconds"), String(rows[0]))
        XCTAssertTrue(rows[1].hasPrefix("engine-compute,1,1,100764880,100909147,"), String(rows[1]))
    }

    /// Bad options are usage errors (exit 64).
    func testBenchUsageErrors() throws {
        for arguments in [["bench", "--scenario", "nope"], ["bench", "--repeat", "0"], ["bench", "--repeat", "x"], ["bench", "--fast"],
                          ["config", "--yaml"]] {
            let r = try SimctlBinary.run(arguments)
            XCTAssertEqual(r.status, 64, "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("USAGE: simctl \(arguments[0])"), r.stderr)
        }
        let r = try SimctlBinary.run(["bench", "--scenario", "nope"])
        XCTAssertTrue(r.stderr.contains("unknown scenario 'nope'"), r.stderr)
        XCTAssertTrue(r.stderr.contains("engine-compute, engine-dma"), r.stderr)
    }

    /// Both commands are listed in `simctl --help`.
    func testHelpListsConfigAndBench() throws {
        let r = try SimctlBinary.run(["--help"])
        XCTAssertTrue(r.stdout.contains("  config "), r.stdout)
        XCTAssertTrue(r.stdout.contains("  bench "), r.stdout)
        let help = try SimctlBinary.run(["bench", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("--scenario"), help.stdout)
    }
}
