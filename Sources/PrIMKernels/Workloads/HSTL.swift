import DPUSim

/// PrIM's HST-L (image histogram, one histogram shared by all tasklets under a mutex, 256
/// bins over 12-bit `uint32_t` pixels): uPIMulator's `benchmark/HST-L/{host/app.c,dpu/task.c}`
/// @ 870d916, built with `BL=10`, `NR_HISTO=1` (its `dpu/CMakeLists.txt`), `T = uint32_t`,
/// `DEPTH = 12`.
///
/// **`data_prep_param`**, the pixels, the partition and the **host** steps are HST-S's
/// (`HSTS`, `HistogramHost`: `hst_l.go` is `hst_s.go` renamed, `app.c` the same program).
///
/// **DPU** (`task.c`): `main` jumps through the kernel table. Tasklet 0 resets the heap and
/// initialises `barriers[0]` for 16 tasklets (NR_HISTO = 1: one histogram, one barrier, one
/// mutex); after `my_barrier`, tasklet 0 `mem_alloc`s the shared histogram, all wait on
/// `barriers[0]`, zero bins t, t + 16, …, wait on `barriers[0]` again, then for the 1,024-byte
/// blocks t, t + 16, … read the block (run-time size) and run `histogram`: per pixel the bin
/// `(d * bins) >> 12` (a `__mulsi3`, `Tasklet.mul32`), then `mutex_lock(my_mutex[0])`,
/// `histo[bin] += 1`, `mutex_unlock`. Two barriers on `my_barrier` follow — the merge loop
/// between them adds one histogram to itself (NR_HISTO = 1), a store of the value just
/// loaded, which the compiler removes (the listing has no code for it; neither has this
/// kernel) — and tasklet 0 writes the histogram with one `mram_write`. Charges:
/// `dpu/prim/hst-l.c` compiled by the proxy (`dpu/prim/hst-l.regions`).
///
/// The per-pixel region is one basic block around the `acquire`; it is charged in three
/// parts so that the critical section holds what the listing puts in it: the bin and the
/// mutex address before the lock, `histElementLocked` (the histogram's load and store, the
/// `+ 1`, the mutex address reloaded for the release, the input pointer's increment) between
/// lock and unlock, the loop's branch after. The proxy's `acquire`/`release` are
/// inline-assembly comments (`dpu/proxy/runtime/mutex.h`), as in the SDK they are inline
/// instructions; `Tasklet.mutexLock` charges an address `move` as well, one `alu` more than
/// this code needs, since the listing already loads the address (`lw` of `my_mutex[0]`).
///
/// **Cost vs data**: as HST-S, the `__mulsi3` per pixel follows min(pixel, 256). The mutex
/// serialises every pixel's update; which tasklet waits depends on simulated time, not on
/// the values.
public struct HSTL: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.hstL
    static let blockBytes = 1024
    static let nrHisto = 1

    /// What `histElement`'s listing runs between `acquire` and `release`: `lw` histo[d],
    /// `lw` my_mutex[histo_id], `addi` 1, `sw` histo[d], `addi` of the input pointer.
    static let histElementLocked = InstructionMix(alu: 2, load: 2, store: 1)
    /// After the `release`: the loop's `bne`.
    static let histElementTail = InstructionMix(branch: 1)
    /// Before the `acquire`: the rest of the block.
    static let histElementBeforeLock = difference(histElement, histElementLocked + histElementTail)

    let host: HistogramHost

    public init(point: PrIMPoint) throws { try self.init(point: point, seed: 0x4853_544C) } // "HSTL"

    /// The same point with the pixels drawn from another seed.
    init(point: PrIMPoint, seed: UInt64) throws { host = try HistogramHost(point: point, seed: seed) }

    public func run(on host: PrIMHost) throws {
        let shares = self.host
        try shares.run(on: host, kernel: "prim-hst-l") { dpu, setup in
            try Self.kernel(&setup, size: shares.sizeBytes(dpu: dpu), transferSize: shares.transferBytes,
                            bins: HistogramHost.bins)
        }
    }

    /// `main` and `main_kernel1` of `task.c`.
    static func kernel(_ setup: inout LaunchSetup, size: Int, transferSize: Int, bins: Int) throws -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        let barrier0 = setup.barrier("barriers[0]", participants: setup.tasklets / nrHisto)
        let mutex = setup.mutex("my_mutex[0]")
        let message = try setup.staticWRAM(4 * setup.tasklets, name: "message")
        return { t in
            let lTasklet = t.id / nrHisto, lTasklets = t.count / nrHisto, histoID = t.id & (nrHisto - 1)
            t.execute(dispatch)
            t.execute(entry)
            if t.id == 0 {
                t.memReset()
                t.execute(initBarriers)
            }
            try await t.barrierWait(barrier)
            t.execute(afterBarrier)
            let cacheA = try t.memAlloc(blockBytes)
            if t.id < nrHisto {
                t.execute(allocHisto)
                t.wram.store(UInt32(try t.memAlloc(bins * 4)), message + 4 * t.id)
            }
            t.execute(histoBarrier)
            try await t.barrierWait(barrier0)
            let histo = Int(t.wram.load(message + 4 * histoID, as: UInt32.self))
            if lTasklet < bins { t.execute(zeroSetup) }
            for i in stride(from: lTasklet, to: bins, by: lTasklets) {
                t.wram.store(UInt32(0), histo + 4 * i)
                t.execute(zeroStep)
            }
            t.execute(blocksSetup)
            try await t.barrierWait(barrier0)
            let first = t.id * blockBytes
            if first < size { t.execute(loopSetup) }
            for byteIndex in stride(from: first, to: size, by: blockBytes * t.count) {
                let bytes = min(size, byteIndex + blockBytes) - byteIndex
                t.execute(size < byteIndex + blockBytes ? blockLast : blockFull)
                try t.mramRead(from: byteIndex, to: cacheA, bytes: bytes, sizeIsConstant: false)
                t.execute(histEntry)
                try await histogram(t, histo: histo, bins: bins, input: cacheA, count: bytes / 4, mutex: mutex)
            }
            t.execute(afterLoop)
            try await t.barrierWait(barrier)
            try await t.barrierWait(barrier)
            if t.id == 0 {
                t.execute(writeHisto)
                try t.mramWrite(from: histo, to: transferSize, bytes: bins * 4, sizeIsConstant: false)
            }
            t.execute(exit)
        }
    }

    /// `histogram()`: `count` pixels of `input` into the shared histogram, each under the mutex.
    static func histogram(_ t: Tasklet, histo: Int, bins: Int, input: Int, count: Int, mutex: Mutex) async throws {
        for j in 0..<count {
            let d = t.wram.load(input + 4 * j, as: UInt32.self)
            let cell = histo + 4 * Int(t.mul32(d, UInt32(bins)) >> HSTS.depth)
            t.execute(histElementBeforeLock)
            try await t.mutexLock(mutex)
            t.execute(histElementLocked)
            t.wram.store(t.wram.load(cell, as: UInt32.self) &+ 1, cell)
            t.mutexUnlock(mutex)
            t.execute(histElementTail)
        }
    }

    /// `a − b` by class. Precondition: `b` ≤ `a` in every class (a split of `a`'s listing).
    static func difference(_ a: InstructionMix, _ b: InstructionMix) -> InstructionMix {
        var d = InstructionMix()
        for c in InstructionClass.allCases {
            precondition(b[c] <= a[c], "the split of a region takes more \(c) than the region has")
            d[c] = a[c] - b[c]
        }
        return d
    }
}
