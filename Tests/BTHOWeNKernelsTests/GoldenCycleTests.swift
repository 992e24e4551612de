import BTHOWeNModel
import DPUSupport
import DPUSim
import Foundation
import TestSupport
import XCTest
@testable import BTHOWeNKernels

/// Cycle-count regressions: every kernel × model × several tasklet counts, on the first
/// 32 shipped test images, must give exactly the DPU cycles and instructions recorded in
/// `traces/goldens/kernel-cycles.csv`.
///
/// The numbers are what the cost model (docs/cost-model.md) makes of each kernel's
/// instruction charges, DMAs and synchronization (docs/kernels.md) — nothing else. They
/// move only when a kernel or the model changes; re-bless them deliberately with
/// `scripts/bless-goldens.sh` and say in the commit why they moved.
final class GoldenCycleTests: XCTestCase {
    static let inputs = 32
    static let taskletCounts = [2, 4, 11, 16]

    static var goldensURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("traces/goldens/kernel-cycles.csv")
    }

    func measure() throws -> CSVTable {
        let dataset = try ShippedData.testSubset().prefix(Self.inputs)
        var table = CSVTable(header: ["kernel", "model", "dpus", "tasklets", "inputs", "dpu_cycles", "instructions", "dma_read_bytes"])
        for kernel in Kernels.all {
            for modelName in ["small", "medium", "large"] {
                let model = try ShippedData.model(modelName)
                for tasklets in Self.taskletCounts {
                    let dpus = kernel.name == "large-filter-split" ? 10 : 2
                    let request = InferenceRequest(model: model, dataset: dataset, dpus: dpus, tasklets: tasklets)
                    let r = RunReport(try Inference.run(kernel, request))
                    table.append([kernel.name, modelName, String(dpus), String(tasklets), String(Self.inputs),
                                  String(r.dpuCycles), String(r.instructions), String(r.dmaReadBytes)])
                }
            }
        }
        return table
    }

    func testCycleCountsMatchTheGoldens() throws {
        let measured = try measure()
        try GoldenFile.check(measured, against: Self.goldensURL, key: 5)
    }
}
