import DPUSim

/// `small-pooled`: the seed design for MNIST-Small. The host binarizes and remaps; on the
/// DPU a pool of hashing tasklets walks the chunks (filters) in a fixed order — hashing
/// tasklet h takes chunks h, h+H, … — computing each chunk's hashes for a WRAM batch of
/// inputs, while a pool of filter tasklets probes each filter as soon as its hashes are
/// ready (filter tasklet q takes filters q, q+F, …): producer/consumer through one WRAM
/// hash buffer per chunk, with one semaphore per chunk. The filter tasklets keep partial
/// popcounts per input and class; after the batch, every tasklet reduces a share of the
/// inputs, takes the argmax and the results go back to MRAM.
///
/// Where the model lives: 70 KiB of MNIST-Small tables do not fit 64 KiB of WRAM beside
/// the stacks and buffers, so the model stays in MRAM laid out [filter][class][entries]
/// and a filter tasklet streams one class table (E/8 bytes: 128 B for Small) at a time,
/// once per filter and batch, probing the whole batch against it. The batch is as large
/// as WRAM allows (up to 64 inputs), which amortizes the streaming.
public struct SmallPooledKernel: InferenceKernel {
    public let name = "small-pooled"
    public let summary = "DPU hashes with a pool of hashing tasklets feeding filter tasklets (semaphores); model streamed from MRAM."
    public let defaultModel = "small"

    public init() {}

    /// Per input bit of a chunk: load (every 64 bits), shift, mask, branch.
    static let bitTest = InstructionMix(alu: 2, branch: 1)
    static let wordLoad = InstructionMix(alu: 1, load: 1)
    /// Per set bit and hash: load the H3 row value, XOR.
    static let xorRow = InstructionMix(aluRR: 1, load: 1)
    /// Per hash stored for an input of the batch.
    static let hashStore = InstructionMix(alu: 1, store: 1)
    /// Per probe: load the hash, word offset, load the word, variable shift, mask, branch.
    static let probe = InstructionMix(alu: 3, aluRR: 2, load: 2, branch: 1)
    /// Per input and class of a filter: partial count update and loop control.
    static let countStep = InstructionMix(alu: 2, load: 1, store: 1, branch: 1)
    /// Per input, class and filter tasklet of the reduction: load, add.
    static let reduceStep = InstructionMix(aluRR: 1, load: 1)
    /// Per class of an input's argmax.
    static let argmaxStep = InstructionMix(alu: 1, aluRR: 1, branch: 1)

    func pools(_ request: InferenceRequest) -> (hash: Int, filter: Int) {
        let h = request.hashTasklets ?? max(1, request.tasklets / 2)
        return (h, request.tasklets - h)
    }

    public func problem(with request: InferenceRequest) -> String? {
        if request.tasklets < 2 { return "small-pooled needs at least 2 tasklets (one hashing, one probing), got \(request.tasklets)" }
        let (h, f) = pools(request)
        if h < 1 || f < 1 {
            return "small-pooled: --hash-tasklets must leave at least one tasklet in each pool (1...\(request.tasklets - 1)), got \(h)"
        }
        // A filter-pool tasklet counts, per input and class, the responding filters of its
        // share in one byte (`partial counts`): at most 255 filters per tasklet.
        let filters = request.model.configuration.filtersPerDiscriminator
        let perTasklet = (filters + f - 1) / f
        if perTasklet > Int(UInt8.max) {
            return "small-pooled: each filter-pool tasklet counts responses in 8 bits, so it can take at most 255 filters; \(filters) filters over \(f) filter tasklets give it \(perTasklet) (use more tasklets, fewer --hash-tasklets, or another kernel)"
        }
        return nil
    }

    static func batchSize(_ c: ModelConfiguration, tasklets: Int, filterTasklets: Int, stride: Int, configuration: DPUConfiguration) -> Int? {
        let fixed = tasklets * configuration.stackBytesPerTasklet + roundUp8(c.hashesPerFilter * c.inputsPerFilter * 4)
            + filterTasklets * c.wordsPerFilter * 8 + 128
        for batch in [64, 32, 16, 8, 4, 2] {
            let inputs = batch * stride
            let hashes = c.filtersPerDiscriminator * roundUp8(batch * c.hashesPerFilter * 4)
            let partial = filterTasklets * roundUp8(batch * c.classes)
            let results = batch * 8
            if fixed + inputs + hashes + partial + results <= configuration.wramBytes { return batch }
        }
        return nil
    }

