import BTHOWeNModel
import DPUSim

extension TrainingKernels {
    /// The training kernel: conservative update of every owned pair over its stream.
    ///
    /// Instructions: the loop nest is `train_main`'s (`dpu/src/train-pairs.c`, the program
    /// both strategies run), and every charge is a
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
        let b = try declare(&setup, plan: plan, c: c, outputBytes: 0)
        let barrier = setup.barrier("start")
        let done = setup.barrier("done")
        let tables = plan.tables
        return { t in
            let a = try await readArguments(t, b, barrier, c: c, dpuHashing: dpuHashing, expected: .train)
            var pass = TrainTasklet(t, b, a, c: c, dpuHashing: dpuHashing)
            if t.id >= Int(a.pairs) { t.execute(Train.noPairs) }
            for l in Swift.stride(from: t.id, to: Int(a.pairs), by: t.count) {
                t.execute(Train.pairStep)
                let pair = try readPair(t, b, a, l)
                let count = Int(pair.samples)
                let counters = Int(a.counters) + l * pass.E * 4
                let stream = Int(a.streams) + Int(pair.streamOffset)
                if !pass.first { t.execute(Train.pairLater) }
                if tables && (pass.first || UInt32(count) >= a.tableThreshold) {
                    try pass.stagedPair(counters: counters, stream: stream, count: count)
                } else {
                    try pass.probedPair(counters: counters, stream: stream, count: count)
                }
            }
            try await pass.foldMaximum(done)
        }
    }

    /// One tasklet of `train` over its pairs: the arguments and buffers it works with, its
    /// running maximum counter, and the probe scratch of the probed path (per probe j: its
    /// 8-byte MRAM word, the slot holding that word — the first probe of the same word —
    /// and whether the slot changed).
    struct TrainTasklet {
        let t: Tasklet
        let b: Buffers
        let a: TrainArgs
        let c: ModelConfiguration
        let dpuHashing: Bool
        let k: Int, E: Int
        /// The first launch: counters start at zero (staged tables are zero-filled, not read).
        let first: Bool
        let rb: UInt32
        let perChunk: Int
        /// The tasklet's probe slots in WRAM (k × 8 bytes).
        let slots: Int
        var maximum: UInt32 = 0
        var word: [Int], slotOf: [Int]
        var dirty: [Bool]

        init(_ t: Tasklet, _ b: Buffers, _ a: TrainArgs, c: ModelConfiguration, dpuHashing: Bool) {
            self.t = t
            self.b = b
            self.a = a
            self.c = c
            self.dpuHashing = dpuHashing
            k = c.hashesPerFilter
            E = c.entriesPerFilter
            first = a.firstLaunch != 0
            rb = UInt32(a.recordBytes)
            perChunk = recordsPerChunk(streamBytes: b.streamBytes, recordBytes: Int(rb))
            slots = b.slots + t.id * k * 8
            word = [Int](repeating: 0, count: k)
            slotOf = [Int](repeating: 0, count: k)
            dirty = [Bool](repeating: false, count: k)
        }

        /// The stream's chunk loop: per chunk its region, `full` when it is a whole chunk of
        /// `perChunk` records (count - done >= per_chunk), and the DMA's two products.
        static func chargeChunk(_ t: Tasklet, done: Int, m: Int, perChunk: Int, rb: UInt32, step: InstructionMix, full: InstructionMix) {
            t.execute(step)
            if m == perChunk { t.execute(full) }
            _ = t.mul32(UInt32(done), rb)
            _ = t.mul32(UInt32(m), rb)
        }

        /// A staged pair: its table read into (or, on the first launch, zero-filled in) the
        /// tasklet's WRAM table, every record applied there, the table written back. A
        /// saturated record (least probed counter `UInt32.max`) changes nothing.
        mutating func stagedPair(counters: Int, stream: Int, count: Int) throws {
            // Locals for the record loop (the closures capture them, not `self`).
            let t = t, k = k, E = E, rb = rb, perChunk = perChunk, c = c, dpuHashing = dpuHashing
            var maximum = maximum
            defer { self.maximum = maximum }
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
                Self.chargeChunk(t, done: done, m: m, perChunk: perChunk, rb: rb, step: Train.stagedChunkStep, full: Train.stagedChunkFull)
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
        }

        /// A probed pair: every record's k counters read from MRAM through the probe slots
        /// (`probedRecord`). On the first launch the pair's MRAM table is cleared first, from
        /// the zeroed stream buffer (only plans without tables probe on a first launch).
        mutating func probedPair(counters: Int, stream: Int, count: Int) throws {
            let t = t, rb = rb, perChunk = perChunk, c = c, dpuHashing = dpuHashing
            if first {
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
                Self.chargeChunk(t, done: done, m: m, perChunk: perChunk, rb: rb, step: Train.chunkStep, full: Train.chunkFull)
            }) { record, r, h in
                t.execute(Train.record)
                _ = t.mul32(UInt32(r), rb)
                chargeRecordHashes(t, record, dpuHashing: dpuHashing, c: c, probedHashRegions)
                try probedRecord(counters: counters, hashes: h, slot: slot)
            }
        }

        /// One record of a probed pair: reads each probe's 8-byte word into its slot (probes
        /// of one word share the first one's read), applies the conservative update in the
        /// slots, writes back each dirty slot. A saturated record changes nothing.
        mutating func probedRecord(counters: Int, hashes h: UnsafePointer<UInt32>, slot: UnsafeMutableRawPointer) throws {
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

        /// The end of the launch: each tasklet leaves its maximum in WRAM; after the barrier
        /// tasklet 0 folds them, and (after the first launch) the maximum kept in MRAM, into
        /// the running maximum it writes back to `result`.
        func foldMaximum(_ done: Barrier) async throws {
            t.wram.store(UInt64(maximum), b.maxima + 8 * t.id)
            t.execute(Train.end)
            try await t.barrierWait(done)
            guard t.id == 0 else { return }
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
