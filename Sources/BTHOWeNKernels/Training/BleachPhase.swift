import BTHOWeNModel
import DPUSim

/// Which DPUs bleach and what each owns: the `train-filter-split` partition of the pairs,
/// whichever strategy trained them.
struct BleachPlacement {
    /// The DPUs owning at least one pair: every bleach kernel runs on exactly these, and
    /// every per-DPU list below is in their order.
    let targets: [Int]
    /// The most pairs one DPU owns: the per-DPU size of pushed counters and descriptors.
    let maxPairs: Int
    /// Per DPU of the system (idle ones empty), the distinct classes among its pairs,
    /// ascending: a class's index is its slot in the DPU's partial responses.
    let ownedClasses: [[Int]]
    let layout: TrainingMRAMLayout
}

extension TrainingDriver {
    /// The bleach phase: minima of the validation images on the DPUs, the coarse-to-fine
    /// search of b (one bleach-score launch per round), then binarize with the chosen b.
    ///
    /// - Returns: b, the search's trials in evaluation order, and the model's filter words
    ///   ([class][filter][word], as `Model.filterWords`).
    func bleachOnDPUs(counters: [UInt32], maxCounter: Int, progress: (String) -> Void) throws -> (Int, [BleachTrial], [UInt64]) {
        let placement = bleachPlacement()
        if !countersInPlace { try pushMergedCounters(counters, placement) }
        let headers = try computeMinima(placement, progress: progress)
        let (bleach, trials) = try BleachSearch.searchBatched(maxCounter: maxCounter) { candidates in
            try scoreOnDPUs(candidates, placement, headers: headers, progress: progress)
        }
        let words = try binarizeOnDPUs(bleach: bleach, placement, headers: headers)
        return (bleach, trials, words)
    }

    /// The filter-split owners and their MRAM layout: the train phase's when the counters
    /// stayed in place, else one sized for the validation images.
    func bleachPlacement() -> BleachPlacement {
        let N = request.dpus
        let targets = (0..<N).filter { !ownedPairs($0).isEmpty }
        let maxPairs = targets.map { ownedPairs($0).count }.max() ?? 0
        let ownedClasses = (0..<N).map { d in Array(Set(ownedPairs(d).map { $0 / data.filters })).sorted() }
        let layout = bleachLayout ?? TrainingMRAMLayout(pairs: maxPairs, c: c, dpuHashing: dpuHashing, images: data.validationCount,
                                                        classesOwned: ownedClasses.map(\.count).max() ?? 1)
        return BleachPlacement(targets: targets, maxPairs: maxPairs, ownedClasses: ownedClasses, layout: layout)
    }

    /// `train-data-parallel`: the host's merged counters (and, with DPU hashing, the H3
    /// matrix) go to the pairs' owners.
    func pushMergedCounters(_ counters: [UInt32], _ p: BleachPlacement) throws {
        if dpuHashing {
            try system.broadcast(matrixBytes(), to: p.layout.matrix, dpus: p.targets, label: "h3 matrix")
        }
        let buffers = p.targets.map { d -> [UInt8] in
            let pairs = ownedPairs(d)
            return littleEndianBytes(Array(counters[(pairs.lowerBound * E)..<(pairs.upperBound * E)]))
        }
        try push(buffers, targets: p.targets, address: p.layout.counters, label: "merged counters", pad: p.maxPairs * E * 4)
    }

    /// Pushes each owner its bleach-minima arguments, pair descriptors and validation
    /// streams, and launches `bleach-minima`.
    ///
    /// - Returns: each target's header (arguments + descriptors), which the later kernels'
    ///   arguments start from.
    func computeMinima(_ p: BleachPlacement, progress: (String) -> Void) throws -> [[UInt8]] {
        let payloads = try p.targets.map { try validationPayload(dpu: $0, p) }
        let headers = payloads.map(\.header), streams = payloads.map(\.stream)
        system.chargeHost("route validation records", operations: streams.reduce(0) { $0 + $1.count } / max(1, data.recordBytes))
        try push(headers, targets: p.targets, address: 0, label: "arguments", pad: TrainArgs.bytes + p.maxPairs * TrainPair.bytes)
        try push(streams, targets: p.targets, address: p.layout.streams, label: "validation streams")
        let c = self.c, dh = dpuHashing, minimaPlan = self.minimaPlan
        try system.launch(kernel: "bleach-minima", tasklets: minimaTasklets, dpus: p.targets) { _, setup in
            try TrainingKernels.bleachMinima(setup: &setup, plan: minimaPlan, c: c, dpuHashing: dh)
        }
        progress("bleach: minima of \(data.validationCount) validation images computed on \(p.targets.count) DPUs")
        return headers
    }

