import DPUSupport
import Foundation

/// A problem with an MNIST file: names the file and says what is wrong.
public struct MNISTError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var problem: String
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }
    public var description: String { path.isEmpty ? "MNIST data: \(problem)" : "MNIST file '\(path)': \(problem)" }
}

/// Images and labels in the MNIST IDX format (LeCun et al.): images magic 2051
/// (0x00000803: unsigned bytes, 3 dimensions), labels magic 2049 (1 dimension), all
/// integers big-endian. Files may be raw or gzip-compressed (detected by content).
public struct MNISTDataset: Sendable {
    /// `count * rows * cols` pixels, image after image, each row-major.
    public let images: [UInt8]
    public let labels: [UInt8]
    public let count: Int
    public let rows: Int
    public let cols: Int

    public var pixelsPerImage: Int { rows * cols }

    public enum Split: String, Sendable, CaseIterable { case train, test }

    /// Builds a dataset from memory. Checks that the sizes agree.
    public init(images: [UInt8], labels: [UInt8], rows: Int, cols: Int) throws(MNISTError) {
        guard rows > 0, cols > 0 else { throw MNISTError(path: "", problem: "image dimensions \(rows)x\(cols) are not positive") }
        guard images.count == labels.count * rows * cols else {
            throw MNISTError(path: "", problem: "\(images.count) pixel bytes do not make \(labels.count) images of \(rows)x\(cols)")
        }
        self.images = images
        self.labels = labels
        self.count = labels.count
        self.rows = rows
        self.cols = cols
    }

    public func image(_ i: Int) -> ArraySlice<UInt8> {
        let n = rows * cols
        return images[i * n..<(i + 1) * n]
    }

    /// The first `n` images (all of them if `n >= count`).
    public func prefix(_ n: Int) -> MNISTDataset {
        let m = max(0, min(n, count))
        return try! MNISTDataset(images: Array(images[0..<m * rows * cols]), labels: Array(labels[0..<m]), rows: rows, cols: cols)
    }

    /// Images `range` as a new dataset.
    public func slice(_ range: Range<Int>) -> MNISTDataset {
        let n = rows * cols
        return try! MNISTDataset(images: Array(images[range.lowerBound * n..<range.upperBound * n]), labels: Array(labels[range]), rows: rows, cols: cols)
    }

    // MARK: Loading

    /// File names tried for a split, in order: the canonical `-idx3-ubyte`, the
    /// `.idx3-ubyte` spelling some mirrors use, each raw or `.gz`; for the test split,
    /// then the 1,000-image subset this project ships (`t10k-1000-…`).
    public static func candidateNames(split: Split) -> [(images: String, labels: String)] {
        let prefixes = split == .train ? ["train"] : ["t10k", "t10k-1000"]
        var result: [(String, String)] = []
        for prefix in prefixes {
            for sep in ["-", "."] {
                for ext in ["", ".gz"] {
                    result.append(("\(prefix)-images\(sep)idx3-ubyte\(ext)", "\(prefix)-labels\(sep)idx1-ubyte\(ext)"))
                }
            }
        }
        return result
    }

