/// A binary min-heap: `push` and `popMin` in O(log n), `min` in O(1).
///
/// Elements that compare equal come out in an unspecified (but deterministic) order;
/// callers that need a total order put a tie-breaker in the element.
public struct MinHeap<Element: Comparable>: Sendable where Element: Sendable {
    private var storage: [Element] = []

    public init() {}

    public var isEmpty: Bool { storage.isEmpty }
    public var count: Int { storage.count }
    /// The smallest element, or nil when empty.
    public var min: Element? { storage.first }

    /// Reserves room for `n` elements, so pushes up to that size never reallocate.
    public mutating func reserveCapacity(_ n: Int) { storage.reserveCapacity(n) }

    public mutating func push(_ element: Element) {
        storage.append(element)
        storage.withUnsafeMutableBufferPointer { heap in
            // Sift the hole up from the end, then drop the element in.
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard element < heap[parent] else { break }
                heap[child] = heap[parent]
                child = parent
            }
            heap[child] = element
        }
    }

    /// Removes and returns the smallest element, or nil when empty.
    @discardableResult
    public mutating func popMin() -> Element? {
        guard let result = storage.first else { return nil }
        let last = storage.removeLast()
        guard !storage.isEmpty else { return result }
        storage.withUnsafeMutableBufferPointer { heap in
            // Sift the hole down from the root, then drop the former last element in.
            let n = heap.count
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < n else { break }
                let right = left + 1
                let child = right < n && heap[right] < heap[left] ? right : left
                guard heap[child] < last else { break }
                heap[parent] = heap[child]
                parent = child
            }
            heap[parent] = last
        }
        return result
    }

    public mutating func removeAll() { storage.removeAll(keepingCapacity: true) }
}
