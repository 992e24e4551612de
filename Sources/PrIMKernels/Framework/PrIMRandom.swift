import DPUSupport

/// The inputs' pseudo-random numbers: SplitMix64 (Steele, Lea & Flood, OOPSLA 2014), seeded
/// per workload, so every run of a point sees the same inputs on every machine.
/// (uPIMulator's generators use Go's `math/rand`; only the distributions are mirrored.)
public struct PrIMRandom: Sendable {
    private var generator: SplitMix64

    public init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    public mutating func next() -> UInt64 { generator.next() }

    /// Uniform in `0..<bound` (Lemire's multiply-shift; the tiny bias is irrelevant here).
    /// Precondition: `bound > 0`.
    public mutating func below(_ bound: Int) -> Int {
        Int((UInt64(UInt32(truncatingIfNeeded: next() >> 32)) &* UInt64(bound)) >> 32)
    }
}

/// Little-endian byte images of the host's typed buffers, as `dpu_push_xfer` sends them.
public enum PrIMBytes {
    public static func encode<T: FixedWidthInteger>(_ values: some Collection<T>, paddedTo bytes: Int? = nil) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes ?? values.count * MemoryLayout<T>.size)
        for v in values { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        if let bytes, out.count < bytes { out += repeatElement(0, count: bytes - out.count) }
        return out
    }

    public static func decode<T: FixedWidthInteger>(_ bytes: [UInt8], as type: T.Type = T.self) -> [T] {
        let size = MemoryLayout<T>.size
        return stride(from: 0, to: bytes.count - size + 1, by: size).map { offset in
            var v = T.zero
            for i in 0..<size { v |= T(truncatingIfNeeded: bytes[offset + i]) << (8 * i) }
            return v
        }
    }
}
