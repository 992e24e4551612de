import XCTest
@testable import DPUSim

final class SortedQueueTests: XCTestCase {
    /// Pops come out sorted whatever the push order, with pushes and pops interleaved, and
    /// through growth (capacity 1 grows on the second push) and slides (pops free the front).
    func testPopsInOrder() {
        var state: UInt64 = 7
        func next() -> UInt64 {   // Knuth's MMIX LCG, high bits: deterministic, so a failure reproduces
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for capacity in [1, 2, 24] {
            var queue = SortedQueue<Int>(capacity: capacity)
            var reference: [Int] = []
            for _ in 0..<2_000 {
                if next() % 2 == 0 || reference.isEmpty {
                    let v = Int(next() % 101) - 50
                    queue.push(v)
                    reference.append(v)
                } else {
                    reference.sort()
                    XCTAssertEqual(queue.min, reference.removeFirst())
                    queue.popMin()
                }
                XCTAssertEqual(queue.count, reference.count)
                XCTAssertEqual(queue.min, reference.min())
            }
        }
    }

    /// Equal elements leave in push order (the engine relies on a total order, but the
    /// queue's own contract is a stable sort).
    func testStableForEqualKeys() {
        struct Item: Comparable { var key: Int, tag: Int; static func < (a: Item, b: Item) -> Bool { a.key < b.key } }
        var queue = SortedQueue<Item>(capacity: 4)
        for (tag, key) in [3, 1, 3, 1, 2, 3].enumerated() { queue.push(Item(key: key, tag: tag)) }
        var order: [Int] = []
        while let top = queue.min { order.append(top.tag); queue.popMin() }
        XCTAssertEqual(order, [1, 3, 4, 0, 2, 5])
    }

    /// The engine's common case: every push is the largest, so it lands at the back.
    func testMonotonicPushesStayFIFO() {
        var queue = SortedQueue<Double>(capacity: 3)
        var popped: [Double] = []
        for i in 0..<100 {
            queue.push(Double(i))
            if i % 3 == 2 { popped.append(queue.min!); queue.popMin() }
        }
        while let top = queue.min { popped.append(top); queue.popMin() }
        XCTAssertEqual(popped, (0..<100).map(Double.init))
    }

    func testEmpty() {
        let queue = SortedQueue<Double>(capacity: 0)
        XCTAssertNil(queue.min)
        XCTAssertTrue(queue.isEmpty)
        XCTAssertEqual(queue.count, 0)
    }
}
