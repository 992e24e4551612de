import BTHOWeNModel
import DPUSim

/// The DPU side of BTHOWeN training, as DSL kernels (the C versions are `dpu/src/train-*.c`).
///
/// Both training strategies run the same per-DPU program: a DPU owns a list of (class,
/// filter) pairs, each with its counters in MRAM and a *stream* of records — the samples
/// that update that pair, in training order, each as that filter sees it (k hashes, or the
/// filter's n input bits when the DPU hashes). What differs between the strategies is which
/// pairs a DPU owns and which samples its streams hold (see `DPUTraining`).
///
/// Four kernels, selected by `TrainArgs.kernel` and all reading their arguments from MRAM
/// address 0 (`bthowen_train_args_t`):
/// - `train`: tasklet t owns the DPU's pairs t, t+T, …; per pair it applies the
///   conservative update to every record of the stream, in order. Counters are `UInt32`,
///   saturating at `UInt32.max` exactly as the host's `CountingBloomFilters`.
/// - `bleachMinima`: per pair and validation image, the smallest probed counter.
/// - `bleachScore`: per validation image, owned class and candidate threshold b, the
///   number of owned filters of that class whose minimum is ≥ b (partial responses).
/// - `binarize`: per pair, bit e = counter e ≥ b.
///
/// **Staging counters.** A pair's table (E × 4 bytes) is either *staged* — read into the
/// tasklet's WRAM table buffer, updated there, written back (or, on the first launch,
/// zero-filled in WRAM instead of read) — or *probed*: each probe reads the 8-byte MRAM
/// word holding its counter, and updated words are written back. The host sets
/// `table_threshold` from the DMA cost model: a pair is staged when it has at least that
/// many records and the WRAM plan has table buffers (`TrainingWRAMPlan`).
enum TrainingKernels {
    // MARK: Instruction charges: the regions of the C twins' proxy listings (docs/instruction-counts.md)

    /// The charges of `binarize`, from `train-binarize`'s proxy listing (`ProxyRegionCounts.swift`).
    enum Binarize {}
    /// The charges of `bleachScore`, from `train-bleach-score`'s proxy listing (`ProxyRegionCounts.swift`).
    enum BleachScore {}
    /// The charges of `train`, from `dpu/proxy/train-tables.c`'s proxy listing (`ProxyRegionCounts.swift`).
    enum Train {}
    /// The charges of `bleachMinima`, from `dpu/proxy/bleach-minima-tables.c`'s proxy listing (`ProxyRegionCounts.swift`).
    enum BleachMinima {}

    // MARK: Shared setup

    /// The static WRAM every training kernel declares, laid out from the plan.
    struct Buffers {
        var args = 0, matrix = 0, descriptors = 0, slots = 0, streams = 0, outputs = 0, tables = 0, maxima = 0
        var streamBytes = 0, outputBytes = 0, tableBytes = 0
    }

    static func declare(_ setup: inout LaunchSetup, plan: TrainingWRAMPlan, c: ModelConfiguration, dpuHashing: Bool,
                        outputBytes: Int) throws -> Buffers {
        let T = setup.tasklets
        var b = Buffers()
        b.streamBytes = plan.streamBytes
        b.outputBytes = outputBytes
        b.tableBytes = plan.tables ? c.entriesPerFilter * 4 : 0
        b.args = try setup.staticWRAM(TrainArgs.bytes, name: "args")
        if dpuHashing { b.matrix = try setup.staticWRAM(roundUp8(c.hashesPerFilter * c.inputsPerFilter * 4), name: "h3 matrix") }
        b.descriptors = try setup.staticWRAM(T * TrainPair.bytes, name: "pair descriptors")
        b.slots = try setup.staticWRAM(T * c.hashesPerFilter * 8, name: "probe slots")
        b.maxima = try setup.staticWRAM(T * 8, name: "maxima")
        b.streams = try setup.staticWRAM(T * plan.streamBytes, name: "stream buffers")
        if outputBytes > 0 { b.outputs = try setup.staticWRAM(T * outputBytes, name: "output buffers") }
        if plan.tables { b.tables = try setup.staticWRAM(T * b.tableBytes, name: "counter tables") }
        return b
    }

    /// Tasklet 0 reads the arguments (and the H3 matrix for DPU hashing); everyone waits,
    /// then decodes them. Faults if they disagree with the kernel's compile-time shape or the
    /// launch's tasklet count. Charges no instructions (the caller does).
    static func readArguments(_ t: Tasklet, _ b: Buffers, _ barrier: Barrier, c: ModelConfiguration, dpuHashing: Bool,
                              expected kernel: TrainArgs.Kernel, checkHashing: Bool = true) async throws -> TrainArgs {
        if t.id == 0 {
            try t.mramRead(from: 0, to: b.args, bytes: TrainArgs.bytes)
            if dpuHashing {
                let a = TrainArgs(decoding: t.wram.pointer(b.args, count: TrainArgs.bytes))
                try t.mramReadChunked(from: Int(a.matrix), to: b.matrix, bytes: roundUp8(c.hashesPerFilter * c.inputsPerFilter * 4))
            }
        }
        try await t.barrierWait(barrier)
        let a = TrainArgs(decoding: t.wram.pointer(b.args, count: TrainArgs.bytes))
        guard a.kernel == kernel, Int(a.entries) == c.entriesPerFilter, Int(a.hashes) == c.hashesPerFilter,
              Int(a.inputsPerFilter) == c.inputsPerFilter, Int(a.tasklets) == t.count,
              !checkHashing || (a.dpuHashing != 0) == dpuHashing else {
            throw t.fault("arguments do not match the kernel (kernel \(a.kernel), E \(a.entries), k \(a.hashes), n \(a.inputsPerFilter), \(a.tasklets) tasklets)")
        }
        return a
    }