    public func plan(_ request: InferenceRequest) throws -> HostPlan {
        let model = request.model
        let c = model.configuration
        let (hashPool, filterPool) = pools(request)
        var host = HostPlan(kernel: name, request)
        let (inputs, stride) = HostStages.binarizeAndRemap(model, request.dataset, plan: &host)
        guard let bw = Self.batchSize(c, tasklets: request.tasklets, filterTasklets: filterPool, stride: stride,
                                      configuration: request.configuration) else {
            throw KernelRequestError(message: "small-pooled: \(request.tasklets) tasklets leave no room in WRAM for a batch of 2 inputs")
        }

        // The model, [filter][class][words].
        var words: [UInt64] = []
        words.reserveCapacity(model.filterWords.count)
        for f in 0..<c.filtersPerDiscriminator {
            for cls in 0..<c.classes {
                let first = (cls * c.filtersPerDiscriminator + f) * c.wordsPerFilter
                words += model.filterWords[first..<(first + c.wordsPerFilter)]
            }
        }
        host.charge("relayout model", operations: words.count)
        var plan = MRAMPlan()
        let modelAddress = plan.take(words.count * 8)
        let matrixAddress = plan.take(model.hashMatrix.count * 4)
        let inputsAddress = plan.size
        host.broadcast(HostStages.bytes(of: words[...]), to: modelAddress, label: "model")
        host.broadcast(HostStages.bytes(of: model.hashMatrix), to: matrixAddress, label: "h3 matrix")

        try planInputShares(&host, request, records: inputs, stride: stride, inputsAddress: inputsAddress, layout: .smallPooled,
                            parameters: { count, resultsAddress in
                                ParameterLayout.common(c, tasklets: request.tasklets, inputs: count).merging([
                                    "stride": stride, "hash_tasklets": hashPool, "batch": bw, "model_offset": modelAddress,
                                    "matrix_offset": matrixAddress, "inputs_offset": inputsAddress, "results_offset": resultsAddress,
                                ]) { $1 }
                            }) { _, p, setup in
            try Self.program(setup: &setup, configuration: c, hashPool: p["hash_tasklets"], batch: p["batch"], inputs: p["inputs"],
                             stride: p["stride"], modelAddress: p["model_offset"], matrixAddress: p["matrix_offset"],
                             inputsAddress: p["inputs_offset"], resultsAddress: p["results_offset"])
        }
        host.notes = ["\(hashPool) hashing + \(filterPool) filter tasklets; WRAM batch of \(bw) inputs; model streamed from MRAM one class table at a time"]
        return host
    }

