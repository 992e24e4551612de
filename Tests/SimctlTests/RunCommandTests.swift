import DPUSupport
import DPUSim
import Foundation
import XCTest

/// End-to-end: the built `simctl` binary for run, sweep, compare and kernels.
final class RunCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("simctl-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The README's main command, on a small slice of the embedded default, writing a CSV
    /// with the documented columns.
    func testRunWritesSummaryAndCSV() throws {
        let csv = path("run.csv")
        let r = try SimctlBinary.run(["run", "--kernel", "large-filter-split", "--tasklets", "16", "--inputs", "50", "--csv", csv])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("large-filter-split on the large model, 10 DPUs × 16 tasklets"), r.stdout)
        XCTAssertTrue(r.stdout.contains("predictions match the host reference"))
        let table = try CSVTable.parse(try String(contentsOfFile: csv, encoding: .utf8))
        for column in ["kernel", "model", "dpus", "tasklets", "inputs", "dpu_cycles", "dpu_seconds", "instructions", "ipc",
                       "dma_read_bytes", "dma_write_bytes", "wram_peak_bytes", "host_to_dpu_bytes", "dpu_to_host_bytes",
                       "transfer_seconds", "host_seconds", "total_seconds", "cycles_per_input", "inferences_per_second",
                       "energy_joules", "energy_dpu_joules", "energy_transfer_joules", "accuracy", "matches_reference"] {
            XCTAssertNotNil(table.column(column), column)
        }
        XCTAssertEqual(table.rows.count, 1)
        XCTAssertEqual(table.column("matches_reference"), ["true"])
        let cycles = Double(table.column("dpu_cycles")![0])!
        XCTAssertEqual(Double(table.column("cycles_per_input")![0])!, cycles / 50, accuracy: cycles / 50 * 1e-5)
    }

    /// `--uncertainty` prints the range and fills the four range columns around the nominal
    /// cycles; without it they are empty.
    func testUncertaintyFillsTheRangeColumns() throws {
        let csv = path("range.csv")
        let r = try SimctlBinary.run(["run", "--kernel", "naive", "--inputs", "8", "--dpus", "2", "--uncertainty", "--csv", csv])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("across the model's uncertain parameters"), r.stdout)
        let table = try CSVTable.parse(try String(contentsOfFile: csv, encoding: .utf8))
        let cycles = Int(table.column("dpu_cycles")![0])!
        let low = Int(table.column("dpu_cycles_low")![0])!, high = Int(table.column("dpu_cycles_high")![0])!
        XCTAssertLessThanOrEqual(low, cycles)
        XCTAssertGreaterThanOrEqual(high, cycles)
        XCTAssertEqual(Double(table.column("cycles_per_input_high")![0])!, Double(high) / 8, accuracy: Double(high) / 8 * 1e-5)

        let plain = path("plain.csv")
        XCTAssertEqual(try SimctlBinary.run(["run", "--kernel", "naive", "--inputs", "8", "--dpus", "2", "--csv", plain]).status, 0)
        let plainTable = try CSVTable.parse(try String(contentsOfFile: plain, encoding: .utf8))
        XCTAssertEqual(plainTable.column("dpu_cycles"), table.column("dpu_cycles"))
        XCTAssertEqual(plainTable.column("dpu_cycles_low"), [""])
    }

    /// Same command, same bytes — and the thread count does not matter.
    func testCSVBytesAreReproducible() throws {
        var outputs: [Data] = []
        for threads in ["1", "2"] {
            let csv = path("det-\(threads).csv")
            let r = try SimctlBinary.run(["run", "--kernel", "mram-probe", "--inputs", "30", "--dpus", "4", "--threads", threads, "--csv", csv])
            XCTAssertEqual(r.status, 0, r.stderr)
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: csv)))
        }
        XCTAssertEqual(outputs[0], outputs[1])
    }

    func testSweepWritesOneRowPerPoint() throws {
        let csv = path("sweep.csv")
        let r = try SimctlBinary.run(["sweep", "--kernel", "naive", "--tasklets", "1,4-5", "--dpus", "2", "--inputs", "12", "--csv", csv])
        XCTAssertEqual(r.status, 0, r.stderr)
        let table = try CSVTable.parse(try String(contentsOfFile: csv, encoding: .utf8))
        XCTAssertEqual(table.column("tasklets"), ["1", "4", "5"])
    }

    func testCompareNamesAWinner() throws {
        let r = try SimctlBinary.run(["compare", "--kernels", "naive,small-pooled", "--inputs", "20", "--dpus", "2"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("best"))
        XCTAssertTrue(r.stdout.contains("cycles / input"))
    }

    func testKernelsListsAllFour() throws {
        let r = try SimctlBinary.run(["kernels"])
        XCTAssertEqual(r.status, 0)
        for name in ["naive", "mram-probe", "small-pooled", "large-filter-split"] { XCTAssertTrue(r.stdout.contains(name)) }
    }

    /// Usage errors exit 64, print the problem and usage, and write no CSV.
    func testUsageErrorsExit64WithoutOutput() throws {
        let csv = path("never.csv")
        let cases: [([String], String)] = [
            (["run", "--tasklets", "16"], "missing '--kernel"),
            (["run", "--kernel", "nope"], "unknown kernel 'nope'"),
            (["run", "--kernel", "naive", "--tasklets", "25", "--csv", csv], "tasklets must be in 1...24"),
            (["run", "--kernel", "naive", "--tasklets", "0", "--csv", csv], "tasklets must be in 1...24"),
            (["run", "--kernel", "large-filter-split", "--dpus", "7", "--csv", csv], "multiple of 10 DPUs"),
            (["run", "--kernel", "naive", "--dpus", "3000"], "'--dpus' must be in 1...2560"),
            (["run", "--kernel", "naive", "--inputs", "5000", "--csv", csv], "holds only 1000 images"),
            (["sweep", "--kernel", "naive", "--tasklets", "4-1"], "is empty"),
            (["run", "--kernel", "naive", "--bogus"], "unknown option '--bogus'"),
        ]
        for (arguments, message) in cases {
            let r = try SimctlBinary.run(arguments)
            XCTAssertEqual(r.status, 64, "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(message), "\(arguments): \(r.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: csv), "\(arguments) left a CSV")
        }
    }

    /// A bad configuration or model file fails with a clear message and no CSV.
    func testBadFilesFailCleanly() throws {
        let config = path("bad.json")
        try Data(#"{"wramBytes": 4096, "revolverCycle": 3}"#.utf8).write(to: URL(fileURLWithPath: config))
        let csv = path("x.csv")
        var r = try SimctlBinary.run(["run", "--kernel", "naive", "--config", config, "--csv", csv])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("unknown key 'revolverCycle'"), r.stderr)
        let model = path("bad.bthowen")
        try Data("not a model".utf8).write(to: URL(fileURLWithPath: model))
        r = try SimctlBinary.run(["run", "--kernel", "naive", "--model", model, "--csv", csv])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: csv))
    }

    /// A WRAM too small for the kernel is an error naming the kernel, not a crash.
    func testWRAMOverflowIsReported() throws {
        let config = path("tiny.json")
        try Data(#"{"wramBytes": 8192}"#.utf8).write(to: URL(fileURLWithPath: config))
        let r = try SimctlBinary.run(["run", "--kernel", "naive", "--tasklets", "16", "--inputs", "4", "--config", config])
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("WRAM overflow in kernel 'naive'"), r.stderr)
    }
}
