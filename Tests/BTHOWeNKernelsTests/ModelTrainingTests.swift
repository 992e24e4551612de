import BTHOWeNModel
@testable import BTHOWeNKernels
import Foundation
import XCTest

final class ModelTrainingTests: XCTestCase {
    static let config = ModelConfiguration(name: "tiny", bitsPerInput: 1, inputsPerFilter: 4, entriesPerFilter: 64, hashesPerFilter: 2, classes: 2, pixels: 4)

    func testConservativeUpdate() {
        var f = CountingBloomFilters(configuration: Self.config) // 1 filter per class
        XCTAssertEqual(Self.config.filtersPerDiscriminator, 1)
        f.train(hashes: [5, 9], label: 1)
        XCTAssertEqual(f.counter(class: 1, filter: 0, entry: 5), 1)
        XCTAssertEqual(f.counter(class: 1, filter: 0, entry: 9), 1)
        // least = min(1, 0) = 0: entry 5 stays max(1, 1) = 1, entry 7 becomes 1.
        f.train(hashes: [5, 7], label: 1)
        XCTAssertEqual([5, 7, 9].map { f.counter(class: 1, filter: 0, entry: $0) }, [1, 1, 1])
        // least = 1: both become 2.
        f.train(hashes: [5, 9], label: 1)
        XCTAssertEqual([5, 7, 9].map { f.counter(class: 1, filter: 0, entry: $0) }, [2, 1, 2])
        // least = min(2, 1) = 1: entry 5 stays 2, entry 7 rises to 2.
        f.train(hashes: [5, 7], label: 1)
        XCTAssertEqual([5, 7, 9].map { f.counter(class: 1, filter: 0, entry: $0) }, [2, 2, 2])
        // Both hashes equal: the one counter goes up by one.
        f.train(hashes: [3, 3], label: 1)
        XCTAssertEqual(f.counter(class: 1, filter: 0, entry: 3), 1)
        // Only the label's discriminator is trained.
        XCTAssertEqual(f.counters[0..<64].reduce(0, +), 0)
        XCTAssertEqual(f.maxCounter, 2)
        // Minima and binarization.
        var mins = [UInt32](repeating: 9, count: 2)
        [UInt32(5), 7].withUnsafeBufferPointer { h in mins.withUnsafeMutableBufferPointer { f.minima(hashes: h, into: $0) } }
        XCTAssertEqual(mins, [0, 2])
        let words = f.binarized(bleach: 2)
        XCTAssertEqual(words, [0, 1 << 5 | 1 << 7 | 1 << 9])
        XCTAssertEqual(f.binarized(bleach: 1)[1], 1 << 3 | 1 << 5 | 1 << 7 | 1 << 9)
    }

    func testBleachSearchFindsPeakCoarseToFine() {
        let (b, trials) = BleachSearch.search(maxCounter: 100) { 1000 - abs($0 - 37) }
        XCTAssertEqual(b, 37)
        XCTAssertEqual(trials.map(\.bleach), [25, 50, 75, 13, 37, 31, 43, 34, 40, 36, 38])
        XCTAssertEqual(trials.last { $0.bleach == 37 }?.correct, 1000)
    }

    func testBleachSearchTiesGoToLowerBleach() {
        // Plateau from 20 up: the lowest b reaching the plateau wins.
        let (b, trials) = BleachSearch.search(maxCounter: 100) { min($0, 20) }
        XCTAssertEqual(b, 20)
        XCTAssertEqual(trials.map(\.bleach), [25, 50, 75, 13, 37, 19, 31, 22, 28, 21, 23, 20])
        // Peak near 1: candidates below 1 score 0 without being evaluated.
        let low = BleachSearch.search(maxCounter: 1000) { 500 - abs($0 - 3) }
        XCTAssertEqual(low.bleach, 3)
        XCTAssertTrue(low.trials.allSatisfy { $0.bleach >= 1 })
        // Degenerate: everything scores 0 → stops at 1 instead of running below it.
        XCTAssertEqual(BleachSearch.search(maxCounter: 0) { _ in 0 }.bleach, 1)
    }

    func testTrainingIsDeterministicAndLearnsTheSubset() throws {
        let subset = try ShippedData.testSubset()
        let data = subset.prefix(600)
        let a = try Trainer.train(config: .small, dataset: data, seed: 7)
        let b = try Trainer.train(config: .small, dataset: data, seed: 7)
        let c = try Trainer.train(config: .small, dataset: data, seed: 8)
        XCTAssertEqual(a.model.serialized(), b.model.serialized())
        XCTAssertNotEqual(a.model.serialized(), c.model.serialized())
        // ≤ 10,000 images: no held-out split, the bleach is chosen on the training images.
        XCTAssertFalse(a.report.heldOutValidation)
        XCTAssertEqual(a.report.trainingImages, 600)
        XCTAssertEqual(Int(a.model.bleach), a.report.bleach)
        XCTAssertGreaterThanOrEqual(a.report.bleach, 1)
        // The model is what the report says: its accuracy on the validation images matches.
        let e = a.model.evaluate(data)
        XCTAssertEqual(e.correct, a.report.validationCorrect)
        XCTAssertGreaterThan(e.accuracy, 0.85)
        // And it generalizes somewhat to the other 400 images.
        XCTAssertGreaterThan(a.model.evaluate(subset.slice(600..<1000)).accuracy, 0.6)
    }

    func testHeldOutValidationIsTheLastTenPercent() throws {
        // 10,001 synthetic 4-pixel images: label = whether pixel 0 is bright.
        var rng = Xoshiro256StarStar(seed: 3)
        var images: [UInt8] = [], labels: [UInt8] = []
        for _ in 0..<10_001 {
            let bright = rng.next() & 1 == 1
            images += [bright ? 200 : 10, UInt8(rng.next() & 0xFF), UInt8(rng.next() & 0xFF), 128]
            labels.append(bright ? 1 : 0)
        }
        let data = try MNISTDataset(images: images, labels: labels, rows: 2, cols: 2)
        let result = try Trainer.train(config: Self.config, dataset: data, seed: 1)
        XCTAssertTrue(result.report.heldOutValidation)
        XCTAssertEqual(result.report.validationImages, 1000)
        XCTAssertEqual(result.report.trainingImages, 9001)
        XCTAssertEqual(result.report.validationCorrect, result.model.evaluate(data.slice(9001..<10_001)).correct)
    }

    func testShippedModelsMatchTheirSeedAndScoreOnTheShippedSubset() throws {
        let subset = try ShippedData.testSubset()
        // Measured once (deterministic): correct, ties, bleach on the first 1,000 test images.
        let expected: [(String, Int, Int, UInt32)] = [("small", 917, 22, 8), ("medium", 926, 6, 6), ("large", 936, 10, 2)]
        for (name, correct, ties, bleach) in expected {
            let model = try ShippedData.model(name)
            XCTAssertEqual(model.configuration, ModelConfiguration.named(name))
            XCTAssertEqual(model.bleach, bleach, name)
            let structure = Trainer.randomStructure(model.configuration, seed: model.seed)
            XCTAssertEqual(model.inputOrder, structure.inputOrder, name)
            XCTAssertEqual(model.hashMatrix, structure.hashMatrix, name)
            let e = model.evaluate(subset)
            XCTAssertEqual(e.count, 1000)
            XCTAssertEqual(e.correct, correct, name)
            XCTAssertEqual(e.ties, ties, name)
            XCTAssertGreaterThan(e.accuracy, 0.90, name)
            XCTAssertEqual(e.confusion.joined().reduce(0, +), 1000)
        }
    }
}
