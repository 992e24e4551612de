import DPUSim
import XCTest
@testable import PrIMKernels

final class HSTLTests: XCTestCase {
    /// Uneven sizes on 1 and 3 DPUs: every DPU's histogram checks against the host's.
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.hstL, dpus: dpus, dataPrepParam: 5_003))
            XCTAssertEqual(run.times.launches, 1)
            XCTAssertGreaterThan(run.times[.kernel], 0)
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
        }
    }

    /// One histogram under one mutex: on the same pixels HST-L's kernel takes longer than
    /// HST-S's private histograms, and its tasklets spin on the mutex.
    func testTheMutexSerialisesThePixels() throws {
        let l = PrIMPoint(.hstL, dpus: 1, dataPrepParam: 8_192), s = PrIMPoint(.hstS, dpus: 1, dataPrepParam: 8_192)
        let host = try PrIMHost(point: l)
        try HSTL(point: l, seed: 1).run(on: host)
        let spins = host.system.ledger.launches[0].statistics[0].spinInstructions
        XCTAssertGreaterThan(spins, 0)
        XCTAssertGreaterThan(host.times.kernelCycles, try runTimes(HSTS(point: s, seed: 1), s, threads: 1).kernelCycles)
    }

    /// The three parts of the per-pixel charge add up to the listing's region.
    func testThePerPixelSplitIsTheRegion() {
        XCTAssertEqual(HSTL.histElementBeforeLock + HSTL.histElementLocked + HSTL.histElementTail, HSTL.histElement)
    }

    /// Other pixels, other cycles (the `__mulsi3`); the same pixels, the same cycles.
    func testCostFollowsThePixels() throws {
        let p = PrIMPoint(.hstL, dpus: 2, dataPrepParam: 4_096)
        let a = try runTimes(HSTL(point: p), p, threads: 1)
        XCTAssertEqual(a, try runTimes(HSTL(point: p), p, threads: 2))
        XCTAssertNotEqual(a.kernelCycles, try runTimes(HSTL(point: p, seed: 7), p, threads: 1).kernelCycles)
    }
}
