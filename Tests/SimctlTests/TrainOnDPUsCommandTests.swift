import DPUSupport
import DPUSim
import Foundation
import XCTest

/// End-to-end tests of `simctl train on-dpus`, run as a separate process.
final class TrainOnDPUsCommandTests: XCTestCase {
    func run(_ arguments: [String]) throws -> SimctlBinary.Result { try SimctlBinary.run(arguments) }

    /// An MNIST directory whose training and test files are the shipped 1,000 test images.
    func mnistDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("simctl-train-dpus-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let subset = try TrainEvalCommandTests.dataDirectory().appendingPathComponent("mnist")
        for name in ["images-idx3", "labels-idx1"] {
            for split in ["train", "t10k"] {
                try FileManager.default.copyItem(at: subset.appendingPathComponent("t10k-1000-\(name)-ubyte.gz"),
                                                 to: dir.appendingPathComponent("\(split)-\(name)-ubyte.gz"))
            }
        }
        return dir
    }

    func testOptionsThatNeedOnDPUsAndBadValuesAreUsageErrors() throws {
        let base = ["train", "--shape", "small", "--mnist", "/nonexistent", "--out", "/tmp/never.bthowen"]
        let onDPUs = ["train", "on-dpus", "--shape", "small", "--mnist", "/nonexistent", "--out", "/tmp/never.bthowen"]
        let cases: [([String], String)] = [
            (base + ["--on-dpus", "4"], "'--on-dpus' is now a subcommand: 'simctl train on-dpus --dpus N …'"),
            (base + ["--strategy", "train-filter-split"], "'--strategy' goes with 'simctl train on-dpus --dpus N'"),
            (base + ["--tasklets", "4"], "'--tasklets' goes with 'simctl train on-dpus --dpus N'"),
            (base + ["--csv", "x.csv"], "'--csv' goes with 'simctl train on-dpus --dpus N'"),
            (base + ["--images", "0"], "'--images' must be in"),
            (onDPUs, "missing '--dpus N'"),
            (onDPUs + ["--on-dpus", "4"], "'--on-dpus N' is now '--dpus N'"),
            (onDPUs + ["--dpus", "0"], "'--dpus' must be in 1...2560"),
            (onDPUs + ["--dpus", "2561"], "'--dpus' must be in 1...2560"),
            (onDPUs + ["--dpus", "4", "--strategy", "train-everything"], "'--strategy' must be train-filter-split or train-data-parallel"),
            (onDPUs + ["--dpus", "4", "--tasklets", "25"], "tasklets must be in 1...24"),
            (onDPUs + ["--dpus", "4", "--hashing", "gpu"], "'--hashing' must be host or dpu"),
            (onDPUs + ["--dpus", "4", "--merge", "sum"], "'--merge' applies only to '--strategy train-data-parallel'"),
            (onDPUs + ["--dpus", "4", "--strategy", "train-data-parallel", "--merge", "mean"], "'--merge' must be sum or max"),
            (onDPUs + ["--dpus", "4", "--images", "0"], "'--images' must be in"),
        ]
        for (arguments, message) in cases {
            let r = try run(arguments)
            XCTAssertEqual(r.status, 64, "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(message), "\(arguments): \(r.stderr)")
        }
        let help = try run(["train", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("SUBCOMMANDS:\n  on-dpus  "), help.stdout)
        for spelling in [["help", "train", "on-dpus"], ["train", "on-dpus", "--help"]] {
            let sub = try run(spelling)
            XCTAssertEqual(sub.status, 0, "\(spelling): \(sub.stderr)")
            XCTAssertTrue(sub.stdout.contains("USAGE: simctl train on-dpus --dpus <n>"), sub.stdout)
            for option in ["--dpus", "--strategy", "--tasklets", "--hashing", "--merge", "--csv", "--images"] {
                XCTAssertTrue(sub.stdout.contains(option), "\(spelling): \(option)")
            }
        }
    }

    func testFilterSplitWritesTheHostTrainersModelAndAPhaseCSV() throws {
        let dir = try mnistDirectory()
        let hostModel = dir.appendingPathComponent("host.bthowen").path
        let dpuModel = dir.appendingPathComponent("dpu.bthowen").path
        let csv = dir.appendingPathComponent("train.csv").path
        let host = try run(["train", "--shape", "small", "--mnist", dir.path, "--out", hostModel, "--images", "300", "--seed", "7"])
        XCTAssertEqual(host.status, 0, host.stderr)
        let r = try run(["train", "on-dpus", "--shape", "small", "--mnist", dir.path, "--out", dpuModel, "--images", "300", "--seed", "7",
                         "--dpus", "6", "--tasklets", "8", "--csv", csv])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: dpuModel)), try Data(contentsOf: URL(fileURLWithPath: hostModel)))
        XCTAssertTrue(r.stdout.contains("identical to the host trainer's model file"), r.stdout)
        XCTAssertTrue(r.stdout.contains("host trainer:") && r.stdout.contains("measured wall time"), r.stdout)
        XCTAssertTrue(r.stdout.contains("test accuracy:"), r.stdout)

        let table = try CSVTable.parse(String(contentsOfFile: csv, encoding: .utf8))
        XCTAssertEqual(table.header.last, "phase")
        XCTAssertEqual(table.header.prefix(5), ["kernel", "model", "dpus", "tasklets", "inputs"])
        XCTAssertEqual(table.column("phase"), ["train", "bleach"])
        XCTAssertEqual(table.column("kernel"), ["train-filter-split", "train-filter-split"])
        XCTAssertEqual(table.column("dpus"), ["6", "6"])
        XCTAssertEqual(table.column("inputs"), ["300", "300"])
        XCTAssertEqual(table.column("matches_reference"), ["true", "true"])
        for column in ["dpu_cycles", "total_seconds", "energy_joules", "transfer_seconds"] {
            for value in table.column(column) ?? [] { XCTAssertGreaterThan(Double(value) ?? 0, 0, column) }
        }
    }

    func testDataParallelRunsAndBadOutputDirectoryWritesNothing() throws {
        let dir = try mnistDirectory()
        let model = dir.appendingPathComponent("dp.bthowen").path
        let csv = dir.appendingPathComponent("dp.csv").path
        let r = try run(["train", "on-dpus", "--shape", "small", "--mnist", dir.path, "--out", model, "--images", "200",
                         "--dpus", "3", "--strategy", "train-data-parallel", "--merge", "max", "--hashing", "dpu", "--csv", csv])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("max merge"), r.stdout)
        let table = try CSVTable.parse(String(contentsOfFile: csv, encoding: .utf8))
        XCTAssertEqual(table.column("kernel"), ["train-data-parallel", "train-data-parallel"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: model))

        // A CSV in a missing directory: an error before any work, and no model file either.
        let never = dir.appendingPathComponent("never.bthowen").path
        let bad = try run(["train", "on-dpus", "--shape", "small", "--mnist", dir.path, "--out", never, "--images", "200",
                           "--dpus", "2", "--csv", dir.appendingPathComponent("no/such/dir/x.csv").path])
        XCTAssertEqual(bad.status, 64)   // a usage error: found when the options are read
        XCTAssertTrue(bad.stderr.contains("does not exist"), bad.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: never))
    }
}
