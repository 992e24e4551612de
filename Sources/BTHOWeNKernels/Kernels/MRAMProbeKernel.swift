import DPUSim

/// `mram-probe`: the layout of the existing UPMEM port of BTHOWeN (PIMbthowen). The host
/// computes all hashes; the model's 32-bit counters sit in MRAM as [class][filter][entry]
/// and the bleaching threshold is applied on the DPU. Per input, one DMA brings its hash
/// block ([filter][hash], 32-bit) to WRAM; then for every class, filter and hash one
/// 8-byte DMA reads the aligned 8 bytes that hold the counter; min over the hashes,
/// compare with the bleach, popcount, argmax; one 8-byte result written per input.
/// Inputs go round-robin over tasklets and are split evenly over DPUs.
///
/// The shipped models are binarized (each entry is already "counter ≥ b" for the bleach b
/// chosen in training, recorded in the model file), so the counters here are the model's
/// bits (0 or 1) and the threshold the DPU applies is 1: the DPU does exactly the work of
/// the counter-based port, with the same answers.
public struct MRAMProbeKernel: InferenceKernel {
    public let name = "mram-probe"
    public let summary = "Host hashes; 32-bit counters in MRAM, one 8-byte DMA per probe (the PIMbthowen layout)."
    public let defaultModel = "small"

    public init() {}

    /// Per probe: load the hash, counter address (class/filter base + entry × 4, align to
    /// 8), issue the DMA, load the counter half, min, loop.
    static let probe = InstructionMix(alu: 5, aluRR: 2, load: 2, branch: 1)
    /// Per filter of a class: compare the minimum with the bleach, count, loop.
    static let filterStep = InstructionMix(alu: 2, aluRR: 1, branch: 2)
    /// Per class of the argmax.
    static let argmaxStep = InstructionMix(alu: 1, aluRR: 1, branch: 1)

    public func problem(with request: InferenceRequest) -> String? {
        let c = request.model.configuration
        let counters = c.classes * c.filtersPerDiscriminator * c.entriesPerFilter * 4
        if counters > request.configuration.mramBytes / 2 {
            return "mram-probe: the \(counters)-byte counter array does not fit beside the inputs in \(request.configuration.mramBytes) bytes of MRAM"
        }
        return nil
    }

    public func plan(_ request: InferenceRequest) throws -> HostPlan {
        let model = request.model
        let c = model.configuration
        var host = HostPlan(kernel: name, request)
        let hashes = HostStages.hashes(model, request.dataset, plan: &host)
        let blockBytes = roundUp8(c.filtersPerDiscriminator * c.hashesPerFilter * 4)

        // Expand the binarized model to 32-bit counters, [class][filter][entry].
        let entries = c.classes * c.filtersPerDiscriminator * c.entriesPerFilter
        var counters = [UInt8](repeating: 0, count: entries * 4)
        for e in 0..<entries where (model.filterWords[e >> 6] >> UInt64(e & 63)) & 1 != 0 { counters[4 * e] = 1 }
        host.charge("expand counters", operations: entries)

        var plan = MRAMPlan()
        let countersAddress = plan.take(counters.count)
        let inputsAddress = plan.size
        host.broadcast(counters, to: countersAddress, label: "counters")

        let bleach = 1   // binarized entries: see the type's documentation
        try planInputShares(&host, request, records: hashes.map(HostStages.bytes(of:)), stride: blockBytes,
                            inputsAddress: inputsAddress, layout: .mramProbe,
                            parameters: { count, resultsAddress in
                                ParameterLayout.common(c, tasklets: request.tasklets, inputs: count).merging([
                                    "block_bytes": blockBytes, "bleach": bleach, "entries_per_filter": c.entriesPerFilter,
                                    "counters_offset": countersAddress, "inputs_offset": inputsAddress, "results_offset": resultsAddress,
                                ]) { $1 }
                            }) { _, p, _ in
            Self.program(configuration: c, inputs: p["inputs"], blockBytes: p["block_bytes"], bleach: UInt32(p["bleach"]),
                         countersAddress: p["counters_offset"], inputsAddress: p["inputs_offset"], resultsAddress: p["results_offset"])
        }
        return host
    }

    static func program(configuration c: ModelConfiguration, inputs: Int, blockBytes: Int, bleach: UInt32,
                        countersAddress: Int, inputsAddress: Int, resultsAddress: Int) -> TaskletBody {
        let k = c.hashesPerFilter, filters = c.filtersPerDiscriminator, entries = c.entriesPerFilter
        return { t in
            let block = try t.memAlloc(blockBytes)
            let word = try t.memAlloc(8)
            let result = try t.memAlloc(8)
            for i in Swift.stride(from: t.id, to: inputs, by: t.count) {
                t.phase("input \(i): load hashes")
                try t.mramReadChunked(from: inputsAddress + i * blockBytes, to: block, bytes: blockBytes)
                var best = 0, bestCount = -1
                for cls in 0..<c.classes {
                    t.phase("input \(i): probe class \(cls)")
                    var count = 0
                    for f in 0..<filters {
                        var least = UInt32.max
                        for h in 0..<k {
                            let entry = Int(t.wram.load(block + (f * k + h) * 4, as: UInt32.self))
                            let address = countersAddress + ((cls * filters + f) * entries + entry) * 4
                            try t.mramRead(from: address & ~7, to: word, bytes: 8)
                            let counter = t.wram.load(word + (address & 4), as: UInt32.self)
                            least = min(least, counter)
                            t.execute(probe)
                        }
                        if least >= bleach { count += 1 }
                        t.execute(filterStep)
                    }
                    if count > bestCount { best = cls; bestCount = count }
                    t.execute(argmaxStep)
                }
                t.phase("input \(i): write result")
                try t.store(UInt64(best), result)
                try t.mramWrite(from: result, to: resultsAddress + i * 8, bytes: 8)
            }
        }
    }
}