    /// DPU `d`'s bleach-minima header and validation stream (`minimaPayload` of the pairs it
    /// owns).
    ///
    /// - Throws: `TrainingRequestError` when the stream does not fit in MRAM after the
    ///   counters and minima.
    func validationPayload(dpu d: Int, _ p: BleachPlacement) throws -> (header: [UInt8], stream: [UInt8]) {
        let payload = minimaPayload(pairs: ownedPairs(d), ownedClasses: p.ownedClasses[d], layout: p.layout)
        guard p.layout.streams + payload.stream.count <= f.mramBytes else {
            throw TrainingRequestError(message: "bleaching: DPU \(d)'s counters, minima and \(data.validationCount) validation records need \(p.layout.streams + payload.stream.count) bytes of MRAM, more than \(f.mramBytes); use more DPUs")
        }
        return payload
    }

    /// The bleach-minima header and validation stream of a DPU owning `pairs` (whose distinct
    /// classes, ascending, are `ownedClasses`): per distinct filter it owns, every validation
    /// image's record (8-byte aligned), and one descriptor per pair pointing at its filter's
    /// records.
    func minimaPayload(pairs: Range<Int>, ownedClasses: [Int], layout: TrainingMRAMLayout) -> (header: [UInt8], stream: [UInt8]) {
        let V = data.validationCount, rb = data.recordBytes
        let filters = Array(Set(pairs.map { $0 % data.filters })).sorted()
        var offsets: [Int: Int] = [:]
        var stream: [UInt8] = []
        stream.reserveCapacity(filters.count * roundUp8(V * rb))
        data.records.withUnsafeBufferPointer { rec in
            for fl in filters {
                offsets[fl] = stream.count
                for v in 0..<V {
                    let at = data.recordOffset(image: data.validationStart + v, filter: fl)
                    stream.append(contentsOf: rec[at..<(at + rb)])
                }
                stream.append(contentsOf: [UInt8](repeating: 0, count: roundUp8(stream.count) - stream.count))
            }
        }
        var args = TrainArgs()
        args.kernel = .bleachMinima
        args.pairs = UInt32(pairs.count)
        args.tasklets = UInt32(minimaTasklets)
        fillShape(&args)
        args.images = UInt32(V)
        args.classesOwned = UInt32(ownedClasses.count)
        args.tableThreshold = DPUTraining.tableThreshold(c, writeBack: false, configuration: f)
        layout.fill(&args)
        var header = args.encoded
        for pair in pairs {
            let cls = pair / data.filters
            header += TrainPair(cls: UInt16(cls), classSlot: UInt16(ownedClasses.firstIndex(of: cls)!), filter: UInt16(pair % data.filters),
                                samples: UInt32(V), streamOffset: UInt32(offsets[pair % data.filters]!)).encoded
        }
        return (header, stream)
    }

    /// A target's arguments (only the 104-byte `TrainArgs`, not the descriptors) from its
    /// bleach-minima header, edited for a later kernel.
    func arguments(from header: [UInt8], _ edit: (inout TrainArgs) -> Void) -> [UInt8] {
        var a = TrainArgs(decoding: header)
        edit(&a)
        return a.encoded
    }

    /// bleach-score's arguments for one round of the search (1 to 3 candidates), from a
    /// target's bleach-minima header.
    func scoreArguments(from header: [UInt8], candidates: [Int]) -> [UInt8] {
        arguments(from: header) { a in
            a.kernel = .bleachScore
            a.tasklets = UInt32(scoreTasklets)
            a.candidates = UInt32(candidates.count)
            for j in 0..<4 { a.threshold[j] = j < candidates.count ? UInt32(clamping: candidates[j]) : 0 }
        }
    }

    /// binarize's arguments for the chosen b, from a target's bleach-minima header.
    func binarizeArguments(from header: [UInt8], bleach: Int) -> [UInt8] {
        arguments(from: header) { a in
            a.kernel = .binarize
            a.tasklets = UInt32(scoreTasklets)
            a.threshold = [UInt32(clamping: bleach), 0, 0, 0]
        }
    }

