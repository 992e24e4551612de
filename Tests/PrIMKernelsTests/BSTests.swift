import DPUSim
import XCTest
@testable import PrIMKernels

final class BSTests: XCTestCase {
    /// 4,096 elements on 1 and 3 DPUs: every tasklet's result checks against the host's model of
    /// task.c and app.c's maximum against its binarySearch (run throws otherwise).
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.bs, dpus: dpus, dataPrepParam: 4_096))
            XCTAssertEqual(run.times.launches, 1)
            XCTAssertGreaterThan(run.times[.kernel], 0)
            XCTAssertGreaterThan(run.times[.cpuToDPU], 0)
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
        }
    }

    /// bs.go's queries: 4,096 / 8 = 512, a multiple of 16 on one DPU; on 3 DPUs rounded up to a
    /// multiple of 48 (528), 176 per DPU, 11 per tasklet.
    func testQueriesAreThoseOfBSGo() throws {
        let one = try BS(point: PrIMPoint(.bs, dpus: 1, dataPrepParam: 4_096))
        XCTAssertEqual(one.queries, 512)
        XCTAssertEqual(one.slicePerDPU, 512)
        let three = try BS(point: PrIMPoint(.bs, dpus: 3, dataPrepParam: 4_096))
        XCTAssertEqual(three.queries, 528)
        XCTAssertEqual(three.slicePerDPU, 176)
    }

    /// The host model follows task.c: query 0 is never found; a query found by a probe reports
    /// its index; query 1 (in the first block) is found by the end check, which reports it with
    /// `current`'s offset (16), PrIM's quirk.
    func testHostModelFollowsTaskC() throws {
        let bs = try BS(point: PrIMPoint(.bs, dpus: 1, dataPrepParam: 4_096))
        XCTAssertNil(bs.expected(query: 0))
        XCTAssertEqual(bs.expected(query: 40), 39)
        XCTAssertEqual(bs.expected(query: 500), 499)
        XCTAssertEqual(bs.expected(query: 1), 16)
    }

    /// A size whose bisection reaches an address that is not 8-byte aligned faults (the DSL's
    /// DMA rules); the same point is deterministic on any thread count.
    func testMisalignedBisectionFaultsAndRunsAreDeterministic() throws {
        XCTAssertThrowsError(try PrIMBenchmark.run(PrIMPoint(.bs, dpus: 1, dataPrepParam: 5_000)))
        let p = PrIMPoint(.bs, dpus: 2, dataPrepParam: 2_048)
        XCTAssertEqual(try PrIMBenchmark.run(p).times, try PrIMBenchmark.run(p, threads: 2).times)
    }
}
