import DPUSim

/// PrIM's HST-S (image histogram, one private histogram per tasklet, 256 bins over 12-bit
/// `uint32_t` pixels): uPIMulator's `benchmark/HST-S/{host/app.c,dpu/task.c}` @ 870d916,
/// built with `BL=10`, `T = uint32_t`, `DEPTH = 12`.
///
/// **`data_prep_param`** is the total number of pixels (`src/assembler/prim/hst_s.go`: strong
/// scaling, `input_size = data_prep_params[0]`, 256 bins), each drawn uniform in `0..<4096`
/// as `rand.Intn(4096)` does (PrIM's own host reads an image file; uPIMulator's generator
/// defines the measured point's input). The partition is `app.c`'s, shared with HST-L
/// (`HistogramHost`): every DPU gets `⌈n / dpus⌉` pixels rounded up to a multiple of 8
/// (`input_size_dpu_8bytes`) as its transfer; the last DPU's `size` is what is left of n
/// rounded up to 8 (`input_size_8bytes − input_size_dpu_8bytes·(dpus − 1)`), which may
/// exceed its transfer by up to 7 pixels: the DPU then reads the MRAM past its transfer (the
/// histogram's area, zero before the launch here), which counts in bin 0. Each DPU's
/// histogram is checked against the host's histogram of exactly the pixels that DPU covers.
///
/// **Host** (timers of `app.c`): CPU-DPU pushes the 16-byte `DPU_INPUT_ARGUMENTS` (one per
/// DPU, `dpu_push_xfer`) and the pixels to the MRAM heap; DPU Kernel is one synchronous
/// launch; DPU-CPU pulls each DPU's 256 × 4-byte histogram from `transfer_size` and merges
/// them on the host ((dpus − 1) × 256 additions, charged as host operations).
///
/// **DPU** (`task.c`): `main` jumps through the kernel table; tasklet t zeroes its own
/// `mem_alloc`ed histogram, then for the 1,024-byte blocks t, t + 16, … reads the block
/// (run-time size; the last may be shorter) and runs `histogram`: per pixel
/// `histo[(d * bins) >> 12] += 1`, the product a `__mulsi3` call (`Tasklet.mul32`). After a
/// barrier, tasklet t sums bins t, t + 16, … over the 16 histograms into tasklet 0's; after
/// a second barrier tasklet 0 writes it with one `mram_write` (bins × 4 = 1,024 bytes ≤ 2,048,
/// the only branch this workload's fixed 256 bins takes). Charges: `dpu/prim/hst-s.c`
/// compiled by the proxy (`dpu/prim/hst-s.regions`). The merge's 16-way sum is unrolled in
/// the listing for `NR_TASKLETS = 16`; other tasklet counts are charged that listing.
///
/// **Cost vs data**: one `__mulsi3` per pixel whose steps follow the smaller operand,
/// min(pixel, 256): a pixel below 256 costs fewer steps, so the cycles depend on the pixel
/// values (slightly); the branches do not.
public struct HSTS: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.hstS
    static let blockBytes = 1024
    static let depth: UInt32 = 12

    let host: HistogramHost

    public init(point: PrIMPoint) throws { try self.init(point: point, seed: 0x4853_5453) } // "HSTS"

    /// The same point with the pixels drawn from another seed (to show the cost follows them).
    init(point: PrIMPoint, seed: UInt64) throws { host = try HistogramHost(point: point, seed: seed) }

    public func run(on host: PrIMHost) throws {
        let shares = self.host
        try shares.run(on: host, kernel: "prim-hst-s") { dpu, setup in
            try Self.kernel(&setup, size: shares.sizeBytes(dpu: dpu), transferSize: shares.transferBytes,
                            bins: HistogramHost.bins)
        }
    }

    /// `main` and `main_kernel1` of `task.c`.
    static func kernel(_ setup: inout LaunchSetup, size: Int, transferSize: Int, bins: Int) throws -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        let message = try setup.staticWRAM(4 * setup.tasklets, name: "message")
        return { t in
            t.execute(dispatch)
            t.execute(entry)
            try await primResetHeap(t, barrier)
            t.execute(afterBarrier)
            let cacheA = try t.memAlloc(blockBytes)
            let histo = try t.memAlloc(bins * 4)
            if bins > 0 { t.execute(zeroSetup) }
            for i in 0..<bins { t.wram.store(UInt32(0), histo + 4 * i) }
            t.execute(zeroStep, times: bins)
            t.execute(blocksSetup)
            let first = t.id * blockBytes
            if first < size { t.execute(loopSetup) }
            for byteIndex in stride(from: first, to: size, by: blockBytes * t.count) {
                let bytes = min(size, byteIndex + blockBytes) - byteIndex
                t.execute(size < byteIndex + blockBytes ? blockLast : blockFull)
                try t.mramRead(from: byteIndex, to: cacheA, bytes: bytes, sizeIsConstant: false)
                t.execute(histEntry)
                for j in 0..<(bytes / 4) {
                    let d = t.wram.load(cacheA + 4 * j, as: UInt32.self)
                    let cell = histo + 4 * Int(t.mul32(d, UInt32(bins)) >> depth)
                    t.wram.store(t.wram.load(cell, as: UInt32.self) &+ 1, cell)
                }
                t.execute(histElement, times: bytes / 4)
            }
            t.wram.store(UInt32(histo), message + 4 * t.id)
            t.execute(afterLoop)
            try await t.barrierWait(barrier)
            let histoDPU = Int(t.wram.load(message, as: UInt32.self))
            if t.id < bins { t.execute(reduceSetup) }
            for i in stride(from: t.id, to: bins, by: t.count) {
                var b: UInt32 = 0
                for j in 0..<t.count { b &+= t.wram.load(Int(t.wram.load(message + 4 * j, as: UInt32.self)) + 4 * i, as: UInt32.self) }
                t.wram.store(b, histoDPU + 4 * i)
                t.execute(reduceStep)
            }
            t.execute(afterReduce)
            try await t.barrierWait(barrier)
            if t.id == 0 {
                t.execute(writeHisto)
                try t.mramWrite(from: histoDPU, to: transferSize, bytes: bins * 4, sizeIsConstant: false)
            }
            t.execute(exit)
        }
    }
}