    /// Loads a split from a directory holding MNIST files (see `candidateNames`).
    public static func load(directory: String, split: Split) throws -> MNISTDataset {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw MNISTError(path: directory, problem: "no such directory")
        }
        let dir = URL(fileURLWithPath: directory)
        for (imagesName, labelsName) in candidateNames(split: split) {
            let imagesPath = dir.appendingPathComponent(imagesName).path
            guard FileManager.default.fileExists(atPath: imagesPath) else { continue }
            let labelsPath = dir.appendingPathComponent(labelsName).path
            guard FileManager.default.fileExists(atPath: labelsPath) else {
                throw MNISTError(path: labelsPath, problem: "missing: found the images file '\(imagesName)' but not its labels file")
            }
            return try load(imagesPath: imagesPath, labelsPath: labelsPath)
        }
        let tried = candidateNames(split: split).map(\.images).joined(separator: ", ")
        throw MNISTError(path: directory, problem: "no \(split.rawValue) images file found (looked for \(tried))")
    }

    /// True when `directory` holds files for `split`.
    public static func hasSplit(directory: String, split: Split) -> Bool {
        let dir = URL(fileURLWithPath: directory)
        return candidateNames(split: split).contains { FileManager.default.fileExists(atPath: dir.appendingPathComponent($0.images).path) }
    }

    public static func load(imagesPath: String, labelsPath: String) throws -> MNISTDataset {
        let imageBytes = try readMaybeGzip(imagesPath, declaredSize: declaredImagesSize)
        let labelBytes = try readMaybeGzip(labelsPath, declaredSize: declaredLabelsSize)
        return try parse(imagesIDX: imageBytes, labelsIDX: labelBytes, imagesName: imagesPath, labelsName: labelsPath)
    }

    /// The bytes of an IDX file, decompressed if it is gzip.
    ///
    /// A gzip file is decompressed no further than its IDX header declares: the header
    /// (the first `declaredSize.header` bytes) is decompressed first, and the rest only up
    /// to the size it declares, so a small file that expands to gigabytes is refused after
    /// at most the declared size ("… decompresses to more than the N bytes its IDX header
    /// declares"). A header that does not parse is returned as is, for `parse` to name
    /// what is wrong with it.
    static func readMaybeGzip(_ path: String, declaredSize: (header: Int, size: @Sendable ([UInt8]) -> Int?)) throws(MNISTError) -> [UInt8] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw MNISTError(path: path, problem: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        if Gzip.isGzip(data) {
            do {
                let header = try Gzip.prefix(data, count: declaredSize.header)
                guard let size = declaredSize.size(header) else { return header }
                return try Gzip.decompress(data, limit: size)
            } catch where error.isOutputLimit {
                throw MNISTError(path: path, problem: "bad gzip data: \(error.message), the size its IDX header declares")
            } catch {
                throw MNISTError(path: path, problem: "bad gzip data: \(error.message)")
            }
        }
        return [UInt8](data)
    }

    /// An IDX images file's total size as its 16-byte header declares it (magic 2051,
    /// count, rows, columns), or nil when the header is short, has another magic or
    /// implausible dimensions (`parse` names which).
    static let declaredImagesSize: (header: Int, size: @Sendable ([UInt8]) -> Int?) = (16, { h in
        guard h.count >= 16, be32(h, 0) == 2051 else { return nil }
        let n = be32(h, 4), rows = be32(h, 8), cols = be32(h, 12)
        guard (1...maxDimension).contains(rows), (1...maxDimension).contains(cols) else { return nil }
        return 16 + n * rows * cols
    })

    /// An IDX labels file's total size as its 8-byte header declares it (magic 2049,
    /// count), or nil when the header is short or has another magic.
    static let declaredLabelsSize: (header: Int, size: @Sendable ([UInt8]) -> Int?) = (8, { h in
        guard h.count >= 8, be32(h, 0) == 2049 else { return nil }
        return 8 + be32(h, 4)
    })

    /// The largest image side an IDX images file may declare.
    static let maxDimension = 4096

    /// The big-endian 32-bit integer at byte `i` (precondition: 4 bytes there).
    static func be32(_ b: [UInt8], _ i: Int) -> Int {
        Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
    }

    /// Parses IDX bytes (already decompressed). A file that declares no images is an
    /// error: every command that takes a dataset needs at least one.
    public static func parse(imagesIDX: [UInt8], labelsIDX: [UInt8], imagesName: String = "images", labelsName: String = "labels") throws(MNISTError) -> MNISTDataset {
        func magicProblem(_ got: Int, expected: Int, what: String) -> String {
            var text = "wrong magic number \(got) (0x\(String(got, radix: 16))); an IDX \(what) file starts with \(expected)"
            if got == 2051 || got == 2049 { text += " — this looks like the \(got == 2051 ? "images" : "labels") file" }
            if (got >> 16) == 0x1F8B { text += " — the data looks gzip-compressed" }
            return text
        }
        // Images.
        guard imagesIDX.count >= 16 else {
            throw MNISTError(path: imagesName, problem: "truncated: \(imagesIDX.count) bytes, an IDX images header needs 16")
        }
        let imagesMagic = be32(imagesIDX, 0)
        guard imagesMagic == 2051 else { throw MNISTError(path: imagesName, problem: magicProblem(imagesMagic, expected: 2051, what: "images")) }
        let n = be32(imagesIDX, 4), rows = be32(imagesIDX, 8), cols = be32(imagesIDX, 12)
        guard rows >= 1, cols >= 1, rows <= maxDimension, cols <= maxDimension else {
            throw MNISTError(path: imagesName, problem: "implausible image dimensions \(rows)x\(cols)")
        }
        guard n > 0 else { throw MNISTError(path: imagesName, problem: "holds no images (the header declares 0)") }
        let expected = declaredImagesSize.size(Array(imagesIDX.prefix(16)))!
        guard imagesIDX.count >= expected else {
            throw MNISTError(path: imagesName, problem: "truncated: header declares \(n) images of \(rows)x\(cols) (\(expected) bytes), file has \(imagesIDX.count) bytes")
        }
        guard imagesIDX.count == expected else {
            throw MNISTError(path: imagesName, problem: "\(imagesIDX.count - expected) unexpected bytes after the \(n) images the header declares")
        }
        // Labels.
        guard labelsIDX.count >= 8 else {
            throw MNISTError(path: labelsName, problem: "truncated: \(labelsIDX.count) bytes, an IDX labels header needs 8")
        }
        let labelsMagic = be32(labelsIDX, 0)
        guard labelsMagic == 2049 else { throw MNISTError(path: labelsName, problem: magicProblem(labelsMagic, expected: 2049, what: "labels")) }
        let m = be32(labelsIDX, 4)
        guard labelsIDX.count >= 8 + m else {
            throw MNISTError(path: labelsName, problem: "truncated: header declares \(m) labels, file has \(labelsIDX.count - 8)")
        }
        guard labelsIDX.count == 8 + m else {
            throw MNISTError(path: labelsName, problem: "\(labelsIDX.count - 8 - m) unexpected bytes after the \(m) labels the header declares")
        }
        guard m == n else {
            throw MNISTError(path: labelsName, problem: "holds \(m) labels but '\(imagesName)' holds \(n) images")
        }
        let labels = Array(labelsIDX[8...])
        if let bad = labels.firstIndex(where: { $0 > 9 }) {
            throw MNISTError(path: labelsName, problem: "label \(labels[bad]) at index \(bad) is not a digit 0...9")
        }
        return try MNISTDataset(images: Array(imagesIDX[16...]), labels: labels, rows: rows, cols: cols)
    }

    // MARK: Writing

    /// The images as an uncompressed IDX file.
    public func imagesIDX() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 + images.count)
        for v in [2051, count, rows, cols] { out += MNISTDataset.be32Bytes(v) }
        out += images
        return out
    }

    /// The labels as an uncompressed IDX file.
    public func labelsIDX() -> [UInt8] {
        MNISTDataset.be32Bytes(2049) + MNISTDataset.be32Bytes(count) + labels
    }

    static func be32Bytes(_ v: Int) -> [UInt8] {
        [UInt8((v >> 24) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
    }
}
