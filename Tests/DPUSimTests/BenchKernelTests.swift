import XCTest
import DPUCalibration
import DPUSim

/// The engine benchmark kernels (`simctl bench`): they compute what the host computes,
/// and their simulated cycles are deterministic and exactly what the timing model predicts.
final class BenchKernelTests: XCTestCase {
    static let computeSize = EngineBenchmarks.ComputeSize(tasklets: 16, blocksPerTasklet: 2, passes: 4, blockBytes: 1024)
    static let dmaSize = EngineBenchmarks.DMASize(tasklets: 16, gathers: 64, regionBytes: 64 * 1024)

    /// The compute-bound kernel: 16 tasklets × 2 blocks of 1 KiB × 4 passes of the 12-
    /// instruction hash loop over 256 words.
    ///
    /// Instructions per tasklet: per block, 4 (block address, loop) + 1 `ldma` + 16
    /// (`barrier_wait`, a waiter's path) + 4 passes × (256 × 12 + 3) + 1 `sdma` = 12,322;
    /// twice, plus the final store: 24,645. Sixteen tasklets: 394,320, plus the last
    /// arrival's resume loop at each barrier, 4 × (16 − 2) = 56 twice: 394,432.
    ///
    /// Cycles, exactly: all 16 tasklets issue their first 5 instructions sharing the
    /// dispatcher (16 runnable, so each issues every 16 cycles: 80 cycles); their reads
    /// queue on the one DMA engine, 66 + 0.5 · 1,024 = 578 cycles each (16 × 578); the last
    /// tasklet's 16 barrier instructions run alone (16 × 11). Between the barriers all 16
    /// are runnable, so the DPU issues one instruction per cycle: 16 × (4 · 3,075 + 1) =
    /// 196,816 cycles; the last arrival's 56 resume-loop instructions are hidden — it runs
    /// them alone (616 cycles) while the other 15 writes occupy the DMA engine, and its own
    /// write is the 16th in the queue either way. Then the 16 writes (50 + 512 = 562 each)
    /// and the next block's reads queue back to back, the 5 instructions between a
    /// tasklet's write and read hidden behind the queue, and the last tasklet's barrier
    /// instructions again run alone. After the last block, the writes and the last
    /// tasklet's final store (11 cycles):
    /// 80 + 9,248 + 176 + 2 × 196,816 + (8,992 + 9,248 + 176) + 8,992 + 11 = 430,555.
    func testComputeKernelCyclesAreExactlyTheModelsPrediction() throws {
        let size = Self.computeSize
        let run = try EngineBenchmarks.compute(size)
        let s = run.statistics
        let perPass = 256 * EngineBenchmarks.hashWord.total + EngineBenchmarks.hashPass.total
        XCTAssertEqual(EngineBenchmarks.hashWord.total, 12)
        XCTAssertEqual(perPass, 3_075)
        let c = DPUConfiguration.v1A
        XCTAssertEqual(c.barrierWaiterInstructions, 16)
        let resumeLoop = (size.tasklets - 2) * c.barrierResumeInstructionsPerWaiter
        let perBlock = EngineBenchmarks.hashBlock.total + 1 + c.barrierWaiterInstructions + size.passes * perPass + 1
        XCTAssertEqual(s.instructions, 16 * (2 * perBlock + 1) + size.blocksPerTasklet * resumeLoop)
        XCTAssertEqual(s.instructions, 394_432)

        let read = 66 + 512, write = 50 + 512, barrierAlone = c.barrierWaiterInstructions * 11
        let computePhase = 16 * (size.passes * perPass + 1)
        let predicted = 16 * 5 + 16 * read + barrierAlone
            + 2 * computePhase
            + (16 * write + 16 * read + barrierAlone)
            + 16 * write + 11
        XCTAssertEqual(predicted, 430_555)
        XCTAssertEqual(s.cycles, predicted)
        XCTAssertEqual(s.breakdown.total, Double(s.cycles), accuracy: 1e-6)
        XCTAssertEqual(s.dmaReads, 32)
        XCTAssertEqual(s.dmaWrites, 32)
        XCTAssertGreaterThan(s.ipc, 0.9)
    }

