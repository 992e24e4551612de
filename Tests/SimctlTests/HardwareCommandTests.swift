import DPUSupport
import DPUSim
import Foundation
import XCTest
import TestSupport

/// End to end: `simctl run --backend …` and `simctl compare backends …` without the UPMEM
/// SDK (a clear stop) and on the test doubles of dpu/testing (a fake libdpu.so running the
/// DPU programs on a mock runtime — calls and results, not measurements); and
/// `dpu/build.sh` with and without a DPU compiler.
final class HardwareCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("simctl-hw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The environment of this process, with the test doubles' libdpu found through
    /// UPMEM_HOME and its call log in the test's folder, plus `extra`.
    func fakeEnvironment(_ extra: [String: String] = [:]) throws -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["DPUSIM_LIBDPU"] = nil
        environment["UPMEM_HOME"] = try TestDoubles.directory().appendingPathComponent("upmem").path
        environment["FAKE_LIBDPU_LOG"] = path("calls.log")
        environment.merge(extra) { $1 }
        return environment
    }

    func programs() throws -> String { try TestDoubles.directory().appendingPathComponent("programs").path }

    func calls() throws -> [String] {
        try String(contentsOfFile: path("calls.log"), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    // MARK: Without the SDK

    /// `--backend hardware` without libdpu stops before loading anything, says what was
    /// not found and how to install it, exits 1, and writes no CSV.
    func testHardwareBackendWithoutTheSDKStopsAtOnce() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["DPUSIM_LIBDPU"] = path("no-sdk/libdpu.so")
        let csv = path("never.csv")
        for arguments in [["run", "--kernel", "naive", "--backend", "hardware", "--csv", csv],
                          ["run", "--kernel", "naive", "--backend", "upmem-simulator", "--csv", csv],
                          ["compare", "backends", "--backends", "sim,hardware", "--kernel", "naive", "--csv", csv]] {
            let r = try SimctlBinary.run(arguments, environment: environment)
            XCTAssertEqual(r.status, 1, "\(arguments): \(r.stderr)")
            for part in ["libdpu.so", "not found", path("no-sdk/libdpu.so"), "sdk.upmem.com", "UPMEM_HOME"] {
                XCTAssertTrue(r.stderr.contains(part), "\(arguments): '\(part)' missing from \(r.stderr)")
            }
            XCTAssertEqual(r.stdout, "", "\(arguments) printed a report")
            XCTAssertFalse(FileManager.default.fileExists(atPath: csv))
        }
    }

    func testBackendUsageErrors() throws {
        let cases: [([String], String)] = [
            (["run", "--kernel", "naive", "--backend", "gpu"], "unknown backend 'gpu' (one of sim, hardware, upmem-simulator)"),
            (["run", "--kernel", "naive", "--dpu-programs", "/tmp"], "'--dpu-programs' needs '--backend hardware'"),
            (["compare", "backends", "--backends", "sim", "--kernel", "naive"], "'--backends' takes two backends"),
            (["compare", "backends", "--backends", "sim,sim", "--kernel", "naive"], "names sim twice"),
            (["compare", "backends", "--backends", "hardware,upmem-simulator", "--kernel", "naive"], "compare each with sim"),
            (["compare", "--kernels", "naive", "--dpu-programs", "/tmp"], "'--dpu-programs' goes with 'simctl compare backends'"),
            (["compare", "--backends", "sim,hardware", "--kernel", "naive"], "'simctl compare backends --backends a,b …'"),
        ]
        for (arguments, message) in cases {
            let r = try SimctlBinary.run(arguments)
            XCTAssertEqual(r.status, 64, "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(message), "\(arguments): \(r.stderr)")
        }
    }

    // MARK: On the test doubles

    /// The whole libdpu call sequence of a run, the summary, and a CSV row with the
    /// `backend` column and only measured cells filled.
    func testRunOnTheFakeLibrary() throws {
        let csv = path("hw.csv")
        let r = try SimctlBinary.run(["run", "--kernel", "naive", "--backend", "hardware", "--tasklets", "4", "--dpus", "3",
                                      "--inputs", "30", "--dpu-programs", try programs(), "--csv", csv], environment: try fakeEnvironment())
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("naive on the small model, 3 DPUs × 4 tasklets (backend hardware)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("predictions match the host reference"), r.stdout)
        let steps = try calls().map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        XCTAssertEqual(steps, [
            "alloc 3 -", "load naive-t4.dpu", "broadcast bthowen_perf 200",
            "broadcast __sys_used_mram_end 0", "broadcast __sys_used_mram_end 71680",   // model, H3 matrix
            "xfer to __sys_used_mram_end", "xfer to bthowen_params", "launch 3", "xfer from bthowen_perf",
            // MRAM used: model 71,680 + matrix 224 + 10 inputs × 200 B + 10 results × 8 B.
            "xfer from __sys_used_mram_end", "mram 0 73984", "mram 1 73984", "mram 2 73984", "free",
        ])
        let table = try CSVTable.parse(try String(contentsOfFile: csv, encoding: .utf8))
        XCTAssertEqual(table.header.suffix(5), ["backend", "dpu_cycles_low", "dpu_cycles_high", "cycles_per_input_low", "cycles_per_input_high"])
        XCTAssertEqual(table.column("backend"), ["hardware"])
        XCTAssertEqual(table.column("dpu_cycles_low"), [""], "a measured run has no model range")
        XCTAssertEqual(table.column("matches_reference"), ["true"])
        XCTAssertEqual(table.column("inputs"), ["30"])
        XCTAssertGreaterThan(Int(table.column("dpu_cycles")![0]) ?? 0, 0)
        for unmeasured in ["instructions", "ipc", "energy_joules", "dma_read_bytes", "wram_peak_bytes", "issue_cycles"] {
            XCTAssertEqual(table.column(unmeasured), [""], unmeasured)
        }
    }

    /// Predictions that differ from the host reference fail the run, with no CSV.
    func testWrongResultsFailTheRun() throws {
        let csv = path("bad.csv")
        let r = try SimctlBinary.run(["run", "--kernel", "small-pooled", "--backend", "hardware", "--tasklets", "4", "--dpus", "2",
                                      "--inputs", "20", "--dpu-programs", try programs(), "--csv", csv],
                                     environment: try fakeEnvironment(["FAKE_LIBDPU_CORRUPT": "1"]))
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("disagrees with the host reference"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: csv))
    }

    /// A program not built for the requested tasklet count is reported with the build command.
    func testMissingProgramIsReported() throws {
        let r = try SimctlBinary.run(["run", "--kernel", "naive", "--backend", "hardware", "--tasklets", "9",
                                      "--dpu-programs", try programs()], environment: try fakeEnvironment())
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stderr.contains("naive-t9.dpu not found") && r.stderr.contains("dpu/build.sh 9"), r.stderr)
    }

    /// `compare backends --backends sim,hardware`: one row per point with both values and the error;
    /// the sim value is the one `simctl run` reports.
    func testCompareBackends() throws {
        let csv = path("cmp.csv")
        let r = try SimctlBinary.run(["compare", "backends", "--backends", "sim,hardware", "--kernel", "mram-probe", "--tasklets", "4,16",
                                      "--dpus", "3", "--inputs", "24", "--dpu-programs", try programs(), "--csv", csv],
                                     environment: try fakeEnvironment())
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("dpu_cycles: sim vs hardware; error = (sim − hardware) / hardware"), r.stdout)
        let table = try CSVTable.parse(try String(contentsOfFile: csv, encoding: .utf8))
        XCTAssertEqual(table.header, ["kernel", "model", "dpus", "tasklets", "inputs", "metric", "sim", "hardware", "relative_error"])
        XCTAssertEqual(table.column("tasklets"), ["4", "16"])
        XCTAssertEqual(table.column("metric"), ["dpu_cycles", "dpu_cycles"])
        let simRun = path("sim.csv")
        let s = try SimctlBinary.run(["run", "--kernel", "mram-probe", "--tasklets", "4", "--dpus", "3", "--inputs", "24", "--quiet", "--csv", simRun])
        XCTAssertEqual(s.status, 0, s.stderr)
        XCTAssertEqual(table.column("sim")?.first, try CSVTable.parse(try String(contentsOfFile: simRun, encoding: .utf8)).column("dpu_cycles")?.first)
        for row in table.rows {
            let a = Double(row[6])!, b = Double(row[7])!, error = Double(row[8])!
            XCTAssertEqual(error, (a - b) / b, accuracy: abs((a - b) / b) * 1e-5)
        }
        // With the SDK's simulator the metric is instructions.
        let u = try SimctlBinary.run(["compare", "backends", "--backends", "sim,upmem-simulator", "--kernel", "naive", "--tasklets", "4",
                                      "--dpus", "2", "--inputs", "10", "--dpu-programs", try programs(), "--csv", csv],
                                     environment: try fakeEnvironment())
        XCTAssertEqual(u.status, 0, u.stderr)
        XCTAssertEqual(try CSVTable.parse(try String(contentsOfFile: csv, encoding: .utf8)).column("metric"), ["instructions"])
    }

    // MARK: dpu/build.sh

    func testBuildScriptWithoutTheDPUCompilerSaysWhatIsMissing() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "/usr/bin:/bin"
        environment["UPMEM_HOME"] = nil
        environment["DPU_CC"] = nil
        environment["DPU_BUILD_DIR"] = path("build")
        let script = TestDoubles.root.appendingPathComponent("dpu/build.sh").path
        var r = try TestDoubles.run(script, ["16"], environment: environment)
        XCTAssertNotEqual(r.status, 0)
        for part in ["dpu-upmem-dpurte-clang", "UPMEM_HOME is not set", "sdk.upmem.com"] { XCTAssertTrue(r.output.contains(part), r.output) }
        environment["UPMEM_HOME"] = path("sdk")
        r = try TestDoubles.run(script, ["16"], environment: environment)
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.output.contains(path("sdk") + "/bin/dpu-upmem-dpurte-clang does not exist"), r.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("build")))
    }

    /// With a stand-in compiler that records its arguments: every dpu/src/*.c is built once
    /// per tasklet count, with -DNR_TASKLETS=N, into <name>-t<N>.dpu.
    func testBuildScriptBuildsEveryProgramForEveryTaskletCount() throws {
        let compiler = path("fake-cc.sh")
        try Data("""
            #!/bin/sh
            echo "$@" >> "\(path("cc.log"))"
            while [ $# -gt 0 ]; do if [ "$1" = -o ]; then : > "$2"; fi; shift; done

            """.utf8).write(to: URL(fileURLWithPath: compiler))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: compiler)
        var environment = ProcessInfo.processInfo.environment
        environment["DPU_CC"] = compiler
        environment["DPU_BUILD_DIR"] = path("build")
        let script = TestDoubles.root.appendingPathComponent("dpu/build.sh").path
        let r = try TestDoubles.run(script, ["1-2,16"], environment: environment)
        XCTAssertEqual(r.status, 0, r.output)
        let sources = try FileManager.default.contentsOfDirectory(atPath: TestDoubles.root.appendingPathComponent("dpu/src").path)
            .filter { $0.hasSuffix(".c") }.map { String($0.dropLast(2)) }.sorted()
        XCTAssertTrue(Set(sources).isSuperset(of: ["naive", "mram-probe", "small-pooled", "large-filter-split"]))
        let built = try FileManager.default.contentsOfDirectory(atPath: path("build")).sorted()
        XCTAssertEqual(built, sources.flatMap { s in ["1", "2", "16"].map { "\(s)-t\($0).dpu" } }.sorted())
        let invocations = try String(contentsOfFile: path("cc.log"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(invocations.count, sources.count * 3)
        XCTAssertTrue(invocations.contains { $0.contains("-DNR_TASKLETS=16") && $0.contains("naive-t16.dpu") && $0.hasSuffix("dpu/src/naive.c") })
        XCTAssertTrue(invocations.allSatisfy {
            $0.contains("-I \(TestDoubles.root.appendingPathComponent("dpu/include").path)") && $0.contains("-DSTACK_SIZE_DEFAULT=1024")
        })
        let bad = try TestDoubles.run(script, ["25"], environment: environment)
        XCTAssertEqual(bad.status, 64)
        XCTAssertTrue(bad.output.contains("'25' is not in 1...24"), bad.output)
    }
}
