import BTHOWeNModel
import DPUSupport
import DPUSim
import PIMSystem

extension RunReport {
    /// The report of one training phase, in `simctl run`'s columns (docs/kernels.md), from
    /// the records the system made during the phase (`SystemLedger.records`), with the same
    /// definitions as an inference run's: `launches` counts logical launches (a launch
    /// simulated in waves of DPUs is one), `dpu_cycles` sums the slowest DPU of every launch;
    /// energy counts every DPU's dynamic energy plus static power of all `dpus` DPUs of the
    /// system for the launches' duration; `inputs` are the phase's images (training or
    /// validation), so `inferences_per_second` reads as images per second of the phase.
    init(phase ledger: SystemLedger, configuration: DPUConfiguration, strategy: String, model: String, dpus: Int, tasklets: Int,
         inputs: Int, accuracy: Double, matchesReference: Bool, notes: [String]) {
        self.init(kernel: strategy, model: model, dpus: dpus, tasklets: tasklets, inputs: inputs, costs: ledger,
                  configuration: configuration, accuracy: accuracy, matchesReference: matchesReference, notes: notes)
    }

    /// `simctl train --on-dpus` CSV: `simctl run`'s columns, then `phase` (train or bleach).
    public static func trainingTable(_ rows: [(phase: String, report: RunReport)]) -> CSVTable {
        var table = CSVTable(header: columns + ["phase"])
        for (phase, r) in rows { table.append(r.row + [phase]) }
        return table
    }
}
