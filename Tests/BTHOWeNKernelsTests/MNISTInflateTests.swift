import DPUSupport
import BTHOWeNKernels
import Foundation
import XCTest

/// Writes DEFLATE bits LSB-first, and fixed-Huffman codes MSB-first (RFC 1951 §3.1.1).
private struct BitWriter {
    var bytes: [UInt8] = []
    var bitCount = 0

    mutating func bits(_ value: Int, _ n: Int) {
        for i in 0..<n {
            if bitCount % 8 == 0 { bytes.append(0) }
            if (value >> i) & 1 != 0 { bytes[bytes.count - 1] |= UInt8(1 << (bitCount % 8)) }
            bitCount += 1
        }
    }

    mutating func code(_ code: Int, _ length: Int) {
        for i in stride(from: length - 1, through: 0, by: -1) { bits((code >> i) & 1, 1) }
    }

    /// A literal/length symbol in the fixed code.
    mutating func fixedSymbol(_ sym: Int) {
        switch sym {
        case 0...143: code(0x30 + sym, 8)
        case 144...255: code(0x190 + sym - 144, 9)
        case 256...279: code(sym - 256, 7)
        default: code(0xC0 + sym - 280, 8)
        }
    }
}

final class MNISTInflateTests: XCTestCase {
    func testCRC32CheckValue() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([UInt8]()), 0)
    }

    func testStoredGzipRoundTripWithManyBlocks() throws {
        let payload = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let gz = Gzip.storedMember(payload, blockSize: 300) // 4 stored blocks
        XCTAssertEqual(try Gzip.decompress(gz), payload)
        XCTAssertEqual(try Gzip.decompress(Gzip.storedMember([])), [])
        // Two concatenated members decode to the concatenation.
        XCTAssertEqual(try Gzip.decompress(gz + Gzip.storedMember([1, 2, 3])), payload + [1, 2, 3])
    }

    func testHandBuiltFixedHuffmanBlockWithOverlappingMatch() throws {
        // "ab" then a match of length 7 at distance 2 → "ababababa", then end of block.
        var w = BitWriter()
        w.bits(1, 1) // BFINAL
        w.bits(1, 2) // BTYPE = 01, fixed
        w.fixedSymbol(Int(UInt8(ascii: "a")))
        w.fixedSymbol(Int(UInt8(ascii: "b")))
        w.fixedSymbol(261) // length 7 (no extra bits)
        w.code(1, 5)       // distance code 1 = distance 2
        w.fixedSymbol(Int(UInt8(ascii: "!")))
        w.fixedSymbol(200) // a 9-bit literal
        w.fixedSymbol(256)
        XCTAssertEqual(try Inflate.inflate(w.bytes), Array("ababababa!".utf8) + [200])
    }

    func testHandBuiltStoredThenFixedBlocks() throws {
        var w = BitWriter()
        w.bits(0, 1); w.bits(0, 2) // stored, not final
        w.bits(0, 5)               // pad to byte boundary
        w.bits(3, 16); w.bits(~3 & 0xFFFF, 16)
        for b in [UInt8(ascii: "x"), UInt8(ascii: "y"), UInt8(ascii: "z")] { w.bits(Int(b), 8) }
        w.bits(1, 1); w.bits(1, 2)
        w.fixedSymbol(257)         // length 3
        w.code(2, 5)               // distance 3
        w.fixedSymbol(256)
        XCTAssertEqual(String(decoding: try Inflate.inflate(w.bytes), as: UTF8.self), "xyzxyz")
    }

    func testZlibFixedHuffmanFixture() throws {
        // Raw DEFLATE made once by zlib (Z_FIXED) and committed as bytes.
        let raw: [UInt8] = [0x4b, 0x4c, 0x4a, 0x4e, 0x44, 0x43, 0x04, 0x81, 0x42, 0x46, 0x6a, 0x4e, 0x4e, 0x3e, 0x32, 0xa9, 0x08, 0x00]
        let expected = "abcabcabcabcabcabcaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa hello hello hello!"
        XCTAssertEqual(String(decoding: try Inflate.inflate(raw), as: UTF8.self), expected)
    }

    func testGzipDynamicHuffmanFixture() throws {
        let gz = Data(Self.dynamicFixture)
        XCTAssertEqual((gz[10] >> 1) & 3, 2, "fixture starts with a dynamic-Huffman block")
        let out = try Gzip.decompress(gz)
        XCTAssertEqual(out.count, 490)
        let text = String(decoding: out, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("teneoteaeaeeareei ot edteetreiito"))
        XCTAssertTrue(text.hasSuffix("trnittee the quick brown fox jumps over the lazy dog  the quick brown fox jumps over the lazy dog "))
    }

    func testGzipErrors() {
        let good = Array(Self.dynamicFixture)
        func message(_ bytes: [UInt8]) -> String {
            do {
                _ = try Gzip.decompress(Data(bytes))
                return "no error"
            } catch {
                return error.message
            }
        }
        XCTAssertTrue(message(Array(good.prefix(good.count - 3))).contains("truncated"), message(Array(good.prefix(good.count - 3))))
        XCTAssertTrue(message(Array(good.prefix(100))).contains("truncated"))
        XCTAssertTrue(message(Array(good.prefix(12))).contains("truncated"))
        var badMagic = good; badMagic[1] = 0x8C
        XCTAssertTrue(message(badMagic).contains("magic"))
        var badCRC = good; badCRC[good.count - 6] ^= 0x01
        XCTAssertTrue(message(badCRC).contains("CRC-32 mismatch"))
        var badSize = good; badSize[good.count - 4] ^= 0x01
        XCTAssertTrue(message(badSize).contains("size mismatch"))
        var badMethod = good; badMethod[2] = 7
        XCTAssertTrue(message(badMethod).contains("compression method"))
        // Block type 3 is invalid.
        XCTAssertTrue(message([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 0x07] + [UInt8](repeating: 0, count: 8)).contains("invalid block type"))
        // Stored block whose length does not match its complement.
        XCTAssertThrowsError(try Inflate.inflate([0x01, 0x03, 0x00, 0x00, 0x00, 1, 2, 3])) { error in
            XCTAssertTrue("\(error)".contains("complement"), "\(error)")
        }
        // A back-reference before the start of the output.
        var w = BitWriter()
        w.bits(1, 1); w.bits(1, 2); w.fixedSymbol(257); w.code(0, 5); w.fixedSymbol(256)
        XCTAssertThrowsError(try Inflate.inflate(w.bytes)) { error in
            XCTAssertTrue("\(error)".contains("distance"), "\(error)")
        }
    }

    /// Made once by zlib (level 9, gzip wrapper) from 490 bytes of skewed text; committed as bytes.
    static let dynamicFixture: [UInt8] = [
        0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x95, 0x50, 0x0b, 0x52, 0x1d, 0x20, 0x10, 0xbb, 0x4a, 0xae, 0x96, 0x4a, 0x2a, 0x58, 0xba, 0xab, 0x10, 0xd4, 0x7a, 0x7a, 0x97, 0xd7, 0x13, 0x38, 0xcc, 0x30, 0xb0, 0x9f, 0xfc, 0xac, 0x50, 0x5a, 0xac, 0x23, 0x2e, 0x69, 0x20, 0x0d, 0x35, 0x4b, 0x5e, 0x1a, 0xc3, 0x29, 0x29, 0xe8, 0x41, 0xf7, 0x1a, 0xcc, 0xb9, 0xab, 0xeb, 0x5d, 0xd3, 0xb1, 0x73, 0x3a, 0x46, 0xb2, 0x81, 0xa1, 0x08, 0x2c, 0x3b, 0x2e, 0x8a, 0x76, 0xed, 0x4e, 0x31, 0xe7, 0x6a, 0xb6, 0x27, 0xaa, 0x24, 0x0e, 0xcb, 0x4e, 0x04, 0x47, 0x68, 0xf6, 0xd9, 0x6d, 0x8d, 0xdb, 0xf0, 0xff, 0x6b, 0xd6, 0xa7, 0x4a, 0x85, 0xc5, 0xfb, 0x28, 0x21, 0x48, 0xd5, 0x41, 0x8b, 0x2a, 0xef, 0xec, 0xd6, 0x42, 0xeb, 0x6b, 0x5f, 0xb1, 0x35, 0x10, 0x20, 0x80, 0xc7, 0xf2, 0x98, 0x8d, 0xd1, 0x15, 0xa7, 0x6f, 0xaa, 0xbb, 0xc3, 0x46, 0x49, 0xd0, 0x59, 0xb5, 0x12, 0xd7, 0x00, 0x22, 0x0f, 0xe7, 0xba, 0x3c, 0xa3, 0xd0, 0x8e, 0x39, 0x0e, 0x0f, 0x33, 0xaf, 0xdc, 0x2e, 0xee, 0x74, 0x66, 0x2f, 0x3a, 0x6f, 0xe6, 0x3e, 0x1c, 0x64, 0x30, 0x89, 0x98, 0x28, 0xc9, 0x4d, 0x0f, 0x57, 0xd1, 0xa7, 0x76, 0x69, 0x87, 0x60, 0x62, 0x89, 0xf4, 0x0d, 0x22, 0xa9, 0x0a, 0x47, 0xe8, 0x15, 0x4b, 0xb1, 0x8b, 0x67, 0x15, 0x43, 0xc6, 0x4d, 0x4d, 0x18, 0x5d, 0x4d, 0x8d, 0xce, 0x63, 0xdd, 0x24, 0xaf, 0xf4, 0x6d, 0x3e, 0x5c, 0xef, 0xa2, 0x3f, 0x5a, 0xe4, 0x32, 0x03, 0x5e, 0x71, 0xb5, 0x15, 0x78, 0x17, 0xde, 0xce, 0x78, 0xfa, 0x83, 0x5f, 0x2b, 0x3f, 0x02, 0xbf, 0xf3, 0x13, 0x2f, 0xe7, 0xef, 0xeb, 0x46, 0xbe, 0x97, 0xa1, 0xdb, 0x9e, 0xfc, 0xfa, 0x87, 0x96, 0xcf, 0xf8, 0xd1, 0xf0, 0x37, 0x68, 0x0f, 0x61, 0x76, 0xea, 0x01, 0x00, 0x00,
    ]
}
