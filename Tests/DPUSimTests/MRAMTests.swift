import XCTest
@testable import DPUSim

final class MRAMTests: XCTestCase {
    /// Bytes written across a page boundary read back; untouched bytes read as zero; only
    /// touched pages take memory.
    func testReadWriteAcrossPagesAndLazyAllocation() {
        var m = MRAM(size: 64 << 20)
        let address = MRAM.pageBytes - 3
        m.write(address, bytes: [1, 2, 3, 4, 5, 6] as [UInt8])
        XCTAssertEqual(m.bytes(address - 2, count: 10), [0, 0, 1, 2, 3, 4, 5, 6, 0, 0])
        XCTAssertEqual(m.residentBytes, 2 * MRAM.pageBytes)
        XCTAssertEqual(m.bytes(40 << 20, count: 4), [0, 0, 0, 0])
        XCTAssertEqual(m.residentBytes, 2 * MRAM.pageBytes)
    }

    /// `copy` shares whole pages and copies partial ones; writing a shared page afterwards
    /// leaves the other MRAM unchanged (copy-on-write).
    func testCopySharesPagesCopyOnWrite() {
        var a = MRAM(size: 1 << 20)
        var b = MRAM(size: 1 << 20)
        let bytes = (0..<(MRAM.pageBytes + 100)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        a.write(0, bytes: bytes)
        b.copy(from: a, 0, count: bytes.count)
        XCTAssertEqual(b.bytes(0, count: bytes.count), bytes)
        b.write(8, bytes: [0xFF] as [UInt8])
        XCTAssertEqual(a.bytes(8, count: 1), [bytes[8]])
        XCTAssertEqual(b.bytes(8, count: 1), [0xFF])
    }
}
