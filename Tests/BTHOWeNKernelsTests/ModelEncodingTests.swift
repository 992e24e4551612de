import DPUSupport
import BTHOWeNModel
@testable import BTHOWeNKernels
import Foundation
import XCTest

final class ModelEncodingTests: XCTestCase {
    func testConfigurationsDerivedSizes() {
        XCTAssertEqual(ModelConfiguration.small.filtersPerDiscriminator, 56)
        XCTAssertEqual(ModelConfiguration.medium.filtersPerDiscriminator, 84)
        XCTAssertEqual(ModelConfiguration.large.filtersPerDiscriminator, 96)
        XCTAssertEqual(ModelConfiguration.large.paddedInputBits, 4704)
        XCTAssertEqual(ModelConfiguration.small.wordsPerFilter, 16)
        // Table 3 sizes: classes × filters × entries bits.
        XCTAssertEqual(ModelConfiguration.small.filterBits / 8 / 1024, 70)
        XCTAssertEqual(ModelConfiguration.medium.filterBits / 8 / 1024, 210)
        XCTAssertEqual(ModelConfiguration.large.filterBits / 8 / 1024, 960)
        XCTAssertEqual(ModelConfiguration.named("Large"), .large)
        XCTAssertNil(ModelConfiguration.named("huge"))
        var c = ModelConfiguration.small
        c.entriesPerFilter = 1000
        XCTAssertEqual(c.problem, "entries per filter 1000 is not a power of two")
    }

    func testInverseNormalMatchesFactsSheetSkews() {
        let expected: [Int: [Double]] = [
            2: [-0.4307, 0.4307],
            3: [-0.6745, 0, 0.6745],
            6: [-1.0676, -0.5659, -0.1800, 0.1800, 0.5659, 1.0676],
        ]
        for (bits, skews) in expected {
            let got = Thermometer.skews(bits: bits)
            XCTAssertEqual(got.count, skews.count)
            for (g, e) in zip(got, skews) { XCTAssertEqual(g, e, accuracy: 5e-5, "B=\(bits)") }
        }
        // Full precision against well-known quantiles.
        XCTAssertEqual(InverseNormal.quantile(0.975), 1.959963984540054, accuracy: 1e-13)
        XCTAssertEqual(InverseNormal.quantile(0.5), 0, accuracy: 1e-15)
        XCTAssertEqual(InverseNormal.quantile(0.001), -3.090232306167813, accuracy: 1e-12)
        XCTAssertEqual(InverseNormal.quantile(0.75), 0.6744897501960817, accuracy: 1e-14)
    }

    func testIntegerThresholdMatchesFloatComparison() {
        XCTAssertEqual(Thermometer.integerThreshold(0), 0)
        XCTAssertEqual(Thermometer.integerThreshold(-0.3), 0)
        XCTAssertEqual(Thermometer.integerThreshold(100.0 / 255.0), 100)
        XCTAssertEqual(Thermometer.integerThreshold(100.0 / 255.0 + 1e-12), 101)
        XCTAssertEqual(Thermometer.integerThreshold(1.0), 255)
        XCTAssertEqual(Thermometer.integerThreshold(1.0001), 256)
        // Exhaustive equivalence with (p/255 ≥ t) on a grid of thresholds.
        for step in 0...2000 {
            let t = Double(step) / 1900.0 - 0.02
            let threshold = Int(Thermometer.integerThreshold(t))
            for p in 0...255 { XCTAssertEqual(p >= threshold, Double(p) / 255.0 >= t) }
        }
    }

    func testThresholdsOnTinyHandMadeDataset() {
        // 2 pixels, 4 images: pixel 0 is always 0 (std 0), pixel 1 alternates 0 and 255
        // (mean 0.5, population std 0.5).
        let images: [UInt8] = [0, 0, 0, 255, 0, 0, 0, 255]
        // B = 2: t = 0.5 ∓ 0.4307·0.5 → 0.2846·255 = 72.6 → 73; 0.7154·255 = 182.4 → 183.
        XCTAssertEqual(Thermometer.thresholds(images: images, count: 4, pixels: 2, bits: 2), [0, 73, 0, 183])
        // B = 3: 0.5 − 0.6745·0.5 → 41.5 → 42; 0.5 → 127.5 → 128; 0.8372·255 = 213.5 → 214.
        XCTAssertEqual(Thermometer.thresholds(images: images, count: 4, pixels: 2, bits: 3), [0, 42, 0, 128, 0, 214])
        // Pixel 1 at 10, 20, 30, 41: mean 25.25/255, std √132.6875/255 = 11.519/255;
        // B=3 → 25.25 − 7.77 = 17.48 → 18, 25.25 → 26, 33.02 → 34.
        XCTAssertEqual(Thermometer.thresholds(images: [0, 10, 0, 20, 0, 30, 0, 41], count: 4, pixels: 2, bits: 3), [0, 18, 0, 26, 0, 34])
    }

    /// 4 pixels, B = 2, n = 3, E = 64, k = 2, 3 classes → 8 input bits padded to 9, 3 filters.
    static let tinyConfig = ModelConfiguration(name: "tiny", bitsPerInput: 2, inputsPerFilter: 3, entriesPerFilter: 64, hashesPerFilter: 2, classes: 3, pixels: 4)

