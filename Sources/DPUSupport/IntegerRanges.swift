/// A set of integers held as closed ranges, as a user writes it (`1-4,8,16-100000000`):
/// membership and size cost time in the number of ranges, never in how many integers they
/// span, so a list option that names a huge range costs nothing until something is
/// selected from it.
public struct IntegerRanges: Sendable, Equatable, ExpressibleByArrayLiteral, CustomStringConvertible {
    /// Disjoint, non-adjacent ranges in increasing order.
    public private(set) var ranges: [ClosedRange<Int>] = []

    public init() {}

    public init(arrayLiteral elements: Int...) {
        for e in elements { insert(e...e) }
    }

    /// Adds every integer of `range`, merging with the ranges it touches.
    public mutating func insert(_ range: ClosedRange<Int>) {
        var low = range.lowerBound, high = range.upperBound
        var kept: [ClosedRange<Int>] = []
        kept.reserveCapacity(ranges.count + 1)
        var placed = false
        for r in ranges {
            // `r` touches [low, high] when they overlap or are adjacent. The first
            // comparison of each pair keeps the ±1 of the second from overflowing.
            if r.upperBound < low && r.upperBound < low - 1 {
                kept.append(r)
            } else if r.lowerBound > high && r.lowerBound > high + 1 {
                if !placed { kept.append(low...high); placed = true }
                kept.append(r)
            } else {
                low = min(low, r.lowerBound)
                high = max(high, r.upperBound)
            }
        }
        if !placed { kept.append(low...high) }
        ranges = kept
    }

    /// Whether `value` is in the set (binary search over the ranges).
    public func contains(_ value: Int) -> Bool {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].contains(value)
    }

    /// The parts of `range` not yet in the set, in increasing order.
    public func uncovered(_ range: ClosedRange<Int>) -> [ClosedRange<Int>] {
        var parts: [ClosedRange<Int>] = []
        var next = range.lowerBound
        var open = true   // `next` not yet past range.upperBound
        for r in ranges where open && r.upperBound >= next {
            if r.lowerBound > range.upperBound { break }
            if r.lowerBound > next { parts.append(next...(r.lowerBound - 1)) }
            if r.upperBound >= range.upperBound { open = false } else { next = r.upperBound + 1 }
        }
        if open { parts.append(next...range.upperBound) }
        return parts
    }

    /// The ranges shifted by `offset` (`--trace-launches` counts from 1, launches from 0).
    public func shifted(by offset: Int) -> IntegerRanges {
        var result = IntegerRanges()
        result.ranges = ranges.map { ($0.lowerBound + offset)...($0.upperBound + offset) }
        return result
    }

    public var description: String {
        ranges.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",")
    }
}
