import DPUSim
import XCTest
@testable import PrIMKernels

final class TSTests: XCTestCase {
    /// 2,048 elements on 1 DPU (two blocks per tasklet) and on 2 DPUs (one each, the last tasklet
    /// of each capped to none): every tasklet's minimum and index check against the host, and
    /// app.c's overall check holds (run throws otherwise).
    func testRunsAndVerifiesOnOneAndTwoDPUs() throws {
        for dpus in [1, 2] {
            let run = try PrIMBenchmark.run(PrIMPoint(.ts, dpus: dpus, dataPrepParam: 2_048))
            XCTAssertEqual(run.times.launches, 1)
            XCTAssertGreaterThan(run.times[.kernel], 0)
            XCTAssertGreaterThan(run.times[.cpuToDPU], 0)
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
        }
    }

    /// app.c's size adjustment: 5,000 on 3 DPUs rounds up to a multiple of 3·16·64 (6,144),
    /// 2,048 per DPU; the statistics: the first window's mean ⌊2016/64⌋ = 31 and sigma
    /// ⌊√(85344/64)⌋ = 36 (AMean read as 0, app.c's order); the query's mean 31 and std 18.
    func testSizesAndStatisticsAreThoseOfPrIMsHost() throws {
        let ts = try TS(point: PrIMPoint(.ts, dpus: 3, dataPrepParam: 5_000))
        XCTAssertEqual(ts.tsSize, 6_144)
        XCTAssertEqual(ts.slicePerDPU, 2_048)
        XCTAssertEqual(ts.mean[0], 31)
        XCTAssertEqual(ts.sigma[0], 36)
        XCTAssertEqual(ts.mean[6_144 - 64], 0)
        XCTAssertEqual(ts.queryMean, 31)
        XCTAssertEqual(ts.queryStd, 18)
    }

    /// The last tasklet of a DPU with 64 positions per tasklet has none (capped at
    /// slice − query_length): its result stays at INT32_MAX; the run is deterministic.
    func testCappedTaskletAndDeterminism() throws {
        let p = PrIMPoint(.ts, dpus: 2, dataPrepParam: 2_048)
        XCTAssertEqual(try PrIMBenchmark.run(p).times, try PrIMBenchmark.run(p, threads: 2).times)
        let host = try PrIMHost(point: p)
        try TS(point: p).run(on: host)
        XCTAssertEqual(host.system.dpus[0].wram.load(TS.resultsWRAM + 16 * 15, as: Int32.self), Int32.max)
    }
}
