import BTHOWeNModel
import DPUSim

/// `small-pooled`'s tasklet program: `dpu/src/small-pooled.c`'s batch loop, one stage per
/// function (load the batch, hash, probe, reduce, write the results); the kernel's
/// documentation (`SmallPooledKernel`) says what is charged and what is not.
extension SmallPooledKernel {
    /// The tasklet program of one DPU: `inputs` records of `stride` bytes at MRAM
    /// `inputsAddress`, in WRAM batches of `bw`, with H hashing and `setup.tasklets − H`
    /// filter tasklets. Reserves the WRAM buffers, the barrier and one semaphore per chunk.
    ///
    /// Edge cases: with `inputs == 0` the tasklets only load the H3 matrix (tasklet 0); a
    /// last batch shorter than `bw` is charged the listing's tail path.
    ///
    /// - Throws: `DPUFault.wramOverflow` if the buffers do not fit (`batchSize` sizes `bw`
    ///   so that they do).
    static func program(setup: inout LaunchSetup, configuration c: ModelConfiguration, hashPool H: Int, batch bw: Int, inputs: Int,
                        stride: Int, modelAddress: Int, matrixAddress: Int, inputsAddress: Int, resultsAddress: Int) throws -> TaskletBody {
        let T = setup.tasklets, F = T - H
        // Plain integers only: the closure must not capture the ModelConfiguration (a struct
        // from another module, whose every use in the hot loop would copy it).
        let n = c.inputsPerFilter, k = c.hashesPerFilter, filters = c.filtersPerDiscriminator, classes = c.classes
        let tableBytes = c.wordsPerFilter * 8
        let chunkBytes = roundUp8(bw * k * 4)
        let partialBytes = roundUp8(bw * classes)
        let p = BatchProgram(
            T: T, H: H, F: F, n: n, k: k, filters: filters, classes: classes, stride: stride, bw: bw,
            tableBytes: tableBytes, chunkBytes: chunkBytes, partialBytes: partialBytes,
            tableChunks: ProgramChunks(bytes: tableBytes), inputChunks: ProgramChunks(bytes: stride),
            matrix: try setup.staticWRAM(roundUp8(k * n * 4), name: "h3 matrix"),
            batchInputs: try setup.staticWRAM(bw * stride, name: "input batch"),
            hashBuffer: try setup.staticWRAM(filters * chunkBytes, name: "hashes"),
            tableBuffers: try setup.staticWRAM(F * tableBytes, name: "class tables"),
            partials: try setup.staticWRAM(F * partialBytes, name: "partial counts"),
            results: try setup.staticWRAM(bw * 8, name: "results"),
            modelAddress: modelAddress, inputsAddress: inputsAddress, resultsAddress: resultsAddress)
        let barrier = setup.barrier("batch")
        let ready = (0..<filters).map { setup.semaphore("hashes of chunk \($0) ready") }
        return { t in
            if t.id == 0 {
                t.phase("load H3 matrix")
                try t.mramReadChunked(from: matrixAddress, to: p.matrix, bytes: roundUp8(k * n * 4), sizeIsConstant: false)
            }
            for start in Swift.stride(from: 0, to: inputs, by: bw) {
                let nb = min(bw, inputs - start)
                try p.loadBatch(t, start: start, count: nb, remaining: inputs - start)
                try await t.barrierWait(barrier)
                if t.id < H {
                    p.hashBatch(t, start: start, count: nb, ready: ready)
                } else {
                    // Filter pool: filters q, q+F, …, each as soon as its hashes are ready.
                    let q = t.id - H
                    if q < filters { t.execute(filterChunks) }
                    for f in Swift.stride(from: q, to: filters, by: F) {
                        t.phase("batch \(start / bw): probe filter \(f)")
                        t.execute(filterStep)
                        try await t.semTake(ready[f])
                        try p.probeFilter(t, f, count: nb)
                    }
                }
                try await t.barrierWait(barrier)
                p.reduce(t, start: start, count: nb)
                try await t.barrierWait(barrier)
                try p.writeResults(t, start: start, count: nb)
            }
        }
    }

