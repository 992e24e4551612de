import BTHOWeNModel
import DPUSim

/// `naive`: the simplest split. The host binarizes and remaps each input; the inputs and
/// the bit-packed model sit in MRAM; each tasklet takes whole inputs (input i goes to
/// tasklet i mod T) and does all of the inference itself: hashing, every filter probe
/// (one 8-byte DMA of the model word that holds the entry), the popcounts and the argmax.
///
/// MRAM per DPU: `[model words: class][filter][E/64] × 8 B][H3 matrix k×n × 4 B]`
/// `[inputs: N × stride][results: N × 8 B]`. WRAM: the H3 matrix (static), and per
/// tasklet one input buffer, one probe word and one result word (heap).
///
/// Instructions: the code below is `dpu/src/naive.c` statement for statement, and every
/// charge is a region of that program's proxy listing (`ProxyRegionCounts.swift`, generated
/// by `scripts/proxy-listings.sh`; docs/instruction-counts.md), each branch's path charged
/// as its own region; the per-filter model offset is the program's run-time multiply,
/// charged with `Tasklet.mul32`. Edge cases: the listing's paths for `classes < 2`,
/// `filters == 0` or `n == 0` are not charged; the host never asks for those shapes.
public struct NaiveKernel: InferenceKernel {
    public let name = "naive"
    public let summary = "Host binarizes; each tasklet hashes and probes whole inputs, one 8-byte DMA per probe."
    public let defaultModel = "small"

    public init() {}

    /// Any model and configuration: what does not fit WRAM is reported as a WRAM overflow.
    public func problem(with request: InferenceRequest) -> String? { nil }

    public func plan(_ request: InferenceRequest) throws -> HostPlan {
        let model = request.model
        let c = model.configuration
        var host = HostPlan(kernel: name, request)
        let (inputs, stride) = HostStages.binarizeAndRemap(model, request.dataset, plan: &host)

        var plan = MRAMPlan()
        let modelAddress = plan.take(model.filterWords.count * 8)
        let matrixAddress = plan.take(model.hashMatrix.count * 4)
        let inputsAddress = plan.size
        host.broadcast(HostStages.bytes(of: model.filterWords[...]), to: modelAddress, label: "model")
        host.broadcast(HostStages.bytes(of: model.hashMatrix), to: matrixAddress, label: "h3 matrix")

        try planInputShares(&host, request, records: inputs, stride: stride, inputsAddress: inputsAddress, layout: .naive,
                            parameters: { count, resultsAddress in
                                ParameterLayout.common(c, tasklets: request.tasklets, inputs: count).merging([
                                    "stride": stride, "model_offset": modelAddress, "matrix_offset": matrixAddress,
                                    "inputs_offset": inputsAddress, "results_offset": resultsAddress,
                                ]) { $1 }
                            }) { _, p, setup in
            try Self.program(setup: &setup, configuration: c, inputs: p["inputs"], stride: p["stride"],
                             modelAddress: p["model_offset"], matrixAddress: p["matrix_offset"],
                             inputsAddress: p["inputs_offset"], resultsAddress: p["results_offset"])
        }
        return host
    }

    static func program(setup: inout LaunchSetup, configuration c: ModelConfiguration, inputs: Int, stride: Int,
                        modelAddress: Int, matrixAddress: Int, inputsAddress: Int, resultsAddress: Int) throws -> TaskletBody {
        let matrix = try setup.staticWRAM(c.hashesPerFilter * c.inputsPerFilter * 4, name: "h3 matrix")
        let loaded = setup.barrier("matrix loaded")
        let n = c.inputsPerFilter, k = c.hashesPerFilter, filters = c.filtersPerDiscriminator
        let words = c.wordsPerFilter, classes = c.classes   // plain integers: see MRAMProbeKernel.program
        return { t in
            t.phase("load H3 matrix")
            if t.id == 0 { try t.mramReadChunked(from: matrixAddress, to: matrix, bytes: roundUp8(k * n * 4), sizeIsConstant: false) }
            try await t.barrierWait(loaded)
            let input = try t.memAlloc(stride)
            let word = try t.memAlloc(8)
            let result = try t.memAlloc(8)
            var hashes = [UInt32](repeating: 0, count: k)
            var responses = [Int](repeating: 0, count: classes)
            let chunks = ProgramChunks(bytes: stride)
            for i in Swift.stride(from: t.id, to: inputs, by: t.count) {
                t.execute(inputStep)
                t.phase("input \(i): load input")
                t.execute(readChunkFull, times: chunks.full)
                t.execute(readChunk, times: chunks.partial)
                try t.mramReadChunked(from: inputsAddress + i * stride, to: input, bytes: stride, sizeIsConstant: false)
                for cls in 0..<classes { responses[cls] = 0 }
                t.execute(zeroStep, times: classes)
                for f in 0..<filters {
                    t.phase("input \(i): hash chunk \(f)")
                    t.execute(filterStep)
                    // Hash chunk f: walk its n bits, XOR the H3 rows of the set ones.
                    for h in 0..<k { hashes[h] = 0 }
                    t.execute(hashZeroStep, times: k)
                    for b in 0..<n {
                        let bit = f * n + b
                        let w = t.wram.load(input + (bit >> 6) * 8, as: UInt64.self)
                        if (w >> UInt64(bit & 63)) & 1 != 0 {
                            t.execute(bitSet)
                            for h in 0..<k { hashes[h] ^= t.wram.load(matrix + (h * n + b) * 4, as: UInt32.self) }
                            t.execute(xorRow, times: k)
                        } else {
                            t.execute(bitClear)
                        }
                    }
                    // Probe every class's filter f, stopping at the first zero entry.
                    t.phase("input \(i): probe filter \(f)")
                    let filterBase = Int(t.mul32(UInt32(f), UInt32(words * 8)))
                    for cls in 0..<classes {
                        t.execute(classStep)
                        var all = true
                        for h in 0..<k {
                            let e = Int(hashes[h])
                            let entryWord = filterBase + (cls * filters * words + (e >> 6)) * 8
                            try t.mramRead(from: modelAddress + entryWord, to: word, bytes: 8)
                            if (t.wram.load(word, as: UInt64.self) >> UInt64(e & 63)) & 1 == 0 {
                                t.execute(probeMiss)
                                all = false
                                break
                            }
                            t.execute(probeHit)
                        }
                        if all {
                            responses[cls] += 1
                            t.execute(allHit)
                        }
                    }
                }
                t.phase("input \(i): argmax")
                var best = 0
                for cls in 1..<classes {
                    if responses[cls] > responses[best] {
                        best = cls
                        t.execute(argmaxGreater)
                    } else {
                        t.execute(argmaxNotGreater)
                    }
                }
                t.wram.store(UInt64(best), result)   // its stores are in inputStep
                try t.mramWrite(from: result, to: resultsAddress + i * 8, bytes: 8)
            }
        }
    }
}
