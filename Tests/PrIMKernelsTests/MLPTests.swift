import DPUSim
import XCTest
@testable import PrIMKernels

final class MLPTests: XCTestCase {
    /// 300 × 300 layers (one full block and a 44-element tail per row) on 1 and 3 DPUs: three
    /// launches, two host steps between them, every layer's results checked (run throws otherwise).
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.mlp, dpus: dpus, dataPrepParam: 300))
            XCTAssertEqual(run.times.launches, 3)
            XCTAssertGreaterThan(run.times[.kernel], 0)
            XCTAssertGreaterThan(run.times[.cpuToDPU], 0)
            XCTAssertGreaterThan(run.times[.interDPU], 0)
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
        }
    }

    /// app.c's weights and input: A_l[i] = (l + i) % 2 only where i % 100 >= 98; B[i] = i % 2
    /// only where i % 50 >= 48. 98 rows on 4 DPUs: 25, 25, 24, 24, max_rows 26.
    func testInputsAndPartition() throws {
        let mlp = try MLP(point: PrIMPoint(.mlp, dpus: 4, dataPrepParam: 98))
        XCTAssertEqual(mlp.a[0][98], 0)
        XCTAssertEqual(mlp.a[0][99], 1)
        XCTAssertEqual(mlp.a[1][98], 1)
        XCTAssertEqual(mlp.a[2][97], 0)
        XCTAssertEqual(Array(mlp.b[47...49]), [0, 0, 1])
        XCTAssertEqual(mlp.partition.rows, [25, 25, 24, 24])
        XCTAssertEqual(mlp.partition.maxRows, 26)
        XCTAssertNoThrow(try PrIMBenchmark.run(PrIMPoint(.mlp, dpus: 4, dataPrepParam: 98)))
    }

    /// Every product has an operand of 0 or 1, so each __mulsi3 costs one mul_step: a layer
    /// charges exactly one mul_step per product (plus the index products of the set-up).
    func testEveryProductCostsTheMinimum() throws {
        let n = 64
        let host = try PrIMHost(point: PrIMPoint(.mlp, dpus: 1, dataPrepParam: n))
        try MLP(point: PrIMPoint(.mlp, dpus: 1, dataPrepParam: n)).run(on: host)
        let steps = host.system.ledger.launches.map { $0.statistics[0].instructionMix[.mulStep] }
        // Per launch: n·n products at 1 step each (layers 1 and 2 multiply by larger B values),
        // plus the index products of the set-up and the row addresses, the same every launch.
        XCTAssertEqual(Set(steps).count, 1)
        XCTAssertGreaterThanOrEqual(steps[0], n * n)
    }

    func testRefusesOddSizes() {
        XCTAssertThrowsError(try MLP(point: PrIMPoint(.mlp, dpus: 1, dataPrepParam: 255)))
    }
}
