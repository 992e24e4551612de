import BTHOWeNModel
import DPUSim

extension TrainingDriver {
    mutating func trainFilterSplit(progress: (String) -> Void) throws -> ([UInt32], Int) {
        let N = request.dpus
        let targets = (0..<N).filter { !ownedPairs($0).isEmpty }
        let maxPairs = targets.map { ownedPairs($0).count }.max() ?? 0
        let owned = (0..<N).map { d in Set(ownedPairs(d).map { $0 / data.filters }).count }
        let layout = TrainingMRAMLayout(pairs: maxPairs, c: c, dpuHashing: dpuHashing, images: data.validationCount,
                                        classesOwned: owned.max() ?? 1)
        let headerBytes = TrainArgs.bytes + maxPairs * TrainPair.bytes
        let images = data.trainCount
        let launches = try launchCount(streamsAddress: layout.streams) { S, s in
            targets.map { streamBytes(pairs: ownedPairs($0), range: share(images, over: S, s)) }.max() ?? 0
        }
        if N > pairCount { notes.append("\(N - pairCount) of \(N) DPUs idle: \(c.name) has \(pairCount) (class, filter) pairs") }
        if launches > 1 { notes.append("\(launches) training launches (the streams do not fit in MRAM at once)") }
        if dpuHashing {
            try system.broadcast(matrixBytes(), to: layout.matrix, dpus: targets, label: "h3 matrix")
        }
        for s in 0..<launches {
            let range = share(images, over: launches, s)
            let payloads = targets.map { trainingPayload(pairs: ownedPairs($0), range: range, layout: layout, headerBytes: headerBytes, first: s == 0) }
            let streamMax = roundUp8(payloads.map(\.streams.count).max() ?? 0)
            try push(payloads.map(\.header), targets: targets, address: 0, label: "arguments")
            try push(payloads.map(\.streams), targets: targets, address: layout.streams, label: "training streams", pad: streamMax)
            let plan = trainPlan, c = self.c, dh = dpuHashing
            let stats = try system.launch(kernel: kernelName, tasklets: tasklets, dpus: targets) { _, setup in
                try TrainingKernels.train(setup: &setup, plan: plan, c: c, dpuHashing: dh)
            }
            progress("training launch \(s + 1)/\(launches): images \(range.lowerBound)..<\(range.upperBound), slowest DPU \(stats.map(\.cycles).max() ?? 0) cycles")
        }
        // The maximum counter, for the bleach search.
        let maxima = try system.pull(from: layout.result, bytesPerDPU: 8, dpus: targets, label: "max counter")
        var maxCounter = 0
        for m in maxima { maxCounter = max(maxCounter, Int(HostStages.uint32(m, 0))) }
        system.chargeHost("max counter", operations: targets.count)
        // Read-out for checking (not a modelled transfer): the counters as the host lays them out.
        var counters = [UInt32](repeating: 0, count: pairCount * E)
        for d in targets {
            let pairs = ownedPairs(d)
            let bytes = system.dpus[d].mram.bytes(layout.counters, count: pairs.count * E * 4)
            for i in 0..<(pairs.count * E) { counters[pairs.lowerBound * E + i] = HostStages.uint32(bytes, i) }
        }
        bleachLayout = layout
        countersInPlace = true
        return (counters, maxCounter)
    }
}
