import DPUSim
import XCTest
@testable import PrIMKernels

final class HSTSTests: XCTestCase {
    /// Uneven sizes on 1 and 3 DPUs: every DPU's histogram checks against the host's (run
    /// throws otherwise), and the phases are the ones HST-S's host times.
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.hstS, dpus: dpus, dataPrepParam: 5_003))
            XCTAssertEqual(run.times.launches, 1)
            XCTAssertGreaterThan(run.times[.kernel], 0)
            XCTAssertGreaterThan(run.times[.cpuToDPU], 0)
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
            XCTAssertEqual(run.times[.interDPU], 0)
        }
    }

    /// `app.c`'s shares: 5,003 pixels on 3 DPUs are ⌈5003/3⌉ = 1,668 each (even, kept); the last
    /// DPU's size is roundup(5003, 8) − 2·1,668 = 1,672 pixels, 4 past its transfer. 5,001 on 2
    /// DPUs: 2,501 is odd, so 2,504 each, and the last DPU's size is 5,008 − 2,504 = 2,504.
    func testSharesAreThoseOfPrIMsHost() throws {
        let three = try HSTS(point: PrIMPoint(.hstS, dpus: 3, dataPrepParam: 5_003)).host
        XCTAssertEqual(three.perDPU, 1_668)
        XCTAssertEqual(three.sizeBytes(dpu: 0), 1_668 * 4)
        XCTAssertEqual(three.sizeBytes(dpu: 2), 1_672 * 4)
        XCTAssertEqual(three.reference(dpu: 2).reduce(0, +), 1_672, "the 4 pixels past the transfer count (bin 0)")
        let two = try HSTS(point: PrIMPoint(.hstS, dpus: 2, dataPrepParam: 5_001)).host
        XCTAssertEqual(two.perDPU, 2_504)
        XCTAssertEqual(two.sizeBytes(dpu: 1), 2_504 * 4)
        XCTAssertThrowsError(try HSTS(point: PrIMPoint(.hstS, dpus: 4, dataPrepParam: 2)), "the last DPU would get nothing")
    }

    /// The per-pixel `__mulsi3` follows min(pixel, 256): other pixels, other cycles; the same
    /// pixels, the same cycles on any thread count.
    func testCostFollowsThePixels() throws {
        let p = PrIMPoint(.hstS, dpus: 2, dataPrepParam: 8_192)
        let a = try runTimes(HSTS(point: p), p, threads: 1)
        XCTAssertEqual(a, try runTimes(HSTS(point: p), p, threads: 2))
        XCTAssertNotEqual(a.kernelCycles, try runTimes(HSTS(point: p, seed: 7), p, threads: 1).kernelCycles)
    }
}

/// Runs `workload` at `point` on a fresh host.
func runTimes(_ workload: some PrIMWorkload, _ point: PrIMPoint, threads: Int) throws -> PrIMTimes {
    let host = try PrIMHost(point: point, threads: threads)
    try workload.run(on: host)
    return host.times
}