    static func tinyModel(order: [UInt32] = Array(0..<9), filterWords: [UInt64] = [UInt64](repeating: 0, count: 9)) throws -> Model {
        try Model(configuration: tinyConfig,
                  thresholds: [10, 20, 30, 0, 100, 200, 256, 0], // bit 0: 10,20,30,0; bit 1: 100,200,256(never),0
                  inputOrder: order,
                  hashMatrix: [1, 2, 4, 8, 16, 33],              // row 0: 1,2,4; row 1: 8,16,33
                  filterWords: filterWords)
    }

    func testEncodeIsBitPlaneMajorAndZeroPadded() throws {
        let c = Self.tinyConfig
        XCTAssertEqual(c.inputBits, 8)
        XCTAssertEqual(c.paddedInputBits, 9)
        XCTAssertEqual(c.filtersPerDiscriminator, 3)
        let model = try Self.tinyModel()
        let bits = model.encode([15, 25, 255, 0][...]).bits
        // plane 0: 15≥10, 25≥20, 255≥30, 0≥0; plane 1: 15≥100 no, 25≥200 no, 255≥256 no, 0≥0; pad 0.
        XCTAssertEqual(bits, [true, true, true, true, false, false, false, true, false])
        XCTAssertEqual(model.encode([0, 0, 0, 0][...]).bits, [false, false, false, true, false, false, false, true, false])
    }

    func testPermute() throws {
        let order: [UInt32] = [8, 7, 6, 5, 4, 3, 2, 1, 0]
        let model = try Self.tinyModel(order: order)
        let encoded = BitVector([true, false, false, true, false, false, false, true, false])
        XCTAssertEqual(model.permute(encoded).bits, [false, true, false, false, false, true, false, false, true])
    }

    func testH3AgainstHandComputedValues() throws {
        let model = try Self.tinyModel()
        // Filter 0 reads bits 0,1,2 = 1,0,1 → h0 = 1^4 = 5, h1 = 8^33 = 41.
        // Filter 1 reads bits 3,4,5 = 1,1,1 → h0 = 1^2^4 = 7, h1 = 8^16^33 = 57.
        // Filter 2 reads bits 6,7,8 = 0,0,0 → 0, 0.
        let permuted = BitVector([true, false, true, true, true, true, false, false, false])
        XCTAssertEqual(model.hashes(permuted), [5, 41, 7, 57, 0, 0])
    }

    func testFastPathEqualsStageByStageOnShippedModels() throws {
        let subset = try ShippedData.testSubset()
        for name in ["small", "medium", "large"] {
            let model = try ShippedData.model(name)
            for i in stride(from: 0, to: 1000, by: 97) {
                let image = subset.image(i)
                let reference = model.hashes(model.permute(model.encode(image)))
                XCTAssertEqual(model.fastHashes(image), reference, "\(name) image \(i)")
                XCTAssertEqual(model.predict(image), Model.argmax(model.responses(hashes: reference)))
            }
        }
    }

    func testResponsesAndTieBreaking() throws {
        // Class 0: entries 5 and 41 of filter 0 set (filter 0 responds).
        // Class 1: filter 0 has only entry 5 (no response), filter 2 has entry 0 (responds, both probes 0).
        // Class 2: filter 1 entries 7 and 57, filter 2 entry 0 → 2 responses.
        var words = [UInt64](repeating: 0, count: 9) // [class][filter], 1 word per filter
        words[0 * 3 + 0] = 1 << 5 | 1 << 41
        words[1 * 3 + 0] = 1 << 5
        words[1 * 3 + 2] = 1 << 0
        words[2 * 3 + 1] = 1 << 7 | 1 << 57
        words[2 * 3 + 2] = 1
        let model = try Self.tinyModel(filterWords: words)
        let hashes: [UInt32] = [5, 41, 7, 57, 0, 0]
        XCTAssertEqual(model.responses(hashes: hashes), [1, 1, 2])
        XCTAssertTrue(model.entry(class: 2, filter: 1, entry: 57))
        XCTAssertFalse(model.entry(class: 2, filter: 1, entry: 56))
        // Ties: the lowest index wins.
        XCTAssertEqual(Model.argmax([3, 5, 5, 1]), 1)
        XCTAssertEqual(Model.argmax([0, 0, 0]), 0)
        XCTAssertEqual(Model.argmax([1, 2, 9, 9, 9]), 2)
        XCTAssertEqual(Model.argmax([4]), 0)
        XCTAssertEqual(model.responses(hashes: [5, 41, 0, 0, 1, 1]), [1, 0, 0])
    }

    func testRandomGeneratorsAreDeterministic() {
        var sm = SplitMix64(seed: 0)
        XCTAssertEqual(sm.next(), 0xE220_A839_7B1D_CDAF) // published SplitMix64 test value
        var a = Xoshiro256StarStar(seed: 42), b = Xoshiro256StarStar(seed: 42)
        for _ in 0..<100 { XCTAssertEqual(a.next(), b.next()) }
        var r = Xoshiro256StarStar(seed: 1)
        let p = r.permutation(1000)
        XCTAssertEqual(Set(p).count, 1000)
        XCTAssertEqual(p.max(), 999)
        for _ in 0..<1000 { XCTAssertLessThan(r.uniform(below: 7), 7) }
        let s1 = Trainer.randomStructure(.small, seed: 1), s2 = Trainer.randomStructure(.small, seed: 2)
        XCTAssertEqual(s1.inputOrder, Trainer.randomStructure(.small, seed: 1).inputOrder)
        XCTAssertNotEqual(s1.inputOrder, s2.inputOrder)
        XCTAssertTrue(s1.hashMatrix.allSatisfy { $0 < 1024 })
    }
}
