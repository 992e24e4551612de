/// The inputs' pseudo-random numbers: SplitMix64 (Steele, Lea & Flood, OOPSLA 2014), seeded
/// per workload, so every run of a point sees the same inputs on every machine.
/// (uPIMulator's generators use Go's `math/rand`; only the distributions are mirrored.)
public struct PrIMRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

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
