import DPUSim

/// `large-filter-split`: the seed design for MNIST-Large. The host binarizes, remaps and
/// hashes; each discriminator gets its own DPU — or s DPUs, each owning a contiguous
/// share of its filters, when `--dpus` is 10·s; the hashed batch is broadcast to every
/// DPU; each tasklet owns every T-th filter of its DPU's share; per-tasklet popcounts are
/// reduced on the DPU; the responses return to the host, which sums a discriminator's
/// shares and takes the argmax.
///
/// The DPU keeps its filter tables in WRAM when they fit beside the stacks and buffers
/// (resident), and otherwise streams each owned filter's table from MRAM once per WRAM
/// batch of inputs. One MNIST-Large discriminator (96 KiB) never fits; with 30 or more
/// DPUs its share does.
///
/// MRAM per DPU: `[filter tables of its share][hashes: filter][input][hash] × 4 B]`
/// `[responses: input × 4 B]`. WRAM: tables (resident) or one table per tasklet, one
/// hash slice per tasklet, a per-tasklet count row per input of the batch, responses.
public struct LargeFilterSplitKernel: InferenceKernel {
    public let name = "large-filter-split"
    public let summary = "Host hashes; one DPU (or 10·s DPUs) per discriminator, tasklets own filters, reduction on the DPU."
    public let defaultModel = "large"

    public init() {}

    /// Per probe: load the hash, word offset (shift, scale), add the table base, load the
    /// word, variable shift, mask, branch.
    static let probe = InstructionMix(alu: 3, aluRR: 2, load: 2, branch: 1)
    /// Per input of a filter: count increment (load, add, store) and loop control.
    static let inputStep = InstructionMix(alu: 2, load: 1, store: 1, branch: 1)
    /// Per input and contributing tasklet of the reduction: load a count, add.
    static let reduceStep = InstructionMix(aluRR: 1, load: 1)
    /// Per input of the reduction: store the response, clear, loop.
    static let reduceInput = InstructionMix(alu: 2, store: 2, branch: 1)

    public func problem(with request: InferenceRequest) -> String? {
        let classes = request.model.configuration.classes
        if request.dpus % classes != 0 {
            return "large-filter-split needs a multiple of \(classes) DPUs (one or more per discriminator), got \(request.dpus)"
        }
        if request.dpus / classes / Self.inputGroups(request) > request.model.configuration.filtersPerDiscriminator {
            return "large-filter-split: \(request.dpus / classes) DPUs per discriminator cannot be split into filter shares of at least one of its \(request.model.configuration.filtersPerDiscriminator) filters"
        }
        if Self.inputGroups(request) > request.inputs {
            return "large-filter-split: \(request.dpus) DPUs form \(Self.inputGroups(request)) input groups, more than the \(request.inputs) inputs"
        }
        // Each tasklet counts, per input, the responding filters it owns in 16 bits
        // (`counts`): at most 65,535 filters per tasklet.
        let shares = request.dpus / classes / Self.inputGroups(request)
        let filters = request.model.configuration.filtersPerDiscriminator
        let perTasklet = ((filters + shares - 1) / shares + request.tasklets - 1) / request.tasklets
        if perTasklet > Int(UInt16.max) {
            return "large-filter-split: each tasklet counts responses in 16 bits, so it can own at most 65535 filters; \(filters) filters over \(shares) DPUs per class and \(request.tasklets) tasklets give it \(perTasklet) (use more DPUs or tasklets)"
        }
        return nil
    }

    /// Input groups r: `--dpus` = 10 · s · r, where each group of 10·s DPUs holds the whole
    /// model (s filter shares per discriminator) and serves its own slice of the inputs.
    /// r = 1 (filters split over every DPU) while 10·s DPUs can each own a filter; beyond
    /// that, the smallest r that divides dpus/10 and leaves every DPU at least one filter
    /// (e.g. 2,560 DPUs with MNIST-Large's 96 filters: r = 4 groups of 640, s = 64).
    static func inputGroups(_ request: InferenceRequest) -> Int {
        let perClass = request.dpus / request.model.configuration.classes
        let filters = request.model.configuration.filtersPerDiscriminator
        guard perClass > filters else { return 1 }
        return (1...perClass).first { perClass % $0 == 0 && perClass / $0 <= filters } ?? perClass
    }

    /// How a DPU uses its WRAM for a given share of filters.
    struct WRAMPlan {
        var resident: Bool
        var batch: Int
    }

    static func plan(filters: Int, tasklets: Int, c: ModelConfiguration, configuration: DPUConfiguration) -> WRAMPlan? {
        let tableBytes = c.wordsPerFilter * 8
        let stacks = tasklets * configuration.stackBytesPerTasklet
        for resident in [true, false] {
            for batch in [64, 32, 16, 8, 4, 2] {
                let tables = resident ? filters * tableBytes : tasklets * tableBytes
                let hashes = tasklets * roundUp8(batch * c.hashesPerFilter * 4)
                let counts = roundUp8(tasklets * batch * 2)
                let responses = roundUp8(batch * 4)
                // 8 bytes of alignment slack per buffer.
                if tables + hashes + counts + responses + stacks + 64 <= configuration.wramBytes {
                    return WRAMPlan(resident: resident, batch: batch)
                }
            }
        }
        return nil
    }

