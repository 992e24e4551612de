import BTHOWeNModel
import DPUSupport
import BTHOWeNKernels
import Foundation
import XCTest

final class MNISTDatasetTests: XCTestCase {
    /// Three 2×3 images.
    static func tiny() throws -> MNISTDataset {
        try MNISTDataset(images: [0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 250, 251, 252, 253, 254, 255], labels: [7, 0, 9], rows: 2, cols: 3)
    }

    func be32(_ v: Int) -> [UInt8] { [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }

    func parseError(_ images: [UInt8], _ labels: [UInt8]) -> String {
        do {
            _ = try MNISTDataset.parse(imagesIDX: images, labelsIDX: labels, imagesName: "img.idx", labelsName: "lab.idx")
            return "no error"
        } catch {
            return error.description
        }
    }

    func testIDXRoundTripAndAccessors() throws {
        let d = try Self.tiny()
        let parsed = try MNISTDataset.parse(imagesIDX: d.imagesIDX(), labelsIDX: d.labelsIDX())
        XCTAssertEqual(parsed.count, 3)
        XCTAssertEqual(parsed.rows, 2)
        XCTAssertEqual(parsed.cols, 3)
        XCTAssertEqual(parsed.labels, [7, 0, 9])
        XCTAssertEqual(Array(parsed.image(1)), [10, 11, 12, 13, 14, 15])
        XCTAssertEqual(Array(d.imagesIDX().prefix(16)), be32(2051) + be32(3) + be32(2) + be32(3))
        let two = parsed.prefix(2)
        XCTAssertEqual(two.count, 2)
        XCTAssertEqual(two.labels, [7, 0])
        XCTAssertEqual(parsed.prefix(99).count, 3)
    }

    func testIDXErrors() throws {
        let d = try Self.tiny()
        let images = d.imagesIDX(), labels = d.labelsIDX()
        // Truncated images and labels.
        var e = parseError(Array(images.dropLast()), labels)
        XCTAssertTrue(e.contains("img.idx") && e.contains("truncated"), e)
        e = parseError(Array(images.prefix(10)), labels)
        XCTAssertTrue(e.contains("truncated"), e)
        e = parseError(images, Array(labels.dropLast()))
        XCTAssertTrue(e.contains("lab.idx") && e.contains("truncated"), e)
        // Wrong magic (swapped files).
        e = parseError(images, images)
        XCTAssertTrue(e.contains("lab.idx") && e.contains("wrong magic number 2051") && e.contains("images file"), e)
        var badMagic = images; badMagic[3] = 0x04
        e = parseError(badMagic, labels)
        XCTAssertTrue(e.contains("wrong magic number 2052"), e)
        // Count mismatch between images and labels.
        let fewer = try MNISTDataset(images: Array(d.images.prefix(12)), labels: [7, 0], rows: 2, cols: 3)
        e = parseError(images, fewer.labelsIDX())
        XCTAssertTrue(e.contains("holds 2 labels but") && e.contains("3 images"), e)
        // Wrong dimensions: zero rows.
        var zeroRows = images; zeroRows[11] = 0
        e = parseError(zeroRows, labels)
        XCTAssertTrue(e.contains("dimensions 0x3"), e)
        // Trailing bytes.
        e = parseError(images + [0], labels)
        XCTAssertTrue(e.contains("unexpected bytes"), e)
        // Labels that are not digits.
        var badLabel = labels; badLabel[9] = 12
        e = parseError(images, badLabel)
        XCTAssertTrue(e.contains("label 12 at index 1"), e)
    }

    func testLoadDirectoryRawAndGzipBothSpellings() throws {
        let d = try Self.tiny()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mnist-test-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Train split: canonical names, gzip.
        try Gzip.storedMember(d.imagesIDX()).write(to: dir.appendingPathComponent("train-images-idx3-ubyte.gz"))
        try Gzip.storedMember(d.labelsIDX()).write(to: dir.appendingPathComponent("train-labels-idx1-ubyte.gz"))
        // Test split: dotted names, raw.
        try Data(d.imagesIDX()).write(to: dir.appendingPathComponent("t10k-images.idx3-ubyte"))
        try Data(d.labelsIDX()).write(to: dir.appendingPathComponent("t10k-labels.idx1-ubyte"))
        let train = try MNISTDataset.load(directory: dir.path, split: .train)
        let test = try MNISTDataset.load(directory: dir.path, split: .test)
        XCTAssertEqual(train.images, d.images)
        XCTAssertEqual(test.labels, d.labels)
        XCTAssertTrue(MNISTDataset.hasSplit(directory: dir.path, split: .test))

        // A corrupted gzip file names the file.
        var gz = [UInt8](Gzip.storedMember(d.imagesIDX()))
        gz[gz.count - 6] ^= 0xFF
        let badPath = dir.appendingPathComponent("bad.gz").path
        try Data(gz).write(to: URL(fileURLWithPath: badPath))
        XCTAssertThrowsError(try MNISTDataset.load(imagesPath: badPath, labelsPath: dir.appendingPathComponent("t10k-labels.idx1-ubyte").path)) { error in
            XCTAssertTrue("\(error)".contains("bad.gz") && "\(error)".contains("CRC"), "\(error)")
        }
        // Missing files.
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertThrowsError(try MNISTDataset.load(directory: empty.path, split: .train)) { error in
            XCTAssertTrue("\(error)".contains("train-images-idx3-ubyte"), "\(error)")
        }
        XCTAssertThrowsError(try MNISTDataset.load(directory: dir.appendingPathComponent("nope").path, split: .train)) { error in
            XCTAssertTrue("\(error)".contains("no such directory"), "\(error)")
        }
    }

    func testShippedSubsetLoads() throws {
        let subset = try ShippedData.testSubset()
        XCTAssertEqual(subset.count, 1000)
        XCTAssertEqual(subset.rows, 28)
        XCTAssertEqual(subset.cols, 28)
        XCTAssertEqual(Array(subset.labels.prefix(10)), [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]) // the well-known first MNIST test labels
        // load(directory:split:) also finds the shipped subset's names.
        let fromDir = try MNISTDataset.load(directory: try ShippedData.dataDirectory().appendingPathComponent("mnist").path, split: .test)
        XCTAssertEqual(fromDir.images, subset.images)
    }
}
