import XCTest
@testable import DPUSim
@testable import PIMSystem

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

/// Pushing one buffer to many DPUs shares its MRAM pages.
final class SharedPushTests: XCTestCase {
    func testDPUsGivenTheSameBufferShareItsPagesAndReadItBack() throws {
        let system = try DPUSystem(dpus: 6)
        let a = [UInt8](repeating: 0xA5, count: 3 * MRAM.pageBytes), b = [UInt8](repeating: 0x3C, count: 3 * MRAM.pageBytes)
        try system.push(to: 0, bytesPerDPU: a.count, dpus: Array(0..<6), label: "t", buffers: [a, b]) { $0 % 2 }
        for d in 0..<6 { XCTAssertEqual(system.dpus[d].mram.bytes(0, count: a.count), d % 2 == 0 ? a : b) }
        XCTAssertEqual(system.ledger.transfers.last?.bytes, 6 * a.count)
        // A later write to one DPU does not leak into the DPUs that shared its pages.
        system.dpus[2].mram.write(8, bytes: [1, 2, 3, 4, 5, 6, 7, 8])
        XCTAssertEqual(system.dpus[0].mram.bytes(8, count: 8), [UInt8](repeating: 0xA5, count: 8))
        XCTAssertEqual(system.dpus[2].mram.bytes(8, count: 8), [1, 2, 3, 4, 5, 6, 7, 8])
    }
}
