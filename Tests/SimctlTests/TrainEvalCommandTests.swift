import DPUSupport
import DPUSim
import Foundation
import XCTest

/// End-to-end tests of `simctl train` and `simctl eval`, run as a separate process.
final class TrainEvalCommandTests: XCTestCase {
    /// Runs the built `simctl` (see `SimctlBinary`), optionally in another directory.
    func run(_ arguments: [String], in directory: URL? = nil) throws -> SimctlBinary.Result {
        try SimctlBinary.run(arguments, currentDirectory: directory)
    }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("simctl-train-eval-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testEvalShippedDefault() throws {
        let dir = try temporaryDirectory() // run elsewhere: the binary must find data/ by itself
        let r = try run(["eval"], in: dir)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("accuracy: 91.70% (917/1000)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("ties:     22"), r.stdout)
        XCTAssertTrue(r.stdout.contains("confusion matrix"), r.stdout)

        let csv = dir.appendingPathComponent("out.csv").path
        let r2 = try run(["eval", "--model", "large", "--inputs", "25", "--csv", csv], in: dir)
        XCTAssertEqual(r2.status, 0, r2.stderr)
        let table = try CSVTable.parse(String(contentsOfFile: csv, encoding: .utf8))
        XCTAssertEqual(table.rows.count, 25)
        XCTAssertEqual(table.header.prefix(5), ["index", "label", "prediction", "correct", "tie"])
        XCTAssertEqual(table.column("label")?.prefix(5), ["7", "2", "1", "0", "4"])
    }

    func testUsageErrorsExit64() throws {
        var r = try run(["eval", "--inputs", "zero"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("'--inputs' expects an integer"), r.stderr)
        r = try run(["eval", "--split", "train"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("--split"), r.stderr)
        r = try run(["train", "--shape", "huge", "--mnist", "/nonexistent", "--out", "x"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("small, medium or large"), r.stderr)
        // The old spelling of the shape is refused with the new one named (plain `train` takes
        // no DPU parameter file; `train on-dpus` names the shape given).
        r = try run(["train", "--config", "small", "--mnist", "/nonexistent", "--out", "x"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("the model shape is '--shape small|medium|large'"), r.stderr)
        r = try run(["train", "on-dpus", "--config", "small", "--mnist", "/nonexistent", "--out", "x", "--dpus", "4"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("'--shape small'"), r.stderr)
        r = try run(["eval", "--inputs", "5000"])
        XCTAssertEqual(r.status, 64)
        XCTAssertTrue(r.stderr.contains("holds only 1000 images"), r.stderr)
    }

    func testBadModelFileExits1WithoutWritingCSV() throws {
        let dir = try temporaryDirectory()
        let model = dir.appendingPathComponent("broken.bthowen")
        try Data("BTHOWeN\0 but not really a model".utf8).write(to: model)
        let csv = dir.appendingPathComponent("never.csv")
        let r = try run(["eval", "--model", model.path, "--csv", csv.path])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stderr.contains("bad model file") && r.stderr.contains("broken.bthowen"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: csv.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["broken.bthowen"])
    }

    func testTrainThenEvalOnATinyDirectory() throws {
        // Build an MNIST directory from the shipped subset: 300 training images, the shipped test subset.
        let dir = try temporaryDirectory()
        let r0 = try run(["eval", "--inputs", "1"]) // ensure the binary works before spending time
        XCTAssertEqual(r0.status, 0, r0.stderr)
        let subset = try Self.dataDirectory().appendingPathComponent("mnist")
        for name in ["images-idx3", "labels-idx1"] {
            try FileManager.default.copyItem(at: subset.appendingPathComponent("t10k-1000-\(name)-ubyte.gz"), to: dir.appendingPathComponent("train-\(name)-ubyte.gz"))
            try FileManager.default.copyItem(at: subset.appendingPathComponent("t10k-1000-\(name)-ubyte.gz"), to: dir.appendingPathComponent("t10k-\(name)-ubyte.gz"))
        }
        let out = dir.appendingPathComponent("m.bthowen").path
        let r = try run(["train", "--shape", "small", "--mnist", dir.path, "--out", out, "--seed", "3"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("bleach:"), r.stdout)
        XCTAssertTrue(r.stdout.contains("test accuracy:"), r.stdout)
        XCTAssertTrue(r.stderr.contains("trained on 1000/1000 images"), r.stderr)
        let e = try run(["eval", "--model", out, "--mnist", dir.path, "--split", "train"])
        XCTAssertEqual(e.status, 0, e.stderr)
        XCTAssertTrue(e.stdout.contains("1000 images"), e.stdout)
        // Training into a missing directory fails cleanly.
        let bad = try run(["train", "--shape", "small", "--mnist", dir.path, "--out", dir.appendingPathComponent("no/such/dir/m.bthowen").path])
        XCTAssertEqual(bad.status, 64)   // a usage error: found when the options are read
        XCTAssertTrue(bad.stderr.contains("does not exist"), bad.stderr)
    }

    /// The repository's data/ (this file is <root>/Tests/SimctlTests/…).
    static func dataDirectory() throws -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data")
    }
}
