import XCTest
@testable import DPUSim

final class MinHeapTests: XCTestCase {
    /// Pops come out sorted, whatever the push order; interleaved pushes and pops too.
    func testPopsInOrder() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            var heap = MinHeap<Int>()
            var reference: [Int] = []
            for _ in 0..<200 {
                if Bool.random(using: &rng) || reference.isEmpty {
                    let v = Int.random(in: -50...50, using: &rng)
                    heap.push(v)
                    reference.append(v)
                } else {
                    reference.sort()
                    XCTAssertEqual(heap.popMin(), reference.removeFirst())
                }
                XCTAssertEqual(heap.count, reference.count)
                XCTAssertEqual(heap.min, reference.min())
            }
        }
    }

    func testEmpty() {
        var heap = MinHeap<Double>()
        XCTAssertNil(heap.popMin())
        XCTAssertNil(heap.min)
        XCTAssertTrue(heap.isEmpty)
    }
}