    public func plan(_ request: InferenceRequest) throws -> HostPlan {
        let model = request.model
        let c = model.configuration
        let groups = Self.inputGroups(request)
        let groupDPUs = request.dpus / groups
        let perClass = groupDPUs / c.classes
        let filters = c.filtersPerDiscriminator, k = c.hashesPerFilter
        let tableBytes = c.wordsPerFilter * 8
        let parts = (0..<perClass).map { share(filters, over: perClass, $0) }
        let maxPart = parts.map(\.count).max()!
        guard let wram = Self.plan(filters: maxPart, tasklets: request.tasklets, c: c, configuration: request.configuration) else {
            throw KernelRequestError(message: "large-filter-split: \(request.tasklets) tasklets leave no room in WRAM for even 2 inputs' buffers")
        }
        var host = HostPlan(kernel: name, request)
        let hashes = HostStages.hashes(model, request.dataset, plan: &host)
        // DPU d: input group d / groupDPUs; within it, class (d % groupDPUs) / perClass and
        // filter share d % perClass.
        let slices = (0..<groups).map { share(request.inputs, over: groups, $0) }

        var plan = MRAMPlan()
        let tablesAddress = plan.take(maxPart * tableBytes)
        let hashesAddress = plan.size
        let perInput = filters * k * 4 + 4
        let capacity = try mramInputCapacity(kernel: name, fixedBytes: hashesAddress + 16, bytesPerInput: perInput, minimum: 2,
                                             mramBytes: request.configuration.mramBytes) & ~1
        // Each DPU's tables: its class, its share of the filters (one buffer per class and
        // share, so that the groups' copies share host memory).
        let tableSets = (0..<(c.classes * perClass)).map { j -> [UInt8] in
            let cls = j / perClass, part = parts[j % perClass]
            let first = (cls * filters + part.lowerBound) * c.wordsPerFilter
            var bytes = HostStages.bytes(of: model.filterWords[first..<(first + part.count * c.wordsPerFilter)])
            bytes += [UInt8](repeating: 0, count: maxPart * tableBytes - bytes.count)
            return bytes
        }
        host.push(tableSets, bufferOf: (0..<request.dpus).map { $0 % groupDPUs }, to: tablesAddress, label: "filter tables")

        var rounds: [(pull: Int, offset: Int, counts: [Int])] = []
        var offset = 0
        repeat {
            // This round: up to `capacity` inputs of every group's slice.
            let counts = slices.map { max(0, min(capacity, $0.count - offset)) }
            let count = counts.max()!
            let hashBytes = roundUp8(filters * count * k * 4)
            let responsesAddress = hashesAddress + hashBytes
            // Each group's hashes, transposed to [filter][input][hash] so that a tasklet's
            // filter slice is contiguous.
            let batches = (0..<groups).map { g -> [UInt8] in
                let n = counts[g], first = slices[g].lowerBound + offset
                var batch = [UInt32](repeating: 0, count: filters * n * k)
                for i in 0..<n {
                    for f in 0..<filters {
                        for h in 0..<k { batch[(f * n + i) * k + h] = hashes[first + i][f * k + h] }
                    }
                }
                var bytes = HostStages.bytes(of: batch)
                bytes += [UInt8](repeating: 0, count: hashBytes - bytes.count)
                return bytes
            }
            host.charge("transpose", operations: filters * counts.reduce(0, +) * k)
            if groups == 1 {
                host.broadcast(batches[0], to: hashesAddress, label: "hashes")
            } else {
                host.push(batches, bufferOf: (0..<request.dpus).map { $0 / groupDPUs }, to: hashesAddress, label: "hashes")
            }
            try host.launch(.largeFilterSplit, inputs: counts.reduce(0, +), parameters: (0..<request.dpus).map { d in
                ParameterLayout.common(c, tasklets: request.tasklets, inputs: counts[d / groupDPUs]).merging([
                    "part_first": parts[d % perClass].lowerBound, "part_count": parts[d % perClass].count,
                    "resident": wram.resident ? 1 : 0, "batch": wram.batch, "tables_offset": tablesAddress,
                    "hashes_offset": hashesAddress, "responses_offset": responsesAddress,
                ]) { $1 }
            }) { _, p, setup in
                try Self.program(setup: &setup, configuration: c, part: p["part_first"]..<(p["part_first"] + p["part_count"]),
                                 inputs: p["inputs"], wram: WRAMPlan(resident: p["resident"] != 0, batch: p["batch"]),
                                 tablesAddress: p["tables_offset"], hashesAddress: p["hashes_offset"], responsesAddress: p["responses_offset"])
            }
            rounds.append((host.pull(from: responsesAddress, bytesPerDPU: roundUp8(count * 4), label: "responses"), offset, counts))
            host.charge("argmax", operations: counts.reduce(0, +) * c.classes * (perClass + 1))
            offset += count
        } while offset < slices.map(\.count).max()!
        let inputs = request.inputs, classes = c.classes, allRounds = rounds
        host.decode = { pulls in
            var predictions = [Int](repeating: -1, count: inputs)
            for (pull, offset, counts) in allRounds {
                let responses = pulls[pull]
                for g in 0..<groups {
                    for i in 0..<counts[g] {
                        var best = 0, bestCount = -1
                        for cls in 0..<classes {
                            var total = 0
                            for p in 0..<perClass { total += Int(HostStages.uint32(responses[g * groupDPUs + cls * perClass + p], i)) }
                            if total > bestCount { best = cls; bestCount = total }
                        }
                        predictions[slices[g].lowerBound + offset + i] = best
                    }
                }
            }
            return predictions
        }
        host.notes = [wram.resident
            ? "filter tables resident in WRAM; WRAM batch of \(wram.batch) inputs"
            : "filter tables streamed from MRAM once per WRAM batch of \(wram.batch) inputs (a DPU's \(maxPart) tables do not fit WRAM)"]
        if groups > 1 {
            host.notes.append("\(groups) input groups of \(groupDPUs) DPUs (\(perClass) filter shares per discriminator), each serving its own slice of the inputs")
        }
        return host
    }

