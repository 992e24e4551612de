import DPUSim
import XCTest
@testable import PrIMKernels

final class TRNSTests: XCTestCase {
    /// N_ = 64 column blocks: 64 rounds on 1 DPU, 22 on 3 (the last of one DPU), 1 on 64; two
    /// launches a round; every round's transposition checks against the host's.
    func testRoundsAndVerification() throws {
        for (dpus, rounds) in [(1, 64), (3, 22), (64, 1)] {
            let run = try PrIMBenchmark.run(PrIMPoint(.trns, dpus: dpus, dataPrepParam: 3))
            XCTAssertEqual(run.times.launches, 2 * rounds, "\(dpus) DPUs")
            XCTAssertGreaterThan(run.times[.cpuToDPU], 0)
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
            XCTAssertEqual(run.times[.interDPU], 0)
        }
    }

    /// Step 1 is M_·m pushes of 64 bytes per round, the untimed done-array reset and arguments
    /// are not in CPU-DPU: on 64 DPUs, CPU-DPU is exactly the pushes' modelled time.
    func testOnlyStepOneIsTimedAsCPUToDPU() throws {
        let p = PrIMPoint(.trns, dpus: 64, dataPrepParam: 4)
        let host = try PrIMHost(point: p)
        try TRNS(point: p).run(on: host)
        let step1 = host.system.ledger.transfers.filter { $0.label == "A step 1" }
        XCTAssertEqual(step1.count, 4 * TRNS.m)
        XCTAssertEqual(host.times[.cpuToDPU], step1.reduce(0) { $0 + $1.seconds }, accuracy: 1e-15)
    }

    /// No cost follows the values: other values, the same times.
    func testCostIgnoresTheValues() throws {
        let p = PrIMPoint(.trns, dpus: 16, dataPrepParam: 4)
        XCTAssertEqual(try runTimes(TRNS(point: p), p, threads: 2), try runTimes(TRNS(point: p, seed: 9), p, threads: 1))
    }

    /// The parts of the mutex functions' charges add up to their listings' regions.
    func testTheCriticalSectionSplitsAreTheRegions() {
        XCTAssertEqual(HSTL.difference(TRNS.getTile, TRNS.getTileBeforeLock + TRNS.afterRelease)
                       + TRNS.getTileBeforeLock + TRNS.afterRelease, TRNS.getTile)
        for region in [TRNS.getDone, TRNS.getAndSetDone] {
            XCTAssertEqual(HSTL.difference(region, TRNS.doneBeforeLock + TRNS.afterRelease)
                           + TRNS.doneBeforeLock + TRNS.afterRelease, region)
        }
    }
}