    /// `read_pair`: DMAs pair `l`'s descriptor into the tasklet's slot and decodes it.
    /// Charges no instructions (the caller does).
    static func readPair(_ t: Tasklet, _ b: Buffers, _ a: TrainArgs, _ l: Int) throws -> TrainPair {
        let slot = b.descriptors + t.id * TrainPair.bytes
        try t.mramRead(from: Int(a.pairTable) + l * TrainPair.bytes, to: slot, bytes: TrainPair.bytes)
        return TrainPair(decoding: t.wram.pointer(slot, count: TrainPair.bytes))
    }

    /// The bleach kernels' work item `item` of a pair split over `split` image blocks of
    /// `blockSize`: its pair `item / split` and its first image `(item mod split) × blockSize`,
    /// charged as their C twins compute them — one `__udiv32`, two `__mulsi3`, and the loop
    /// latch's `pairs × split`, a third.
    static func splitItem(_ t: Tasklet, _ item: Int, split: UInt32, blockSize: Int, pairs: UInt32) throws -> (pair: UInt32, first: Int) {
        let l = try t.div32(UInt32(item), split)
        let first = Int(t.mul32(UInt32(item) - t.mul32(l, split), UInt32(blockSize)))
        _ = t.mul32(pairs, split)   // the latch's test, item + T < pairs x split
        return (l, first)
    }

    /// How many records one stream chunk holds so that every chunk starts 8-byte aligned.
    static func recordsPerChunk(streamBytes: Int, recordBytes: Int) -> Int {
        let unit = lcm(recordBytes, 8)
        return streamBytes / unit * (unit / recordBytes)
    }

    /// The stream loop of `train_main` and `bleach_minima`: walks a stream of `count` records
    /// at MRAM `address`, DMA-ing it chunk by chunk into the tasklet's stream buffer. `chunk`
    /// is called with each chunk's first record and record count after its DMA, `body` with
    /// each record, its index in the chunk and its k hashes (`recordHashes`), in order. Charges
    /// nothing itself: the callers charge their own regions.
    static func forEachRecord(_ t: Tasklet, _ b: Buffers, _ a: TrainArgs, c: ModelConfiguration, address: Int, count: Int,
                              chunk: (_ done: Int, _ m: Int) -> Void,
                              _ body: (_ record: UnsafeRawPointer, _ r: Int, _ hashes: UnsafePointer<UInt32>) throws -> Void) throws {
        let k = c.hashesPerFilter
        let recordBytes = Int(a.recordBytes)
        let perChunk = recordsPerChunk(streamBytes: b.streamBytes, recordBytes: recordBytes)
        let buffer = b.streams + t.id * b.streamBytes
        let hashes = UnsafeMutablePointer<UInt32>.allocate(capacity: k)
        defer { hashes.deallocate() }
        let matrix = a.dpuHashing == 0 ? nil : UnsafeRawPointer(t.wram.pointer(b.matrix, count: k * c.inputsPerFilter * 4))
        var done = 0
        while done < count {
            let m = min(perChunk, count - done)
            try t.mramRead(from: address + done * recordBytes, to: buffer, bytes: roundUp8(m * recordBytes), sizeIsConstant: false)
            chunk(done, m)
            let raw = UnsafeRawPointer(t.wram.pointer(buffer, count: b.streamBytes))
            for r in 0..<m {
                let record = raw + r * recordBytes
                recordHashes(record, matrix: matrix, k: k, n: c.inputsPerFilter, into: hashes)
                try body(record, r, UnsafePointer(hashes))
            }
            done += m
        }
    }

    /// `record_hashes`: the k hashes of one record — stored (host hashing, `matrix == nil`) or
    /// the XOR of the H3 rows of the record's set input bits (DPU hashing).
    static func recordHashes(_ record: UnsafeRawPointer, matrix: UnsafeRawPointer?, k: Int, n: Int, into hashes: UnsafeMutablePointer<UInt32>) {
        guard let matrix else {
            for h in 0..<k { hashes[h] = UInt32(UInt16(littleEndian: record.loadUnaligned(fromByteOffset: 2 * h, as: UInt16.self))) }
            return
        }
        for h in 0..<k { hashes[h] = 0 }
        for w in 0..<(n + 31) / 32 {
            var bits = UInt32(littleEndian: record.loadUnaligned(fromByteOffset: 4 * w, as: UInt32.self))
            while bits != 0 {
                let i = w * 32 + bits.trailingZeroBitCount
                bits &= bits &- 1
                for h in 0..<k { hashes[h] ^= matrix.loadUnaligned(fromByteOffset: (h * n + i) * 4, as: UInt32.self) }
            }
        }
    }