    static func program(setup: inout LaunchSetup, configuration c: ModelConfiguration, part: Range<Int>, inputs: Int,
                        wram: WRAMPlan, tablesAddress: Int, hashesAddress: Int, responsesAddress: Int) throws -> TaskletBody {
        let T = setup.tasklets
        let k = c.hashesPerFilter, tableBytes = c.wordsPerFilter * 8
        let bw = wram.batch
        let sliceBytes = roundUp8(bw * k * 4)
        let tables = try setup.staticWRAM(wram.resident ? part.count * tableBytes : T * tableBytes, name: "filter tables")
        let slices = try setup.staticWRAM(T * sliceBytes, name: "hash slices")
        let counts = try setup.staticWRAM(roundUp8(T * bw * 2), name: "counts")
        let responses = try setup.staticWRAM(roundUp8(bw * 4), name: "responses")
        let barrier = setup.barrier("batch")
        return { t in
            let owned = Array(Swift.stride(from: t.id, to: part.count, by: T))
            let slice = slices + t.id * sliceBytes
            let row = counts + t.id * bw * 2
            t.phase(wram.resident ? "load filter tables" : "clear counts")
            if wram.resident {
                for l in owned { try t.mramReadChunked(from: tablesAddress + l * tableBytes, to: tables + l * tableBytes, bytes: tableBytes) }
            }
            for b in 0..<bw { t.wram.store(UInt16(0), row + 2 * b) }
            t.execute(.store, bw / 4)
            try await t.barrierWait(barrier)
            for start in Swift.stride(from: 0, to: inputs, by: bw) {
                let nb = min(bw, inputs - start)
                t.phase("batch \(start / bw): probe filters \(phaseList(owned.map { part.lowerBound + $0 }))")
                for l in owned {
                    let table: Int
                    if wram.resident {
                        table = tables + l * tableBytes
                    } else {
                        table = tables + t.id * tableBytes
                        try t.mramReadChunked(from: tablesAddress + l * tableBytes, to: table, bytes: tableBytes)
                    }
                    let f = part.lowerBound + l
                    try t.mramReadChunked(from: hashesAddress + (f * inputs + start) * k * 4, to: slice, bytes: roundUp8(nb * k * 4))
                    var probes = 0
                    for b in 0..<nb {
                        var all = true
                        for h in 0..<k {
                            probes += 1
                            let e = Int(t.wram.load(slice + (b * k + h) * 4, as: UInt32.self))
                            let word = t.wram.load(table + (e >> 6) * 8, as: UInt64.self)
                            if (word >> UInt64(e & 63)) & 1 == 0 { all = false; break }
                        }
                        if all {
                            t.wram.store(t.wram.load(row + 2 * b, as: UInt16.self) + 1, row + 2 * b)
                        }
                    }
                    t.execute(probe, times: probes)
                    t.execute(inputStep, times: nb)
                }
                try await t.barrierWait(barrier)
                t.phase("batch \(start / bw): reduce")
                for b in Swift.stride(from: t.id, to: nb, by: T) {
                    var sum: UInt32 = 0
                    for q in 0..<T { sum += UInt32(t.wram.load(counts + (q * bw + b) * 2, as: UInt16.self)) }
                    t.wram.store(sum, responses + 4 * b)
                }
                let reduced = (nb - t.id + T - 1) / T
                t.execute(reduceStep, times: max(0, reduced) * T)
                t.execute(reduceInput, times: max(0, reduced))
                try await t.barrierWait(barrier)
                t.phase("batch \(start / bw): write responses")
                if t.id == 0 {
                    try t.mramWriteChunked(from: responses, to: responsesAddress + start * 4, bytes: roundUp8(nb * 4))
                }
                for b in 0..<nb { t.wram.store(UInt16(0), row + 2 * b) }
                t.execute(.store, (nb + 3) / 4)
            }
        }
    }
}
