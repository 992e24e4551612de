import DPUSim
import Foundation
import XCTest
@testable import PrIMKernels
import TestSupport

final class ValidationTests: XCTestCase {
    private static let header = MeasurementTable.columns.joined(separator: ",")

    /// The shipped table is uPIMulator's: 190 rows, all 13 benchmarks, 1/4/16/64 DPUs, every
    /// row with a measured kernel time and uPIMulator's prediction.
    func testTheShippedTableIsUPIMulatorsWhole() throws {
        let rows = try MeasurementTable.load(path: TestDoubles.root.appendingPathComponent("traces/measurements/upimulator-prim.csv").path)
        XCTAssertEqual(rows.count, 190)
        XCTAssertEqual(Set(rows.map(\.benchmark)), Set(PrIMBenchmark.allCases))
        XCTAssertEqual(Set(rows.map(\.dpus)), [1, 4, 16, 64])
        XCTAssertTrue(rows.allSatisfy { $0.kernelMs > 0 && $0.upimulatorKernelMs > 0 })
        let first = try XCTUnwrap(rows.first)
        XCTAssertEqual(first, Measurement(benchmark: .bs, dpus: 1, dataPrepParam: 131_072, kernelMs: 114.30707,
                                          cpuToDPUMs: 3.8106499999999999, dpuToCPUMs: 8.7639999999999996E-2,
                                          dpuToDPUMs: 0, upimulatorKernelMs: 101.39019999999999))
    }

    /// A bad field is refused with its line and column.
    func testMalformedRowsNameTheirLineAndColumn() {
        let cases: [(String, String)] = [
            ("XX,1,8,1,1,1,0,1", "line 2, column benchmark"),
            ("VA,0,8,1,1,1,0,1", "line 2, column num_dpus"),
            ("VA,4096,8,1,1,1,0,1", "line 2, column num_dpus"),
            ("VA,1,-8,1,1,1,0,1", "line 2, column data_prep_param"),
            ("VA,1,8,-1,1,1,0,1", "line 2, column hw_kernel_ms"),
            ("VA,1,8,1,nan,1,0,1", "line 2, column hw_cpu_to_dpu_ms"),
            ("VA,1,8,1,1,1,0", "row 2 has 7 fields"),
        ]
        for (row, expected) in cases {
            XCTAssertThrowsError(try MeasurementTable.parse(Self.header + "\n" + row + "\n", source: "t.csv")) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(row): \(error)")
            }
        }
        XCTAssertThrowsError(try MeasurementTable.parse("a,b\n1,2\n", source: "t.csv")) { error in
            XCTAssertTrue("\(error)".contains("header must be"), "\(error)")
        }
    }

    /// MAPE, worst error and R² on numbers worked by hand: measured 10, 20, 30 predicted
    /// 11, 18, 30 → errors +10%, −10%, 0% → MAPE 6.67%, worst +10% (the first of equal
    /// magnitude); mean 20, SS_tot = 200, SS_res = 1 + 4 = 5 → R² = 0.975.
    func testErrorSummaryOnAWorkedExample() throws {
        let s = try XCTUnwrap(ErrorSummary([(11, 10), (18, 20), (30, 30)]))
        XCTAssertEqual(s.count, 3)
        XCTAssertEqual(s.meanAbsolutePercent, 20.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(abs(s.worstPercent), 10, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(s.rSquared), 0.975, accuracy: 1e-12)
        // Unmeasured (0 ms) rows have no relative error; a lone row has no R².
        XCTAssertNil(ErrorSummary([(1, 0)]))
        XCTAssertNil(try XCTUnwrap(ErrorSummary([(2, 4)])).rSquared)
    }

    /// Rows run in table order whatever the number of workers, and a failing row is reported
    /// with its point.
    func testRunKeepsTableOrderAndNamesAFailingRow() throws {
        let table = Self.header + "\nVA,2,4096,1,1,1,0,1\nVA,1,2000,1,1,1,0,1\n"
        let rows = try MeasurementTable.parse(table, source: "t.csv")
        let one = try Validation.run(rows, workers: 1), two = try Validation.run(rows, workers: 2)
        XCTAssertEqual(one.map(\.measurement), rows)
        XCTAssertEqual(one.map(\.predicted), two.map(\.predicted))
        let impossible = try MeasurementTable.parse(Self.header + "\nVA,64,8,1,1,1,0,1\n", source: "t.csv")
        XCTAssertThrowsError(try Validation.run(impossible)) { error in
            XCTAssertTrue("\(error)".hasPrefix("VA dpus=64 data_prep_param=8 tasklets=16"), "\(error)")
        }
    }
}