    // MARK: record_hashes' charges

    /// The regions of one copy of `record_hashes` in a listing (the `train` listing has one
    /// copy in the probed path and one in the staged path, `bleach-minima`'s one).
    struct HashRegions {
        let host, hostHash, dpu, zero, word, wordEmpty, setBit, xorRow: InstructionMix
    }

    static let probedHashRegions = HashRegions(host: Train.hostHashes, hostHash: Train.hostHash, dpu: Train.dpuHashes,
                                               zero: Train.hashZero, word: Train.wordStep, wordEmpty: Train.wordEmpty,
                                               setBit: Train.setBit, xorRow: Train.xorRow)
    static let stagedHashRegions = HashRegions(host: Train.stagedHostHashes, hostHash: Train.stagedHostHash, dpu: Train.stagedDPUHashes,
                                               zero: Train.stagedHashZero, word: Train.stagedWordStep, wordEmpty: Train.stagedWordEmpty,
                                               setBit: Train.stagedSetBit, xorRow: Train.stagedXorRow)

    /// Charges `record_hashes` of one record as the listing runs it: host hashing, the copy
    /// loop; DPU hashing, the zeroing loop, then per chunk word and per set bit, whose
    /// count-trailing-zeros is a `__mulsi3` of the lowest set bit by the de Bruijn constant.
    static func chargeRecordHashes(_ t: Tasklet, _ record: UnsafeRawPointer, dpuHashing: Bool, c: ModelConfiguration, _ r: HashRegions) {
        let k = c.hashesPerFilter
        guard dpuHashing else {
            t.execute(r.host)
            t.execute(r.hostHash, times: k)
            return
        }
        t.execute(r.dpu)
        t.execute(r.zero, times: k)
        for w in 0..<(c.inputsPerFilter + 31) / 32 {
            var bits = UInt32(littleEndian: record.loadUnaligned(fromByteOffset: 4 * w, as: UInt32.self))
            t.execute(r.word)
            if bits == 0 { t.execute(r.wordEmpty) }
            while bits != 0 {
                _ = t.mul32(bits & (0 &- bits), 0x077C_B531)
                t.execute(r.setBit)
                t.execute(r.xorRow, times: k)
                bits &= bits &- 1
            }
        }
    }

    // MARK: train

