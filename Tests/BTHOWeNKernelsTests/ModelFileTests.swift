import BTHOWeNModel
import DPUSupport
@testable import BTHOWeNKernels
import Foundation
import XCTest

final class ModelFileTests: XCTestCase {
    func sample() throws -> Model {
        let c = ModelEncodingTests.tinyConfig
        var rng = Xoshiro256StarStar(seed: 5)
        let words = (0..<c.classes * c.filtersPerDiscriminator * c.wordsPerFilter).map { _ in rng.next() }
        return try Model(configuration: c, thresholds: [10, 20, 30, 0, 100, 200, 256, 0], inputOrder: rng.permutation(9),
                         hashMatrix: [1, 2, 4, 8, 16, 33], filterWords: words, bleach: 3, seed: 99)
    }

    func kind(_ bytes: [UInt8]) -> (ModelFileError.Kind?, String) {
        do {
            _ = try Model(data: Data(bytes))
            return (nil, "loaded")
        } catch {
            return (error.kind, error.message)
        }
    }

    /// Rewrites the trailing CRC so that a content change is caught by field validation.
    func resealed(_ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        let crc = CRC32.checksum(Array(b.dropLast(4)))
        for i in 0..<4 { b[b.count - 4 + i] = UInt8((crc >> UInt32(8 * i)) & 0xFF) }
        return b
    }

    func testRoundTrip() throws {
        let m = try sample()
        let data = m.serialized()
        XCTAssertEqual(data.count, ModelFile.fileSize(m.configuration))
        XCTAssertEqual(Array(data.prefix(8)), Array("BTHOWeN\0".utf8))
        let back = try Model(data: data)
        XCTAssertEqual(back.configuration, m.configuration)
        XCTAssertEqual(back.thresholds, m.thresholds)
        XCTAssertEqual(back.inputOrder, m.inputOrder)
        XCTAssertEqual(back.hashMatrix, m.hashMatrix)
        XCTAssertEqual(back.filterWords, m.filterWords)
        XCTAssertEqual(back.bleach, 3)
        XCTAssertEqual(back.seed, 99)
        XCTAssertEqual(back.serialized(), data)
    }

    func testShippedSmallModelRoundTripsAndHasTheDocumentedSize() throws {
        let path = try ShippedData.modelPath("small")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(bytes.count, 81_388)
        XCTAssertEqual(try Model(data: bytes).serialized(), bytes)
    }

    func testRejectsCorruptedFiles() throws {
        let good = [UInt8](try sample().serialized())
        var b = good
        b[0] = UInt8(ascii: "X")
        XCTAssertEqual(kind(b).0, .badMagic)
        XCTAssertTrue(kind(b).1.contains("magic"))
        XCTAssertEqual(kind(Array(good.prefix(5))).0, .truncated)
        XCTAssertEqual(kind(Array(good.prefix(40))).0, .truncated)
        XCTAssertEqual(kind(Array(good.dropLast())).0, .truncated)
        XCTAssertEqual(kind(good + [0]).0, .trailingBytes)
        // A flipped bit anywhere in the body is caught by the checksum.
        for offset in [72, 100, good.count - 20, good.count - 1] {
            var flipped = good
            flipped[offset] ^= 0x10
            XCTAssertEqual(kind(flipped).0, .badChecksum, "offset \(offset)")
        }
        XCTAssertTrue(kind({ var x = good; x[good.count - 30] ^= 1; return x }()).1.contains("checksum mismatch"))
        // Version.
        b = good; b[8] = 2
        XCTAssertEqual(kind(b).0, .unsupportedVersion)
        // E not a power of two (header field at offset 28).
        b = good; b[28] = 65
        XCTAssertEqual(kind(b).0, .badConfiguration)
        XCTAssertTrue(kind(b).1.contains("power of two"), kind(b).1)
        // Inconsistent filter count.
        b = good; b[36] = 4
        XCTAssertEqual(kind(b).0, .badConfiguration)
        // Input order not a permutation (checksum fixed up, so the field check must catch it).
        let orderStart = 72 + 2 * 8
        b = good
        b[orderStart + 4] = b[orderStart]; b[orderStart + 5] = b[orderStart + 1]; b[orderStart + 6] = 0; b[orderStart + 7] = 0
        XCTAssertEqual(kind(resealed(b)).0, .notAPermutation)
        XCTAssertTrue(kind(resealed(b)).1.contains("not a permutation"), kind(resealed(b)).1)
        b = good; b[orderStart] = 9; b[orderStart + 1] = 0; b[orderStart + 2] = 0; b[orderStart + 3] = 0
        XCTAssertEqual(kind(resealed(b)).0, .notAPermutation)
        // Hash value ≥ E.
        let matrixStart = orderStart + 4 * 9
        b = good; b[matrixStart] = 64
        XCTAssertEqual(kind(resealed(b)).0, .badHashValue)
        XCTAssertTrue(kind(resealed(b)).1.contains("not below E = 64"))
        // Threshold above 256.
        b = good; b[72] = 0x01; b[73] = 0x01
        XCTAssertEqual(kind(resealed(b)).0, .badThreshold)
    }

    func testFileErrorsNameThePath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("model-file-test-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bad.bthowen").path
        try Data("not a model".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Model(contentsOfFile: path)) { error in
            XCTAssertTrue("\(error)".contains("bad.bthowen") && "\(error)".contains("magic"), "\(error)")
        }
        XCTAssertThrowsError(try Model(contentsOfFile: dir.appendingPathComponent("missing").path)) { error in
            XCTAssertTrue("\(error)".contains("no such file"), "\(error)")
        }
    }
}
