import BTHOWeNModel
import DPUSim
import PIMSystem
import Foundation
import XCTest
@testable import BTHOWeNKernels

/// Tracing the four kernels: their phase labels show up, and a traced run is the same run.
final class KernelTraceTests: XCTestCase {
    static let expectedPhases = [
        "naive": ["load H3 matrix", "input 0: load input", "input 0: hash chunk 0", "input 0: probe filter 3", "input 0: argmax"],
        "mram-probe": ["input 1: load hashes", "input 1: probe filter 9", "input 1: argmax", "input 1: write result"],
        "small-pooled": ["load H3 matrix", "batch 0: load inputs", "batch 0: hash chunk 0", "batch 0: probe filter 0",
                         "batch 0: reduce", "batch 0: write results"],
        "large-filter-split": ["load filter tables", "batch 0: probe filters 0, 4, …, 52 (14)", "batch 0: reduce",
                               "batch 0: write responses"],
    ]

    func testTracedRunsAreTheSameRunsAndCarryTheKernelsPhases() throws {
        let dataset = try ShippedData.testSubset().prefix(12)
        let model = try ShippedData.model("small")
        for kernel in Kernels.all {
            for tasklets in [4, 11] {
                let dpus = kernel.name == "large-filter-split" ? 10 : 2
                var request = InferenceRequest(model: model, dataset: dataset, dpus: dpus, tasklets: tasklets, threads: 2)
                let plain = try Inference.run(kernel, request)
                let tracer = SystemTracer(selection: .init(dpus: nil))
                request.tracer = tracer
                let traced = try Inference.run(kernel, request)
                XCTAssertEqual(plain.ledger, traced.ledger, "\(kernel.name) × \(tasklets): tracing changed the run")
                XCTAssertEqual(plain.predictions, traced.predictions)

                let timelines = tracer.timelines
                XCTAssertEqual(timelines.count, dpus * traced.ledger.launches.count)
                let phases = Set(timelines.flatMap { $0.timeline.slices.filter { $0.category == .phase }.map(\.name) })
                if tasklets == 4 {
                    for name in Self.expectedPhases[kernel.name]! {
                        XCTAssertTrue(phases.contains(name), "\(kernel.name): no phase '\(name)' in \(phases.sorted().prefix(12))")
                    }
                }
                // Every tasklet's states add up to its finish cycle.
                for traced in timelines {
                    let t = traced.timeline
                    for i in 0..<t.tasklets {
                        let sum = t.slices.filter { $0.track == i && $0.category != .phase }.reduce(0) { $0 + $1.duration }
                        XCTAssertEqual(sum, t.taskletFinishCycles[i], accuracy: 1e-6 * max(1, sum), "\(kernel.name) DPU \(t.dpu) tasklet \(i)")
                    }
                }
            }
        }
    }

    func testPhaseListLabels() {
        XCTAssertEqual(phaseList([]), "none")
        XCTAssertEqual(phaseList([3]), "3")
        XCTAssertEqual(phaseList([3, 19, 35, 51]), "3, 19, 35, 51")
        XCTAssertEqual(phaseList([3, 19, 35, 51, 67]), "3, 19, …, 67 (5)")
    }
}
