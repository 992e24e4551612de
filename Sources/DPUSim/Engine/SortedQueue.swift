/// A priority queue for the timing engine's pending ends: a sorted run of elements,
/// smallest first, in unsafe storage it owns.
///
/// The engine holds at most one pending compute end and one DMA completion per tasklet
/// (24 at most), and most pushes are already the largest element: DMA completions come
/// in the order their transfers were queued (first come, first served), and compute runs
/// of similar lengths end in the order they started. So `push` inserts from the back,
/// O(1) when the element is the largest and O(n) at worst, and `popMin` is O(1); for
/// these sizes it beats a binary heap, whose every pop sifts through unpredictable
/// branches.
///
/// Elements that compare equal come out in push order (the sort is stable); the engine's
/// elements carry a tie-breaker, so its order is total. Not copyable: the queue frees its
/// storage when it goes away.
struct SortedQueue<Element: Comparable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The elements are `base[head..<tail]`, sorted.
    private var head = 0
    private var tail = 0

    /// A queue with room for `capacity` elements before it first grows (at least 1).
    init(capacity: Int) {
        self.capacity = Swift.max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        (base + head).deinitialize(count: tail - head)
        base.deallocate()
    }

    var isEmpty: Bool { head == tail }
    var count: Int { tail - head }

    /// The smallest element, or nil when empty.
    var min: Element? {
        @inline(__always) get { head < tail ? base[head] : nil }
    }

    /// Inserts `element` after every element not greater than it.
    @inline(__always)
    mutating func push(_ element: Element) {
        if tail == capacity { makeRoom() }
        var j = tail
        while j > head && element < base[j - 1] {
            (base + j).moveInitialize(from: base + j - 1, count: 1)
            j -= 1
        }
        (base + j).initialize(to: element)
        tail += 1
    }

    /// Removes the smallest element. Precondition: not empty.
    @inline(__always)
    mutating func popMin() {
        precondition(head < tail, "popMin of an empty SortedQueue")
        (base + head).deinitialize(count: 1)
        head += 1
        if head == tail { head = 0; tail = 0 }
    }

    /// Slides the elements down to index 0, growing the storage if they fill half of it.
    private mutating func makeRoom() {
        let n = tail - head
        if n * 2 > capacity {
            let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base + head, count: n)
            base.deallocate()
            base = bigger
            capacity *= 2
        } else {
            base.moveInitialize(from: base + head, count: n)
        }
        head = 0
        tail = n
    }
}
