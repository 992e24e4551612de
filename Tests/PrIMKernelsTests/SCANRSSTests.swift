import DPUSim
import XCTest
@testable import PrIMKernels

final class SCANRSSTests: XCTestCase {
    /// Uneven sizes on 1 and 3 DPUs, several blocks per tasklet: every element of B checks
    /// against the host's scan (run throws otherwise); two launches timed as kernel time, the
    /// host's scan between them as Inter-DPU.
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.scanRSS, dpus: dpus, dataPrepParam: 10_003))
            XCTAssertEqual(run.times.launches, 2)
            for phase in PrIMPhase.allCases { XCTAssertGreaterThan(run.times[phase], 0, "\(phase)") }
        }
    }

    /// Other tasklet counts run the same reduction and handshake chain.
    func testRunsWithFewerTasklets() throws {
        for tasklets in [1, 2, 5] {
            XCTAssertNoThrow(try PrIMBenchmark.run(PrIMPoint(.scanRSS, dpus: 2, dataPrepParam: 3_001, tasklets: tasklets)))
        }
    }

    /// The reduction kernel's result is tasklet 0's `t_count`: the sum of the DPU's share; and the
    /// shares are SCAN-SSA's (`input_size_dpu_round`).
    func testTheReductionKernelLeavesTheDPUsSum() throws {
        let point = PrIMPoint(.scanRSS, dpus: 3, dataPrepParam: 10_003)
        let rss = try SCANRSS(point: point)
        XCTAssertEqual(rss.input.perDPU, 4_096)
        let host = try PrIMHost(point: point)
        try rss.run(on: host)
        for dpu in 0..<3 {
            let share = rss.input.a[(dpu * 4_096)..<((dpu + 1) * 4_096)].reduce(0, +)
            // The scan kernel reuses DPU_RESULTS: its last tasklet leaves the DPU's running total.
            let total = host.system.dpus[dpu].wram.load(PrIMScanLoop.resultsAddress + 8 * 15, as: Int64.self)
            let before = rss.input.a[0..<(dpu * 4_096)].reduce(0, +)
            XCTAssertEqual(total, before + share)
        }
    }

    /// Cycles depend on sizes only: other inputs of the same size cost the same; and the run is
    /// the same on 1 and 2 host threads.
    func testCostDoesNotDependOnTheValues() throws {
        let p = PrIMPoint(.scanRSS, dpus: 2, dataPrepParam: 9_000)
        let one = try PrIMHost(point: p), other = try PrIMHost(point: p)
        try SCANRSS(point: p, seed: 1).run(on: one)
        try SCANRSS(point: p, seed: 2).run(on: other)
        XCTAssertEqual(one.times, other.times)
        XCTAssertEqual(try PrIMBenchmark.run(p).times, try PrIMBenchmark.run(p, threads: 2).times)
    }
}
