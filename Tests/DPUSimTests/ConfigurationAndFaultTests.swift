import Foundation
import XCTest
@testable import DPUSim

final class ConfigurationAndFaultTests: XCTestCase {
    func testTaskletCountsOutsideOneToTwentyFourAreRejected() throws {
        let dpu = DPU()
        for n in [0, -1, 25] {
            XCTAssertThrowsError(try dpu.launch(kernel: "k", tasklets: n) { _ in { _ in } }) { error in
                XCTAssertEqual("\(error)", "invalid DPU configuration: tasklets must be in 1...24 for UPMEM v1A, got \(n)")
            }
        }
        XCTAssertNoThrow(try dpu.launch(kernel: "k", tasklets: 24) { _ in { _ in } })
    }

    /// Static data + 16 stacks of 1 KiB + heap must fit 64 KiB; the error names the kernel,
    /// the request and the limit.
    func testWRAMOverflowIsAnErrorNamingKernelRequestAndLimit() throws {
        let dpu = DPU()
        XCTAssertThrowsError(try dpu.launch(kernel: "big", tasklets: 16) { setup in
            _ = try setup.staticWRAM(50_000, name: "model")
            return { _ in }
        }) { error in
            XCTAssertEqual("\(error)", "WRAM overflow in kernel 'big': 16 stacks of 1024 bytes does not fit (50000 of 65536 bytes already used)")
        }
        XCTAssertThrowsError(try dpu.launch(kernel: "heap", tasklets: 2) { _ in
            { t in _ = try t.memAlloc(40_000) }
        }) { error in
            XCTAssertTrue("\(error)".contains("mem_alloc(40000) by tasklet 1 does not fit"), "\(error)")
        }
    }

    func testWRAMPeakCountsStaticStacksAndHeap() throws {
        let dpu = DPU()
        let s = try dpu.launch(kernel: "peak", tasklets: 4) { setup in
            _ = try setup.staticWRAM(100, name: "a")
            return { t in _ = try t.memAlloc(13) }
        }
        // 104 (static, aligned) + 4 × 1,024 stacks + three 16-byte heap blocks (13 rounded
        // up to the allocator's 8-byte alignment) + the last block's 13 bytes.
        XCTAssertEqual(s.wramPeakBytes, 104 + 4096 + 3 * 16 + 13)
    }

    func testWRAMAccessOutOfBoundsFaults() throws {
        let dpu = DPU()
        XCTAssertThrowsError(try dpu.launch(kernel: "oob", tasklets: 1) { _ in
            { t in let _: UInt32 = try t.load(65_534) }
        }) { error in
            XCTAssertEqual("\(error)", "WRAM fault: tasklet 0 accessed 4 bytes at 0xfffe, outside WRAM of 65536 bytes")
        }
    }

    func testDivideByZeroFaults() throws {
        let dpu = DPU()
        XCTAssertThrowsError(try dpu.launch(kernel: "div", tasklets: 1) { _ in
            { t in _ = try t.div32(1, 0) }
        }) { error in XCTAssertEqual(error as? DPUFault, .divideByZero(tasklet: 0)) }
    }

    /// `mul32` costs one `mul_step` per bit of the smaller operand; `div32` one `div_step`
    /// per quotient bit position.
    func testRuntimeArithmeticCostsDependOnOperands() throws {
        let dpu = DPU()
        let s = try dpu.launch(kernel: "arith", tasklets: 1) { _ in
            { t in
                XCTAssertEqual(t.mul32(3, 1 << 20), 3 << 20)   // 2 steps
                XCTAssertEqual(try t.div32(1000, 10), 100)     // 10 - 4 + 1 = 7 steps
            }
        }
        XCTAssertEqual(s.instructionMix[.mulStep], 2)
        XCTAssertEqual(s.instructionMix[.divStep], 7)
    }

    func testJSONOverridesForAFutureDPU() throws {
        let json = #"{"preset": "v1B", "maxTasklets": 48, "wramBytes": 262144, "revolverCycles": 8, "dmaScheduler": "frfcfs", "registerHazardCycles.alu_rr": 0.5}"#
        let c = try DPUConfiguration.load(json: Data(json.utf8))
        XCTAssertEqual(c.clockHz, 400e6)
        XCTAssertEqual(c.maxTasklets, 48)
        XCTAssertEqual(c.wramBytes, 262_144)
        XCTAssertEqual(c.revolverCycles, 8)
        XCTAssertEqual(c.dmaScheduler, .frfcfs)
        XCTAssertEqual(c.registerHazardCycles[InstructionClass.aluRR.rawValue], 0.5)
        // 48 tasklets now launch.
        let s = try DPU(configuration: c).launch(kernel: "k", tasklets: 48) { _ in { t in t.execute(.alu, 10) } }
        XCTAssertEqual(s.ipc, 1, accuracy: 1e-9)
    }

