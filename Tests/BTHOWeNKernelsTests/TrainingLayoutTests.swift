import BTHOWeNModel
import Foundation
import XCTest
import TestSupport
@testable import BTHOWeNKernels

/// The host↔DPU layout of training (`dpu/include/bthowen_train.h`) as the C compiler sees
/// it equals what the Swift host writes (`TrainArgs`, `TrainPair`); and the DPU programs
/// in `dpu/src/train-*.c` are valid C against the UPMEM runtime's interface (checked with
/// the host clang and minimal stand-ins for the SDK headers).
final class TrainingLayoutTests: XCTestCase {
    static let root = TestDoubles.root

    @discardableResult
    static func execute(_ tool: URL, _ arguments: [String]) throws -> String { try TestDoubles.output(tool.path, arguments) }

    static func clang() throws -> URL { URL(fileURLWithPath: try TestDoubles.clang()) }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bthowen-train-layout-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func testCLayoutEqualsTheSwiftHostLayout() throws {
        let dir = try temporaryDirectory()
        func lines(_ type: String, _ fields: [(name: String, offset: Int, size: Int)]) -> String {
            var s = "    printf(\"\(type) sizeof %zu\\n\", sizeof(\(type)));\n"
            for f in fields {
                s += "    printf(\"\(type).\(f.name) %zu %zu\\n\", offsetof(\(type), \(f.name)), sizeof(((\(type) *)0)->\(f.name)));\n"
            }
            return s
        }
        let program = """
            #include <stddef.h>
            #include <stdio.h>
            #include "bthowen_train.h"
            int main(void) {
            \(lines("bthowen_train_args_t", TrainArgs.layout))\(lines("bthowen_train_pair_t", TrainPair.layout))    return 0;
            }
            """
        let source = dir.appendingPathComponent("layout.c")
        try program.write(to: source, atomically: true, encoding: .utf8)
        let binary = dir.appendingPathComponent("layout")
        try Self.execute(Self.clang(), ["-std=c11", "-Wall", "-Werror", "-I", Self.root.appendingPathComponent("dpu/include").path,
                                        source.path, "-o", binary.path])
        let printed = try Self.execute(binary, [])
        var expected = "bthowen_train_args_t sizeof \(TrainArgs.bytes)\n"
        for f in TrainArgs.layout { expected += "bthowen_train_args_t.\(f.name) \(f.offset) \(f.size)\n" }
        expected += "bthowen_train_pair_t sizeof \(TrainPair.bytes)\n"
        for f in TrainPair.layout { expected += "bthowen_train_pair_t.\(f.name) \(f.offset) \(f.size)\n" }
        XCTAssertEqual(printed, expected)
        // The Swift layout tables cover every byte, in order, without overlap.
        for (fields, size) in [(TrainArgs.layout, TrainArgs.bytes), (TrainPair.layout, TrainPair.bytes)] {
            var next = 0
            for f in fields { XCTAssertEqual(f.offset, next, f.name); next = f.offset + f.size }
            XCTAssertEqual(next, size)
        }
    }