    /// The training kernel: conservative update of every owned pair over its stream.
    ///
    /// Instructions: the loop nest is `train_main`'s (`dpu/include/bthowen_train_dpu.h`, the
    /// program `train-pairs.c`, which both strategies run), and every charge is a
    /// region of its proxy listing with counter tables (`Train`, from
    /// `dpu/proxy/train-tables.c`; docs/instruction-counts.md), with `Tasklet.mul32` for
    /// each `__mulsi3` the listing keeps: the stream's `done × rb`, `m × rb` and `r × rb`,
    /// and the count-trailing-zeros of each set bit (DPU hashing). Each path the data takes
    /// is charged: staged or probed, the probes' slot sharing, saturation, counter updates,
    /// dirty slots, a new maximum. Edge cases: the listing is compiled for E = 1024, whose
    /// table moves in two 2048-byte DMAs (`stagedRead`, `stagedWrite`); other E move in
    /// E / 512 DMAs, each a few address instructions that are not charged. Without counter
    /// tables (a plan without them) the program is the same source compiled without its
    /// staged path, charged from the same listing, except the first launch's clearing of a
    /// probed table (`clearTable`, `clearStep`, from the listing without tables,
    /// `dpu/proxy/train-probed.c`). k = 0 takes paths that are not charged. The launch's setup before the
    /// pair loop is not charged.
    static func train(setup: inout LaunchSetup, plan: TrainingWRAMPlan, c: ModelConfiguration, dpuHashing: Bool) throws -> TaskletBody {
        let b = try declare(&setup, plan: plan, c: c, dpuHashing: dpuHashing, outputBytes: 0)
        let barrier = setup.barrier("start")
        let done = setup.barrier("done")
        let k = c.hashesPerFilter, E = c.entriesPerFilter
        return { t in
            let a = try await readArguments(t, b, barrier, c: c, dpuHashing: dpuHashing, expected: .train)
            let first = a.firstLaunch != 0
            let rb = UInt32(a.recordBytes)
            var maximum: UInt32 = 0
            let slots = b.slots + t.id * k * 8
            var word = [Int](repeating: 0, count: k)
            var slotOf = [Int](repeating: 0, count: k)
            var dirty = [Bool](repeating: false, count: k)
            let perChunk = recordsPerChunk(streamBytes: b.streamBytes, recordBytes: Int(rb))
            /// The stream's chunk loop: per chunk its region, `full` when it is a whole chunk
            /// (count - done >= per_chunk), and the DMA's two products.
            func chargeChunk(done: Int, m: Int, step: InstructionMix, full: InstructionMix) {
                t.execute(step)
                if m == perChunk { t.execute(full) }
                _ = t.mul32(UInt32(done), rb)
                _ = t.mul32(UInt32(m), rb)
            }
            if t.id >= Int(a.pairs) { t.execute(Train.noPairs) }
            for l in Swift.stride(from: t.id, to: Int(a.pairs), by: t.count) {
                t.execute(Train.pairStep)
                let pair = try readPair(t, b, a, l)
                let count = Int(pair.samples)
                let counters = Int(a.counters) + l * E * 4
                let stream = Int(a.streams) + Int(pair.streamOffset)
                if !first { t.execute(Train.pairLater) }
                let staged = plan.tables && (first || UInt32(count) >= a.tableThreshold)
                if staged {
                    let table = b.tables + t.id * b.tableBytes
                    if first {
                        t.execute(Train.stagedFirst)
                        t.wram.pointer(table, count: E * 4).initializeMemory(as: UInt8.self, repeating: 0, count: E * 4)
                        t.execute(Train.zeroStep, times: E * 4 / 8)
                        if count == 0 { t.execute(Train.stagedEmpty) }
                    } else {
                        t.execute(Train.stagedRead)
                        try t.mramReadChunked(from: counters, to: table, bytes: E * 4)
                    }
                    if count > 0 { t.execute(Train.stagedRecords) }
                    let tab = t.wram.pointer(table, count: E * 4)
                    try forEachRecord(t, b, a, c: c, address: stream, count: count, chunk: { done, m in
                        chargeChunk(done: done, m: m, step: Train.stagedChunkStep, full: Train.stagedChunkFull)
                    }) { record, r, h in
                        t.execute(Train.stagedRecord)
                        _ = t.mul32(UInt32(r), rb)
                        chargeRecordHashes(t, record, dpuHashing: dpuHashing, c: c, stagedHashRegions)
                        var least = UInt32.max
                        for j in 0..<k {
                            let v = tab.load(fromByteOffset: Int(h[j]) * 4, as: UInt32.self)
                            if v < least { least = v; t.execute(Train.stagedMinLower) } else { t.execute(Train.stagedMinKeep) }
                        }
                        guard least != UInt32.max else { return }   // saturated
                        t.execute(Train.stagedUpdate)
                        let next = least + 1
                        for j in 0..<k {
                            t.execute(Train.stagedUpdateHash)
                            if tab.load(fromByteOffset: Int(h[j]) * 4, as: UInt32.self) < next {
                                tab.storeBytes(of: next, toByteOffset: Int(h[j]) * 4, as: UInt32.self)
                                t.execute(Train.stagedStore)
                            }
                        }
                        if next >= maximum { t.execute(Train.stagedNewMaximum) }
                        maximum = max(maximum, next)
                    }
                    t.execute(Train.stagedWrite)
                    try t.mramWriteChunked(from: table, to: counters, bytes: E * 4)
                } else {
                    if first {
                        // Only without tables: counters start at zero, so clear this pair's MRAM
                        // table from a zeroed stream buffer.
                        let buffer = b.streams + t.id * b.streamBytes
                        t.execute(Train.clearTable)
                        t.wram.pointer(buffer, count: b.streamBytes).initializeMemory(as: UInt8.self, repeating: 0, count: b.streamBytes)
                        t.execute(Train.clearStep, times: b.streamBytes / 8)
                        var off = 0
                        while off < E * 4 {
                            let m = min(b.streamBytes, E * 4 - off)
                            try t.mramWrite(from: buffer, to: counters + off, bytes: m, sizeIsConstant: false)
                            off += m
                        }
                    }
                    t.execute(count == 0 ? Train.probedEmpty : Train.probedPair)
                    let slot = UnsafeMutableRawPointer(t.wram.pointer(slots, count: k * 8))
                    try forEachRecord(t, b, a, c: c, address: stream, count: count, chunk: { done, m in
                        chargeChunk(done: done, m: m, step: Train.chunkStep, full: Train.chunkFull)
                    }) { record, r, h in
                        t.execute(Train.record)
                        _ = t.mul32(UInt32(r), rb)
                        chargeRecordHashes(t, record, dpuHashing: dpuHashing, c: c, probedHashRegions)
                        var least = UInt32.max
                        for j in 0..<k {
                            t.execute(Train.probe)
                            let address = counters + Int(h[j]) * 4
                            word[j] = address & ~7
                            slotOf[j] = j
                            dirty[j] = false
                            // Probes of one 8-byte word share the first one's slot.
                            if j == 0 {
                                t.execute(Train.probeFirst)
                            } else {
                                t.execute(Train.probeScan)
                                for q in 0..<j {
                                    if slotOf[q] != q { t.execute(Train.scanOther); continue }
                                    if word[q] != word[j] { t.execute(Train.scanMiss); continue }
                                    t.execute(Train.scanHit)
                                    slotOf[j] = q
                                    break
                                }
                                if slotOf[j] == j { t.execute(Train.probeRead) }
                            }
                            if slotOf[j] == j { try t.mramRead(from: word[j], to: slots + j * 8, bytes: 8) }
                            let v = slot.load(fromByteOffset: slotOf[j] * 8 + (address & 4), as: UInt32.self)
                            if v < least { least = v } else { t.execute(Train.probeKeep) }
                        }
                        guard least != UInt32.max else { return }   // saturated
                        t.execute(Train.update)
                        let next = least + 1
                        for j in 0..<k {
                            t.execute(Train.updateHash)
                            let offset = slotOf[j] * 8 + ((counters + Int(h[j]) * 4) & 4)
                            if slot.load(fromByteOffset: offset, as: UInt32.self) < next {
                                slot.storeBytes(of: next, toByteOffset: offset, as: UInt32.self)
                                dirty[slotOf[j]] = true
                                t.execute(Train.updateStore)
                            }
                        }
                        for j in 0..<k {
                            t.execute(Train.slotStep)
                            if dirty[j] {
                                t.execute(Train.slotWrite)
                                try t.mramWrite(from: slots + j * 8, to: word[j], bytes: 8)
                            }
                        }
                        if next >= maximum { t.execute(Train.newMaximum) }
                        maximum = max(maximum, next)
                    }
                }
            }
            t.wram.store(UInt64(maximum), b.maxima + 8 * t.id)
            t.execute(Train.end)
            try await t.barrierWait(done)
            if t.id == 0 {
                // The running maximum: this launch's against the one kept in MRAM.
                t.execute(Train.resultEntry)
                var m: UInt64 = 0
                for q in 0..<Int(a.tasklets) {
                    let v = t.wram.load(b.maxima + 8 * q, as: UInt64.self)
                    if v > m { m = v; t.execute(Train.maximumGreater) } else { t.execute(Train.maximumNotGreater) }
                }
                if !first {
                    t.execute(Train.resultRead)
                    try t.mramRead(from: Int(a.result), to: b.slots, bytes: 8)
                    let stored = t.wram.load(b.slots, as: UInt64.self)
                    if stored > m { m = stored } else { t.execute(Train.resultKeep) }
                }
                t.wram.store(m, b.slots)
                try t.mramWrite(from: b.slots, to: Int(a.result), bytes: 8)
            }
        }
    }

