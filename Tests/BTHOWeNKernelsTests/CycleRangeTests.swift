import BTHOWeNModel
import DPUSim
import XCTest
@testable import BTHOWeNKernels

/// `--uncertainty`: the cycle range of a run holds the nominal run, and moves the way the
/// uncertain parameters say it should (docs/fidelity.md).
final class CycleRangeTests: XCTestCase {
    func request(_ kernel: String, inputs: Int = 16) throws -> (any InferenceKernel, InferenceRequest) {
        let k = try XCTUnwrap(Kernels.named(kernel))
        let model = try ShippedData.model(k.defaultModel)
        let dpus = kernel == "large-filter-split" ? 10 : 2
        return (k, InferenceRequest(model: model, dataset: try ShippedData.testSubset().prefix(inputs), dpus: dpus, tasklets: 16))
    }

    /// Every kernel: low ≤ nominal ≤ high, and the range is not empty (each kernel has compute
    /// that the ±15% moves).
    func testTheRangeHoldsTheNominalRun() throws {
        for name in Kernels.names {
            let (kernel, request) = try request(name)
            let nominal = try Inference.run(kernel, request).ledger.dpuCycles
            let range = try CycleRange.of(kernel, request, nominal: nominal)
            XCTAssertLessThanOrEqual(range.low, nominal, name)
            XCTAssertGreaterThanOrEqual(range.high, nominal, name)
            XCTAssertLessThan(range.low, range.high, name)
        }
    }

    /// A gather-bound kernel's range is dominated by the DMA occupancy: with only the bank
    /// occupied, 16 tasklets' 8-byte probes overlap their setups, so the low end is about half
    /// the nominal run; a compute-bound one moves down by about the −15% alone.
    func testGatherBoundKernelsCarryTheWidestRange() throws {
        let (probe, probeRequest) = try request("mram-probe", inputs: 64)   // every tasklet busy
        let probeNominal = try Inference.run(probe, probeRequest).ledger.dpuCycles
        let probeRange = try CycleRange.of(probe, probeRequest, nominal: probeNominal)
        XCTAssertLessThan(Double(probeRange.low), 0.6 * Double(probeNominal))

        let (lfs, lfsRequest) = try request("large-filter-split")
        let lfsNominal = try Inference.run(lfs, lfsRequest).ledger.dpuCycles
        let lfsRange = try CycleRange.of(lfs, lfsRequest, nominal: lfsNominal)
        XCTAssertGreaterThan(Double(lfsRange.low), 0.7 * Double(lfsNominal))
    }

    /// The ends are the configurations `ModelUncertainty` declares, and they validate.
    func testTheEndsAreValidConfigurations() throws {
        let low = ModelUncertainty.low(.v1A), high = ModelUncertainty.high(.v1A)
        XCTAssertNoThrow(try low.validate())
        XCTAssertNoThrow(try high.validate())
        XCTAssertEqual(low.instructionCountScale, 0.85, accuracy: 1e-12)
        XCTAssertEqual(high.instructionCountScale, 1.15, accuracy: 1e-12)
        XCTAssertEqual(low.dmaSetupCycles(write: false), 0, accuracy: 1e-9)
        XCTAssertEqual(high.mramRowMissCycles, 0)
        XCTAssertEqual(high.registerHazardCycles, DPUConfiguration.uPIMulatorRegisterHazardCycles)
    }

    /// Reports carry the range in four CSV columns, empty without it.
    func testReportColumns() throws {
        let (kernel, request) = try request("naive", inputs: 4)
        var report = RunReport(try Inference.run(kernel, request))
        let columns = RunReport.columns
        let lowIndex = try XCTUnwrap(columns.firstIndex(of: "dpu_cycles_low"))
        XCTAssertEqual(Array(report.row[lowIndex...]), ["", "", "", ""])
        report.cycleRange = CycleRange(low: 400, high: 1200)
        XCTAssertEqual(Array(report.row[lowIndex...]), ["400", "1200", "100", "300"])
    }
}
