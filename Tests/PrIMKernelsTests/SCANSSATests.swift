import DPUSim
import XCTest
@testable import PrIMKernels

final class SCANSSATests: XCTestCase {
    /// Uneven sizes on 1 and 3 DPUs, several blocks per tasklet: every element of B checks
    /// against the host's scan (run throws otherwise); two launches timed as kernel time, the
    /// host's scan between them as Inter-DPU.
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.scanSSA, dpus: dpus, dataPrepParam: 10_003))
            XCTAssertEqual(run.times.launches, 2)
            for phase in PrIMPhase.allCases { XCTAssertGreaterThan(run.times[phase], 0, "\(phase)") }
        }
    }

    /// Other tasklet counts run the same handshake chain (and round the shares to their own
    /// NR_TASKLETS · REGS).
    func testRunsWithFewerTasklets() throws {
        for tasklets in [1, 2, 5] {
            XCTAssertNoThrow(try PrIMBenchmark.run(PrIMPoint(.scanSSA, dpus: 2, dataPrepParam: 3_001, tasklets: tasklets)))
        }
    }

    /// `input_size_dpu_round` of `app.c`: ⌈n / dpus⌉ rounded up to a multiple of
    /// NR_TASKLETS · REGS; the padding is zeros.
    func testSharesAreThoseOfPrIMsHost() throws {
        let ssa = try SCANSSA(point: PrIMPoint(.scanSSA, dpus: 3, dataPrepParam: 10_003))
        XCTAssertEqual(ssa.input.perDPU, 4_096)                       // ⌈10003/3⌉ = 3,335 → 2·2,048
        XCTAssertEqual(ssa.input.a.count, 3 * 4_096)
        XCTAssertTrue(ssa.input.a[10_003...].allSatisfy { $0 == 0 })
        XCTAssertEqual(try SCANSSA(point: PrIMPoint(.scanSSA, dpus: 2, dataPrepParam: 4_096)).input.perDPU, 2_048)
        XCTAssertEqual(try SCANSSA(point: PrIMPoint(.scanSSA, dpus: 1, dataPrepParam: 100, tasklets: 4)).input.perDPU, 512)
    }

    /// The DPUs' totals the host scans are the kernel's: the last tasklet's `t_count` of DPU 0
    /// is the sum of DPU 0's share.
    func testTheLastTaskletLeavesTheDPUsTotal() throws {
        let point = PrIMPoint(.scanSSA, dpus: 2, dataPrepParam: 6_000)
        let host = try PrIMHost(point: point)
        let ssa = try SCANSSA(point: point)
        try ssa.run(on: host)
        let total = host.system.dpus[0].wram.load(PrIMScanLoop.resultsAddress + 8 * 15, as: Int64.self)
        XCTAssertEqual(total, ssa.input.a[0..<ssa.input.perDPU].reduce(0, +))
    }

    /// Cycles depend on sizes only: other inputs of the same size cost the same; and the run is
    /// the same on 1 and 2 host threads.
    func testCostDoesNotDependOnTheValues() throws {
        let p = PrIMPoint(.scanSSA, dpus: 2, dataPrepParam: 9_000)
        let one = try PrIMHost(point: p), other = try PrIMHost(point: p)
        try SCANSSA(point: p, seed: 1).run(on: one)
        try SCANSSA(point: p, seed: 2).run(on: other)
        XCTAssertEqual(one.times, other.times)
        XCTAssertEqual(try PrIMBenchmark.run(p).times, try PrIMBenchmark.run(p, threads: 2).times)
    }
}
