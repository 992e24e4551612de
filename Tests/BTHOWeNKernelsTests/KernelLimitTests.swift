import BTHOWeNModel
import DPUSim
import XCTest
@testable import BTHOWeNKernels

/// Valid models at the edges of what a kernel counts: each kernel's `problem(with:)`
/// refuses what it cannot count, naming the limit, and what it accepts runs (matching the
/// reference) or stops with a fault naming the memory it does not fit.
final class KernelLimitTests: XCTestCase {
    /// A valid model with one filter per pixel (784 filters per discriminator) whose every
    /// filter responds to every input: the most any per-tasklet response count can reach.
    static let wide: Model = {
        let c = ModelConfiguration(name: "wide", bitsPerInput: 1, inputsPerFilter: 1, entriesPerFilter: 64, hashesPerFilter: 1)
        return try! Model(configuration: c, thresholds: Array(repeating: 128, count: c.pixels),
                          inputOrder: (0..<c.paddedInputBits).map(UInt32.init), hashMatrix: [1],
                          filterWords: Array(repeating: ~0, count: c.classes * c.filtersPerDiscriminator * c.wordsPerFilter))
    }()

    func request(dpus: Int, tasklets: Int, hashTasklets: Int? = nil) throws -> InferenceRequest {
        InferenceRequest(model: Self.wide, dataset: try ShippedData.testSubset().prefix(20), dpus: dpus, tasklets: tasklets,
                         hashTasklets: hashTasklets)
    }

    func testSmallPooledRefusesMoreThan255FiltersPerFilterTasklet() throws {
        let kernel = Kernels.named("small-pooled")!
        // 2 tasklets: one filter tasklet would count 784 responses in a byte.
        let problem = kernel.problem(with: try request(dpus: 2, tasklets: 2))
        XCTAssertTrue(problem?.contains("at most 255 filters") == true, problem ?? "accepted")
        XCTAssertTrue(problem?.contains("784") == true, problem ?? "")
        // 4 filter tasklets: 196 each, within a byte; runs and matches the reference.
        let ok = try request(dpus: 2, tasklets: 8, hashTasklets: 4)
        XCTAssertNil(kernel.problem(with: ok))
        XCTAssertEqual(try Inference.run(kernel, ok).predictions.count, 20)
    }

    func testEveryKernelRunsTheWideModelWhereItSaysItCan() throws {
        for kernel in Kernels.all {
            let r = try request(dpus: 10, tasklets: 16)
            if let problem = kernel.problem(with: r) {
                XCTAssertFalse(problem.isEmpty)
                continue
            }
            // Runs and matches the reference, or stops with a fault naming what does not fit
            // (mram-probe's per-tasklet buffers for 784 filters overflow 64 KiB of WRAM).
            do {
                let outcome = try Inference.run(kernel, r)
                XCTAssertEqual(outcome.predictions.count, 20, kernel.name)
            } catch {
                XCTAssertTrue("\(error)".contains("does not fit"), "\(kernel.name): \(error)")
            }
        }
    }

    /// A model that does not fit the configured MRAM is refused before anything is
    /// simulated, naming both sizes.
    func testModelLargerThanTheConfiguredMRAMIsRefused() throws {
        var r = try request(dpus: 10, tasklets: 16)
        r.configuration.mramBytes = 1024
        for kernel in Kernels.all where kernel.problem(with: r) == nil {
            XCTAssertThrowsError(try Inference.run(kernel, r), kernel.name) { error in
                XCTAssertTrue("\(error)".contains("1024 bytes of MRAM"), "\(kernel.name): \(error)")
            }
        }
    }
}
