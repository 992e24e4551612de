import BTHOWeNModel
import DPUSim

/// `large-filter-split`'s tasklet program: `dpu/src/large-filter-split.c`'s set-up and batch
/// loop, one stage per function (probe the owned filters, reduce, write the responses); the
/// kernel's documentation (`LargeFilterSplitKernel`) says what is charged and what is not.
extension LargeFilterSplitKernel {
    /// The tasklet program of one DPU owning filters `part` of its discriminator: `inputs`
    /// inputs' hashes at MRAM `hashesAddress` ([filter][input][hash]), probed in WRAM batches
    /// of `wram.batch`; tasklet t owns the share's filters t, t+T, …. Reserves the WRAM
    /// buffers and the barrier.
    ///
    /// Edge cases: a tasklet that owns no filter (`part.count` < T) still takes part in
    /// every barrier, the reduction and the clearing of its count row; with `inputs == 0`
    /// only the set-up runs; a last batch shorter than the WRAM batch is charged the
    /// listing's tail path.
    ///
    /// - Throws: `DPUFault.wramOverflow` if the buffers do not fit (`plan(filters:…)` sizes
    ///   `wram` so that they do).
    static func program(setup: inout LaunchSetup, configuration c: ModelConfiguration, part: Range<Int>, inputs: Int,
                        wram: WRAMPlan, tablesAddress: Int, hashesAddress: Int, responsesAddress: Int) throws -> TaskletBody {
        let T = setup.tasklets
        // Plain integers only: the closure must not capture the ModelConfiguration (a struct
        // from another module, whose every use in the hot loop would copy it).
        let k = c.hashesPerFilter, tableBytes = c.wordsPerFilter * 8
        let bw = wram.batch
        let sliceBytes = roundUp8(bw * k * 4)
        let p = BatchProgram(
            T: T, k: k, bw: bw, inputs: inputs, resident: wram.resident, partFirst: part.lowerBound,
            tableBytes: tableBytes, sliceBytes: sliceBytes, tableChunks: ProgramChunks(bytes: tableBytes),
            tables: try setup.staticWRAM(wram.resident ? part.count * tableBytes : T * tableBytes, name: "filter tables"),
            slices: try setup.staticWRAM(T * sliceBytes, name: "hash slices"),
            counts: try setup.staticWRAM(roundUp8(T * bw * 2), name: "counts"),
            responses: try setup.staticWRAM(roundUp8(bw * 4), name: "responses"),
            tablesAddress: tablesAddress, hashesAddress: hashesAddress, responsesAddress: responsesAddress)
        let barrier = setup.barrier("batch")
        let partCount = part.count
        return { t in
            let owned = Array(Swift.stride(from: t.id, to: partCount, by: T))
            try p.prepare(t, owned: owned)
            try await t.barrierWait(barrier)
            for start in Swift.stride(from: 0, to: inputs, by: bw) {
                let nb = min(bw, inputs - start)
                try p.probe(t, owned: owned, start: start, count: nb)
                try await t.barrierWait(barrier)
                p.reduce(t, start: start, count: nb)
                try await t.barrierWait(barrier)
                try p.writeResponses(t, start: start, count: nb)
            }
        }
    }

    /// The shapes and addresses one DPU's program works with, as plain integers (what the
    /// tasklet closure captures), and the stages of a batch that need no synchronization.
    ///
    /// T tasklets, k hashes per filter, WRAM batches of `bw` of the `inputs` inputs; the
    /// share's filters start at `partFirst` of the discriminator. WRAM: `tables` (every
    /// owned table when `resident`, else one `tableBytes` buffer per tasklet), `slices`
    /// (one `sliceBytes` hash slice per tasklet), `counts` (one row of bw 16-bit counts per
    /// tasklet), `responses` (bw 32-bit sums). MRAM: the share's tables at `tablesAddress`,
    /// the hashes at `hashesAddress`, the responses at `responsesAddress`.
    struct BatchProgram {
        let T: Int, k: Int, bw: Int, inputs: Int
        let resident: Bool
        let partFirst: Int
        let tableBytes: Int, sliceBytes: Int
        /// The DMA chunks of one filter table.
        let tableChunks: ProgramChunks
        let tables: Int, slices: Int, counts: Int, responses: Int
        let tablesAddress: Int, hashesAddress: Int, responsesAddress: Int

        /// Tasklet `t.id`'s row of per-input counts.
        @inline(__always) func row(_ t: Tasklet) -> Int { counts + t.id * bw * 2 }

        /// The set-up before the batch loop, not charged: the owned tables loaded when they
        /// are resident, the tasklet's count row cleared.
        @inline(__always)
        func prepare(_ t: Tasklet, owned: [Int]) throws {
            t.phase(resident ? "load filter tables" : "clear counts")
            if resident {
                for l in owned { try t.mramReadChunked(from: tablesAddress + l * tableBytes, to: tables + l * tableBytes, bytes: tableBytes, sizeIsConstant: false) }
            }
            let row = row(t)
            for b in 0..<bw { t.wram.store(UInt16(0), row + 2 * b) }
        }

