import Foundation

/// CRC-32 as used by gzip, zip and PNG (IEEE 802.3 polynomial, reflected, 0xEDB88320).
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// Continues a running CRC (start with 0) over `bytes`.
    public static func update(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var c = ~crc
        table.withUnsafeBufferPointer { t in
            for b in bytes { c = t[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        }
        return ~c
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { update(0, $0) }
    }

    public static func checksum(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { update(0, $0) }
    }
}

/// gzip (RFC 1952) members around DEFLATE data.
public enum Gzip {
    /// True when `data` starts with the gzip magic bytes 1f 8b.
    public static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// Decompresses a gzip file (one or more concatenated members), checking each
    /// member's header, CRC-32 and ISIZE.
    ///
    /// - Parameter limit: the most bytes the whole output may hold; past it decompression
    ///   stops with "decompresses to more than N bytes" (`isOutputLimit` set), having used
    ///   at most about `limit` bytes of memory.
    public static func decompress(_ data: Data, limit: Int = .max) throws(InflateError) -> [UInt8] {
        let bytes = [UInt8](data)
        return try bytes.withUnsafeBufferPointer { p throws(InflateError) -> [UInt8] in
            var result: [UInt8] = []
            var pos = 0
            var member = 0
            repeat {
                let (out, next) = try decompressMember(p, at: pos, member: member, limit: limit - result.count)
                if member == 0 { result = out } else { result.append(contentsOf: out) }
                pos = next
                member += 1
            } while pos < p.count
            return result
        }
    }

    /// The first `count` bytes of the first member's output (fewer if it holds fewer),
    /// decompressing little more than that; no CRC check. For reading a file's header
    /// before deciding how much of it to decompress.
    public static func prefix(_ data: Data, count: Int) throws(InflateError) -> [UInt8] {
        let bytes = [UInt8](data)
        return try bytes.withUnsafeBufferPointer { p throws(InflateError) -> [UInt8] in
            try Inflate.prefix(p, from: try deflateStart(p, at: 0, member: 0), count: count)
        }
    }

    static func decompressMember(_ p: UnsafeBufferPointer<UInt8>, at start: Int, member: Int, limit: Int) throws(InflateError) -> ([UInt8], Int) {
        let pos = try deflateStart(p, at: start, member: member)
        // ISIZE (the last 4 bytes, if this is the last member) is a capacity hint only,
        // capped by DEFLATE's maximum ratio (~1032:1) so corrupt data cannot make it huge.
        let hint = p.count >= 4 ? Int(UInt32(p[p.count - 4]) | UInt32(p[p.count - 3]) << 8 | UInt32(p[p.count - 2]) << 16 | UInt32(p[p.count - 1]) << 24) : 0
        let (out, end) = try Inflate.inflate(p, from: pos, capacityHint: min(hint, (p.count - pos) * 1032 + 64, 1 << 28), limit: limit)
        guard end + 8 <= p.count else { throw InflateError("gzip trailer is truncated (CRC-32 and size missing)") }
        func le32(_ i: Int) -> UInt32 {
            UInt32(p[i]) | UInt32(p[i + 1]) << 8 | UInt32(p[i + 2]) << 16 | UInt32(p[i + 3]) << 24
        }
        let storedCRC = le32(end)
        let storedSize = le32(end + 4)
        let crc = CRC32.checksum(out)
        guard storedCRC == crc else {
            throw InflateError(String(format: "gzip CRC-32 mismatch: trailer says %08x, data gives %08x (corrupted file)", storedCRC, crc))
        }
        guard storedSize == UInt32(truncatingIfNeeded: out.count) else {
            throw InflateError("gzip size mismatch: trailer says \(storedSize) bytes, decompressed \(out.count)")
        }
        return (out, end + 8)
    }

    /// Checks the gzip member header at `start` and returns where its DEFLATE data begins.
    static func deflateStart(_ p: UnsafeBufferPointer<UInt8>, at start: Int, member: Int) throws(InflateError) -> Int {
        let what = member == 0 ? "gzip header" : "gzip member \(member + 1) header"
        guard p.count - start >= 18 else {
            throw InflateError("\(what) is truncated (\(p.count - start) bytes; a gzip member needs at least 18)")
        }
        guard p[start] == 0x1F, p[start + 1] == 0x8B else {
            throw InflateError(String(format: "not gzip data: bad magic bytes %02x %02x at byte \(start) (expected 1f 8b)", Int(p[start]), Int(p[start + 1])))
        }
        guard p[start + 2] == 8 else { throw InflateError("unsupported gzip compression method \(p[start + 2]) (only 8, deflate)") }
        let flags = p[start + 3]
        guard flags & 0xE0 == 0 else { throw InflateError("gzip header has reserved flag bits set (flags 0x\(String(flags, radix: 16)))") }
        var pos = start + 10
        func need(_ n: Int) throws(InflateError) {
            guard pos + n <= p.count else { throw InflateError("\(what) is truncated") }
        }
        if flags & 0x04 != 0 { // FEXTRA
            try need(2)
            let xlen = Int(p[pos]) | Int(p[pos + 1]) << 8
            pos += 2
            try need(xlen)
            pos += xlen
        }
        for flag in [UInt8(0x08), 0x10] where flags & flag != 0 { // FNAME, FCOMMENT: zero-terminated
            while true {
                try need(1)
                pos += 1
                if p[pos - 1] == 0 { break }
            }
        }
        if flags & 0x02 != 0 { // FHCRC
            try need(2)
            let stored = UInt32(p[pos]) | UInt32(p[pos + 1]) << 8
            let crc = CRC32.update(0, UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: p[start..<pos]))) & 0xFFFF
            guard stored == crc else { throw InflateError("gzip header CRC mismatch") }
            pos += 2
        }
        return pos
    }

    /// Wraps `bytes` in a gzip member made of stored (uncompressed) DEFLATE blocks.
    /// Valid gzip that any reader accepts; used to build test fixtures without external tools.
    public static func storedMember(_ bytes: [UInt8], blockSize: Int = 65535) -> Data {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        var pos = 0
        repeat {
            let n = min(blockSize, 65535, bytes.count - pos)
            let final: UInt8 = pos + n >= bytes.count ? 1 : 0
            out.append(final)
            out += [UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
            out += bytes[pos..<pos + n]
            pos += n
        } while pos < bytes.count
        let crc = CRC32.checksum(bytes)
        let size = UInt32(truncatingIfNeeded: bytes.count)
        for v in [crc, size] { for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8((v >> UInt32(s)) & 0xFF)) } }
        return Data(out)
    }
}