    func testBadConfigurationFilesAreRejectedWithTheKey() throws {
        let cases: [(String, String)] = [
            (#"{"clockHz": -5}"#, "clockHz must be in 1000000...1e+10, got -5"),
            (#"{"revolverCycle": 8}"#, "unknown key 'revolverCycle'"),
            (#"{"maxTasklets": "many"}"#, "'maxTasklets' expects an integer"),
            (#"{"maxTasklets": 2.5}"#, "'maxTasklets' expects an integer"),
            (#"{"dmaScheduler": 1}"#, "'dmaScheduler' expects \"fcfs\" or \"frfcfs\""),
            (#"{"dmaScheduler": "random"}"#, "'dmaScheduler' expects \"fcfs\" or \"frfcfs\""),
            (#"{"dmaReadCompletionCycles": 60}"#, "dmaReadLatencyCycles must cover dmaReadCompletionCycles"),
            (#"{"mramRowBytes": 12}"#, "mramRowBytes must be a power of two"),
            (#"{"mramRowBytes": 4}"#, "mramRowBytes must be a power of two and at least dmaAlignment"),
            (#"[1, 2]"#, "not valid JSON, or not one JSON object"),
            (#"{"clockHz": 3"#, "not valid JSON"),
            (#"{"dmaAlignment": 6}"#, "dmaAlignment must be a power of two"),
            (#"{"preset": "v2"}"#, "'preset' must be"),
        ]
        for (json, expected) in cases {
            XCTAssertThrowsError(try DPUConfiguration.load(json: Data(json.utf8)), json) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(json): \(error)")
            }
        }
    }

    func testEveryParameterHasUnitAndSourceAndRoundTrips() throws {
        var keys = Set<String>()
        for p in DPUConfiguration.parameters {
            XCTAssertTrue(keys.insert(p.key).inserted, "duplicate key \(p.key)")
            XCTAssertFalse(p.unit.isEmpty, p.key)
            XCTAssertFalse(p.source.isEmpty, p.key)
        }
        // Writing every parameter's default back through JSON gives the same configuration.
        var object: [String: Any] = [:]
        for p in DPUConfiguration.parameters {
            switch p.value(in: .v1A) {
            case .integer(let i): object[p.key] = i
            case .real(let d): object[p.key] = d
            case .boolean(let b): object[p.key] = b
            case .text(let s): object[p.key] = s
            }
        }
        let data = try JSONSerialization.data(withJSONObject: object)
        XCTAssertEqual(try DPUConfiguration.load(json: data), .v1A)
    }
}

/// Same inputs, same statistics: two runs of a kernel that mixes compute, DMA, mutexes
/// and barriers give equal statistics and equal memory.
final class DeterminismTests: XCTestCase {
    func run() throws -> (LaunchStatistics, [UInt8]) {
        let dpu = DPU()
        dpu.mram.write(0, bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let s = try dpu.launch(kernel: "mixed", tasklets: 13) { setup in
            let barrier = setup.barrier()
            let mutex = setup.mutex()
            let total = try setup.staticWRAM(8, name: "total")
            return { t in
                let buffer = try t.memAlloc(256)
                for block in stride(from: t.id, to: 16, by: t.count) {
                    try t.mramRead(from: block * 256, to: buffer, bytes: 256)
                    var sum: UInt64 = 0
                    for i in 0..<32 { sum &+= t.wram.load(buffer + 8 * i, as: UInt64.self) }
                    t.execute(InstructionMix(aluRR: 32, load: 32, branch: 32))
                    try await t.mutexLock(mutex)
                    t.wram.store(t.wram.load(total, as: UInt64.self) &+ sum, total)
                    t.execute(InstructionMix(alu: 1, load: 1, store: 1))
                    t.mutexUnlock(mutex)
                }
                try await t.barrierWait(barrier)
                if t.id == 0 { try t.mramWrite(from: total, to: 8192, bytes: 8) }
            }
        }
        return (s, dpu.mram.bytes(8192, count: 8))
    }

    func testTwoRunsAreIdentical() throws {
        let (a, ma) = try run()
        let (b, mb) = try run()
        XCTAssertEqual(a, b)
        XCTAssertEqual(ma, mb)
        XCTAssertEqual(a.breakdown.total, Double(a.cycles), accuracy: 1e-6)
    }
}
