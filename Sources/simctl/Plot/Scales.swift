import Foundation

/// Maps data values to pixels along one axis, and picks the ticks to label.
protocol AxisScale {
    /// The pixel position of `value` (values outside the domain map outside the range).
    func position(_ value: Double) -> Double
    /// Values to mark on the axis, inside the domain, increasing.
    var ticks: [Double] { get }
    /// Whether the axis is logarithmic (for its label).
    var isLogarithmic: Bool { get }
}

/// A linear axis whose domain is widened to "nice" round numbers (steps of 1, 2 or 5
/// times a power of ten).
struct LinearScale: AxisScale {
    let low: Double, high: Double
    let pixels: ClosedRange<Double>
    let ticks: [Double]
    var isLogarithmic: Bool { false }

    /// - Parameters:
    ///   - values: the data; an empty or constant list gets a unit-wide domain.
    ///   - includeZero: start the domain at 0 (bar lengths, counts).
    ///   - pixels: the range, `lowerBound` for the domain's low end (it may be the larger
    ///     number, as for a y axis that grows upwards).
    ///   - integers: ticks only at whole numbers (tasklet counts).
    init(values: [Double], includeZero: Bool, pixels: ClosedRange<Double>, reversed: Bool = false, maxTicks: Int = 6,
         integers: Bool = false) {
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
        if hi - lo <= 0 { hi = lo + 1 }
        var step = Self.niceStep((hi - lo) / Double(max(1, maxTicks - 1)))
        if integers { step = max(1, step.rounded()) }
        if includeZero {
            hi = (hi / step).rounded(.up) * step
            lo = (lo / step).rounded(.down) * step
        }
        low = lo
        high = hi
        self.pixels = pixels
        self.reversed = reversed
        var ticks: [Double] = []
        var t = (lo / step).rounded(.up) * step
        while t <= hi + step * 1e-9 {
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
            t += step
        }
        if integers {
            // Whole-number axes also mark their ends (1 and 24 tasklets) when there is room.
            if let first = ticks.first, first - lo >= 0.6 * step { ticks.insert(lo, at: 0) }
            if let last = ticks.last, hi - last >= 0.6 * step { ticks.append(hi) }
        }
        self.ticks = ticks
    }

    private let reversed: Bool

    func position(_ value: Double) -> Double {
        let f = (value - low) / (high - low)
        return reversed ? pixels.upperBound - f * (pixels.upperBound - pixels.lowerBound)
                        : pixels.lowerBound + f * (pixels.upperBound - pixels.lowerBound)
    }

    /// 1, 2 or 5 times a power of ten, at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let power = pow(10, (log10(rough)).rounded(.down))
        for m in [1.0, 2, 5, 10] where m * power >= rough * (1 - 1e-12) { return m * power }
        return 10 * power
    }
}

/// A base-10 logarithmic axis over positive values, with ticks at 1, 2 and 5 times powers
/// of ten (only powers of ten when the data spans more than three decades).
struct LogScale: AxisScale {
    let low: Double, high: Double
    let pixels: ClosedRange<Double>
    let ticks: [Double]
    let reversed: Bool
    var isLogarithmic: Bool { true }

    /// Precondition: every value is positive.
    init(values: [Double], pixels: ClosedRange<Double>, reversed: Bool = false) {
        let lo = values.min() ?? 1, hi = values.max() ?? 10
        precondition(lo > 0, "a log scale needs positive values")
        // A margin of 10% on either side, so points do not sit on the frame.
        low = lo / 1.1
        high = max(hi * 1.1, low * 2)
        self.pixels = pixels
        self.reversed = reversed
        let decades = log10(high / low)
        let multiples: [Double] = decades > 3 ? [1] : decades > 1.3 ? [1, 2, 5] : [1, 1.5, 2, 3, 5, 7]
        var ticks: [Double] = []
        var power = pow(10, log10(low).rounded(.down))
        while power <= high {
            for m in multiples where m * power >= low && m * power <= high { ticks.append(m * power) }
            power *= 10
        }
        self.ticks = ticks
    }

    func position(_ value: Double) -> Double {
        let f = (log10(max(value, low * 1e-3)) - log10(low)) / (log10(high) - log10(low))
        return reversed ? pixels.upperBound - f * (pixels.upperBound - pixels.lowerBound)
                        : pixels.lowerBound + f * (pixels.upperBound - pixels.lowerBound)
    }

    /// Whether a log axis suits `values`: all positive and spread over a factor of 8 or more.
    static func suits(_ values: [Double]) -> Bool {
        guard let lo = values.min(), let hi = values.max(), lo > 0 else { return false }
        return hi / lo >= 8
    }
}

/// Number labels for axes and bars.
enum NumberLabel {
    /// A short label: 950, 1.2k, 35k, 1.5M, 0.25.
    static func compact(_ x: Double) -> String {
        let a = abs(x)
        if a >= 1e9 { return trimmed(x / 1e9) + "G" }
        if a >= 1e6 { return trimmed(x / 1e6) + "M" }
        if a >= 1e3 { return trimmed(x / 1e3) + "k" }
        return trimmed(x)
    }

    /// A whole number with thousands separators: 26,969.
    static func grouped(_ x: Double) -> String {
        let n = Int64(x.rounded())
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// At most three significant digits, no trailing zeros.
    private static func trimmed(_ x: Double) -> String {
        let digits = abs(x) >= 100 ? 0 : abs(x) >= 10 ? 1 : 2
        var s = String(format: "%.\(digits)f", x)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }
}