    /// The shapes and addresses one DPU's program works with, as plain integers (what the
    /// tasklet closure captures), and the stages of a batch that need no synchronization.
    ///
    /// T tasklets: 0..<H hash, H..<T (F of them) probe. n inputs and k hashes per filter,
    /// `filters` chunks (one per filter), `classes` discriminators, inputs of `stride` bytes,
    /// WRAM batches of `bw`. WRAM: `matrix` (k × n hash rows), `batchInputs` (bw records),
    /// `hashBuffer` (one `chunkBytes` slot per chunk: bw × k hashes), `tableBuffers` (one
    /// `tableBytes` class table per filter tasklet), `partials` (one `partialBytes` row of
    /// bw × classes byte counts per filter tasklet), `results` (bw 8-byte predictions).
    /// MRAM: the model ([filter][class][table]) at `modelAddress`, the inputs at
    /// `inputsAddress`, the predictions at `resultsAddress`.
    struct BatchProgram {
        let T: Int, H: Int, F: Int
        let n: Int, k: Int, filters: Int, classes: Int, stride: Int, bw: Int
        let tableBytes: Int, chunkBytes: Int, partialBytes: Int
        /// The DMA chunks of one class table and of one input record.
        let tableChunks: ProgramChunks, inputChunks: ProgramChunks
        let matrix: Int, batchInputs: Int, hashBuffer: Int, tableBuffers: Int, partials: Int, results: Int
        let modelAddress: Int, inputsAddress: Int, resultsAddress: Int

        /// A batch's opening, up to its first barrier: the batch loop's step (the tail path
        /// when `remaining` ≤ bw, the full path when ≥ bw: both when equal), every tasklet's
        /// share of the `nb` inputs (inputs t, t+T, …) loaded from MRAM, and each pool's entry
        /// (a filter tasklet clears its partial counts).
        @inline(__always)
        func loadBatch(_ t: Tasklet, start: Int, count nb: Int, remaining: Int) throws {
            t.execute(batchStep)
            if remaining <= bw { t.execute(batchTail) }
            if remaining >= bw { t.execute(batchFull) }
            _ = t.mul32(UInt32(classes), UInt32(nb))
            t.phase("batch \(start / bw): load inputs")
            for b in Swift.stride(from: t.id, to: nb, by: T) {
                t.execute(shareInput)
                t.execute(inputChunkFull, times: inputChunks.full)
                t.execute(inputChunk, times: inputChunks.partial)
                try t.mramReadChunked(from: inputsAddress + (start + b) * stride, to: batchInputs + b * stride, bytes: stride, sizeIsConstant: false)
            }
            if t.id >= H {
                let partial = partials + (t.id - H) * partialBytes
                t.execute(filterPool)
                _ = t.mul32(UInt32(nb), UInt32(classes))
                for j in 0..<nb * classes { t.wram.store(UInt8(0), partial + j) }
                t.execute(zeroPartial, times: nb * classes)
            } else {
                t.execute(hashPool)
            }
        }

        /// Hashing tasklet h = `t.id`'s chunks h, h+H, … in order: each chunk's k hashes of every
        /// input of the batch into its slot of `hashBuffer`, then `ready[f]` given. A tasklet
        /// with no chunk (h ≥ filters) charges nothing.
        @inline(__always)
        func hashBatch(_ t: Tasklet, start: Int, count nb: Int, ready: [Semaphore]) {
            var hashes = [UInt32](repeating: 0, count: k)
            if t.id < filters { t.execute(hashChunks) }
            for (j, f) in Swift.stride(from: t.id, to: filters, by: H).enumerated() {
                t.phase("batch \(start / bw): hash chunk \(f)")
                t.execute(hashChunk)
                _ = t.mul32(UInt32(H * chunkBytes), UInt32(j))
                _ = t.mul32(UInt32(f), UInt32(n))
                for b in 0..<nb {
                    t.execute(hashInput)
                    _ = t.mul32(UInt32(k * 4), UInt32(b))
                    _ = t.mul32(UInt32(b), UInt32(stride))
                    for h in 0..<k { hashes[h] = 0 }
                    t.execute(hashZeroStep, times: k)
                    let input = batchInputs + b * stride
                    for i in 0..<n {
                        let bit = f * n + i
                        let w = t.wram.load(input + (bit >> 6) * 8, as: UInt64.self)
                        guard (w >> UInt64(bit & 63)) & 1 != 0 else {
                            t.execute(bitClear)
                            continue
                        }
                        t.execute(bitSet)
                        for h in 0..<k { hashes[h] ^= t.wram.load(matrix + (h * n + i) * 4, as: UInt32.self) }
                        t.execute(xorRow, times: k)
                    }
                    let slot = hashBuffer + f * chunkBytes + b * k * 4
                    for h in 0..<k { t.wram.store(hashes[h], slot + 4 * h) }
                    t.execute(hashStore, times: k)
                }
                t.semGive(ready[f])
            }
        }

