import BTHOWeNModel
import DPUSim

extension TrainingDriver {
    mutating func trainDataParallel(progress: (String) -> Void) throws -> ([UInt32], Int) {
        let N = request.dpus, images = data.trainCount
        let shards = (0..<N).map { share(images, over: N, $0) }
        let targets = (0..<N).filter { !shards[$0].isEmpty }
        let all = 0..<pairCount
        let layout = TrainingMRAMLayout(pairs: pairCount, c: c, dpuHashing: dpuHashing, images: 0, classesOwned: 0)
        let headerBytes = TrainArgs.bytes + pairCount * TrainPair.bytes
        func range(_ d: Int, _ S: Int, _ s: Int) -> Range<Int> {
            let part = share(shards[d].count, over: S, s)
            return (shards[d].lowerBound + part.lowerBound)..<(shards[d].lowerBound + part.upperBound)
        }
        let launches = try launchCount(streamsAddress: layout.streams) { S, s in
            targets.map { streamBytes(pairs: all, range: range($0, S, s)) }.max() ?? 0
        }
        if N > images { notes.append("\(N - images) of \(N) DPUs idle: fewer training images than DPUs") }
        if launches > 1 { notes.append("\(launches) training launches (the shards do not fit in MRAM at once)") }
        let streamMax = (0..<launches).map { s in roundUp8(targets.map { streamBytes(pairs: all, range: range($0, launches, s)) }.max() ?? 0) }
        let counterBytes = pairCount * E * 4
        let perDPU = layout.streams + (streamMax.max() ?? 0)
        let wave = max(1, min(targets.count, request.simulationMemoryBytes / max(1, perDPU)))
        if wave < targets.count {
            notes.append("simulated in waves of \(wave) DPUs to bound host memory; costs are those of one launch over all \(targets.count) DPUs")
        }
        // The logical operations, recorded once for all DPUs; the waves below execute them.
        if dpuHashing {
            system.chargeTransfer("h3 matrix", .broadcast, bytesPerDPU: roundUp8(c.hashesPerFilter * c.inputsPerFilter * 4), dpus: targets)
        }
        var launchIndex: [Int] = []
        for s in 0..<launches {
            system.chargeTransfer("arguments", .toDPU, bytesPerDPU: headerBytes, dpus: targets)
            system.chargeTransfer("training streams", .toDPU, bytesPerDPU: streamMax[s], dpus: targets)
            launchIndex.append(system.beginLaunchInWaves(kernel: kernelName, tasklets: tasklets))
        }
        system.chargeTransfer("counters", .fromDPU, bytesPerDPU: counterBytes, dpus: targets)
        system.chargeHost("merge (\(request.merge.rawValue))", operations: targets.count * pairCount * E)
        system.chargeHost("max counter", operations: pairCount * E)

        var merged = [UInt32](repeating: 0, count: pairCount * E)
        let piece = 256 * 1024
        for w in Swift.stride(from: 0, to: targets.count, by: wave) {
            let group = Array(targets[w..<min(targets.count, w + wave)])
            try system.withTransfersUncharged {
                if dpuHashing { try system.broadcast(matrixBytes(), to: layout.matrix, dpus: group, label: "h3 matrix") }
                for s in 0..<launches {
                    let payloads = group.map { trainingPayload(pairs: all, range: range($0, launches, s), layout: layout, headerBytes: headerBytes, first: s == 0) }
                    try push(payloads.map(\.header), targets: group, address: 0, label: "arguments")
                    try push(payloads.map(\.streams), targets: group, address: layout.streams, label: "training streams", pad: streamMax[s])
                    let plan = trainPlan, c = self.c, dh = dpuHashing
                    try system.launchWave(launchIndex[s], dpus: group) { _, setup in
                        try TrainingKernels.train(setup: &setup, plan: plan, c: c, dpuHashing: dh)
                    }
                }
                // Pull the counters piece by piece and merge them as they arrive.
                try merged.withUnsafeMutableBufferPointer { acc in
                    var off = 0
                    while off < counterBytes {
                        let n = min(piece, counterBytes - off)
                        let parts = try system.pull(from: layout.counters + off, bytesPerDPU: n, dpus: group, label: "counters")
                        let slice = UnsafeMutableBufferPointer(rebasing: acc[(off / 4)..<((off + n) / 4)])
                        for part in parts { part.withUnsafeBytes { request.merge.fold(slice, $0) } }
                        off += n
                    }
                }
            }
            for d in group { system.dpus[d].mram = MRAM(size: f.mramBytes) }
            progress("trained and merged DPUs \(group.first!)…\(group.last!) of \(targets.count)")
        }
        let maxCounter = Int(merged.max() ?? 0)
        return (merged, maxCounter)
    }
}
