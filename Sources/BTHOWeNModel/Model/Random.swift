#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DPUSupport

/// xoshiro256** (Blackman & Vigna, 2018), seeded by expanding a 64-bit seed with
/// SplitMix64. Pure integer arithmetic: the same seed gives the same sequence on
/// every machine. This is the generator behind every random choice in training.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    public private(set) var state: (UInt64, UInt64, UInt64, UInt64)

    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        state = (sm.next(), sm.next(), sm.next(), sm.next())
    }

    public mutating func next() -> UInt64 {
        let result = rotl(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotl(state.3, 45)
        return result
    }

    @inline(__always) private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform value in 0..<bound (bound ≥ 1), by rejection on the top bits of
    /// `next()` (Lemire's multiply-shift with the unbiasing rejection step).
    public mutating func uniform(below bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        var m = next().multipliedFullWidth(by: bound)
        if m.low < bound {
            let threshold = (0 &- bound) % bound
            while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
        }
        return m.high
    }

    /// A uniformly random permutation of 0..<n (Fisher–Yates, from the end).
    public mutating func permutation(_ n: Int) -> [UInt32] {
        var p = (0..<n).map { UInt32($0) }
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) {
                let j = Int(uniform(below: UInt64(i + 1)))
                p.swapAt(i, j)
            }
        }
        return p
    }
}

/// The standard normal quantile function Φ⁻¹(p): Acklam's rational approximation
/// (relative error < 1.15e-9) followed by one Halley refinement step using `erfc`,
/// which brings it to full double precision.
public enum InverseNormal {
    public static func quantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "Φ⁻¹ is defined on (0, 1), got \(p)")
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425, high = 1 - low
        var x: Double
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= high {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * log(1 - p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        // Halley step on f(x) = Φ(x) − p.
        let e = 0.5 * erfc(-x / 2.0.squareRoot()) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x = x - u / (1 + x * u / 2)
        return x
    }
}

/// Gaussian thermometer encoding (BTHOWeN §3.3): per-pixel thresholds
/// t_i = mean + Φ⁻¹((i+1)/(B+1)) · std over the training images (pixels as x/255,
/// population standard deviation), turned into integer thresholds on the 0…255 scale.
public enum Thermometer {
    /// The skews Φ⁻¹((i+1)/(B+1)), i = 0..<B.
    public static func skews(bits: Int) -> [Double] {
        (0..<bits).map { InverseNormal.quantile(Double($0 + 1) / Double(bits + 1)) }
    }

    /// The smallest integer pixel value p in 0…255 with p/255 ≥ t, or 256 if none:
    /// so that `pixel >= result` equals the reference's `pixel/255 >= t` for every pixel.
    public static func integerThreshold(_ t: Double) -> UInt16 {
        if !(t > 0) { return 0 } // also NaN-safe: t ≤ 0 means every pixel qualifies
        var p = max(0, min(256, Int((t * 255).rounded(.down)) - 1))
        while p < 256 && !(Double(p) / 255.0 >= t) { p += 1 }
        while p > 0 && Double(p - 1) / 255.0 >= t { p -= 1 }
        return UInt16(p)
    }

    /// Integer thresholds laid out [bit i][pixel] (B × pixels entries) from `count`
    /// images of `pixels` bytes each. Mean and standard deviation are computed in
    /// double precision over x/255.
    public static func thresholds(images: [UInt8], count: Int, pixels: Int, bits: Int) -> [UInt16] {
        precondition(count > 0 && images.count == count * pixels)
        // Per-pixel histograms make the statistics exact sums of small integers.
        var hist = [Int](repeating: 0, count: pixels * 256)
        images.withUnsafeBufferPointer { img in
            hist.withUnsafeMutableBufferPointer { h in
                for i in 0..<count {
                    let base = i * pixels
                    for p in 0..<pixels { h[p &* 256 &+ Int(img[base &+ p])] &+= 1 }
                }
            }
        }
        let skews = skews(bits: bits)
        var result = [UInt16](repeating: 0, count: bits * pixels)
        let n = Double(count)
        for p in 0..<pixels {
            var sum = 0.0
            for v in 0..<256 where hist[p * 256 + v] != 0 { sum += Double(hist[p * 256 + v]) * (Double(v) / 255.0) }
            let mean = sum / n
            var sq = 0.0
            for v in 0..<256 where hist[p * 256 + v] != 0 {
                let d = Double(v) / 255.0 - mean
                sq += Double(hist[p * 256 + v]) * d * d
            }
            let std = (sq / n).squareRoot()
            for i in 0..<bits {
                result[i * pixels + p] = integerThreshold(mean + skews[i] * std)
            }
        }
        return result
    }
}