    static func program(setup: inout LaunchSetup, configuration c: ModelConfiguration, hashPool H: Int, batch bw: Int, inputs: Int,
                        stride: Int, modelAddress: Int, matrixAddress: Int, inputsAddress: Int, resultsAddress: Int) throws -> TaskletBody {
        let T = setup.tasklets, F = T - H
        let n = c.inputsPerFilter, k = c.hashesPerFilter, filters = c.filtersPerDiscriminator, classes = c.classes
        let tableBytes = c.wordsPerFilter * 8
        let chunkBytes = roundUp8(bw * k * 4)
        let partialBytes = roundUp8(bw * classes)
        let matrix = try setup.staticWRAM(roundUp8(k * n * 4), name: "h3 matrix")
        let batchInputs = try setup.staticWRAM(bw * stride, name: "input batch")
        let hashBuffer = try setup.staticWRAM(filters * chunkBytes, name: "hashes")
        let tableBuffers = try setup.staticWRAM(F * tableBytes, name: "class tables")
        let partials = try setup.staticWRAM(F * partialBytes, name: "partial counts")
        let results = try setup.staticWRAM(bw * 8, name: "results")
        let barrier = setup.barrier("batch")
        let ready = (0..<filters).map { setup.semaphore("hashes of chunk \($0) ready") }
        return { t in
            if t.id == 0 { t.phase("load H3 matrix"); try t.mramReadChunked(from: matrixAddress, to: matrix, bytes: roundUp8(k * n * 4)) }
            for start in Swift.stride(from: 0, to: inputs, by: bw) {
                let nb = min(bw, inputs - start)
                t.phase("batch \(start / bw): load inputs")
                // Every tasklet loads a share of the batch's inputs.
                for b in Swift.stride(from: t.id, to: nb, by: T) {
                    try t.mramReadChunked(from: inputsAddress + (start + b) * stride, to: batchInputs + b * stride, bytes: stride)
                }
                if t.id >= H {
                    let q = t.id - H
                    let partial = partials + q * partialBytes
                    for j in 0..<nb * classes { t.wram.store(UInt8(0), partial + j) }
                    t.execute(.store, (nb * classes + 7) / 8)
                }
                try await t.barrierWait(barrier)
                if t.id < H {
                    // Hashing pool: chunks h, h+H, … in order.
                    var hashes = [UInt32](repeating: 0, count: k)
                    for f in Swift.stride(from: t.id, to: filters, by: H) {
                        t.phase("batch \(start / bw): hash chunk \(f)")
                        var setBits = 0
                        for b in 0..<nb {
                            for h in 0..<k { hashes[h] = 0 }
                            let input = batchInputs + b * stride
                            for i in 0..<n {
                                let bit = f * n + i
                                let w = t.wram.load(input + (bit >> 6) * 8, as: UInt64.self)
                                guard (w >> UInt64(bit & 63)) & 1 != 0 else { continue }
                                setBits += 1
                                for h in 0..<k { hashes[h] ^= t.wram.load(matrix + (h * n + i) * 4, as: UInt32.self) }
                            }
                            let slot = hashBuffer + f * chunkBytes + b * k * 4
                            for h in 0..<k { t.wram.store(hashes[h], slot + 4 * h) }
                        }
                        t.execute(bitTest, times: nb * n)
                        t.execute(wordLoad, times: nb * ((n + 63) / 64 + 1))
                        t.execute(xorRow, times: setBits * k)
                        t.execute(hashStore, times: nb * k)
                        t.semGive(ready[f])
                    }
                } else {
                    // Filter pool: filters q, q+F, …, each as soon as its hashes are ready.
                    let q = t.id - H
                    let table = tableBuffers + q * tableBytes
                    let partial = partials + q * partialBytes
                    for f in Swift.stride(from: q, to: filters, by: F) {
                        t.phase("batch \(start / bw): probe filter \(f)")
                        try await t.semTake(ready[f])
                        var probes = 0
                        for cls in 0..<classes {
                            try t.mramReadChunked(from: modelAddress + (f * classes + cls) * tableBytes, to: table, bytes: tableBytes)
                            for b in 0..<nb {
                                var all = true
                                for h in 0..<k {
                                    probes += 1
                                    let e = Int(t.wram.load(hashBuffer + f * chunkBytes + (b * k + h) * 4, as: UInt32.self))
                                    if (t.wram.load(table + (e >> 6) * 8, as: UInt64.self) >> UInt64(e & 63)) & 1 == 0 { all = false; break }
                                }
                                if all { t.wram.store(t.wram.load(partial + b * classes + cls, as: UInt8.self) + 1, partial + b * classes + cls) }
                            }
                        }
                        t.execute(probe, times: probes)
                        t.execute(countStep, times: nb * classes)
                    }
                }
                try await t.barrierWait(barrier)
                t.phase("batch \(start / bw): reduce")
                // Reduction: tasklet t takes inputs t, t+T, … of the batch.
                for b in Swift.stride(from: t.id, to: nb, by: T) {
                    var best = 0, bestCount = -1
                    for cls in 0..<classes {
                        var total = 0
                        for p in 0..<F { total += Int(t.wram.load(partials + p * partialBytes + b * classes + cls, as: UInt8.self)) }
                        if total > bestCount { best = cls; bestCount = total }
                    }
                    t.wram.store(UInt64(best), results + 8 * b)
                    t.execute(reduceStep, times: classes * F)
                    t.execute(argmaxStep, times: classes)
                    t.execute(.store, 1)
                }
                try await t.barrierWait(barrier)
                t.phase("batch \(start / bw): write results")
                if t.id == 0 { try t.mramWriteChunked(from: results, to: resultsAddress + start * 8, bytes: nb * 8) }
            }
        }
    }
}
