import BTHOWeNModel
import DPUSim

/// The range of DPU cycles the cost model allows for one run: the run repeated with every
/// uncertain parameter at its low end and at its high end (`ModelUncertainty`), the
/// nominal run inside it (docs/fidelity.md).
public struct CycleRange: Sendable, Equatable {
    public var low: Int
    public var high: Int

    public init(low: Int, high: Int) {
        precondition(low <= high, "a cycle range runs from low to high")
        self.low = low
        self.high = high
    }

    /// Runs `request` twice more, at the low and the high ends of every uncertain parameter,
    /// and returns the range that holds those runs and the nominal `cycles`. The extra runs
    /// are neither traced nor shown in progress.
    public static func of(_ kernel: any InferenceKernel, _ request: InferenceRequest, nominal cycles: Int) throws -> CycleRange {
        var ends = [cycles]
        for variant in [ModelUncertainty.low(request.configuration), ModelUncertainty.high(request.configuration)] {
            var r = request
            r.configuration = variant
            r.tracer = nil
            ends.append(try Inference.run(kernel, r).ledger.dpuCycles)
        }
        return CycleRange(low: ends.min()!, high: ends.max()!)
    }
}
