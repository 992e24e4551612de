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

    static func declare(_ setup: inout LaunchSetup, plan: TrainingWRAMPlan, c: ModelConfiguration,
                        outputBytes: Int) throws -> Buffers {
        let T = setup.tasklets
        var b = Buffers()
        b.streamBytes = plan.streamBytes
        b.outputBytes = outputBytes
        b.tableBytes = plan.tables ? c.entriesPerFilter * 4 : 0
        b.args = try setup.staticWRAM(TrainArgs.bytes, name: "args")
        // The C twins declare the matrix statically: one program serves both hashing sides,
        // so its WRAM holds the matrix even when the host hashes (bthowen_train_dpu.h).
        b.matrix = try setup.staticWRAM(roundUp8(c.hashesPerFilter * c.inputsPerFilter * 4), name: "h3 matrix")
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
}
