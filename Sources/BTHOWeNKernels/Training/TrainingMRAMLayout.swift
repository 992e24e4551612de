import BTHOWeNModel
import DPUSim

/// Where things live in a DPU's MRAM (all 8-byte aligned); see `bthowen_train.h`.
struct TrainingMRAMLayout {
    var pairTable = 0, result = 0, matrix = 0, counters = 0, minima = 0, minimaStride = 0
    var responses = 0, responsesBytes = 0, bits = 0, streams = 0

    init(pairs: Int, c: ModelConfiguration, dpuHashing: Bool, images: Int, classesOwned: Int) {
        var plan = MRAMPlan()
        _ = plan.take(TrainArgs.bytes)
        pairTable = plan.take(pairs * TrainPair.bytes)
        result = plan.take(8)
        matrix = plan.take(dpuHashing ? c.hashesPerFilter * c.inputsPerFilter * 4 : 0)
        counters = plan.take(pairs * c.entriesPerFilter * 4)
        minimaStride = (images + 1) & ~1
        minima = plan.take(pairs * minimaStride * 4)
        responsesBytes = roundUp8(images * TrainArgs.maxCandidates * classesOwned * 2)
        responses = plan.take(responsesBytes)
        bits = plan.take(pairs * c.entriesPerFilter / 8)
        streams = plan.size
    }

    /// Writes the layout's addresses into a kernel's arguments.
    func fill(_ a: inout TrainArgs) {
        a.pairTable = UInt32(pairTable)
        a.result = UInt32(result)
        a.matrix = UInt32(matrix)
        a.counters = UInt32(counters)
        a.minima = UInt32(minima)
        a.minimaStride = UInt32(minimaStride)
        a.responses = UInt32(responses)
        a.bits = UInt32(bits)
        a.streams = UInt32(streams)
    }
}

extension TrainArgs {
    init(decoding bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { TrainArgs(decoding: $0.baseAddress!) }
    }
}
