import Foundation

/// An error found while decompressing: what is wrong and where.
public struct InflateError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    /// Set when the output would pass the caller's limit (the data may be valid).
    public var isOutputLimit = false
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    static func outputLimit(_ limit: Int) -> InflateError {
        var error = InflateError("decompresses to more than \(limit) bytes")
        error.isOutputLimit = true
        return error
    }
}


/// A raw DEFLATE (RFC 1951) decoder: stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Written for this project (no zlib dependency). Huffman codes are decoded with one
/// direct lookup table per code, indexed by the next `maxLength` input bits.
public enum Inflate {
    /// Decompresses the raw DEFLATE stream that starts at byte `start` of `input`.
    /// Returns the output and the index of the first byte after the stream's final
    /// block (the stream ends on a byte boundary for this purpose, as gzip requires).
    ///
    /// - Parameter limit: the most bytes the output may hold. Decompression stops as soon
    ///   as the output would pass it, with an error whose `isOutputLimit` is set, so a
    ///   small "bomb" (1 MB expanding to 1 GiB) costs at most `limit` bytes of memory.
    public static func inflate(_ input: UnsafeBufferPointer<UInt8>, from start: Int = 0, capacityHint: Int = 0,
                               limit: Int = .max) throws(InflateError) -> (output: [UInt8], end: Int) {
        var reader = BitReader(input: input, position: start)
        var out = OutputBuffer(capacity: max(capacityHint, 1024), limit: limit)
        try decode(&reader, into: &out)
        return (out.finish(), reader.bytePosition)
    }

    /// The first bytes of the raw DEFLATE stream at `start`: at least `count` of them when
    /// the stream holds that many (fewer when it holds fewer), decompressing little more
    /// than that. No integrity check: for reading a header before deciding how much of
    /// the rest to decompress.
    public static func prefix(_ input: UnsafeBufferPointer<UInt8>, from start: Int = 0, count: Int) throws(InflateError) -> [UInt8] {
        var reader = BitReader(input: input, position: start)
        // A margin of one maximal match (258 bytes) past `count`: the append that passes
        // the limit is not made, and everything before it holds the first `count` bytes.
        var out = OutputBuffer(capacity: count + 258, limit: count + 258)
        do {
            try decode(&reader, into: &out)
        } catch where error.isOutputLimit {
        }
        return Array(out.finish().prefix(count))
    }

    /// Decodes blocks up to and including the final one, then aligns to a byte.
    static func decode(_ reader: inout BitReader, into out: inout OutputBuffer) throws(InflateError) {
        var final = false
        while !final {
            final = try reader.bits(1) == 1
            let type = try reader.bits(2)
            switch type {
            case 0:
                reader.alignToByte()
                let len = try reader.bits(16)
                let nlen = try reader.bits(16)
                guard len == ~nlen & 0xFFFF else {
                    throw InflateError("stored block length \(len) does not match its complement \(nlen)")
                }
                try reader.copyBytes(Int(len), to: &out)
            case 1:
                try decodeBlock(&reader, &out, literal: fixedTables.literal, distance: fixedTables.distance)
            case 2:
                let (lit, dist) = try readDynamicTables(&reader)
                try decodeBlock(&reader, &out, literal: lit, distance: dist)
            default:
                throw InflateError("invalid block type 3 at byte \(reader.position)")
            }
        }
        reader.alignToByte()
    }

    public static func inflate(_ bytes: [UInt8]) throws(InflateError) -> [UInt8] {
        try bytes.withUnsafeBufferPointer { p throws(InflateError) in try inflate(p).output }
    }

    // MARK: - Tables