    /// The DMA-bound kernel: 16 tasklets × 64 8-byte gathers, a 2 KiB block read after
    /// every 16th.
    ///
    /// Instructions per tasklet: each gather 1 `ldma` + 12 around it, each block read
    /// 1 `ldma` + 5, the final store 1: 64 × 13 + 4 × 6 + 1 = 857; 13,712 in all.
    ///
    /// Cycles, exactly: the DMA engine is busy from the first request to the last, because
    /// a tasklet's ~13 instructions between DMAs (143 cycles alone) take less than the
    /// queue ahead of it (15 × 70 cycles). So: the first `ldma`s (16 tasklets sharing the
    /// dispatcher, 16 cycles) + every transfer back to back — 16 × (64 × (66 + 4) +
    /// 4 × (66 + 1,024)) = 141,440 — + the last tasklet's 6 final instructions alone (66):
    /// 141,522.
    func testDMAKernelCyclesAreExactlyTheModelsPrediction() throws {
        let size = Self.dmaSize
        // The FIFO preset, whose arithmetic the derivation above follows (the row timings of
        // the default bank model are tested at their edges in MRAMBankTests).
        let run = try EngineBenchmarks.dma(size, configuration: .dmaFIFO)
        let s = run.statistics
        XCTAssertEqual(EngineBenchmarks.gather.total, 12)
        XCTAssertEqual(EngineBenchmarks.streamBlock.total, 5)
        XCTAssertEqual(s.instructions, 16 * (64 * 13 + 4 * 6 + 1))
        XCTAssertEqual(s.instructions, 13_712)
        XCTAssertEqual(s.dmaReads, 16 * (64 + 4))
        XCTAssertEqual(s.dmaReadBytes, 16 * (64 * 8 + 4 * 2048))

        let engineBusy = 16 * (64 * (66 + 4) + 4 * (66 + 1024))
        XCTAssertEqual(16 + engineBusy + 6 * 11, 141_522)
        XCTAssertEqual(s.cycles, 141_522)
        XCTAssertEqual(s.breakdown.total, Double(s.cycles), accuracy: 1e-6)
        XCTAssertLessThan(s.ipc, 0.1)
    }

    /// The standard sizes `simctl bench` runs, with the same formulas: 100,908,795 and
    /// 9,052,242 cycles (docs/performance.md quotes these).
    func testStandardSizesMatchTheFormulas() throws {
        let c = EngineBenchmarks.ComputeSize.standard
        let perPass = 256 * 12 + 3
        let computePhase = 16 * (c.passes * perPass + 1)
        // Per block: 16 barrier instructions per tasklet, 4 × 14 more for the last arrival,
        // whose 16 run alone (176 cycles); see testComputeKernelCyclesAreExactlyTheModelsPrediction.
        XCTAssertEqual(16 * (c.blocksPerTasklet * (4 + 1 + 16 + c.passes * perPass + 1) + 1) + c.blocksPerTasklet * 56, 100_764_880)
        XCTAssertEqual(16 * 5 + 16 * 578 + 176 + c.blocksPerTasklet * computePhase
                       + (c.blocksPerTasklet - 1) * (16 * 562 + 16 * 578 + 176) + 16 * 562 + 11, 100_909_147)
        let d = EngineBenchmarks.DMASize.standard
        XCTAssertEqual(16 * (d.gathers * 13 + d.gathers / 16 * 6 + 1), 876_560)
        XCTAssertEqual(16 + 16 * (d.gathers * 70 + d.gathers / 16 * 1090) + 66, 9_052_242)
    }

    /// Both kernels compute real values: their checksums equal the host's.
    func testKernelsComputeWhatTheHostComputes() throws {
        XCTAssertEqual(try EngineBenchmarks.compute(Self.computeSize).checksum, EngineBenchmarks.computeReference(Self.computeSize))
        XCTAssertEqual(try EngineBenchmarks.dma(Self.dmaSize).checksum, EngineBenchmarks.dmaReference(Self.dmaSize))
    }

    /// Two runs give identical statistics and checksums.
    func testKernelsAreDeterministic() throws {
        XCTAssertEqual(try EngineBenchmarks.compute(Self.computeSize), try EngineBenchmarks.compute(Self.computeSize))
        XCTAssertEqual(try EngineBenchmarks.dma(Self.dmaSize), try EngineBenchmarks.dma(Self.dmaSize))
    }
}
