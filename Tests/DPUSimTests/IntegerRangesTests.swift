import DPUSupport
import XCTest
@testable import DPUSim

final class IntegerRangesTests: XCTestCase {
    func testInsertMergesAndContainsSearches() {
        var s = IntegerRanges()
        s.insert(5...9)
        s.insert(1...2)
        s.insert(3...4)          // adjacent on both sides: one range
        s.insert(20...100_000_000)
        XCTAssertEqual(s.ranges, [1...9, 20...100_000_000])
        XCTAssertTrue(s.contains(1) && s.contains(9) && s.contains(20) && s.contains(100_000_000))
        XCTAssertFalse(s.contains(0) || s.contains(10) || s.contains(19) || s.contains(100_000_001))
        XCTAssertEqual(s.uncovered(0...25), [0...0, 10...19])
        XCTAssertEqual(s.uncovered(3...8), [])
        XCTAssertEqual(s.shifted(by: -1).description, "0-8,19-99999999")
    }

    func testBoundsDoNotOverflow() {
        var s = IntegerRanges()
        s.insert(Int.min...Int.min)
        s.insert(Int.max...Int.max)
        s.insert(0...0)
        XCTAssertEqual(s.ranges, [Int.min...Int.min, 0...0, Int.max...Int.max])
        XCTAssertTrue(s.contains(.min) && s.contains(.max) && !s.contains(1))
        XCTAssertEqual(s.uncovered((Int.max - 1)...Int.max), [(Int.max - 1)...(Int.max - 1)])
    }
}
