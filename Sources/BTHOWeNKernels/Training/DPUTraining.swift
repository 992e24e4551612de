import BTHOWeNModel
import DPUSim

/// BTHOWeN training on simulated DPUs: the host driver of `TrainingKernels`.
///
/// Steps (docs/training.md has the layouts):
/// 1. Host: thresholds and random structure (as `Trainer`), records of every image.
/// 2. Train phase: per launch, push each DPU its arguments, pair descriptors and streams;
///    launch `train`. `train-filter-split`: pull each DPU's maximum counter.
///    `train-data-parallel`: pull every DPU's counters and merge them on the host.
/// 3. Bleach phase, on the `train-filter-split` partition of the pairs (for
///    `train-data-parallel` the host first pushes the merged counters): push the validation
///    streams, launch `bleachMinima` once; then per round of the coarse-to-fine search push
///    the candidates, launch `bleachScore`, pull the partial responses and count correct
///    predictions on the host; finally launch `binarize` and pull the filters' bits.
public enum DPUTraining {
    /// The tasklet count used when none is given, for the kernels that stage counter tables
    /// (train; bleach-minima with `outputs`): the most tasklets, up to the revolver depth,
    /// whose WRAM holds a whole counter table each; 16 when even one does not fit. The
    /// kernels without tables (bleach-score, binarize) use 16.
    public static func automaticTasklets(_ c: ModelConfiguration, hashing: HashingSide, outputs: Bool = false,
                                         configuration: DPUConfiguration) -> Int {
        let top = min(configuration.revolverCycles, configuration.maxTasklets)
        for t in stride(from: top, through: 1, by: -1) {
            if let plan = TrainingWRAMPlan.choose(c: c, tasklets: t, dpuHashing: hashing == .dpu, outputs: outputs, configuration: configuration),
               plan.tables { return t }
        }
        return min(16, configuration.maxTasklets)
    }

    /// Records per pair at or above which staging the whole table in WRAM costs fewer DMA
    /// cycles than probing MRAM: (table DMAs) ÷ (probe DMAs per record), from the DMA model.
    static func tableThreshold(_ c: ModelConfiguration, writeBack: Bool, configuration f: DPUConfiguration) -> UInt32 {
        let bytes = c.entriesPerFilter * 4
        let chunks = (bytes + f.dmaMaxBytes - 1) / f.dmaMaxBytes
        let issue = Double(f.revolverCycles)
        var table = Double(chunks) * (f.dmaReadLatencyCycles + issue) + Double(bytes) * f.dmaCyclesPerByte
        var probe = Double(c.hashesPerFilter) * (f.dmaReadLatencyCycles + issue + 8 * f.dmaCyclesPerByte)
        if writeBack {
            table += Double(chunks) * (f.dmaWriteLatencyCycles + issue) + Double(bytes) * f.dmaCyclesPerByte
            probe += Double(c.hashesPerFilter) * (f.dmaWriteLatencyCycles + issue + 8 * f.dmaCyclesPerByte)
        }
        return UInt32(max(1, (table / probe).rounded(.up)))
    }

    public static func run(_ request: DPUTrainingRequest, progress: (String) -> Void = { _ in }) throws -> DPUTrainingOutcome {
        var driver = try TrainingDriver(request)
        return try driver.run(progress: progress)
    }
}