/// The host program HST-S and HST-L share (their `app.c` differ only in whitespace): the
/// pixels, `app.c`'s partition, the transfers and launch in their timers, and the check of
/// every DPU's histogram.
struct HistogramHost: Sendable {
    static let bins = 256

    /// The pixels, padded with zeros to `perDPU × dpus` (the host buffer PrIM allocates).
    let pixels: [UInt32]
    let dpus: Int
    /// Pixels per DPU transfer, a multiple of 8 (`input_size_dpu_8bytes`).
    let perDPU: Int
    /// n rounded up to 8 when n is odd (`input_size_8bytes`).
    let inputs8: Int

    /// - Throws: `PrIMPointError` when the last DPU's share is empty (PrIM's host would pass a
    ///   size of zero or less) or the pixels and histogram do not fit the MRAM.
    init(point: PrIMPoint, seed: UInt64) throws {
        let n = point.dataPrepParam
        guard n >= 1, point.dpus >= 1 else { throw PrIMPointError(point, "needs at least one pixel and one DPU") }
        dpus = point.dpus
        inputs8 = n % 2 == 0 ? n : (n + 7) / 8 * 8                  // (n·4) % 8 == 0 ? n : roundup(n, 8)
        let share = (n - 1) / dpus + 1
        perDPU = share % 2 == 0 ? share : (share + 7) / 8 * 8
        guard inputs8 - perDPU * (dpus - 1) > 0 else {
            throw PrIMPointError(point, "\(n) pixels leave the last of \(dpus) DPUs nothing (PrIM's host would pass a size ≤ 0)")
        }
        guard perDPU * 4 + Self.bins * 4 <= DPUConfiguration.v1A.mramBytes else {
            throw PrIMPointError(point, "\(perDPU) pixels and the histogram exceed the MRAM")
        }
        var random = PrIMRandom(seed: seed)
        var pixels = [UInt32]()
        pixels.reserveCapacity(perDPU * dpus)
        for _ in 0..<n { pixels.append(UInt32(random.below(4096))) }
        pixels += repeatElement(0, count: perDPU * dpus - n)
        self.pixels = pixels
    }

    var transferBytes: Int { perDPU * 4 }

    /// DPU `i`'s `DPU_INPUT_ARGUMENTS.size`, bytes.
    func sizeBytes(dpu i: Int) -> Int {
        (i == dpus - 1 ? inputs8 - perDPU * (dpus - 1) : perDPU) * 4
    }

    /// The histogram of the pixels DPU `i` reads: its `size` from its transfer on, the bytes
    /// past the transfer (the last DPU's up to 7 extra pixels) being the zeroed MRAM.
    func reference(dpu i: Int) -> [UInt32] {
        var histo = [UInt32](repeating: 0, count: Self.bins)
        for j in 0..<(sizeBytes(dpu: i) / 4) {
            let d = j < perDPU ? pixels[i * perDPU + j] : 0
            histo[Int((d &* UInt32(Self.bins)) >> HSTS.depth)] += 1
        }
        return histo
    }

    /// `app.c`'s timed steps around the launch of `program`, then the check.
    func run(on host: PrIMHost, kernel name: String,
             _ program: @escaping @Sendable (Int, inout LaunchSetup) throws -> TaskletBody) throws {
        let targets = host.dpus, transfer = transferBytes, bins = Self.bins
        try host.phase(.cpuToDPU) {
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: 16, dpus: targets)
            try host.system.push(to: 0, bytesPerDPU: transfer, dpus: targets, label: "A") { i in
                PrIMBytes.encode(pixels[(i * perDPU)..<((i + 1) * perDPU)])
            }
        }
        _ = try host.phase(.kernel) {
            try host.system.launch(kernel: name, tasklets: host.tasklets, dpus: targets, program)
        }
        let pulled = try host.phase(.dpuToCPU) {
            let histos = try host.system.pull(from: transfer, bytesPerDPU: bins * 4, dpus: targets, label: "histo")
            host.system.chargeHost("histogram merge", operations: (targets.count - 1) * bins)
            return histos.map { PrIMBytes.decode($0, as: UInt32.self) }
        }
        var merged = [UInt32](repeating: 0, count: bins), expected = merged
        for i in targets {
            let reference = reference(dpu: i)
            try host.verify(pulled[i] == reference, "DPU \(i)'s histogram differs from the host's")
            for j in 0..<bins { merged[j] &+= pulled[i][j]; expected[j] &+= reference[j] }
        }
        try host.verify(merged == expected, "the merged histogram differs from the host's")
    }
}
