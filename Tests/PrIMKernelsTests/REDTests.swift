import DPUSim
import XCTest
@testable import PrIMKernels

final class REDTests: XCTestCase {
    /// Uneven sizes on 1 and 3 DPUs: the sum checks against the host's (run throws otherwise),
    /// and the phases are the ones RED's host times (its only retrieval in `.dpuToCPU`).
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.red, dpus: dpus, dataPrepParam: 5_003))
            XCTAssertEqual(run.times.launches, 1)
            XCTAssertGreaterThan(run.times[.kernel], 0)
            XCTAssertGreaterThan(run.times[.cpuToDPU], 0)
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
            XCTAssertEqual(run.times[.interDPU], 0)
        }
    }

    /// The shares of `app.c`: 5,003 elements on 3 DPUs are ⌈5003/3⌉ = 1,668 each; the last DPU's
    /// `size` is 5,003 − 2·1,668 = 1,667 elements (13,336 bytes: 13 full blocks and a 24-byte one).
    func testSharesAreThoseOfPrIMsHost() throws {
        let red = try RED(point: PrIMPoint(.red, dpus: 3, dataPrepParam: 5_003))
        XCTAssertEqual(red.perDPU, 1_668)
        XCTAssertEqual(red.sizeBytes(dpu: 0, dpus: 3), 1_668 * 8)
        XCTAssertEqual(red.sizeBytes(dpu: 2, dpus: 3), 1_667 * 8)
        XCTAssertThrowsError(try RED(point: PrIMPoint(.red, dpus: 4, dataPrepParam: 5)))  // ⌈5/4⌉ = 2: the last gets −1
    }

    /// A wrong DPU sum is caught: the kernel's result in the WRAM is what the host reads.
    func testTheKernelComputesTheSum() throws {
        let point = PrIMPoint(.red, dpus: 2, dataPrepParam: 3_000)
        let host = try PrIMHost(point: point)
        try RED(point: point).run(on: host)
        let dpu0 = host.system.dpus[0].wram.load(RED.resultsAddress + 8, as: Int64.self)
        let red = try RED(point: point)
        XCTAssertEqual(dpu0, red.a[0..<1_500].reduce(0, +))
    }

    /// Cycles depend on sizes only: other inputs of the same size cost the same; and the run is
    /// the same on 1 and 2 host threads.
    func testCostDoesNotDependOnTheValues() throws {
        let p = PrIMPoint(.red, dpus: 2, dataPrepParam: 40_000)
        let one = try PrIMHost(point: p), other = try PrIMHost(point: p)
        try RED(point: p, seed: 1).run(on: one)
        try RED(point: p, seed: 2).run(on: other)
        XCTAssertEqual(one.times, other.times)
        XCTAssertEqual(try PrIMBenchmark.run(p).times, try PrIMBenchmark.run(p, threads: 2).times)
    }
}
