import BTHOWeNModel
import DPUSim
import XCTest
@testable import BTHOWeNKernels

/// Pipelined runs of the kernels: their stages come from the batched run's plan and ledger.
final class PipelineRunTests: XCTestCase {
    func request(_ kernel: String, inputs: Int, dpus: Int = 10) throws -> InferenceRequest {
        let model = try ShippedData.model(Kernels.named(kernel)!.defaultModel)
        return InferenceRequest(model: model, dataset: try ShippedData.testSubset().prefix(inputs), dpus: dpus, tasklets: 8)
    }

    /// The serialized schedule of a run's ledger is the report's total, for every kernel.
    func testSerializedScheduleReproducesTheReportTotal() throws {
        for kernel in Kernels.all {
            let outcome = try Inference.run(kernel, try request(kernel.name, inputs: 24))
            let total = RunReport(outcome).totalSeconds
            let serialized = PipelineCosts.serialized(outcome.ledger, configuration: outcome.configuration).makespan
            XCTAssertEqual(serialized, total, accuracy: total * 1e-12, kernel.name)
        }
    }

    /// Batches split the run's launches without changing a prediction (every one is checked
    /// against the host reference), the stages account for every modelled second, and the
    /// pipeline ends between its critical resource's work and the serialized sum.
    func testBatchesKeepThePredictionsAndAccountForEverySecond() throws {
        for (kernel, dpus) in [("large-filter-split", 80), ("small-pooled", 10), ("naive", 10)] {
            let r = try request(kernel, inputs: 40, dpus: dpus)
            let plain = try Inference.run(Kernels.named(kernel)!, r)
            let run = try PipelinedRun.run(Kernels.named(kernel)!, r, PipelineOptions(batch: 10, hostThreads: 4))
            XCTAssertEqual(run.outcome.predictions, plain.predictions, kernel)
            XCTAssertEqual(run.costs.batches.count, run.outcome.ledger.launches.count, kernel)
            XCTAssertGreaterThan(run.costs.batches.count, 1, kernel)
            XCTAssertEqual(run.costs.inputs, 40, kernel)
            let host = run.costs.setupHostSeconds + run.costs.batches.reduce(0) { $0 + $1.prepareSeconds + $1.finishSeconds }
            XCTAssertEqual(host, run.outcome.ledger.hostSeconds, accuracy: 1e-15 + host * 1e-12, kernel)
            let s = run.summary
            XCTAssertEqual(s.serializedSeconds, RunReport(run.outcome).totalSeconds, accuracy: s.serializedSeconds * 1e-12, kernel)
            XCTAssertLessThan(s.makespanSeconds, s.serializedSeconds, kernel)
            let dpuWork = run.costs.batches.reduce(0) { $0 + ($1.launchSeconds.max() ?? 0) }
            XCTAssertGreaterThanOrEqual(s.makespanSeconds, dpuWork, kernel)
            for busy in [s.busyHost, s.busyTransfer, s.busyDPU] { XCTAssertTrue((0...1).contains(busy), kernel) }
        }
    }

    /// The batch caps each launch: ⌈inputs / batch⌉ launches on one input group.
    func testTheBatchSetsTheLaunches() throws {
        let r = try request("large-filter-split", inputs: 30)
        for (batch, launches) in [(30, 1), (16, 2), (7, 5)] {
            let run = try PipelinedRun.run(LargeFilterSplitKernel(), r, PipelineOptions(batch: batch, hostThreads: 2))
            XCTAssertEqual(run.outcome.ledger.launches.count, launches, "batch \(batch)")
            XCTAssertEqual(run.costs.batches.map(\.inputs).reduce(0, +), 30)
        }
    }

    /// A double buffer lets a push overlap the previous launch on the same rank: never later.
    func testDoubleBufferingIsNeverSlower() throws {
        let run = try PipelinedRun.run(SmallPooledKernel(), try request("small-pooled", inputs: 48), PipelineOptions(batch: 8, hostThreads: 2))
        let double = run.costs.schedule(PipelineOptions(batch: 8, hostThreads: 2, doubleBuffer: true)).makespan
        XCTAssertLessThanOrEqual(double, run.summary.makespanSeconds * (1 + 1e-12))
    }
}
