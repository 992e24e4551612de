import BTHOWeNModel
import DPUHardware
import DPUSim
import PIMSystem
import Foundation
import XCTest
@testable import BTHOWeNKernels
import TestSupport

/// The hardware backend without hardware: libdpu discovery and its errors, calls through the
/// C ABI, and whole runs on the test doubles of dpu/testing (a fake libdpu.so over host
/// memory running the DPU programs compiled against a mock runtime). The counters the
/// doubles report are not cycle counts; these tests check calls, bytes and results.
final class HardwareBackendTests: XCTestCase {
    var log: URL!

    override func setUpWithError() throws {
        log = FileManager.default.temporaryDirectory.appendingPathComponent("fake-libdpu-\(UUID().uuidString).log")
        setenv("FAKE_LIBDPU_LOG", log.path, 1)
        unsetenv("FAKE_LIBDPU_CORRUPT")
        unsetenv("FAKE_LIBDPU_MAX_DPUS")
    }

    override func tearDownWithError() throws {
        unsetenv("FAKE_LIBDPU_LOG")
        unsetenv("FAKE_LIBDPU_CORRUPT")
        unsetenv("FAKE_LIBDPU_MAX_DPUS")
        try? FileManager.default.removeItem(at: log)
    }

    func fakeHome() throws -> URL { try TestDoubles.directory().appendingPathComponent("upmem") }

    func library() throws -> LibDPU { try LibDPU.load(environment: ["UPMEM_HOME": try fakeHome().path]) }

    func programs() throws -> DPUPrograms { DPUPrograms(directory: try TestDoubles.directory().appendingPathComponent("programs").path) }