    /// One round of the bleach search: pushes the round's candidates (1 to 3), launches
    /// `bleach-score`, pulls the partial responses and counts, per candidate, the
    /// validation images whose summed responses' argmax is their label.
    func scoreOnDPUs(_ candidates: [Int], _ p: BleachPlacement, headers: [[UInt8]], progress: (String) -> Void) throws -> [Int] {
        let T = scoreTasklets, c = self.c, bw = scoreBatch
        let args = headers.map { scoreArguments(from: $0, candidates: candidates) }
        try push(args, targets: p.targets, address: 0, label: "candidates")
        try system.launch(kernel: "bleach-score", tasklets: T, dpus: p.targets) { _, setup in
            try TrainingKernels.bleachScore(setup: &setup, batch: bw, c: c)
        }
        let parts = try system.pull(from: p.layout.responses, bytesPerDPU: p.layout.responsesBytes, dpus: p.targets, label: "responses")
        let (correct, operations) = countCorrect(parts, candidates: candidates.count, p)
        system.chargeHost("sum responses + argmax", operations: operations)
        progress("bleach: candidates \(candidates.map(String.init).joined(separator: ", ")) → \(correct.map(String.init).joined(separator: ", ")) of \(data.validationCount) correct")
        return correct
    }

    /// The host's side of a bleach-score round: sums every target's partial responses
    /// ([image][candidate][owned class slot], UInt16) per image, candidate and class, takes
    /// the argmax (the lowest class wins ties) and counts the images it labels correctly.
    ///
    /// - Returns: the correct counts per candidate, and the host operations: one add per
    ///   partial response read plus one comparison per (image, candidate, class).
    func countCorrect(_ parts: [[UInt8]], candidates J: Int, _ p: BleachPlacement) -> (correct: [Int], operations: Int) {
        let V = data.validationCount, classes = c.classes
        var totals = [Int](repeating: 0, count: V * J * classes)
        var adds = 0
        for (slot, part) in parts.enumerated() {
            let owned = p.ownedClasses[p.targets[slot]]
            let row = TrainArgs.maxCandidates * owned.count
            part.withUnsafeBytes { raw in
                for i in 0..<V {
                    for j in 0..<J {
                        for (q, cls) in owned.enumerated() {
                            totals[(i * J + j) * classes + cls] += Int(raw.loadUnaligned(fromByteOffset: (i * row + j * owned.count + q) * 2, as: UInt16.self))
                        }
                    }
                }
            }
            adds += V * J * owned.count
        }
        var correct = [Int](repeating: 0, count: J)
        for i in 0..<V {
            let label = Int(data.labels[data.validationStart + i])
            for j in 0..<J {
                var best = -1, bestClass = 0
                for cls in 0..<classes {
                    let r = totals[(i * J + j) * classes + cls]
                    if r > best { best = r; bestClass = cls }
                }
                if bestClass == label { correct[j] += 1 }
            }
        }
        return (correct, adds + V * J * classes)
    }

    /// Pushes b, launches `binarize` and pulls every owner's filter bits into the model's
    /// words, [pair][word] in class-major pair order.
    func binarizeOnDPUs(bleach: Int, _ p: BleachPlacement, headers: [[UInt8]]) throws -> [UInt64] {
        let T = scoreTasklets, c = self.c
        let args = headers.map { binarizeArguments(from: $0, bleach: bleach) }
        try push(args, targets: p.targets, address: 0, label: "threshold")
        try system.launch(kernel: "binarize", tasklets: T, dpus: p.targets) { _, setup in
            try TrainingKernels.binarize(setup: &setup, plan: TrainingWRAMPlan(tables: false, streamBytes: 512), c: c)
        }
        let bitBytes = p.maxPairs * E / 8
        let bits = try system.pull(from: p.layout.bits, bytesPerDPU: bitBytes, dpus: p.targets, label: "filters")
        var words = [UInt64](repeating: 0, count: pairCount * c.wordsPerFilter)
        for (slot, d) in p.targets.enumerated() {
            let pairs = ownedPairs(d)
            bits[slot].withUnsafeBytes { raw in
                for w in 0..<(pairs.count * c.wordsPerFilter) {
                    words[pairs.lowerBound * c.wordsPerFilter + w] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * w, as: UInt64.self))
                }
            }
        }
        system.chargeHost("assemble filters", operations: words.count)
        return words
    }
}
