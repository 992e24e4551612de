/// The parameters of the cost model whose values the evidence does not pin down, each with
/// its plausible range (docs/fidelity.md says why each range is what it is).
///
/// A simulation run at every parameter's low end and one at every high end bracket what
/// the model can say: `simctl run --uncertainty` reports that low–high range beside each
/// cycle figure. `docs/fidelity.md`'s sensitivity tables move one parameter at a time
/// (`scripts/generate-fidelity-tables.sh`).
public enum ModelUncertainty {
    /// One uncertain parameter: how to set it to the low and the high end of its range.
    public struct Parameter: Sendable {
        public var name: String
        /// What the range is and where it comes from.
        public var range: String
        /// `base` with the parameter at the end of its range that gives fewer cycles…
        public var low: @Sendable (DPUConfiguration) -> DPUConfiguration
        /// …and more.
        public var high: @Sendable (DPUConfiguration) -> DPUConfiguration
    }

    /// ±15% on compiled-code instruction counts: the proxy compiler is not the DPU's
    /// (docs/instruction-counts.md measures the gap on PrIM's ADD loop).
    public static let instructionCountSpread = 0.15

    /// The uncertain parameters, in the order the docs list them.
    public static let parameters: [Parameter] = [
        Parameter(
            name: "DMA occupancy",
            range: "only the MRAM bank occupied (dma-bank-only) … one FIFO engine busy for α + β·n, rows free (dma-fifo)",
            low: { bankOnly($0) }, high: { fifo($0) }),
        Parameter(
            name: "instruction counts",
            range: "−15% … +15% on every region (proxy compiler vs the DPU's)",
            low: { var c = $0; c.instructionCountScale *= 1 - instructionCountSpread; return c },
            high: { var c = $0; c.instructionCountScale *= 1 + instructionCountSpread; return c }),
        Parameter(
            name: "register-bank hazards",
            range: "off (PrIM's ADD profiles at IPC 1.00) … uPIMulator's rule under uniform register allocation",
            low: { $0 }, high: { var c = $0; c.registerHazardCycles = DPUConfiguration.uPIMulatorRegisterHazardCycles; return c }),
    ]

    /// `base` with every uncertain parameter at its low end.
    public static func low(_ base: DPUConfiguration) -> DPUConfiguration {
        parameters.reduce(base) { $1.low($0) }
    }

    /// `base` with every uncertain parameter at its high end.
    public static func high(_ base: DPUConfiguration) -> DPUConfiguration {
        parameters.reduce(base) { $1.high($0) }
    }

    /// Only the bank occupied: the engine's whole setup becomes unoccupied completion.
    static func bankOnly(_ base: DPUConfiguration) -> DPUConfiguration {
        var c = base
        c.dmaReadCompletionCycles = c.dmaReadLatencyCycles - c.mramRowMissCycles
        c.dmaWriteCompletionCycles = c.dmaWriteLatencyCycles - c.mramRowMissCycles
        c.dmaScheduler = .frfcfs
        return c
    }

    /// One FIFO engine busy for α + β·n, rows free.
    static func fifo(_ base: DPUConfiguration) -> DPUConfiguration {
        var c = base
        c.mramPrechargeCycles = 0
        c.mramActivateCycles = 0
        c.mramRowActiveMinCycles = 0
        c.dmaReadCompletionCycles = 0
        c.dmaWriteCompletionCycles = 0
        c.dmaScheduler = .fcfs
        return c
    }
}

extension DPUConfiguration {
    /// Register-bank hazard cycles per instruction class that uPIMulator's rule
    /// ([uPIM] `cycle_rule.go`) gives under uniform random allocation of the 24 registers:
    /// 11/24 with one register source, 539/576 with two, 11/12 for `mul_step`/`div_step`
    /// (docs/cost-model.md §3; `data/configs/upimulator-register-hazards.json`).
    public static let uPIMulatorRegisterHazardCycles: [Double] = InstructionClass.allCases.map { c in
        switch c {
        case .alu, .load, .branch, .sync: 11.0 / 24
        case .aluRR, .store, .mul8, .dma: 539.0 / 576
        case .mulStep, .divStep: 11.0 / 12
        }
    }
}
