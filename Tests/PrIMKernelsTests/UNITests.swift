import DPUSim
import XCTest
@testable import PrIMKernels

final class UNITests: XCTestCase {
    /// Uneven sizes on 1 and 3 DPUs, several blocks per tasklet: the count and every output
    /// element check against the host's unique (run throws otherwise); the results and the
    /// serial copies are timed as DPU-CPU.
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.uni, dpus: dpus, dataPrepParam: 10_003))
            XCTAssertEqual(run.times.launches, 1)
            XCTAssertGreaterThan(run.times[.kernel], 0)
            XCTAssertGreaterThan(run.times[.cpuToDPU], 0)
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
            XCTAssertEqual(run.times[.interDPU], 0)
        }
    }

    /// `input_size_dpu_round` and the input of `app.c`: 0, 2, 2, 4, 4, …, then A[n − 1] repeated.
    func testSharesAndInputAreThoseOfPrIMsHost() throws {
        let uni = try UNI(point: PrIMPoint(.uni, dpus: 3, dataPrepParam: 10_003))
        XCTAssertEqual(uni.perDPU, 4_096)
        XCTAssertEqual(Array(uni.a[0..<5]), [0, 2, 2, 4, 4])
        XCTAssertEqual(uni.a[10_002], 10_002)
        XCTAssertTrue(uni.a[10_003...].allSatisfy { $0 == 10_002 })
    }

    /// Runs of equal values that cross block, tasklet and DPU boundaries (the offsets of the
    /// handshake and of the host's merge), an all-equal input, and fewer tasklets: all verify.
    func testBoundaryDuplicatesAndFewerTasklets() throws {
        let host = { (p: PrIMPoint) in try PrIMHost(point: p) }
        for (p, value) in [(PrIMPoint(.uni, dpus: 3, dataPrepParam: 9_001), { (i: Int) in Int64(i / 300) }),
                           (PrIMPoint(.uni, dpus: 2, dataPrepParam: 5_000), { (_: Int) in Int64(7) }),
                           (PrIMPoint(.uni, dpus: 2, dataPrepParam: 3_001, tasklets: 3), { (i: Int) in Int64(i / 5) })] {
            XCTAssertNoThrow(try UNI(point: p, value: value).run(on: try host(p)), "\(p)")
        }
    }

    /// The cost depends on the values: `unique` keeps (and the DMAs write) fewer elements of an
    /// all-equal input than of PrIM's, so it takes fewer cycles.
    func testCostDependsOnTheValues() throws {
        let p = PrIMPoint(.uni, dpus: 1, dataPrepParam: 8_192)
        let prims = try PrIMHost(point: p), equal = try PrIMHost(point: p)
        try UNI(point: p).run(on: prims)
        try UNI(point: p, value: { _ in 1 }).run(on: equal)
        XCTAssertLessThan(equal.times.kernelCycles, prims.times.kernelCycles)
        XCTAssertLessThan(equal.times.instructions, prims.times.instructions)
        XCTAssertEqual(try PrIMBenchmark.run(p).times, try PrIMBenchmark.run(p, threads: 2).times)
    }
}
