import BTHOWeNModel
import DPUSim
import PIMSystem
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
            }
        }
    }

    /// `mram-probe` keeps the last maximum (PIMbthowen's `>=`): on an input whose top
    /// responses tie it answers the highest tied class, `Model.predict` the lowest; on every
    /// other input they agree. The subset must hold ties for this to test anything.
    func testMRAMProbeResolvesTiesToTheHighestClass() throws {
        let model = Self.models["small"]!
        let outcome = try run("mram-probe", "small", inputs: 200, dpus: 3, tasklets: 11)
        var ties = 0
        for i in 0..<200 {
            let r = model.responses(Self.subset.image(i))
            let top = r.indices.filter { r[$0] == r.max()! }
            XCTAssertEqual(outcome.predictions[i], top.last!, "input \(i)")
            XCTAssertEqual(model.predict(Self.subset.image(i)), top.first!, "input \(i)")
            if top.count > 1 { ties += 1 }
        }
        XCTAssertGreaterThan(ties, 0, "no ties among the first 200 inputs")
        XCTAssertEqual(Model.argmax([3, 5, 5, 1], ties: .highestIndex), 2)
        XCTAssertEqual(Model.argmax([0, 0, 0], ties: .highestIndex), 2)
        XCTAssertEqual(Model.argmax([4], ties: .highestIndex), 0)
    }
}

/// The same run gives the same report whatever the number of host threads.
final class ThreadDeterminismTests: XCTestCase {
    func testReportsAreIdenticalForAnyThreadCount() throws {
        let model = try ShippedData.model("small")
        let dataset = try ShippedData.testSubset().prefix(40)
        for kernel in Kernels.all {
            let dpus = kernel.name == "large-filter-split" ? 10 : 8
            var texts: [String] = []
            for threads in [1, 3, 8] {
                let request = InferenceRequest(model: model, dataset: dataset, dpus: dpus, tasklets: 12, threads: threads)
                texts.append(RunReport.table([RunReport(try Inference.run(kernel, request))]).text)
            }
            XCTAssertEqual(Set(texts).count, 1, kernel.name)
        }
    }
}

/// Requests a kernel cannot serve are refused with a reason, before any work.
final class KernelRequestTests: XCTestCase {
    func testUnservableRequestsAreRefused() throws {
        let model = try ShippedData.model("small")
        let dataset = try ShippedData.testSubset().prefix(4)
        XCTAssertThrowsError(try Inference.run(LargeFilterSplitKernel(), InferenceRequest(model: model, dataset: dataset, dpus: 7, tasklets: 4))) {
            XCTAssertTrue("\($0)".contains("needs a multiple of 10 DPUs"), "\($0)")
        }
        XCTAssertThrowsError(try Inference.run(SmallPooledKernel(), InferenceRequest(model: model, dataset: dataset, dpus: 1, tasklets: 1))) {
            XCTAssertTrue("\($0)".contains("at least 2 tasklets"), "\($0)")
        }
        XCTAssertThrowsError(try Inference.run(SmallPooledKernel(), InferenceRequest(model: model, dataset: dataset, dpus: 1, tasklets: 4, hashTasklets: 4))) {
            XCTAssertTrue("\($0)".contains("at least one tasklet in each pool"), "\($0)")
        }
    }

    /// A kernel whose DPU code computes a wrong answer is caught by the reference check.
    func testAMismatchIsAnError() throws {
        struct Broken: InferenceKernel {
            let name = "broken", summary = "", defaultModel = "small"
            func problem(with request: InferenceRequest) -> String? { nil }
            func run(_ request: InferenceRequest, on system: DPUSystem) throws -> (predictions: [Int], notes: [String]) {
                (Array(repeating: 3, count: request.inputs), [])
            }
        }
        let model = try ShippedData.model("small")
        let dataset = try ShippedData.testSubset().prefix(20)
        XCTAssertThrowsError(try Inference.run(Broken(), InferenceRequest(model: model, dataset: dataset, dpus: 1, tasklets: 1))) {
            XCTAssertTrue($0 is ReferenceMismatch, "\($0)")
        }
    }
}
