import DPUSim
import XCTest
@testable import PrIMKernels

final class GEMVTests: XCTestCase {
    /// Uneven rows on 1 and 3 DPUs (149 rows: 50, 50, 49, so the tasklets take the odd and even
    /// rest_rows paths): every row of C checks against the host's product (run throws otherwise).
    func testRunsAndVerifiesOnOneAndThreeDPUs() throws {
        for dpus in [1, 3] {
            let run = try PrIMBenchmark.run(PrIMPoint(.gemv, dpus: dpus, dataPrepParam: 149))
            XCTAssertEqual(run.times.launches, 1)
            XCTAssertGreaterThan(run.times[.kernel], 0)
            XCTAssertGreaterThan(run.times[.cpuToDPU], 0)
            XCTAssertGreaterThan(run.times[.dpuToCPU], 0)
            XCTAssertEqual(run.times[.interDPU], 0)
        }
    }

    /// app.c's partition: 101 rows on 3 DPUs are 34, 34, 33 from rows 0, 34, 68; max_rows 34.
    /// 7 rows on 4 DPUs: 2, 2, 2, 1; max_rows 2 (the odd count rounds up to even).
    func testPartitionIsThatOfPrIMsHost() {
        let p = GEMVPartition(rows: 101, dpus: 3)
        XCTAssertEqual(p.rows, [34, 34, 33])
        XCTAssertEqual(p.previousRows, [0, 34, 68])
        XCTAssertEqual(p.maxRows, 34)
        let q = GEMVPartition(rows: 7, dpus: 4)
        XCTAssertEqual(q.rows, [2, 2, 2, 1])
        XCTAssertEqual(q.previousRows, [0, 2, 4, 6])
        XCTAssertEqual(q.maxRows, 2)
    }

    /// More than 256 columns take the full-block path through gemv() (and still verify).
    func testFullBlocksVerify() throws {
        let point = PrIMPoint(.gemv, dpus: 2, dataPrepParam: 35)
        let host = try PrIMHost(point: point)
        try GEMV(point: point, columns: 300, seed: 1).run(on: host)
        XCTAssertEqual(host.times.launches, 1)
    }

    /// Each __mulsi3 costs with its smaller operand, so other values of the same size cost
    /// other cycles; the same point is deterministic on any thread count.
    func testCyclesDependOnTheValues() throws {
        let point = PrIMPoint(.gemv, dpus: 1, dataPrepParam: 64)
        func cycles(_ seed: UInt64) throws -> Int {
            let host = try PrIMHost(point: point)
            try GEMV(point: point, columns: 64, seed: seed).run(on: host)
            return host.times.kernelCycles
        }
        XCTAssertNotEqual(try cycles(1), try cycles(2))
        XCTAssertEqual(try PrIMBenchmark.run(point).times, try PrIMBenchmark.run(point, threads: 2).times)
    }

    func testRefusesOddColumns() {
        XCTAssertThrowsError(try GEMV(point: PrIMPoint(.gemv, dpus: 1, dataPrepParam: 8), columns: 63, seed: 1))
    }
}