    func testEncodedArgumentsPutEachFieldAtItsOffset() {
        var a = TrainArgs()
        a.kernel = .bleachScore
        a.pairs = 0x0102_0304
        a.threshold = [7, 8, 9, 10]
        a.streams = 0xA0B0_C0D0
        a.tasklets = 11
        let bytes = a.encoded
        XCTAssertEqual(bytes.count, 104)
        func word(_ offset: Int) -> UInt32 { bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) } }
        XCTAssertEqual(word(0), 2)
        XCTAssertEqual(word(4), 0x0102_0304)
        XCTAssertEqual(word(48), 7)
        XCTAssertEqual(word(60), 10)
        XCTAssertEqual(word(96), 0xA0B0_C0D0)
        XCTAssertEqual(word(100), 11)
        XCTAssertEqual(TrainArgs(decoding: bytes), a)
        let p = TrainPair(cls: 3, classSlot: 1, filter: 55, samples: 5400, streamOffset: 0x10_0000)
        XCTAssertEqual(p.encoded, [3, 0, 1, 0, 55, 0, 0, 0, 0x18, 0x15, 0, 0, 0, 0, 0x10, 0])
        XCTAssertEqual(p.encoded.withUnsafeBytes { TrainPair(decoding: $0.baseAddress!) }, p)
    }

    /// Minimal stand-ins for the UPMEM runtime headers the programs include, with the SDK's
    /// signatures, so that the host clang can type-check the DPU programs.
    static let sdkStubs: [String: String] = [
        "defs.h": "#pragma once\n#include <stdint.h>\n#define __dma_aligned __attribute__((aligned(8)))\n#define __host\n#define __mram_ptr\nunsigned int me(void);\n",
        "mram.h": "#pragma once\n#include <defs.h>\nextern uint8_t __sys_used_mram_end[];\n#define DPU_MRAM_HEAP_POINTER ((__mram_ptr void *)(&__sys_used_mram_end))\nvoid mram_read(const __mram_ptr void *from, void *to, unsigned int nb_of_bytes);\nvoid mram_write(const void *from, __mram_ptr void *to, unsigned int nb_of_bytes);\n",
        "barrier.h": "#pragma once\ntypedef struct { int count; } barrier_t;\n#define BARRIER_INIT(name, n) barrier_t name = { (n) }\nvoid barrier_wait(barrier_t *barrier);\n",
    ]

    /// The DPU programs type-check for every shipped configuration and tasklet counts 1…24
    /// (what `dpu/build.sh` builds), with their automatic WRAM plan and with tables off; their
    /// `_Static_assert`s check that static WRAM plus the stacks fit in 64 KiB. Against this
    /// test's SDK stand-ins and, when present, the project's mock runtime
    /// (`dpu/testing/mock-runtime`).
    func testDPUProgramsTypeCheckAndFitInWRAM() throws {
        let dir = try temporaryDirectory()
        for (name, text) in Self.sdkStubs { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let sources = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("dpu/src").path)
            .filter { $0.hasPrefix("train-") && $0.hasSuffix(".c") }.sorted()
        XCTAssertEqual(sources, ["train-binarize.c", "train-bleach-minima.c", "train-bleach-score.c", "train-pairs.c"])
        var runtimes = [dir.path]
        let mock = Self.root.appendingPathComponent("dpu/testing/mock-runtime")
        if FileManager.default.fileExists(atPath: mock.appendingPathComponent("mram.h").path) { runtimes.append(mock.path) }
        for runtime in runtimes {
            for c in ModelConfiguration.all {
                for (tasklets, tables) in [(1, nil), (11, nil), (16, nil), (24, nil), (11, 0)] as [(Int, Int?)] {
                    for source in sources {
                        try Self.execute(Self.clang(), [
                            "-std=gnu11", "-fsyntax-only", "-Wall", "-Wextra", "-Werror", "-DNR_TASKLETS=\(tasklets)", "-DSTACK_SIZE_DEFAULT=1024",
                            "-DBTHOWEN_ENTRIES=\(c.entriesPerFilter)", "-DBTHOWEN_HASHES=\(c.hashesPerFilter)", "-DBTHOWEN_INPUTS=\(c.inputsPerFilter)",
                        ] + (tables.map { ["-DBTHOWEN_TABLES=\($0)"] } ?? []) + [
                            "-I", runtime, "-I", Self.root.appendingPathComponent("dpu/include").path,
                            Self.root.appendingPathComponent("dpu/src/\(source)").path,
                        ])
                    }
                }
            }
        }
    }

    /// The C programs' automatic WRAM plan agrees with the simulator's (`TrainingWRAMPlan`)
    /// on whether each tasklet stages a counter table, for the train kernel on either hashing
    /// side at every tasklet count. One C program serves both sides and declares the H3 matrix
    /// statically, so the plan counts it even when the host hashes: the extra shape (4 hashes
    /// of 100 inputs, 3,584 entries) sits where that decides the plan at 4 tasklets (512-byte
    /// streams without the matrix, 256 with it).
    func testCWRAMPlanMatchesTheSimulator() throws {
        let dir = try temporaryDirectory()
        for (name, text) in Self.sdkStubs { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let program = dir.appendingPathComponent("plan.c")
        try "#include \"bthowen_train_dpu.h\"\nint bthowen_plan[] = { BTHOWEN_TABLES, BTHOWEN_STREAM_BYTES };\n"
            .write(to: program, atomically: true, encoding: .utf8)
        let boundary = ModelConfiguration(name: "boundary", bitsPerInput: 1, inputsPerFilter: 100, entriesPerFilter: 3584, hashesPerFilter: 4)
        for c in ModelConfiguration.all + [boundary] {
            for tasklets in [1, 2, 4, 6, 7, 11, 12, 16, 24] {
                let text = try Self.execute(Self.clang(), ["-std=gnu11", "-E", "-DNR_TASKLETS=\(tasklets)", "-DBTHOWEN_ENTRIES=\(c.entriesPerFilter)",
                                                           "-DBTHOWEN_HASHES=\(c.hashesPerFilter)", "-DBTHOWEN_INPUTS=\(c.inputsPerFilter)",
                                                           "-I", dir.path, "-I", Self.root.appendingPathComponent("dpu/include").path, program.path])
                guard let line = text.split(separator: "\n").last(where: { $0.contains("bthowen_plan") }),
                      let open = line.firstIndex(of: "{"), let close = line.firstIndex(of: "}") else {
                    return XCTFail("no plan in the preprocessed program")
                }
                let values = line[line.index(after: open)..<close].split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                for dpuHashing in [true, false] {
                    let swift = TrainingWRAMPlan.choose(c: c, tasklets: tasklets, dpuHashing: dpuHashing, outputs: false, configuration: .v1A)
                    let point = "\(c.name), \(tasklets) tasklets, \(dpuHashing ? "DPU" : "host") hashing"
                    XCTAssertEqual(values[0], swift.map { $0.tables ? 1 : 0 }, point)
                    XCTAssertEqual(values[1], swift?.streamBytes, point)
                }
            }
        }
    }
}
