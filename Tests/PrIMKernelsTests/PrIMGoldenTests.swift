import DPUSupport
import DPUSim
import Foundation
import XCTest
@testable import PrIMKernels
import TestSupport

/// Regressions of the PrIM workloads' predictions: two small points of every benchmark (one
/// DPU, four DPUs) must give exactly the launches, DPU cycles, instructions and phase times
/// recorded in `traces/goldens/prim-cycles.csv`.
///
/// The numbers are what the cost model makes of each workload's proxy-compiled charges
/// (dpu/prim/), its DMAs and synchronization, and the transfer model — nothing else; the
/// measured hardware times play no part. They move only when a workload or the model
/// changes: re-bless with `DPUSIM_BLESS_GOLDENS=1 swift test --filter PrIMGoldenTests` and
/// say in the commit why they moved.
final class PrIMGoldenTests: XCTestCase {
    /// (benchmark, DPUs, data_prep_param): sizes each workload accepts (BS: powers of two;
    /// TS: multiples of dpus·16·64; TRNS: M_) that run in a second or two in a debug build.
    static let points: [(PrIMBenchmark, Int, Int)] = [
        (.bs, 1, 4_096), (.bs, 4, 8_192),
        (.gemv, 1, 256), (.gemv, 4, 512),
        (.hstL, 1, 8_192), (.hstL, 4, 16_384),
        (.hstS, 1, 8_192), (.hstS, 4, 16_384),
        (.mlp, 1, 64), (.mlp, 4, 128),
        (.red, 1, 8_192), (.red, 4, 16_384),
        (.scanRSS, 1, 8_192), (.scanRSS, 4, 16_384),
        (.scanSSA, 1, 8_192), (.scanSSA, 4, 16_384),
        (.sel, 1, 8_192), (.sel, 4, 16_384),
        (.trns, 1, 2), (.trns, 4, 4),
        (.ts, 1, 2_048), (.ts, 4, 8_192),
        (.uni, 1, 8_192), (.uni, 4, 16_384),
        (.va, 1, 8_192), (.va, 4, 16_384),
    ]

    static var goldensURL: URL { TestDoubles.root.appendingPathComponent("traces/goldens/prim-cycles.csv") }

    func measure() throws -> CSVTable {
        var table = CSVTable(header: ["benchmark", "num_dpus", "data_prep_param", "tasklets", "launches", "kernel_cycles",
                                      "instructions"] + PrIMPhase.allCases.map { "\($0.rawValue)_seconds" })
        for (benchmark, dpus, param) in Self.points {
            let run = try PrIMBenchmark.run(PrIMPoint(benchmark, dpus: dpus, dataPrepParam: param))
            table.append([benchmark.rawValue, String(dpus), String(param), "16", String(run.times.launches),
                          String(run.times.kernelCycles), String(run.times.instructions)]
                         + PrIMPhase.allCases.map { CSVTable.format(run.times[$0], significantDigits: 12) })
        }
        return table
    }

    func testPredictionsMatchTheGoldens() throws {
        XCTAssertEqual(Set(Self.points.map(\.0)), Set(PrIMBenchmark.allCases), "every benchmark has golden points")
        let measured = try measure()
        try GoldenFile.check(measured, against: Self.goldensURL, key: 4)
    }
}
