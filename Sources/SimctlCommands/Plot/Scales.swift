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
///
/// Total over finite values: any list of finite doubles (±1e308 included, a constant
/// list, values whose difference overflows) gives a finite domain and at most
/// `maxTicks` + 2 ticks, in bounded time. Non-finite values are the caller's to refuse
/// (`ReportFigure` rejects them with a message naming the row and column).
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
        let finite = values.filter(\.isFinite)
        var lo = finite.min() ?? 0, hi = finite.max() ?? 1
        if includeZero { lo = min(lo, 0); hi = max(hi, 0) }
        // A constant list gets a domain one unit (or, for huge values, one part in 10^9)
        // wide; `lo + 1` would be `lo` itself at 1e300.
        if !(hi - lo > 0) { hi = lo + max(1, abs(lo) * 1e-9) }
        // Halves keep the span finite when hi - lo overflows (-1e308...1e308).
        let span = (hi - lo).isFinite ? hi - lo : 2 * (hi / 2 - lo / 2)
        var step = Self.niceStep(span.isFinite ? span / Double(max(1, maxTicks - 1)) : .greatestFiniteMagnitude / 8)
        if integers { step = max(1, step.rounded()) }
        if includeZero {
            let up = (hi / step).rounded(.up) * step, down = (lo / step).rounded(.down) * step
            if up.isFinite { hi = up }
            if down.isFinite { lo = down }
        }
        low = lo
        high = hi
        self.pixels = pixels
        self.reversed = reversed
        var ticks: [Double] = []
        // Tick i is (first + i) · step, not a running sum: a step below the spacing of
        // doubles near `lo` cannot stall the loop, and the count is bounded either way.
        let first = (lo / step).rounded(.up)
        for i in 0..<(2 * maxTicks + 2) {
            let t = (first + Double(i)) * step
            guard t.isFinite, t <= hi + step * 1e-9 else { break }
            if let last = ticks.last, t <= last { continue }
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
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
///
/// Total over positive finite values, subnormals (5e-324) and 1.7e308 included: the
/// domain is clamped to the normal doubles, and ticks are generated per decade of that
/// domain (at most 617 decades), so no value makes the tick loop run forever.
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
        // A margin of 10% on either side, so points do not sit on the frame; kept within
        // the normal finite doubles so that every logarithm below is finite.
        let largest = Double.greatestFiniteMagnitude
        low = min(max(lo / 1.1, Double.leastNormalMagnitude), largest / 2)
        high = min(max(hi * 1.1, low * 2), largest)
        self.pixels = pixels
        self.reversed = reversed
        let decades = log10(high) - log10(low)
        let multiples: [Double] = decades > 3 ? [1] : decades > 1.3 ? [1, 2, 5] : [1, 1.5, 2, 3, 5, 7]
        var ticks: [Double] = []
        let firstDecade = Int(log10(low).rounded(.down)), lastDecade = Int(log10(high).rounded(.down))
        for decade in firstDecade...lastDecade {
            let power = pow(10, Double(decade))
            for m in multiples where m * power >= low && m * power <= high { ticks.append(m * power) }
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
    /// A short label: 950, 1.2k, 35k, 1.5M, 0.25; from 10^12 up (and for non-finite
    /// input) the `%.3g` form, 1.7e+308.
    static func compact(_ x: Double) -> String {
        let a = abs(x)
        if !(a < 1e12) { return String(format: "%.3g", x) }
        if a >= 1e9 { return trimmed(x / 1e9) + "G" }
        if a >= 1e6 { return trimmed(x / 1e6) + "M" }
        if a >= 1e3 { return trimmed(x / 1e3) + "k" }
        return trimmed(x)
    }

    /// A whole number with thousands separators: 26,969. Total: from 10^15 up, where a
    /// double no longer holds every integer (and `Int64` may not hold the value at all),
    /// and for non-finite input, the `%.3g` form.
    static func grouped(_ x: Double) -> String {
        guard abs(x) < 1e15 else { return String(format: "%.3g", x) }
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
