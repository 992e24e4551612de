import DPUSim
import Dispatch
import Foundation

/// One measured point next to DPUSim's prediction of it.
public struct ValidatedRow: Sendable {
    public var measurement: Measurement
    public var tasklets: Int
    public var predicted: PrIMTimes

    public var dpusimKernelMs: Double { predicted[.kernel] * 1e3 }
    public var dpusimCPUToDPUMs: Double { predicted[.cpuToDPU] * 1e3 }
    public var dpusimDPUToCPUMs: Double { predicted[.dpuToCPU] * 1e3 }
    public var dpusimDPUToDPUMs: Double { predicted[.interDPU] * 1e3 }
}

/// (predicted − measured) / measured in percent; nil when nothing was measured (0 ms).
public func errorPercent(predicted: Double, measured: Double) -> Double? {
    measured > 0 ? (predicted - measured) / measured * 100 : nil
}

/// How well one predictor matches one measured quantity over a set of rows.
public struct ErrorSummary: Sendable, Equatable {
    /// Rows with a measurement above 0 (the others have no relative error).
    public var count: Int
    /// Mean absolute percentage error.
    public var meanAbsolutePercent: Double
    /// The error of largest magnitude, signed (positive: over-predicted).
    public var worstPercent: Double
    /// Coefficient of determination of the predictions as estimates of the measurements,
    /// 1 − Σ(m − p)² / Σ(m − m̄)², in linear ms (so dominated by the longest rows); can be
    /// negative. nil for fewer than two rows or constant measurements.
    public var rSquared: Double?

    /// - Precondition: `pairs` are (predicted, measured) in ms.
    public init?(_ pairs: [(predicted: Double, measured: Double)]) {
        let errors = pairs.compactMap { errorPercent(predicted: $0.predicted, measured: $0.measured) }
        guard !errors.isEmpty else { return nil }
        count = errors.count
        meanAbsolutePercent = errors.reduce(0) { $0 + abs($1) } / Double(errors.count)
        worstPercent = errors.max { abs($0) < abs($1) }!
        let measured = pairs.map(\.measured)
        let mean = measured.reduce(0, +) / Double(measured.count)
        let total = measured.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let residual = pairs.reduce(0) { $0 + ($1.measured - $1.predicted) * ($1.measured - $1.predicted) }
        rSquared = pairs.count >= 2 && total > 0 ? 1 - residual / total : nil
    }
}

/// The quantities `simctl validate` compares, each with the predictors it has.
public enum ValidatedQuantity: String, Sendable, CaseIterable {
    case kernel, cpuToDPU = "cpu_to_dpu", dpuToCPU = "dpu_to_cpu"

    /// (predicted, measured) ms of DPUSim's prediction.
    public func dpusim(_ r: ValidatedRow) -> (predicted: Double, measured: Double) {
        switch self {
        case .kernel: (r.dpusimKernelMs, r.measurement.kernelMs)
        case .cpuToDPU: (r.dpusimCPUToDPUMs, r.measurement.cpuToDPUMs)
        case .dpuToCPU: (r.dpusimDPUToCPUMs, r.measurement.dpuToCPUMs)
        }
    }

    /// (predicted, measured) ms of uPIMulator's prediction, which the table has for the kernel only.
    public func upimulator(_ r: ValidatedRow) -> (predicted: Double, measured: Double)? {
        self == .kernel ? (r.measurement.upimulatorKernelMs, r.measurement.kernelMs) : nil
    }
}

public enum Validation {
    /// Runs every measurement's point on a fresh simulated system, `workers` rows at a time
    /// (each row on one thread); results come back in the table's order and do not depend
    /// on `workers`.
    ///
    /// - Throws: the first failing row's error (in table order), prefixed with its point.
    public static func run(_ rows: [Measurement], tasklets: Int = 16, configuration: DPUConfiguration = .v1A,
                           workers: Int = 1) throws -> [ValidatedRow] {
        let slots = RowSlots(count: rows.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, rows.count))) { _ in
            while case let i = next.take(), i < rows.count {
                let point = rows[i].point(tasklets: tasklets)
                slots.set(i, Result { try PrIMBenchmark.run(point, configuration: configuration).times })
            }
        }
        return try rows.indices.map { i in
            switch slots.values[i]! {
            case .success(let times): return ValidatedRow(measurement: rows[i], tasklets: tasklets, predicted: times)
            case .failure(let error): throw ValidationRowError(point: rows[i].point(tasklets: tasklets), underlying: error)
            }
        }
    }
}

/// A row of the table that could not be simulated.
public struct ValidationRowError: Error, CustomStringConvertible {
    public var point: PrIMPoint
    public var underlying: any Error
    public var description: String {
        let text = "\(underlying)"
        return text.hasPrefix(point.description) ? text : "\(point): \(text)"
    }
}

private final class RowSlots: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Result<PrIMTimes, any Error>?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<PrIMTimes, any Error>) { lock.lock(); values[i] = r; lock.unlock() }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
}