    // MARK: bleach-minima

    static let minimaHashRegions = HashRegions(host: BleachMinima.hostHashes, hostHash: BleachMinima.hostHash, dpu: BleachMinima.dpuHashes,
                                               zero: BleachMinima.hashZero, word: BleachMinima.wordStep, wordEmpty: BleachMinima.wordEmpty,
                                               setBit: BleachMinima.setBit, xorRow: BleachMinima.xorRow)

    /// Per owned pair and validation image, the smallest of the k probed counters, written
    /// to `minima[pair][image]`.
    ///
    /// Instructions: the loop nest is `dpu/src/train-bleach-minima.c`'s, and every charge is a
    /// region of its proxy listing with counter tables (`BleachMinima`, from
    /// `dpu/proxy/bleach-minima-tables.c`; docs/instruction-counts.md), with
    /// `Tasklet.mul32`/`div32` for each `__mulsi3`/`__udivsi3` the listing keeps (the item's
    /// pair and block, the row and stream offsets, `done × rb`, `m × rb`, `r × rb`, the
    /// count-trailing-zeros of each set bit). Edge cases: the listing is compiled for
    /// E = 1024 (a staged table is read in two DMAs; other E in E / 512, whose extra address
    /// instructions are not charged) and with tables; a plan without tables compiles without
    /// the staging test of each probe and is charged the same. k = 0 takes paths that are not
    /// charged; the launch's setup (`split`, the block size) is not charged.
    static func bleachMinima(setup: inout LaunchSetup, plan: TrainingWRAMPlan, c: ModelConfiguration, dpuHashing: Bool) throws -> TaskletBody {
        let b = try declare(&setup, plan: plan, c: c, dpuHashing: dpuHashing, outputBytes: plan.streamBytes)
        let barrier = setup.barrier("start")
        let k = c.hashesPerFilter, E = c.entriesPerFilter
        return { t in
            let a = try await readArguments(t, b, barrier, c: c, dpuHashing: dpuHashing, expected: .bleachMinima)
            let images = Int(a.images)
            let output = b.outputs + t.id * b.outputBytes
            let out = t.wram.pointer(output, count: b.outputBytes)
            let perOutput = b.outputBytes / 4
            let slots = b.slots + t.id * k * 8
            // Work items: (pair, block of images). With fewer pairs than tasklets, a pair's
            // images are split into T / pairs blocks (minima are independent per image), so
            // that every tasklet works; block starts keep the DMAs 8-byte aligned.
            let pairs = UInt32(a.pairs), rb = UInt32(a.recordBytes)
            let split: UInt32 = pairs >= UInt32(t.count) ? 1 : UInt32(t.count) / pairs
            let grain = lcm(lcm(Int(rb), 8) / Int(rb), 2)
            let blockSize = ((images + Int(split) - 1) / Int(split) + grain - 1) / grain * grain
            let perChunk = recordsPerChunk(streamBytes: b.streamBytes, recordBytes: Int(rb))
            for item in Swift.stride(from: t.id, to: Int(pairs * split), by: t.count) {
                t.execute(BleachMinima.itemStep)
                let (l, first) = try splitItem(t, item, split: split, blockSize: blockSize, pairs: pairs)
                guard first < images else { continue }
                t.execute(BleachMinima.itemWork)
                if images - first >= blockSize { t.execute(BleachMinima.countFull) }
                let count = min(images - first, blockSize)
                let pair = try readPair(t, b, a, Int(l))
                let counters = Int(a.counters) + Int(l) * E * 4
                let row = Int(a.minima) + (Int(t.mul32(a.minimaStride, l)) + first) * 4
                let stream = Int(a.streams) + Int(pair.streamOffset) + Int(t.mul32(UInt32(first), rb))
                let staged = plan.tables && UInt32(count) >= a.tableThreshold
                let table = b.tables + t.id * b.tableBytes
                if staged {
                    t.execute(BleachMinima.staged)
                    try t.mramReadChunked(from: counters, to: table, bytes: E * 4)
                }
                var filled = 0, written = 0
                try forEachRecord(t, b, a, c: c, address: stream, count: count, chunk: { done, m in
                    t.execute(BleachMinima.chunkStep)
                    if m == perChunk { t.execute(BleachMinima.chunkFull) }
                    _ = t.mul32(UInt32(done), rb)
                    _ = t.mul32(UInt32(m), rb)
                }) { record, r, h in
                    t.execute(BleachMinima.record)
                    _ = t.mul32(UInt32(r), rb)
                    chargeRecordHashes(t, record, dpuHashing: dpuHashing, c: c, minimaHashRegions)
                    var least = UInt32.max
                    for j in 0..<k {
                        let v: UInt32
                        if staged {
                            v = t.wram.load(table + Int(h[j]) * 4, as: UInt32.self)
                        } else {
                            let address = counters + Int(h[j]) * 4
                            try t.mramRead(from: address & ~7, to: slots, bytes: 8)
                            v = t.wram.load(slots + (address & 4), as: UInt32.self)
                        }
                        let lower = v < least
                        if lower { least = v }
                        t.execute(staged ? (lower ? BleachMinima.stagedLower : BleachMinima.stagedKeep)
                                         : (lower ? BleachMinima.probedLower : BleachMinima.probedKeep))
                    }
                    out.storeBytes(of: least, toByteOffset: filled * 4, as: UInt32.self)
                    filled += 1
                    if filled == perOutput {
                        t.execute(BleachMinima.outputFull)
                        try t.mramWrite(from: output, to: row + written * 4, bytes: filled * 4, sizeIsConstant: false)
                        written += filled
                        filled = 0
                    }
                }
                if filled > 0 {
                    t.execute(BleachMinima.flush)
                    try t.mramWrite(from: output, to: row + written * 4, bytes: roundUp8(filled * 4), sizeIsConstant: false)
                }
            }
        }
    }

