import XCTest
@testable import DPUSim

/// The DMA timing rule (α + β·n cycles, one DMA engine) and UPMEM's DMA restrictions.
final class DMATests: XCTestCase {
    /// A read of n bytes by a lone tasklet: its `ldma` takes one 11-cycle revolver slot, then
    /// the transfer completes latency + β·n = 66 + 0.5·n cycles later — at that cycle, not one
    /// before — so the whole read takes PrIM's α + β·n = 77 + 0.5·n. 2,048 bytes cross a row
    /// boundary and open a second row: 1,101 + 9⅓ → 1,111 cycles (see `MRAMBankTests`).
    func testReadCompletesAfterAlphaPlusBetaN() throws {
        let miss = DPUConfiguration.v1A.mramRowMissCycles
        for bytes in [8, 64, 1024, 2048] {
            let extra = bytes > 1024 ? miss : 0
            let dpu = DPU()
            let s = try dpu.launch(kernel: "read", tasklets: 1) { setup in
                let buffer = try setup.staticWRAM(2048, name: "buffer")
                return { t in try t.mramRead(from: 0, to: buffer, bytes: bytes) }
            }
            XCTAssertEqual(s.cycles, Int((Double(77 + bytes / 2) + extra).rounded(.up)), "\(bytes) bytes")
            XCTAssertEqual(s.breakdown.dmaWait, Double(66 + bytes / 2) + extra, accuracy: 1e-9)
            XCTAssertEqual(s.dmaReads, 1)
            XCTAssertEqual(s.dmaReadBytes, bytes)
        }
    }

    /// Writes use PrIM's α(write) = 61 (50 after the `sdma` slot).
    func testWriteUsesWriteLatency() throws {
        let dpu = DPU()
        let s = try dpu.launch(kernel: "write", tasklets: 1) { setup in
            let buffer = try setup.staticWRAM(64, name: "buffer")
            return { t in try t.mramWrite(from: buffer, to: 4096, bytes: 64) }
        }
        XCTAssertEqual(s.cycles, 61 + 32)
        XCTAssertEqual(s.dmaWriteBytes, 64)
    }

    /// Two tasklets issuing at once share the one DMA engine: with the FIFO preset the second
    /// transfer starts when the first ends (11 + 2·(66 + 1,024) = 2,191 cycles); with only
    /// the bank occupied the setups overlap and each 2 KiB transfer pays its two row misses
    /// (11 + 66 + 2·1,024 + 3 row misses of 9⅓ = 2,153).
    func testConcurrentDMAsQueueOnTheEngine() throws {
        func run(_ configuration: DPUConfiguration) throws -> Int {
            let dpu = DPU(configuration: configuration)
            return try dpu.launch(kernel: "two", tasklets: 2) { setup in
                let buffer = try setup.staticWRAM(4096, name: "buffer")
                return { t in try t.mramRead(from: t.id * 2048, to: buffer + t.id * 2048, bytes: 2048) }
            }.cycles
        }
        XCTAssertEqual(try run(.dmaFIFO), 11 + 2 * (66 + 1024))
        XCTAssertEqual(try run(.dmaBankOnly), 11 + 66 + 2 * 1024 + 28)
    }

    /// Data really moves: WRAM → MRAM → WRAM round trip.
    func testDataRoundTrip() throws {
        let dpu = DPU()
        dpu.mram.write(1 << 20, bytes: (0..<16).map { UInt8($0) })
        let box = ValueBox()
        _ = try dpu.launch(kernel: "copy", tasklets: 1) { setup in
            let buffer = try setup.staticWRAM(16, name: "buffer")
            return { t in
                try t.mramRead(from: 1 << 20, to: buffer, bytes: 16)
                let v: UInt64 = try t.load(buffer + 8)
                try t.store(v &+ 1, buffer)
                try t.mramWrite(from: buffer, to: 2 << 20, bytes: 16)
                box.values = [v]
            }
        }
        XCTAssertEqual(box.values, [0x0f0e_0d0c_0b0a_0908])
        XCTAssertEqual(dpu.mram.bytes(2 << 20, count: 16), [0x09, 9, 10, 11, 12, 13, 14, 15] + (8..<16).map { UInt8($0) })
    }

    /// Every DMA rule violation is a fault naming the tasklet and the addresses.
    func testViolationsFault() throws {
        let cases: [(mram: Int, wram: Int, bytes: Int, rule: String)] = [
            (0, 0, 4, "size must be a multiple of 8"),
            (0, 0, 12, "size must be a multiple of 8"),
            (0, 0, 2056, "size must be a multiple of 8 in 8...2048"),
            (4, 0, 8, "MRAM address not 8-byte aligned"),
            (0, 4, 8, "WRAM address not 8-byte aligned"),
            (64 * 1024 * 1024 - 8, 0, 16, "outside MRAM"),
            (0, 64 * 1024 - 8, 16, "outside WRAM"),
        ]
        for c in cases {
            let dpu = DPU()
            XCTAssertThrowsError(try dpu.launch(kernel: "bad", tasklets: 2) { _ in
                { t in if t.id == 1 { try t.mramRead(from: c.mram, to: c.wram, bytes: c.bytes) } }
            }) { error in
                let text = "\(error)"
                XCTAssertTrue(text.contains("tasklet 1"), text)
                XCTAssertTrue(text.contains(c.rule), "\(text) should mention \(c.rule)")
                XCTAssertTrue(text.contains("MRAM 0x\(String(c.mram, radix: 16))"), text)
            }
        }
    }
}

/// Idle dispatch cycles are charged to why the revolver is not full.
final class BreakdownAttributionTests: XCTestCase {
    /// Sixteen tasklets that do little but 8-byte reads queue on the one DMA engine: most
    /// cycles are charged to DMA wait, not to the revolver.
    func testDMABoundKernelIsChargedToDMAWait() throws {
        let dpu = DPU()
        let s = try dpu.launch(kernel: "probe", tasklets: 16) { _ in
            { t in
                let word = try t.memAlloc(8)
                for i in 0..<50 {
                    try t.mramRead(from: (t.id * 50 + i) * 8, to: word, bytes: 8)
                    t.execute(InstructionMix(alu: 3, branch: 1))
                }
            }
        }
        XCTAssertGreaterThan(s.breakdown.dmaWait / Double(s.cycles), 0.8)
        XCTAssertEqual(s.breakdown.total, Double(s.cycles), accuracy: 1e-6)
    }

    /// Four compute-bound tasklets leave 7 of 11 revolver slots empty: revolver idle.
    func testTooFewTaskletsIsRevolverIdle() throws {
        let s = try DPU().launch(kernel: "four", tasklets: 4) { _ in { t in t.execute(.alu, 100) } }
        XCTAssertEqual(s.breakdown.revolverIdle, 700, accuracy: 1e-6)
        XCTAssertEqual(s.breakdown.issue, 400, accuracy: 1e-6)
    }
}
