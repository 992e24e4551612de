import BTHOWeNModel
import DPUSim

extension TrainingKernels {
    /// `record_hashes`' regions in the `bleach-minima` listing (one copy).
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
        let b = try declare(&setup, plan: plan, c: c, outputBytes: plan.streamBytes)
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
}