    // MARK: bleach-score

    /// WRAM batch of images for bleach-score: per tasklet, partial counts [batch][3][classes]
    /// (UInt16) and a minima slice; one response block.
    static func scoreBatch(c: ModelConfiguration, tasklets: Int, configuration: DPUConfiguration) -> Int? {
        let fixed = roundUp8(TrainArgs.bytes) + tasklets * (TrainPair.bytes + c.hashesPerFilter * 8 + 8)
            + tasklets * configuration.stackBytesPerTasklet + 128
        for batch in [64, 32, 16, 8, 4] {
            let block = batch * TrainArgs.maxCandidates * c.classes * 2
            let need = fixed + tasklets * (roundUp8(block) + batch * 4) + roundUp8(block)
            if need <= configuration.wramBytes { return batch }
        }
        return nil
    }

    /// `train-bleach-score`: per validation image, owned class and candidate, the owned
    /// filters of that class whose minimum reaches the candidate. Tasklets take (pair, block
    /// of a batch's images) items, counting into private partials; after a barrier each sums
    /// a share of the batch's images over every tasklet's partials; tasklet 0 writes the
    /// batch's responses; everyone clears its partials.
    ///
    /// Instructions: the loop nest is `dpu/src/train-bleach-score.c`'s, and every charge is a
    /// region of its proxy listing (`BleachScore`, docs/instruction-counts.md), with
    /// `Tasklet.mul32`/`div32` on the operands of each runtime call the listing keeps. The
    /// launch's setup before the first batch (the argument checks, `split`) is not charged.
    /// Edge cases: `images == 0` and `count == 0` take paths that are not charged (the host
    /// never launches them); the listing is compiled for the MNIST-Small shape and a WRAM
    /// batch of 32 images, whose constants are immediates in the charged regions.
    static func bleachScore(setup: inout LaunchSetup, batch bw: Int, c: ModelConfiguration) throws -> TaskletBody {
        let T = setup.tasklets
        let J = TrainArgs.maxCandidates, classes = c.classes
        let block = roundUp8(bw * J * classes * 2)
        let args = try setup.staticWRAM(TrainArgs.bytes, name: "args")
        let descriptors = try setup.staticWRAM(T * TrainPair.bytes, name: "pair descriptors")
        let slices = try setup.staticWRAM(T * bw * 4, name: "minima slices")
        let partials = try setup.staticWRAM(T * block, name: "partial responses")
        let responses = try setup.staticWRAM(block, name: "responses")
        let barrier = setup.barrier("batch")
        var buffers = Buffers()
        buffers.args = args
        buffers.descriptors = descriptors
        let b = buffers
        // Plain integers: see MRAMProbeKernel.program.
        let entriesPerFilter = c.entriesPerFilter, hashesPerFilter = c.hashesPerFilter, inputsPerFilter = c.inputsPerFilter
        return { t in
            if t.id == 0 { try t.mramRead(from: 0, to: args, bytes: TrainArgs.bytes) }
            try await t.barrierWait(barrier)
            let a = TrainArgs(decoding: t.wram.pointer(args, count: TrainArgs.bytes))
            let owned = Int(a.classesOwned), candidates = Int(a.candidates), images = Int(a.images)
            guard a.kernel == .bleachScore, Int(a.entries) == entriesPerFilter, Int(a.hashes) == hashesPerFilter,
                  Int(a.inputsPerFilter) == inputsPerFilter, Int(a.tasklets) == T,
                  (1...J).contains(candidates), (1...classes).contains(owned) else {
                throw t.fault("bleach-score: bad arguments (kernel \(a.kernel), E \(a.entries), k \(a.hashes), n \(a.inputsPerFilter), \(a.tasklets) tasklets, \(candidates) candidates, \(owned) classes)")
            }
            let rowBytes = J * owned * 2
            // Only the owned classes' part of the partials is used: [image][candidate][owned].
            let used = bw * J * owned
            let partial = t.wram.pointer(partials + t.id * block, count: block)
            let slice = slices + t.id * bw * 4
            func clearPartials(_ region: InstructionMix) {
                partial.initializeMemory(as: UInt8.self, repeating: 0, count: used * 2)
                t.execute(region, times: used)
            }
            clearPartials(BleachScore.clearEntry)
            // Work items per batch: (pair, block of the batch's images), the images split into
            // T / pairs blocks when there are fewer pairs than tasklets (even block starts).
            let pairs = UInt32(a.pairs)
            let split: UInt32 = pairs >= UInt32(T) ? 1 : UInt32(T) / pairs
            for start in Swift.stride(from: 0, to: images, by: bw) {
                t.execute(BleachScore.batchStep)
                if images - start >= bw { t.execute(BleachScore.batchFull) }
                let nb = min(bw, images - start)
                let blockSize = Int((try t.div32(UInt32(nb) + split - 1, split) + 1) & ~1)
                let items = Int(t.mul32(pairs, split))
                if t.id < items { t.execute(BleachScore.itemsEntry) }
                for item in Swift.stride(from: t.id, to: items, by: T) {
                    t.execute(BleachScore.itemStep)
                    let (l, first) = try splitItem(t, item, split: split, blockSize: blockSize, pairs: pairs)
                    guard first < nb else { continue }
                    t.execute(BleachScore.itemWork)
                    if nb - first >= blockSize { t.execute(BleachScore.countFull) }
                    let count = min(nb - first, blockSize)
                    let pair = try readPair(t, b, a, Int(l))
                    let row = Int(t.mul32(a.minimaStride, l))
                    try t.mramRead(from: Int(a.minima) + (row + start + first) * 4, to: slice, bytes: roundUp8(count * 4), sizeIsConstant: false)
                    let mins = UnsafeRawPointer(t.wram.pointer(slice, count: bw * 4))
                    let slot = Int(pair.classSlot)
                    for q in 0..<count {
                        t.execute(BleachScore.image)
                        let m = mins.load(fromByteOffset: 4 * q, as: UInt32.self)
                        let i = first + q
                        for j in 0..<candidates {
                            guard m >= a.threshold[j] else { t.execute(BleachScore.candidateMiss); continue }
                            t.execute(BleachScore.candidateHit)
                            let at = (Int(t.mul32(UInt32(i * J + j), UInt32(owned))) + slot) * 2
                            partial.storeBytes(of: partial.load(fromByteOffset: at, as: UInt16.self) &+ 1, toByteOffset: at, as: UInt16.self)
                        }
                    }
                }
                try await t.barrierWait(barrier)
                // Reduction: tasklet t sums images t, t+T, … of the batch over every tasklet's partials.
                let out = t.wram.pointer(responses, count: block)
                if t.id < nb { t.execute(BleachScore.reduceEntry) }
                for (r, i) in Swift.stride(from: t.id, to: nb, by: T).enumerated() {
                    t.execute(BleachScore.reduceImage)
                    // The image's byte offset, strength-reduced to (rowBytes x T) x r, and i x 3 owned.
                    _ = t.mul32(UInt32(rowBytes * T), UInt32(r))
                    let base = Int(t.mul32(UInt32(i), UInt32(J * owned)))
                    for e in 0..<(J * owned) {
                        var sum: UInt16 = 0
                        for q in 0..<T {
                            sum &+= t.wram.load(partials + q * block + (base + e) * 2, as: UInt16.self)
                        }
                        out.storeBytes(of: sum, toByteOffset: (base + e) * 2, as: UInt16.self)
                    }
                    t.execute(BleachScore.reduceEntryStep, times: J * owned)
                    t.execute(BleachScore.reduceStep, times: J * owned * T)
                }
                try await t.barrierWait(barrier)
                if t.id == 0 {
                    t.execute(BleachScore.writeEntry)
                    if images - start >= bw { t.execute(BleachScore.writeFull) }
                    let bytes = roundUp8(Int(t.mul32(UInt32(nb), UInt32(rowBytes))))
                    _ = t.mul32(UInt32(nb), UInt32(rowBytes))   // the chunk loop recomputes it
                    let chunks = ProgramChunks(bytes: bytes)
                    t.execute(BleachScore.writeChunkFull, times: chunks.full)
                    t.execute(BleachScore.writeChunk, times: chunks.partial)
                    try t.mramWriteChunked(from: responses, to: Int(a.responses) + start * rowBytes, bytes: bytes, sizeIsConstant: false)
                }
                clearPartials(BleachScore.zeroEntry)
                try await t.barrierWait(barrier)
            }
        }
    }

