import Foundation
import XCTest

/// docs/robustness.md, end to end: output paths (links, special files, modes, inputs as
/// outputs, trailing slashes), sets of outputs, interruption, crashes, stdout errors,
/// bounded list options and plots of extreme values.
final class HardeningTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    /// A quick run writing its CSV to `csv` (plus `extra` options).
    func run(csv: String, _ extra: [String] = []) throws -> SimctlBinary.Result {
        try SimctlBinary.run(["run", "--kernel", "naive", "--dpus", "1", "--inputs", "3", "--quiet", "--csv", csv] + extra)
    }

    func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".partial-") }
    }

    func testSymbolicLinksAreWrittenThroughAndModesKept() throws {
        let target = path("target.csv"), link = path("link.csv")
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o600)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.csv")
        let r = try run(csv: link)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), "target.csv", "the link was replaced")
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("kernel,"))
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        XCTAssertEqual(try leftovers(), [])
    }

    func testSpecialFilesAreWrittenDirectly() throws {
        let r = try run(csv: "/dev/null")
        XCTAssertEqual(r.status, 0, r.stderr)
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is no longer a device")
        let stdout = try run(csv: "/dev/stdout")
        XCTAssertEqual(stdout.status, 0, stdout.stderr)
        XCTAssertTrue(stdout.stdout.contains("kernel,model,dpus"), stdout.stdout)
    }

    func testPathsThatCannotBeWrittenAreRefusedBeforeAnyWork() throws {
        let hard = path("hard.csv")
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: hard))
        try FileManager.default.linkItem(atPath: hard, toPath: path("hard2.csv"))
        let config = path("c.json")
        try Data("{}".utf8).write(to: URL(fileURLWithPath: config))
        let cases: [([String], String)] = [
            (["--csv", path("newdir") + "/"], "names a directory"),
            (["--csv", dir.path], "is a directory"),
            (["--csv", path("no/such/x.csv")], "does not exist"),
            (["--csv", hard], "hard links"),
            (["--csv", path("a.csv"), "--trace", path("a.csv")], "name the same file"),
            (["--csv", config, "--config", config], "one of the command's inputs"),
            (["--csv", ""], "empty"),
        ]
        for (options, expected) in cases {
            let r = try SimctlBinary.run(["run", "--kernel", "naive", "--dpus", "1", "--inputs", "3", "--quiet"] + options)
            XCTAssertEqual(r.status, 64, "\(options): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(expected), "\(options): \(r.stderr)")
        }
        XCTAssertEqual(try String(contentsOfFile: hard, encoding: .utf8), "old\n")
        XCTAssertEqual(try String(contentsOfFile: config, encoding: .utf8), "{}")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("newdir")))
        // plot refuses to overwrite the report it reads, through a link too.
        let report = path("r.csv")
        XCTAssertEqual(try run(csv: report).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: report))
        try FileManager.default.createSymbolicLink(atPath: path("r-link.svg"), withDestinationPath: report)
        let p = try SimctlBinary.run(["plot", "--reports", report, "--out", path("r-link.svg")])
        XCTAssertEqual(p.status, 64, p.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: report)), before)
    }

    func testASweepPrintsItsTableAndWritesNoFileWhenOneOutputFails() throws {
        // The CSV's directory disappears during the run: the table is still printed, the
        // plot (the other output of the set) is not written.
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let plot = path("p.svg")
        let process = Process()
        process.executableURL = SimctlBinary.url
        process.arguments = ["sweep", "--kernel", "naive", "--dpus", "1-4", "--inputs", "200", "--quiet",
                             "--csv", sub.appendingPathComponent("s.csv").path, "--plot", plot]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        Thread.sleep(forTimeInterval: 0.4)   // past the option checks, well before the end
        try FileManager.default.removeItem(at: sub)
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(stdout.contains("cycles/input") && stdout.contains("naive"), stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: plot), "half of the set was written")
        XCTAssertEqual(try leftovers(), [])
    }

    func testSIGTERMEndsTheRunAndLeavesOldOutputs() throws {
        let csv = path("s.csv")
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: csv))
        let process = Process()
        process.executableURL = SimctlBinary.url
        process.arguments = ["sweep", "--kernel", "naive", "--dpus", "1-40", "--quiet", "--csv", csv]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        let sent = Date()
        process.terminate()
        process.waitUntilExit()
        XCTAssertLessThan(Date().timeIntervalSince(sent), 5)
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(process.terminationStatus, SIGTERM)
        XCTAssertEqual(try String(contentsOfFile: csv, encoding: .utf8), "old\n")
        XCTAssertEqual(try leftovers(), [])
    }

    /// A sweep interrupted after some points resumes from its progress file: the rerun with
    /// `--resume` runs only the missing points and writes the bytes of an uninterrupted
    /// sweep; the progress file is gone afterwards. A progress file of another sweep is a
    /// usage error, and so is `--resume` without `--csv`.
    func testAnInterruptedSweepResumesToTheSameBytes() throws {
        let grid = ["sweep", "--kernel", "naive", "--dpus", "1-6", "--tasklets", "1,16", "--inputs", "40", "--quiet"]
        let whole = path("whole.csv"), csv = path("r.csv")
        XCTAssertEqual(try SimctlBinary.run(grid + ["--csv", whole]).status, 0)
        let progress = dir.appendingPathComponent(".r.csv.progress").path
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".whole.csv.progress").path))

        let process = Process()
        process.executableURL = SimctlBinary.url
        process.arguments = grid + ["--csv", csv]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Interrupt once at least three points are recorded (header + 3 lines).
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? String(contentsOfFile: progress, encoding: .utf8))?.components(separatedBy: "\r\n").count ?? 0) < 5 {
            Thread.sleep(forTimeInterval: 0.005)
        }
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the sweep finished before it could be interrupted")
        XCTAssertFalse(FileManager.default.fileExists(atPath: csv))
        let recorded = try String(contentsOfFile: progress, encoding: .utf8).components(separatedBy: "\r\n").count - 2
        XCTAssertGreaterThanOrEqual(recorded, 3)
        XCTAssertLessThan(recorded, 12)

        // Another sweep's progress is refused, and nothing is lost.
        let other = try SimctlBinary.run(grid.map { $0 == "40" ? "30" : $0 } + ["--csv", csv, "--resume"])
        XCTAssertEqual(other.status, 64)
        XCTAssertTrue(other.stderr.contains("records another sweep"), other.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: progress))

        let resumed = try SimctlBinary.run(grid + ["--csv", csv, "--resume"])
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: csv)), try Data(contentsOf: URL(fileURLWithPath: whole)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: progress), "the progress file is removed once the CSV is written")

        XCTAssertEqual(try SimctlBinary.run(grid + ["--resume"]).status, 64)
    }

    func testACrashEndsTheProcessAtOnceWithOneLine() throws {
        let process = Process()
        process.executableURL = SimctlBinary.url
        process.arguments = ["sweep", "--kernel", "naive", "--dpus", "1-40", "--quiet"]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = nil
        process.environment = environment
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        let sent = Date()
        kill(process.processIdentifier, SIGSEGV)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertLessThan(Date().timeIntervalSince(sent), 5)
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(process.terminationStatus, SIGSEGV)
        XCTAssertTrue(stderr.contains("error: simctl crashed"), stderr)
    }

    func testStdoutWriteErrorsFail() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let process = Process()
        process.executableURL = SimctlBinary.url
        process.arguments = ["config"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(stderr.contains("cannot write to standard output"), stderr)
    }

    func testAFileNamedLikeAShippedModelNeverShadowsIt() throws {
        try Data("not a model".utf8).write(to: URL(fileURLWithPath: path("small")))
        let plain = try SimctlBinary.run(["run", "--kernel", "naive", "--dpus", "1", "--inputs", "3", "--quiet"], currentDirectory: dir)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        let named = try SimctlBinary.run(["run", "--kernel", "naive", "--model", "small", "--dpus", "1", "--inputs", "3"], currentDirectory: dir)
        XCTAssertEqual(named.status, 64)
        XCTAssertTrue(named.stderr.contains("./small"), named.stderr)
        let hash = try SimctlBinary.run(["run", "--kernel", "naive", "--hash-tasklets", "3", "--dpus", "1", "--inputs", "3"])
        XCTAssertEqual(hash.status, 64)
        XCTAssertTrue(hash.stderr.contains("'--hash-tasklets' applies only to the small-pooled kernel"), hash.stderr)
    }

    func testHugeListRangesCostNothing() throws {
        let start = Date()
        let r = try SimctlBinary.run(["run", "--kernel", "naive", "--dpus", "1", "--inputs", "3", "--quiet",
                                      "--trace", path("t.json"), "--trace-launches", "1-100000000,1-2147483647"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        let sweep = try SimctlBinary.run(["sweep", "--kernel", "naive", "--dpus", "1-2560,1-2560,1-2560", "--tasklets", "30"])
        XCTAssertEqual(sweep.status, 64)
        XCTAssertTrue(sweep.stderr.contains("'--tasklets'"), sweep.stderr)
    }

    func testPlotsOfExtremeValuesFinish() throws {
        let header = "kernel,model,dpus,tasklets,inputs,cycles_per_input,inferences_per_second,issue_cycles,register_hazard_cycles,revolver_idle_cycles,dma_wait_cycles,synchronization_cycles"
        let rows = [
            "naive,small,1,1,10,5e-324,1e-320,0,0,0,0,0",
            "naive,small,1,2,9223372036854775807,1.7976931348623157e308,1e308,1e308,1e308,0,0,0",
            "naive,small,1,3,10,1e300,1e300,1,0,0,0,0",
            "naive,small,1,4,10,1e300,1e300,1,0,0,0,0",
        ]
        let csv = path("x.csv")
        try Data((([header] + rows).joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: csv))
        let start = Date()
        let r = try SimctlBinary.run(["plot", "--reports", csv, "--out", path("x.svg")])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        let svg = try String(contentsOfFile: path("x.svg"), encoding: .utf8)
        // "inf" or "nan" as a word (not inside "inferences").
        let nonFinite = try NSRegularExpression(pattern: "(?<![A-Za-z])(inf|nan)(?![A-Za-z])", options: [.caseInsensitive])
        let found = nonFinite.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { (svg as NSString).substring(with: $0.range) }
        XCTAssertEqual(found, [], "non-finite numbers in the SVG")
    }
}
