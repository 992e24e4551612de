import DPUSim
import XCTest
@testable import PrIMKernels

final class SELTests: XCTestCase {
    /// Uneven sizes on 1 and 3 DPUs (blocks of padding: zero kept, 2,048-byte writes): the
    /// output checks element for element, and the phases are the ones SEL's host times.
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.sel, dpus: dpus, dataPrepParam: 5_003))
            XCTAssertEqual(run.times.launches, 1)
            XCTAssertGreaterThan(run.times[.kernel], 0)
            XCTAssertGreaterThan(run.times[.cpuToDPU], 0)
            XCTAssertEqual(run.times[.interDPU], 0, "the results retrieval is timed as DPU-CPU, as the table records it")
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
        }
    }

    /// `app.c`'s share: ⌈5003/3⌉ = 1,668 rounds up to a multiple of 16 × 128 = 2,048; with 4
    /// tasklets, to a multiple of 512.
    func testSharesAreThoseOfPrIMsHost() throws {
        XCTAssertEqual(try SEL(point: PrIMPoint(.sel, dpus: 3, dataPrepParam: 5_003)).perDPU, 2_048)
        XCTAssertEqual(try SEL(point: PrIMPoint(.sel, dpus: 3, dataPrepParam: 5_003, tasklets: 4)).perDPU, 2_048)
        XCTAssertEqual(try SEL(point: PrIMPoint(.sel, dpus: 1, dataPrepParam: 1_000, tasklets: 4)).perDPU, 1_024)
        XCTAssertEqual(try SEL(point: PrIMPoint(.sel, dpus: 2, dataPrepParam: 4_096)).perDPU, 2_048)
    }

    /// The cost follows the values: keeping every element (all odd) costs more than PrIM's
    /// half; the same values cost the same on any thread count.
    func testCostFollowsTheValues() throws {
        let p = PrIMPoint(.sel, dpus: 2, dataPrepParam: 8_192)
        let prim = try runTimes(SEL(point: p), p, threads: 1)
        XCTAssertEqual(prim, try runTimes(SEL(point: p), p, threads: 2))
        let allOdd = try runTimes(SEL(point: p) { 2 * UInt64($0) + 1 }, p, threads: 1)
        XCTAssertGreaterThan(allOdd.kernelCycles, prim.kernelCycles)
        XCTAssertGreaterThan(allOdd[.dpuToCPU], prim[.dpuToCPU])
    }
}