    static let lengthBase: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [UInt16] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    static let fixedTables: (literal: HuffmanTable, distance: HuffmanTable) = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        // The fixed codes are complete and valid by construction.
        let lit = try! HuffmanTable(lengths: lengths, what: "fixed literal/length")
        let dist = try! HuffmanTable(lengths: [UInt8](repeating: 5, count: 30), what: "fixed distance")
        return (lit, dist)
    }()

    static func readDynamicTables(_ reader: inout BitReader) throws(InflateError) -> (HuffmanTable, HuffmanTable) {
        let hlit = Int(try reader.bits(5)) + 257
        let hdist = Int(try reader.bits(5)) + 1
        let hclen = Int(try reader.bits(4)) + 4
        guard hlit <= 286 else { throw InflateError("dynamic block declares \(hlit) literal/length codes (at most 286)") }
        guard hdist <= 30 else { throw InflateError("dynamic block declares \(hdist) distance codes (at most 30)") }
        var clLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<hclen { clLengths[codeLengthOrder[i]] = UInt8(try reader.bits(3)) }
        let clTable = try HuffmanTable(lengths: clLengths, what: "code-length")
        var lengths = [UInt8](repeating: 0, count: hlit + hdist)
        var i = 0
        while i < hlit + hdist {
            let sym = try clTable.decode(&reader)
            switch sym {
            case 0...15:
                lengths[i] = UInt8(sym); i += 1
            case 16:
                guard i > 0 else { throw InflateError("code-length repeat (16) with no previous length") }
                let prev = lengths[i - 1]
                let n = 3 + Int(try reader.bits(2))
                guard i + n <= lengths.count else { throw InflateError("code-length repeat runs past the declared code count") }
                for _ in 0..<n { lengths[i] = prev; i += 1 }
            default:
                let n = sym == 17 ? 3 + Int(try reader.bits(3)) : 11 + Int(try reader.bits(7))
                guard i + n <= lengths.count else { throw InflateError("code-length zero run runs past the declared code count") }
                i += n // already zero
            }
        }
        guard lengths[256] != 0 else { throw InflateError("dynamic block has no end-of-block code") }
        let lit = try HuffmanTable(lengths: Array(lengths[0..<hlit]), what: "literal/length")
        let dist = try HuffmanTable(lengths: Array(lengths[hlit...]), what: "distance")
        return (lit, dist)
    }

    static func decodeBlock(_ reader: inout BitReader, _ out: inout OutputBuffer, literal: HuffmanTable, distance: HuffmanTable) throws(InflateError) {
        while true {
            let sym = try literal.decode(&reader)
            if sym < 256 {
                try out.append(UInt8(truncatingIfNeeded: sym))
            } else if sym == 256 {
                return
            } else {
                let li = sym - 257
                guard li < 29 else { throw InflateError("invalid literal/length symbol \(sym)") }
                let length = Int(lengthBase[li]) + Int(try reader.bits(Int(lengthExtra[li])))
                let ds = try distance.decode(&reader)
                guard ds < 30 else { throw InflateError("invalid distance symbol \(ds)") }
                let dist = Int(distanceBase[ds]) + Int(try reader.bits(Int(distanceExtra[ds])))
                guard dist <= out.count else {
                    throw InflateError("back-reference distance \(dist) exceeds the \(out.count) bytes written so far")
                }
                try out.copyMatch(distance: dist, length: length)
            }
        }
    }
}

/// LSB-first bit reader over a byte buffer (RFC 1951 §3.1.1).
struct BitReader {
    let input: UnsafeBufferPointer<UInt8>
    var position: Int // next byte to load into `buffer`
    var buffer: UInt64 = 0
    var count: Int = 0

    init(input: UnsafeBufferPointer<UInt8>, position: Int) {
        self.input = input
        self.position = position
    }

    /// The index of the first byte not yet (fully) consumed.
    var bytePosition: Int { position - count / 8 }

    @inline(__always) mutating func refill() {
        while count <= 56 && position < input.count {
            buffer |= UInt64(input[position]) << UInt64(count)
            position += 1
            count += 8
        }
    }

    @inline(__always) mutating func bits(_ n: Int) throws(InflateError) -> UInt32 {
        if n == 0 { return 0 }
        if count < n {
            refill()
            guard count >= n else { throw InflateError("compressed data is truncated (ran out of input at byte \(input.count))") }
        }
        let v = UInt32(truncatingIfNeeded: buffer & ((1 << UInt64(n)) - 1))
        buffer >>= UInt64(n)
        count -= n
        return v
    }

    mutating func alignToByte() {
        let drop = count % 8
        buffer >>= UInt64(drop)
        count -= drop
    }

    mutating func copyBytes(_ n: Int, to out: inout OutputBuffer) throws(InflateError) {
        // Called only when byte-aligned: first drain whole bytes from the bit buffer.
        var remaining = n
        while remaining > 0 && count >= 8 {
            try out.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
            remaining -= 1
        }
        guard position + remaining <= input.count else {
            throw InflateError("stored block is truncated (needs \(remaining) more bytes, \(input.count - position) left)")
        }
        try out.append(UnsafeBufferPointer(rebasing: input[position..<position + remaining]))
        position += remaining
    }
}