        /// A batch up to its first barrier: the batch loop's step (the tail path when the
        /// remaining inputs are at most `bw`, the full path when at least: both when equal),
        /// then every owned filter probed against the batch's `nb` inputs (`probeFilter`).
        @inline(__always)
        func probe(_ t: Tasklet, owned: [Int], start: Int, count nb: Int) throws {
            let remaining = inputs - start
            t.execute(batchStep)
            if remaining <= bw { t.execute(batchTail) }
            if remaining >= bw { t.execute(batchFull) }
            _ = t.mul32(UInt32(k * 4), UInt32(nb))
            let sliceChunks = ProgramChunks(bytes: roundUp8(nb * k * 4))
            if !owned.isEmpty {
                t.execute(ownsFilters)
                _ = t.mul32(UInt32(k * 4), UInt32(nb))
            }
            t.phase("batch \(start / bw): probe filters \(phaseList(owned.map { partFirst + $0 }))")
            for l in owned { try probeFilter(t, l, start: start, count: nb, sliceChunks: sliceChunks) }
        }

        /// Owned filter `l` of the share: its table (resident, or streamed from MRAM into the
        /// tasklet's buffer), its hash slice for the batch read from MRAM, then each input's k
        /// probes, stopping at the first miss; an input whose probes all hit adds one to its
        /// count. A probe's bit in the high or the low half of its word is charged as the
        /// 32-bit code tests it.
        @inline(__always)
        func probeFilter(_ t: Tasklet, _ l: Int, start: Int, count nb: Int, sliceChunks: ProgramChunks) throws {
            let slice = slices + t.id * sliceBytes
            let row = row(t)
            let table: Int
            if resident {
                t.execute(filterResident)
                table = tables + Int(t.mul32(UInt32(l), UInt32(tableBytes)))
            } else {
                t.execute(filterStreamed)
                table = tables + t.id * tableBytes
                t.execute(tableChunkFull, times: tableChunks.full)
                t.execute(tableChunk, times: tableChunks.partial)
                try t.mramReadChunked(from: tablesAddress + l * tableBytes, to: table, bytes: tableBytes, sizeIsConstant: false)
            }
            let f = partFirst + l
            t.execute(sliceChunkFull, times: sliceChunks.full)
            t.execute(sliceChunk, times: sliceChunks.partial)
            try t.mramReadChunked(from: hashesAddress + (f * inputs + start) * k * 4, to: slice, bytes: roundUp8(nb * k * 4), sizeIsConstant: false)
            for b in 0..<nb {
                t.execute(inputStep)
                var all = true
                for h in 0..<k {
                    let e = Int(t.wram.load(slice + (b * k + h) * 4, as: UInt32.self))
                    let word = t.wram.load(table + (e >> 6) * 8, as: UInt64.self)
                    let hit = (word >> UInt64(e & 63)) & 1 != 0
                    switch (e & 63 >= 32, hit) {
                    case (true, true): t.execute(probeHighHit)
                    case (true, false): t.execute(probeHighMiss)
                    case (false, true): t.execute(probeLowHit)
                    case (false, false): t.execute(probeLowMiss)
                    }
                    if !hit { all = false; break }
                }
                if all {
                    t.wram.store(t.wram.load(row + 2 * b, as: UInt16.self) + 1, row + 2 * b)
                    t.execute(allHit)
                }
            }
        }

        /// The reduction: tasklet t sums inputs t, t+T, … of the batch over every tasklet's
        /// count row into `responses`. A tasklet with no input (t ≥ nb) charges nothing.
        @inline(__always)
        func reduce(_ t: Tasklet, start: Int, count nb: Int) {
            t.phase("batch \(start / bw): reduce")
            if t.id < nb { t.execute(reduceEntry) }
            for b in Swift.stride(from: t.id, to: nb, by: T) {
                var sum: UInt32 = 0
                for q in 0..<T { sum += UInt32(t.wram.load(counts + (q * bw + b) * 2, as: UInt16.self)) }
                t.wram.store(sum, responses + 4 * b)
                t.execute(reduceInput)
                t.execute(reduceStep, times: T)
            }
        }

        /// Tasklet 0 writes the batch's `nb` responses (4 bytes each, padded to 8) to MRAM at
        /// `responsesAddress + start × 4`; then every tasklet clears its count row's `nb`
        /// entries for the next batch.
        @inline(__always)
        func writeResponses(_ t: Tasklet, start: Int, count nb: Int) throws {
            t.phase("batch \(start / bw): write responses")
            if t.id == 0 {
                t.execute(writeEntry)
                let bytes = roundUp8(nb * 4)
                let chunks = ProgramChunks(bytes: bytes)
                t.execute(writeChunkFull, times: chunks.full)
                t.execute(writeChunk, times: chunks.partial)
                try t.mramWriteChunked(from: responses, to: responsesAddress + start * 4, bytes: bytes, sizeIsConstant: false)
            }
            let row = row(t)
            for b in 0..<nb { t.wram.store(UInt16(0), row + 2 * b) }
            t.execute(zeroStep, times: nb)
        }
    }
}
