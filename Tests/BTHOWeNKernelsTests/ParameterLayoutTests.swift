import Foundation
import XCTest
@testable import BTHOWeNKernels
import TestSupport

/// The parameter blocks the Swift host writes have exactly the layout that
/// `dpu/include/bthowen_params.h` declares: the header is compiled for the host with clang
/// and every size, offset and constant is compared with the Swift side.
final class ParameterLayoutTests: XCTestCase {
    func testSwiftLayoutsMatchTheCHeader() throws {
        var program = "#include <stdio.h>\n#include <stddef.h>\n#include \"bthowen_params.h\"\nint main(void) {\n"
        var expected: [String] = []
        for layout in ParameterLayout.all {
            let t = layout.cType
            program += "printf(\"size \(t) %zu\\n\", sizeof(\(t)));\n"
            expected.append("size \(t) \(layout.size)")
            for field in layout.fields {
                program += "printf(\"field \(t) \(field) %zu %zu\\n\", offsetof(\(t), \(field)), sizeof(((\(t) *)0)->\(field)));\n"
                expected.append("field \(t) \(field) \(layout.offset(of: field)!) 4")
            }
        }
        let perf: [(String, Int, Int)] = [
            ("counter", DPUProgramInterface.perfCounterOffset, 8 * DPUProgramInterface.maxTasklets),
            ("nr_tasklets", DPUProgramInterface.perfNrTaskletsOffset, 4), ("status", DPUProgramInterface.perfStatusOffset, 4),
            ("counter_mode", DPUProgramInterface.perfCounterModeOffset, 4),
        ]
        program += "printf(\"size bthowen_perf_t %zu\\n\", sizeof(bthowen_perf_t));\n"
        expected.append("size bthowen_perf_t \(DPUProgramInterface.perfSize)")
        for (field, offset, size) in perf {
            program += "printf(\"field bthowen_perf_t \(field) %zu %zu\\n\", offsetof(bthowen_perf_t, \(field)), sizeof(((bthowen_perf_t *)0)->\(field)));\n"
            expected.append("field bthowen_perf_t \(field) \(offset) \(size)")
        }
        let constants: [(String, String)] = [
            ("BTHOWEN_PARAMS_SYMBOL", DPUProgramInterface.parametersSymbol), ("BTHOWEN_PERF_SYMBOL", DPUProgramInterface.perfSymbol),
        ]
        for (name, value) in constants {
            program += "printf(\"\(name) %s\\n\", \(name));\n"
            expected.append("\(name) \(value)")
        }
        let numbers: [(String, Int)] = [
            ("BTHOWEN_MAX_TASKLETS", DPUProgramInterface.maxTasklets), ("BTHOWEN_MAX_CLASSES", DPUProgramInterface.maxClasses),
            ("BTHOWEN_MAX_HASHES", DPUProgramInterface.maxHashes), ("BTHOWEN_MAX_CHUNKS", DPUProgramInterface.maxChunks),
            ("BTHOWEN_COUNT_CYCLES", Int(DPUProgramInterface.countCycles)),
            ("BTHOWEN_COUNT_INSTRUCTIONS", Int(DPUProgramInterface.countInstructions)),
            ("BTHOWEN_STATUS_OK", Int(DPUProgramInterface.statusOK)), ("BTHOWEN_STATUS_TASKLETS", Int(DPUProgramInterface.statusTasklets)),
            ("BTHOWEN_STATUS_PARAMS", Int(DPUProgramInterface.statusParameters)),
        ]
        for (name, value) in numbers {
            program += "printf(\"\(name) %u\\n\", (unsigned)(\(name)));\n"
            expected.append("\(name) \(value)")
        }
        program += "return 0;\n}\n"

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("layout")
        try TestDoubles.compile(program, flags: ["-std=c11", "-Wall", "-Werror", "-I", TestDoubles.root.appendingPathComponent("dpu/include").path],
                                output: binary)
        let r = try TestDoubles.run(binary.path, [])
        XCTAssertEqual(r.status, 0, r.output)
        XCTAssertEqual(r.output.split(separator: "\n").map(String.init), expected)
    }

    /// Encoding puts each field at its offset, little-endian; decoding reads it back.
    func testEncodeAndDecode() throws {
        let layout = ParameterLayout.smallPooled
        var values: [String: Int] = [:]
        for (i, field) in layout.fields.enumerated() { values[field] = 0xA1B2_C300 + i }
        let bytes = try layout.encode(values)
        XCTAssertEqual(bytes.count, layout.size)
        let index = layout.fields.firstIndex(of: "batch")!
        XCTAssertEqual(layout.offset(of: "batch"), 4 * index)
        XCTAssertEqual(Array(bytes[(4 * index)..<(4 * index + 4)]), [UInt8(index), 0xC3, 0xB2, 0xA1])
        let decoded = layout.decode(bytes)
        for field in layout.fields { XCTAssertEqual(decoded[field], values[field], field) }
    }

    func testEncodingRefusesMissingUnknownAndOversizedValues() {
        let common = ParameterLayout.common(.small, tasklets: 4, inputs: 10)
        XCTAssertThrowsError(try ParameterLayout.naive.encode(common)) { XCTAssertTrue("\($0)".contains("no value for field 'stride'"), "\($0)") }
        var full = common.merging(["stride": 200, "model_offset": 0, "matrix_offset": 0, "inputs_offset": 0, "results_offset": 0]) { $1 }
        XCTAssertNoThrow(try ParameterLayout.naive.encode(full))
        full["results_offset"] = 1 << 32
        XCTAssertThrowsError(try ParameterLayout.naive.encode(full)) { XCTAssertTrue("\($0)".contains("does not fit"), "\($0)") }
        full["results_offset"] = 0
        full["bogus"] = 1
        XCTAssertThrowsError(try ParameterLayout.naive.encode(full)) { XCTAssertTrue("\($0)".contains("no field 'bogus'"), "\($0)") }
        // Reserved fields default to 0.
        let probe = common.merging(["block_bytes": 8, "bleach": 1, "entries_per_filter": 1024, "counters_offset": 0,
                                    "inputs_offset": 0, "results_offset": 0]) { $1 }
        XCTAssertEqual(try ParameterLayout.mramProbe.encode(probe).suffix(4), [0, 0, 0, 0])
    }
}
