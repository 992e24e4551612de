import DPUSupport
import Foundation

/// What is wrong with a model file (or with model fields given to `Model.init`).
public struct ModelFileError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: String, Sendable {
        case badMagic, unsupportedVersion, truncated, trailingBytes, badChecksum
        case badConfiguration, badSize, badThreshold, notAPermutation, badHashValue, badHeader
        case unreadable
    }
    public var kind: Kind
    public var message: String
    /// The file, when loading from one.
    public var path: String?

    public init(_ kind: Kind, _ message: String, path: String? = nil) {
        self.kind = kind
        self.message = message
        self.path = path
    }

    public var description: String {
        if let path { return "bad model file '\(path)': \(message)" }
        return "bad model: \(message)"
    }
}

/// The model file format, version 1 (see docs/model-format.md). All integers
/// little-endian.
///
///     offset size  field
///          0    8  magic "BTHOWeN\0"
///          8    2  version (1)
///         10    2  header size in bytes (72)
///         12    4  classes
///         16    4  pixels
///         20    4  bits per input B
///         24    4  inputs per filter n
///         28    4  entries per filter E
///         32    4  hashes per filter k
///         36    4  filters per discriminator (must equal ceil(pixels·B / n))
///         40    4  bleach threshold used to binarize
///         44    8  training seed
///         52   16  configuration name, ASCII, zero-padded
///         68    4  reserved, 0
///         72       thresholds: B × pixels × UInt16
///                  input order: paddedInputBits × UInt32
///                  hash matrix: k × n × UInt32
///                  filters: classes × filters × (E/64) × UInt64
///        end-4  4  CRC-32 (gzip's) of every byte before it
public enum ModelFile {
    public static let magic: [UInt8] = Array("BTHOWeN\0".utf8)
    public static let version: UInt16 = 1
    public static let headerSize = 72
    public static let nameSize = 16

    /// The exact file size for a configuration.
    public static func fileSize(_ c: ModelConfiguration) -> Int {
        headerSize + 2 * c.bitsPerInput * c.pixels + 4 * c.paddedInputBits + 4 * c.hashesPerFilter * c.inputsPerFilter
            + 8 * c.classes * c.filtersPerDiscriminator * c.wordsPerFilter + 4
    }
}

extension Model {
    /// The model in file format version 1.
    public func serialized() -> Data {
        let c = configuration
        var w = ByteWriter()
        w.bytes(ModelFile.magic)
        w.u16(ModelFile.version)
        w.u16(UInt16(ModelFile.headerSize))
        for v in [c.classes, c.pixels, c.bitsPerInput, c.inputsPerFilter, c.entriesPerFilter, c.hashesPerFilter, c.filtersPerDiscriminator] {
            w.u32(UInt32(v))
        }
        w.u32(bleach)
        w.u64(seed)
        var name = Array(c.name.utf8.prefix(ModelFile.nameSize))
        name += [UInt8](repeating: 0, count: ModelFile.nameSize - name.count)
        w.bytes(name)
        w.u32(0)
        thresholds.forEach { w.u16($0) }
        inputOrder.forEach { w.u32($0) }
        hashMatrix.forEach { w.u32($0) }
        filterWords.forEach { w.u64($0) }
        w.u32(CRC32.checksum(w.out))
        return Data(w.out)
    }