    // MARK: binarize

    /// `train-binarize`: per owned pair, bits[pair][e / 64] bit e % 64 = (counter e ≥
    /// threshold[0]), 512 counters' bytes at a time.
    ///
    /// Instructions: the loop nest is `dpu/src/train-binarize.c`'s, and every charge is a
    /// region of its proxy listing (`Binarize`, docs/instruction-counts.md): per pair, per
    /// 512-byte chunk (two 64-bit words: the compiled word loop is unrolled twice), per two
    /// counters. The listing is compiled for E = 1024; every E ≥ 128 (a whole number of
    /// chunks, as every shipped model) compiles to the same regions, smaller E would not and
    /// is charged the same. For E > 16384 the bits' write takes more than the one DMA
    /// `pairStep` holds, whose extra chunks are not charged. The launch's setup is not charged.
    static func binarize(setup: inout LaunchSetup, plan: TrainingWRAMPlan, c: ModelConfiguration) throws -> TaskletBody {
        let E = c.entriesPerFilter
        let b = try declare(&setup, plan: TrainingWRAMPlan(tables: false, streamBytes: plan.streamBytes), c: c, dpuHashing: false,
                            outputBytes: E / 8)
        let barrier = setup.barrier("start")
        return { t in
            let a = try await readArguments(t, b, barrier, c: c, dpuHashing: false, expected: .binarize, checkHashing: false)
            let threshold = a.threshold[0]
            let input = b.streams + t.id * b.streamBytes
            let output = b.outputs + t.id * b.outputBytes
            let out = t.wram.pointer(output, count: E / 8)
            for l in Swift.stride(from: t.id, to: Int(a.pairs), by: t.count) {
                t.execute(Binarize.pairStep)
                let counters = Int(a.counters) + l * E * 4
                var off = 0
                while off < E * 4 {
                    let m = min(b.streamBytes, E * 4 - off)
                    try t.mramRead(from: counters + off, to: input, bytes: m, sizeIsConstant: false)
                    t.execute(Binarize.chunkStep)
                    let src = UnsafeRawPointer(t.wram.pointer(input, count: m))
                    for w in 0..<(m / 256) {
                        var word: UInt64 = 0
                        for e in 0..<64 where src.load(fromByteOffset: (w * 64 + e) * 4, as: UInt32.self) >= threshold {
                            word |= 1 << UInt64(e)
                        }
                        out.storeBytes(of: word, toByteOffset: (off / 256 + w) * 8, as: UInt64.self)
                    }
                    t.execute(Binarize.counterPair, times: m / 8)
                    off += m
                }
                try t.mramWriteChunked(from: output, to: Int(a.bits) + l * E / 8, bytes: E / 8)
            }
        }
    }
}

