import BTHOWeNModel
import DPUSim
import XCTest
@testable import BTHOWeNKernels

/// large-filter-split beyond one DPU per filter: the DPUs form r input groups of 10·s.
final class InputGroupTests: XCTestCase {
    /// A model with 4 filters per discriminator (784 pixels × 1 bit / 196 inputs per
    /// filter), so that 80 DPUs (8 per discriminator) need 2 input groups of 40.
    static let tiny: Model = {
        let config = ModelConfiguration(name: "tiny", bitsPerInput: 1, inputsPerFilter: 196, entriesPerFilter: 64, hashesPerFilter: 2)
        let train = try! ShippedData.testSubset().prefix(300)
        return try! Trainer.train(config: config, dataset: train, seed: 7).model
    }()

    func request(dpus: Int, inputs: Int) throws -> InferenceRequest {
        InferenceRequest(model: Self.tiny, dataset: try ShippedData.testSubset().prefix(inputs), dpus: dpus, tasklets: 4)
    }

    func testGroupCountIsTheSmallestThatLeavesEveryDPUAFilter() throws {
        XCTAssertEqual(LargeFilterSplitKernel.inputGroups(try request(dpus: 40, inputs: 30)), 1)   // 4 per class: s = 4
        XCTAssertEqual(LargeFilterSplitKernel.inputGroups(try request(dpus: 80, inputs: 30)), 2)   // 8 per class: 2 × 4
        XCTAssertEqual(LargeFilterSplitKernel.inputGroups(try request(dpus: 120, inputs: 30)), 3)  // 12 per class: 3 × 4
        XCTAssertEqual(LargeFilterSplitKernel.inputGroups(try request(dpus: 50, inputs: 30)), 5)   // 5 per class: 5 × 1
        // MNIST-Large on a full server: 256 per class, 96 filters → 4 groups of 64 shares.
        let large = InferenceRequest(model: try ShippedData.model("large"), dataset: try ShippedData.testSubset().prefix(10),
                                     dpus: 2560, tasklets: 16)
        XCTAssertEqual(LargeFilterSplitKernel.inputGroups(large), 4)
    }

    /// Grouped runs give the host reference's predictions (Inference.run checks every
    /// one), with each group serving its own slice: more groups, fewer inputs per DPU.
    func testGroupedRunsMatchTheReferenceAndSplitTheInputs() throws {
        let one = try Inference.run(LargeFilterSplitKernel(), try request(dpus: 40, inputs: 30))
        let two = try Inference.run(LargeFilterSplitKernel(), try request(dpus: 80, inputs: 30))
        let three = try Inference.run(LargeFilterSplitKernel(), try request(dpus: 120, inputs: 31))   // uneven slices
        XCTAssertEqual(one.predictions, two.predictions)
        XCTAssertEqual(three.predictions.count, 31)
        XCTAssertTrue(two.notes.contains { $0.contains("2 input groups of 40 DPUs") }, "\(two.notes)")
        XCTAssertLessThan(two.ledger.dpuCycles, one.ledger.dpuCycles)
        // Each group gets only its own hashes: the hash transfer of 2 groups moves half of
        // the single group's bytes per DPU, to twice the DPUs.
        let hashBytes = { (o: InferenceOutcome) in o.ledger.transfers.filter { $0.label == "hashes" }.reduce(0) { $0 + $1.bytes } }
        XCTAssertEqual(hashBytes(two), hashBytes(one))
    }

    func testTooFewInputsForTheGroupsIsAClearProblem() throws {
        let problem = LargeFilterSplitKernel().problem(with: try request(dpus: 120, inputs: 2))
        XCTAssertNotNil(problem)
        XCTAssertTrue(problem!.contains("3 input groups"), problem!)
    }
}