    /// Loads and validates a model file's bytes. Checks, in order: magic, version,
    /// header, dimensions, exact size, checksum, then every field's contents.
    public init(data: Data) throws(ModelFileError) {
        let bytes = [UInt8](data)
        var r = ByteReader(bytes: bytes)
        guard bytes.count >= 8 else {
            throw ModelFileError(.truncated, "file is \(bytes.count) bytes, too short for a model file (header alone is \(ModelFile.headerSize))")
        }
        guard Array(bytes[0..<8]) == ModelFile.magic else {
            let shown = bytes[0..<8].map { String(format: "%02x", Int($0)) }.joined(separator: " ")
            throw ModelFileError(.badMagic, "bad magic bytes \(shown); a BTHOWeN model file starts with \"BTHOWeN\\0\"")
        }
        guard bytes.count >= ModelFile.headerSize else {
            throw ModelFileError(.truncated, "file is truncated: \(bytes.count) bytes, the header alone is \(ModelFile.headerSize)")
        }
        r.offset = 8
        let version = r.u16()
        guard version == ModelFile.version else {
            throw ModelFileError(.unsupportedVersion, "format version \(version) is not supported (this build reads version \(ModelFile.version))")
        }
        let headerSize = Int(r.u16())
        guard headerSize == ModelFile.headerSize else {
            throw ModelFileError(.badHeader, "header size field is \(headerSize), expected \(ModelFile.headerSize)")
        }
        let classes = Int(r.u32()), pixels = Int(r.u32()), b = Int(r.u32()), n = Int(r.u32())
        let e = Int(r.u32()), k = Int(r.u32()), filters = Int(r.u32())
        let bleach = r.u32()
        let seed = r.u64()
        let nameBytes = Array(bytes[52..<68])
        r.offset = 68
        let reserved = r.u32()
        let nameEnd = nameBytes.firstIndex(of: 0) ?? nameBytes.count
        guard nameBytes[nameEnd...].allSatisfy({ $0 == 0 }), let name = String(validating: nameBytes[..<nameEnd], as: UTF8.self) else {
            throw ModelFileError(.badHeader, "configuration name field is not zero-padded UTF-8 text")
        }
        let config = ModelConfiguration(name: name, bitsPerInput: b, inputsPerFilter: n, entriesPerFilter: e, hashesPerFilter: k, classes: classes, pixels: pixels)
        if let problem = config.problem { throw ModelFileError(.badConfiguration, problem) }
        guard filters == config.filtersPerDiscriminator else {
            throw ModelFileError(.badConfiguration, "filters per discriminator is \(filters), but \(pixels) pixels × \(b) bits padded to multiples of \(n) give \(config.filtersPerDiscriminator)")
        }
        guard reserved == 0 else { throw ModelFileError(.badHeader, "reserved header field is \(reserved), must be 0") }
        let size = ModelFile.fileSize(config)
        guard bytes.count >= size else {
            throw ModelFileError(.truncated, "file is truncated: \(bytes.count) bytes, a \(config) model needs \(size)")
        }
        guard bytes.count == size else {
            throw ModelFileError(.trailingBytes, "\(bytes.count - size) unexpected bytes after the end of the model (\(size) bytes)")
        }
        let stored = UInt32(bytes[size - 4]) | UInt32(bytes[size - 3]) << 8 | UInt32(bytes[size - 2]) << 16 | UInt32(bytes[size - 1]) << 24
        let crc = bytes.withUnsafeBytes { CRC32.update(0, UnsafeRawBufferPointer(rebasing: $0[0..<size - 4])) }
        guard stored == crc else {
            throw ModelFileError(.badChecksum, String(format: "checksum mismatch: file says CRC-32 %08x, contents give %08x (the file is corrupted)", stored, crc))
        }
        r.offset = ModelFile.headerSize
        let thresholds = (0..<b * pixels).map { _ in r.u16() }
        let order = (0..<config.paddedInputBits).map { _ in r.u32() }
        let matrix = (0..<k * n).map { _ in r.u32() }
        let words = (0..<classes * filters * config.wordsPerFilter).map { _ in r.u64() }
        try self.init(configuration: config, thresholds: thresholds, inputOrder: order, hashMatrix: matrix, filterWords: words, bleach: bleach, seed: seed)
    }

    /// Loads a model file; errors name the file.
    public init(contentsOfFile path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let why = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file"
            throw ModelFileError(.unreadable, why, path: path)
        }
        do {
            try self.init(data: data)
        } catch {
            var e = error
            e.path = path
            throw e
        }
    }
}

struct ByteWriter {
    var out: [UInt8] = []
    mutating func bytes(_ b: [UInt8]) { out += b }
    mutating func u16(_ v: UInt16) { out += [UInt8(v & 0xFF), UInt8(v >> 8)] }
    mutating func u32(_ v: UInt32) { for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
    mutating func u64(_ v: UInt64) { for s in stride(from: 0, to: 64, by: 8) { out.append(UInt8((v >> UInt64(s)) & 0xFF)) } }
}

struct ByteReader {
    let bytes: [UInt8]
    var offset = 0
    mutating func u16() -> UInt16 {
        defer { offset += 2 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }
    mutating func u32() -> UInt32 {
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[offset + i]) << UInt32(8 * i) }
        offset += 4
        return v
    }
    mutating func u64() -> UInt64 {
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
        offset += 8
        return v
    }
}
