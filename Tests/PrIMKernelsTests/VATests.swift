import DPUSim
import XCTest
@testable import PrIMKernels

final class VATests: XCTestCase {
    /// Uneven sizes on 1 and 3 DPUs: every element of C checks against A + B (run throws
    /// otherwise), and the phases are the ones VA's host times.
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.va, dpus: dpus, dataPrepParam: 5_003))
            XCTAssertEqual(run.times.launches, 1)
            XCTAssertGreaterThan(run.times[.kernel], 0)
            XCTAssertGreaterThan(run.times[.cpuToDPU], 0)
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
            XCTAssertEqual(run.times[.interDPU], 0)
        }
    }

    /// The shares of `app.c`: 5,003 elements on 3 DPUs are ⌈5003/3⌉ = 1,668 each (even, so no
    /// rounding); the last DPU's `size` is roundup(5003, 8) − 2·1,668 = 1,672 elements — more
    /// than its 1,668-element transfer, as in PrIM (the extra elements lie past the valid ones).
    func testSharesAreThoseOfPrIMsHost() throws {
        let va = try VA(point: PrIMPoint(.va, dpus: 3, dataPrepParam: 5_003))
        XCTAssertEqual(va.perDPU, 1_668)
        XCTAssertEqual(va.sizeBytes(dpu: 0, dpus: 3), 1_668 * 4)
        XCTAssertEqual(va.sizeBytes(dpu: 2, dpus: 3), 1_672 * 4)
    }

    /// Cycles depend on sizes only: two points with the same sizes and other data cost the same
    /// (here: the same point twice is deterministic).
    func testDeterministic() throws {
        let p = PrIMPoint(.va, dpus: 2, dataPrepParam: 4_096)
        XCTAssertEqual(try PrIMBenchmark.run(p).times, try PrIMBenchmark.run(p, threads: 2).times)
    }
}