/// How a training kernel uses WRAM: whether each tasklet has a buffer for a whole counter
/// table (E × 4 bytes), and the size of its stream buffer.
struct TrainingWRAMPlan: Equatable {
    var tables: Bool
    var streamBytes: Int

    /// The first plan that fits, trying table buffers with stream buffers of 1024, 512 and
    /// 256 bytes, then no tables with 1024…128. `outputs`: the kernel also needs an output
    /// buffer of the stream buffer's size per tasklet (bleach-minima).
    static func choose(c: ModelConfiguration, tasklets T: Int, dpuHashing: Bool, outputs: Bool,
                       configuration: DPUConfiguration) -> TrainingWRAMPlan? {
        let unit = lcm(dpuHashing ? 4 * ((c.inputsPerFilter + 31) / 32) : 2 * c.hashesPerFilter, 8)
        let fixed = roundUp8(TrainArgs.bytes) + (dpuHashing ? roundUp8(c.hashesPerFilter * c.inputsPerFilter * 4) : 0)
            + T * (TrainPair.bytes + c.hashesPerFilter * 8 + 8) + T * configuration.stackBytesPerTasklet + 128
        let candidates = [(true, 1024), (true, 512), (true, 256), (false, 1024), (false, 512), (false, 256), (false, 128)]
        for (tables, stream) in candidates where stream >= unit {
            let perTasklet = stream * (outputs ? 2 : 1) + (tables ? c.entriesPerFilter * 4 : 0)
            if fixed + T * perTasklet <= configuration.wramBytes { return TrainingWRAMPlan(tables: tables, streamBytes: stream) }
        }
        return nil
    }
}

func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
