import DPUSim
import XCTest
@testable import BTHOWeNKernels

/// Every kernel's predictions equal the host reference bit for bit (`Inference.run`
/// throws otherwise), on every model it supports.
final class KernelTests: XCTestCase {
    static let subset: MNISTDataset = try! ShippedData.testSubset()
    static let models: [String: Model] = {
        var m: [String: Model] = [:]
        for name in ["small", "medium", "large"] { m[name] = try! ShippedData.model(name) }
        return m
    }()

    func run(_ kernel: String, _ model: String, inputs: Int, dpus: Int, tasklets: Int, threads: Int = 1,
             hashTasklets: Int? = nil) throws -> InferenceOutcome {
        let request = InferenceRequest(model: Self.models[model]!, dataset: Self.subset.prefix(inputs), dpus: dpus,
                                       tasklets: tasklets, threads: threads, hashTasklets: hashTasklets)
        return try Inference.run(Kernels.named(kernel)!, request)
    }

    func testEveryKernelMatchesTheReferenceOnEveryModel() throws {
        for kernel in Kernels.names {
            for model in ["small", "medium", "large"] {
                let dpus = kernel == "large-filter-split" ? 10 : 3
                let outcome = try run(kernel, model, inputs: 24, dpus: dpus, tasklets: 11)
                XCTAssertEqual(outcome.predictions.count, 24)
                XCTAssertGreaterThan(outcome.ledger.dpuCycles, 0, "\(kernel) \(model)")
                print(kernel, model, outcome.ledger.dpuCycles, outcome.correct, outcome.notes)
            }
        }
    }
}