/// A growable output buffer with an LZ77 match copy, never larger than `limit` bytes.
struct OutputBuffer {
    var storage: [UInt8]
    var count = 0
    /// The most bytes the output may hold; an append past it throws `outputLimit`.
    let limit: Int

    init(capacity: Int, limit: Int = .max) {
        self.limit = max(0, limit)
        storage = [UInt8](repeating: 0, count: min(capacity, self.limit))
    }

    @inline(__always) mutating func ensure(_ extra: Int) throws(InflateError) {
        if count + extra > storage.count { try grow(extra) }
    }

    /// Doubles the storage (at least to what `extra` needs), up to `limit`.
    @inline(never) mutating func grow(_ extra: Int) throws(InflateError) {
        guard extra <= limit - count else { throw .outputLimit(limit) }
        let needed = count + extra - storage.count
        storage.append(contentsOf: repeatElement(0, count: min(max(storage.count, needed), limit - storage.count)))
    }

    @inline(__always) mutating func append(_ byte: UInt8) throws(InflateError) {
        try ensure(1)
        storage[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(InflateError) {
        try ensure(bytes.count)
        storage.withUnsafeMutableBufferPointer { dst in
            for (i, b) in bytes.enumerated() { dst[count + i] = b }
        }
        count += bytes.count
    }

    @inline(__always) mutating func copyMatch(distance: Int, length: Int) throws(InflateError) {
        try ensure(length)
        let start = count
        storage.withUnsafeMutableBufferPointer { p in
            // Byte by byte: overlapping copies (distance < length) repeat the pattern.
            for i in 0..<length { p[start + i] = p[start + i - distance] }
        }
        count += length
    }

    mutating func finish() -> [UInt8] {
        storage.removeSubrange(count...)
        return storage
    }
}

/// A canonical Huffman code (RFC 1951 §3.2.2) as a direct lookup table indexed by the
/// next `maxLength` bits of input (bit-reversed codes). Each entry packs symbol << 4 | length;
/// length 0 marks bit patterns no code uses (possible for incomplete codes).
struct HuffmanTable {
    var entries: [UInt16]
    var maxLength: Int

    init(lengths: [UInt8], what: String) throws(InflateError) {
        var counts = [Int](repeating: 0, count: 16)
        for l in lengths { counts[Int(l)] += 1 }
        counts[0] = 0
        maxLength = counts.lastIndex(where: { $0 > 0 }) ?? 0
        // Over-subscription check: the Kraft sum may not exceed 1.
        var left = 1
        for len in 1..<16 {
            left <<= 1
            left -= counts[len]
            guard left >= 0 else { throw InflateError("\(what) code lengths are over-subscribed (not a valid prefix code)") }
        }
        if maxLength == 0 {
            // No codes at all (allowed for a distance code in a literal-only block).
            entries = [0]
            return
        }
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for len in 1..<16 {
            code = (code + counts[len - 1]) << 1
            nextCode[len] = code
        }
        let size = 1 << maxLength
        var table = [UInt16](repeating: 0, count: size)
        for (sym, l8) in lengths.enumerated() where l8 != 0 {
            let len = Int(l8)
            let c = nextCode[len]
            nextCode[len] += 1
            // Reverse the code's bits: the stream holds Huffman codes MSB first.
            var rev = 0
            for b in 0..<len where (c >> b) & 1 != 0 { rev |= 1 << (len - 1 - b) }
            let entry = UInt16(sym << 4 | len)
            var index = rev
            while index < size {
                table[index] = entry
                index += 1 << len
            }
        }
        entries = table
    }

    @inline(__always) func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
        if reader.count < maxLength { reader.refill() }
        let entry = entries[Int(truncatingIfNeeded: reader.buffer & ((1 << UInt64(maxLength)) - 1))]
        let len = Int(entry & 0xF)
        guard len != 0 else {
            if maxLength == 0 { throw InflateError("a code was read from an empty Huffman table") }
            if reader.count < maxLength { throw InflateError("compressed data is truncated (ran out of input at byte \(reader.input.count))") }
            throw InflateError("invalid Huffman code (unused bit pattern in an incomplete code)")
        }
        guard len <= reader.count else {
            throw InflateError("compressed data is truncated (ran out of input at byte \(reader.input.count))")
        }
        reader.buffer >>= UInt64(len)
        reader.count -= len
        return Int(entry >> 4)
    }
}