    func logLines() throws -> [String] {
        guard FileManager.default.fileExists(atPath: log.path) else { return [] }
        return try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    // MARK: Discovery

    func testDiscoveryOrder() {
        XCTAssertEqual(LibDPU.candidates(environment: ["DPUSIM_LIBDPU": "/x/libdpu.so", "UPMEM_HOME": "/sdk"]).candidates,
                       [.file("/x/libdpu.so", from: "$DPUSIM_LIBDPU")])
        XCTAssertEqual(LibDPU.candidates(environment: ["UPMEM_HOME": "/sdk"]).candidates,
                       [.file("/sdk/lib/libdpu.so", from: "$UPMEM_HOME"), .loaderName("libdpu.so")])
        let bare = LibDPU.candidates(environment: [:])
        XCTAssertEqual(bare.candidates, [.loaderName("libdpu.so")])
        XCTAssertEqual(bare.notes, ["UPMEM_HOME is not set"])
    }

    func testLibDPUIsFoundThroughUPMEMHome() throws {
        let lib = try library()
        XCTAssertEqual(lib.path, try fakeHome().appendingPathComponent("lib/libdpu.so").path)
    }

    /// A missing library is an error that says where it looked and how to install the SDK.
    func testMissingLibraryIsExplained() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-sdk-\(UUID().uuidString)/libdpu.so").path
        XCTAssertThrowsError(try LibDPU.load(environment: ["DPUSIM_LIBDPU": missing])) { error in
            guard let e = error as? LibDPUError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.kind, .notFound)
            for part in [missing, "no such file", "libdpu.so", "sdk.upmem.com", "UPMEM_HOME", "upmem_env.sh"] {
                XCTAssertTrue(e.message.contains(part), "\(part) missing from: \(e.message)")
            }
        }
    }

    /// A library that is not libdpu is refused, naming the missing function.
    func testLibraryWithoutTheFunctionsIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("not-libdpu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let so = dir.appendingPathComponent("libdpu.so")
        try TestDoubles.compile("int unrelated(void) { return 0; }\n", flags: ["-shared", "-fPIC"], output: so)
        XCTAssertThrowsError(try LibDPU.load(environment: ["DPUSIM_LIBDPU": so.path])) { error in
            guard let e = error as? LibDPUError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.kind, .missingSymbol)
            XCTAssertTrue(e.message.contains("does not export dpu_alloc"), e.message)
        }
    }

    // MARK: The C ABI

    /// `struct dpu_set_t` by value, the iterator's struct return, and every transfer call
    /// reach the (clang-compiled) library intact: it refuses sets it did not make.
    func testSetsAndTransfersRoundTripThroughTheCABI() throws {
        let lib = try library()
        let set = try lib.allocate(3, profile: nil)
        defer { lib.free(set) }
        let members = lib.dpus(of: set)
        XCTAssertEqual(members.count, 3)
        XCTAssertEqual(try lib.count(of: set), 3)
        XCTAssertEqual(try lib.count(of: members[2]), 1)
        let buffers = (0..<3).map { d in (0..<64).map { UInt8(truncatingIfNeeded: $0 * 7 + d * 31) } }
        try lib.push(buffers, to: set, members: members, symbol: LibDPU.mramHeapSymbol, offset: 4096)
        XCTAssertEqual(try lib.pull(from: set, members: members, symbol: LibDPU.mramHeapSymbol, offset: 4096, length: 64), buffers)
        try lib.broadcast(set, symbol: LibDPU.mramHeapSymbol, offset: 0, bytes: [UInt8](repeating: 9, count: 16))
        XCTAssertEqual(try lib.pull(from: set, members: members, symbol: LibDPU.mramHeapSymbol, offset: 0, length: 16),
                       Array(repeating: [UInt8](repeating: 9, count: 16), count: 3))
        try lib.copy([1, 2, 3, 4, 5, 6, 7, 8], to: members[1], symbol: LibDPU.mramHeapSymbol, offset: 8)
        XCTAssertEqual(try lib.copy(from: members[1], symbol: LibDPU.mramHeapSymbol, offset: 8, length: 8), [1, 2, 3, 4, 5, 6, 7, 8])
        XCTAssertEqual(try lib.copy(from: members[0], symbol: LibDPU.mramHeapSymbol, offset: 8, length: 8), [UInt8](repeating: 9, count: 8))
        XCTAssertTrue(lib.log(of: members[1])?.contains("DPU 1 has no log (test double)") == true)
        // libdpu's own error, through dpu_error_to_string.
        XCTAssertThrowsError(try lib.pull(from: set, members: members, symbol: LibDPU.mramHeapSymbol, offset: 4, length: 8)) {
            XCTAssertTrue("\($0)".contains("dpu_push_xfer(DPU_XFER_FROM_DPU") && "\($0)".contains("access outside the symbol"), "\($0)")
        }
    }

    func testAllocationFailureCarriesLibDPUsMessage() throws {
        let lib = try library()
        setenv("FAKE_LIBDPU_MAX_DPUS", "2", 1)
        XCTAssertThrowsError(try lib.allocate(3, profile: "backend=simulator")) { error in
            guard let e = error as? LibDPUError else { return XCTFail("\(error)") }
            XCTAssertEqual(e.kind, .call)
            XCTAssertTrue(e.message.contains("dpu_alloc(3 DPUs, profile 'backend=simulator')"), e.message)
            XCTAssertTrue(e.message.contains("cannot allocate that many DPUs"), e.message)
        }
        XCTAssertEqual(try logLines(), ["alloc 3 backend=simulator"])
    }

    // MARK: Whole runs

    struct Point {
        var kernel: String
        var model: String
        var dpus: Int
        var tasklets: Int
    }

    static let points = [
        Point(kernel: "naive", model: "small", dpus: 3, tasklets: 4),
        Point(kernel: "mram-probe", model: "small", dpus: 3, tasklets: 16),
        Point(kernel: "small-pooled", model: "small", dpus: 2, tasklets: 4),
        Point(kernel: "small-pooled", model: "medium", dpus: 3, tasklets: 16),
        Point(kernel: "large-filter-split", model: "small", dpus: 10, tasklets: 4),
        Point(kernel: "large-filter-split", model: "large", dpus: 20, tasklets: 16),
    ]

    func request(_ p: Point, inputs: Int = 24) throws -> InferenceRequest {
        InferenceRequest(model: try ShippedData.model(p.model), dataset: try ShippedData.testSubset().prefix(inputs),
                         dpus: p.dpus, tasklets: p.tasklets)
    }

    /// The host prepares the same MRAM images and transfers for both backends, and the DPU
    /// programs leave the same MRAM behind as the simulated kernels: every libdpu call the
    /// hardware run makes is derived here from the kernel's plan and the simulated run, down
    /// to an FNV-1a hash of every buffer and of each DPU's final MRAM.
    func testBothBackendsMoveTheSameBytes() throws {
        let lib = try library(), programs = try programs()
        for p in Self.points {
            try? FileManager.default.removeItem(at: log)
            let kernel = Kernels.named(p.kernel)!
            let request = try request(p)
            let plan = try kernel.plan(request)
            XCTAssertEqual(plan.launches, 1, "one launch keeps every pull's bytes in the final MRAM")
            let system = try DPUSystem(dpus: p.dpus)
            let simulated = try plan.simulate(on: system)

            let heap = LibDPU.mramHeapSymbol
            var expected = ["alloc \(p.dpus) -", "load \(p.kernel)-t\(p.tasklets).dpu",
                            "broadcast bthowen_perf 200 8 \(TestDoubles.fnv([UInt8](repeating: 0, count: 8)))"]
            var touched = 0
            for step in plan.steps {
                switch step {
                case .broadcast(_, let offset, let bytes):
                    expected.append("broadcast \(heap) \(offset) \(bytes.count) \(TestDoubles.fnv(bytes))")
                    touched = max(touched, offset + bytes.count)
                case .push(_, let offset, let buffers, let bufferOf):
                    let hashes = (0..<p.dpus).map { "\($0):\(TestDoubles.fnv(buffers[bufferOf[$0]]))" }
                    expected.append("xfer to \(heap) \(offset) \(buffers[0].count) " + hashes.joined(separator: " "))
                    touched = max(touched, offset + buffers[0].count)
                case .launch(let launch):
                    let hashes = launch.parameters.enumerated().map { "\($0):\(TestDoubles.fnv($1))" }
                    expected.append("xfer to bthowen_params 0 \(launch.layout.size) " + hashes.joined(separator: " "))
                    expected.append("launch \(p.dpus)")
                    expected.append("xfer from bthowen_perf 0 208 *")
                case .pull(_, let offset, let length):
                    let hashes = (0..<p.dpus).map { "\($0):\(TestDoubles.fnv(system.dpus[$0].mram.bytes(offset, count: length)))" }
                    expected.append("xfer from \(heap) \(offset) \(length) " + hashes.joined(separator: " "))
                    touched = max(touched, offset + length)
                }
            }
            for d in 0..<p.dpus { expected.append("mram \(d) \(touched) \(TestDoubles.fnv(system.dpus[d].mram.bytes(0, count: touched)))") }
            expected.append("free")

            let outcome = try HardwareRunner.run(kernel, request, backend: .hardware, library: lib, programs: programs)
            XCTAssertEqual(outcome.predictions, simulated, "\(p)")
            let actual = try logLines().map { $0.hasPrefix("xfer from bthowen_perf 0 208 ") ? "xfer from bthowen_perf 0 208 *" : $0 }
            XCTAssertEqual(actual, expected, "\(p)")
        }
    }

    /// Counters, bytes and the measured-only report row of a run.
    func testOutcomeAndReport() throws {
        let p = Point(kernel: "naive", model: "small", dpus: 3, tasklets: 4)
        let outcome = try HardwareRunner.run(Kernels.named(p.kernel)!, try request(p, inputs: 30), backend: .hardware,
                                             library: try library(), programs: try programs())
        XCTAssertEqual(outcome.counters.count, 1)
        XCTAssertEqual(outcome.counters[0].count, 3)
        XCTAssertTrue(outcome.counters[0].allSatisfy { $0 > 0 })
        XCTAssertEqual(outcome.slowestDPUTotal, outcome.counters[0].max())
        let report = RunReport(outcome)
        XCTAssertEqual(report.backend, "hardware")
        XCTAssertEqual(report.dpuCycles, Int(outcome.slowestDPUTotal))
        XCTAssertEqual(report.dpuSeconds, outcome.launchSeconds)
        let table = RunReport.table([report])
        XCTAssertEqual(table.column("backend"), ["hardware"])
        XCTAssertEqual(table.column("energy_joules"), [""])
        XCTAssertEqual(table.column("instructions"), [""])
        XCTAssertEqual(table.column("dpu_cycles"), [String(outcome.slowestDPUTotal)])
        XCTAssertEqual(table.column("matches_reference"), ["true"])
        // The SDK simulator's profile and counter mode.
        try? FileManager.default.removeItem(at: log)
        let sim = try HardwareRunner.run(Kernels.named(p.kernel)!, try request(p, inputs: 30), backend: .upmemSimulator,
                                         library: try library(), programs: try programs())
        XCTAssertEqual(sim.counterMode, .instructions)
        let lines = try logLines()
        XCTAssertEqual(lines.first, "alloc 3 backend=simulator")
        XCTAssertTrue(lines.contains("broadcast bthowen_perf 200 8 \(TestDoubles.fnv([1, 0, 0, 0, 0, 0, 0, 0] as [UInt8]))"), "\(lines)")
        let simTable = RunReport.table([RunReport(sim)])
        XCTAssertEqual(simTable.column("dpu_cycles"), [""])
        XCTAssertEqual(simTable.column("instructions"), [String(sim.allDPUsTotal)])
        XCTAssertEqual(simTable.column("backend"), ["upmem-simulator"])
    }

    /// Wrong results from the DPUs are caught by the reference check.
    func testWrongResultsAreCaught() throws {
        setenv("FAKE_LIBDPU_CORRUPT", "1", 1)
        let p = Point(kernel: "mram-probe", model: "small", dpus: 3, tasklets: 4)
        XCTAssertThrowsError(try HardwareRunner.run(Kernels.named(p.kernel)!, try request(p), backend: .hardware,
                                                    library: try library(), programs: try programs())) {
            XCTAssertTrue($0 is ReferenceMismatch, "\($0)")
        }
    }

    /// A program built for another tasklet count says so (its perf block reports NR_TASKLETS).
    func testProgramBuiltForAnotherTaskletCountIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("programs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: try programs().path(kernel: "naive", tasklets: 4),
                                         toPath: dir.appendingPathComponent("naive-t16.dpu").path)
        let p = Point(kernel: "naive", model: "small", dpus: 2, tasklets: 16)
        XCTAssertThrowsError(try HardwareRunner.run(Kernels.named(p.kernel)!, try request(p), backend: .hardware,
                                                    library: try library(), programs: DPUPrograms(directory: dir.path))) {
            XCTAssertTrue("\($0)".contains("was built for NR_TASKLETS=4, not 16"), "\($0)")
        }
    }

    func testMissingProgramSaysHowToBuildIt() throws {
        let p = Point(kernel: "naive", model: "small", dpus: 2, tasklets: 7)
        XCTAssertThrowsError(try HardwareRunner.run(Kernels.named(p.kernel)!, try request(p), backend: .hardware,
                                                    library: try library(), programs: try programs())) {
            XCTAssertTrue("\($0)".contains("naive-t7.dpu not found") && "\($0)".contains("dpu/build.sh 7"), "\($0)")
        }
        XCTAssertEqual(try logLines(), [], "nothing is allocated before the program is found")
    }

    /// Models beyond the DPU programs' fixed-size arrays are refused before any DPU is used.
    func testModelsBeyondTheProgramsLimitsAreRefused() throws {
        func model(classes: Int, hashes: Int, pixels: Int) throws -> Model {
            let c = ModelConfiguration(name: "custom", bitsPerInput: 1, inputsPerFilter: 4, entriesPerFilter: 64, hashesPerFilter: hashes,
                                       classes: classes, pixels: pixels)
            return try Model(configuration: c, thresholds: [UInt16](repeating: 1, count: pixels),
                             inputOrder: (0..<UInt32(c.paddedInputBits)).map { $0 }, hashMatrix: [UInt32](repeating: 0, count: hashes * 4),
                             filterWords: [UInt64](repeating: 0, count: classes * c.filtersPerDiscriminator))
        }
        let data = try ShippedData.testSubset().prefix(2)
        func problem(_ kernel: String, _ m: Model) -> String? {
            HardwareRunner.problem(Kernels.named(kernel)!, with: InferenceRequest(model: m, dataset: data, dpus: 2, tasklets: 4))
        }
        XCTAssertNil(problem("naive", try model(classes: 10, hashes: 2, pixels: 8)))
        XCTAssertTrue(problem("naive", try model(classes: 17, hashes: 2, pixels: 8))?.contains("at most 16 classes") == true)
        XCTAssertTrue(problem("small-pooled", try model(classes: 10, hashes: 2, pixels: 4 * 129))?.contains("128 chunk semaphores") == true)
        XCTAssertNil(problem("mram-probe", try model(classes: 17, hashes: 16, pixels: 4 * 129)))
        XCTAssertEqual(DPUProgramInterface.maxHashes, ModelConfiguration.limits.hashesPerFilter.upperBound,
                       "the DPU programs' hash arrays hold as many hashes as a model can have")
    }
}