        /// Filter tasklet `t.id` probes filter `f` (its hashes ready): per class, the class
        /// table streamed from MRAM into the tasklet's buffer, then every input of the batch
        /// probed; an input whose k probes all hit adds one to its (input, class) partial
        /// count. The probe loop stops at the first miss.
        @inline(__always)
        func probeFilter(_ t: Tasklet, _ f: Int, count nb: Int) throws {
            let q = t.id - H
            let table = tableBuffers + q * tableBytes
            let partial = partials + q * partialBytes
            for cls in 0..<classes {
                t.execute(classStep)
                t.execute(tableChunkFull, times: tableChunks.full)
                t.execute(tableChunk, times: tableChunks.partial)
                try t.mramReadChunked(from: modelAddress + (f * classes + cls) * tableBytes, to: table, bytes: tableBytes, sizeIsConstant: false)
                for b in 0..<nb {
                    t.execute(inputStep)
                    var all = true
                    for h in 0..<k {
                        let e = Int(t.wram.load(hashBuffer + f * chunkBytes + (b * k + h) * 4, as: UInt32.self))
                        if (t.wram.load(table + (e >> 6) * 8, as: UInt64.self) >> UInt64(e & 63)) & 1 == 0 {
                            t.execute(probeMiss)
                            all = false
                            break
                        }
                        t.execute(probeHit)
                    }
                    if all {
                        t.execute(allHit)
                        let slot = partial + Int(t.mul32(UInt32(b), UInt32(classes))) + cls
                        t.wram.store(t.wram.load(slot, as: UInt8.self) + 1, slot)
                    }
                }
            }
        }

        /// The reduction: tasklet t takes inputs t, t+T, … of the batch, sums each class's
        /// partial counts over the F filter tasklets and stores the argmax (the first class
        /// of the highest sum) in `results`. A tasklet with no input (t ≥ nb) charges nothing.
        @inline(__always)
        func reduce(_ t: Tasklet, start: Int, count nb: Int) {
            t.phase("batch \(start / bw): reduce")
            if t.id < nb { t.execute(reduceEntry) }
            for b in Swift.stride(from: t.id, to: nb, by: T) {
                t.execute(reduceInput)
                let base = Int(t.mul32(UInt32(b), UInt32(classes)))
                var best = 0, bestCount = -1
                for cls in 0..<classes {
                    var total = 0
                    for p in 0..<F { total += Int(t.wram.load(partials + p * partialBytes + base + cls, as: UInt8.self)) }
                    t.execute(reduceStep, times: F)
                    if total > bestCount {
                        best = cls
                        bestCount = total
                        t.execute(reduceClassGreater)
                    } else {
                        t.execute(reduceClassNotGreater)
                    }
                }
                t.wram.store(UInt64(best), results + 8 * b)
            }
        }

        /// Tasklet 0 writes the batch's `nb` predictions (8 bytes each) to MRAM at
        /// `resultsAddress + start × 8`; the others only open the phase.
        @inline(__always)
        func writeResults(_ t: Tasklet, start: Int, count nb: Int) throws {
            t.phase("batch \(start / bw): write results")
            guard t.id == 0 else { return }
            t.execute(writeEntry)
            let chunks = ProgramChunks(bytes: nb * 8)
            t.execute(writeChunkFull, times: chunks.full)
            t.execute(writeChunk, times: chunks.partial)
            try t.mramWriteChunked(from: results, to: resultsAddress + start * 8, bytes: nb * 8, sizeIsConstant: false)
        }
    }
}
