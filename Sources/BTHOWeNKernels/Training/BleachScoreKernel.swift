import BTHOWeNModel
import DPUSim

extension TrainingKernels {
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
                try countBatch(t, b, a, start: start, images: nb, batch: bw, split: split, slice: slices + t.id * bw * 4,
                               partial: partial, owned: owned)
                try await t.barrierWait(barrier)
                reduceBatch(t, images: nb, owned: owned, partials: partials, block: block, into: t.wram.pointer(responses, count: block))
                try await t.barrierWait(barrier)
                if t.id == 0 {
                    try writeResponses(t, a, start: start, images: nb, full: images - start >= bw, rowBytes: rowBytes, from: responses)
                }
                clearPartials(BleachScore.zeroEntry)
                try await t.barrierWait(barrier)
            }
        }
    }

    /// bleach-score's counting of one batch of `images` images from image `start`: the
    /// tasklet's (pair, block) items, each reading its minima slice and, per image and
    /// candidate, adding 1 to `partial[image][candidate][class slot]` when the minimum
    /// reaches the candidate. An item whose block starts past the batch's images (the
    /// batch's last blocks, with a short batch) does nothing but its loop step.
    static func countBatch(_ t: Tasklet, _ b: Buffers, _ a: TrainArgs, start: Int, images nb: Int, batch bw: Int, split: UInt32,
                           slice: Int, partial: UnsafeMutableRawPointer, owned: Int) throws {
        let J = TrainArgs.maxCandidates, T = t.count, candidates = Int(a.candidates), pairs = UInt32(a.pairs)
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
    }

    /// bleach-score's reduction of one batch: tasklet t sums images t, t+T, … of the batch's
    /// `images` over every tasklet's partials (`block` bytes apart from `partials`) into the
    /// response block `out`, [image][candidate][owned] (UInt16, wrapping).
    static func reduceBatch(_ t: Tasklet, images nb: Int, owned: Int, partials: Int, block: Int, into out: UnsafeMutableRawPointer) {
        let J = TrainArgs.maxCandidates, T = t.count
        let rowBytes = J * owned * 2
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
    }

    /// Tasklet 0 writes one batch's responses (`images` rows of `rowBytes`, rounded up to 8
    /// bytes) from WRAM `responses` to MRAM at row `start`; `full` when the batch is whole.
    static func writeResponses(_ t: Tasklet, _ a: TrainArgs, start: Int, images nb: Int, full: Bool, rowBytes: Int,
                               from responses: Int) throws {
        t.execute(BleachScore.writeEntry)
        if full { t.execute(BleachScore.writeFull) }
        let bytes = roundUp8(Int(t.mul32(UInt32(nb), UInt32(rowBytes))))
        _ = t.mul32(UInt32(nb), UInt32(rowBytes))   // the chunk loop recomputes it
        let chunks = ProgramChunks(bytes: bytes)
        t.execute(BleachScore.writeChunkFull, times: chunks.full)
        t.execute(BleachScore.writeChunk, times: chunks.partial)
        try t.mramWriteChunked(from: responses, to: Int(a.responses) + start * rowBytes, bytes: bytes, sizeIsConstant: false)
    }
}
