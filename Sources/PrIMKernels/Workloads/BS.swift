import DPUSim

/// PrIM's BS (binary search of sorted `int64_t`s): uPIMulator's
/// `benchmark/BS/{host/app.c,dpu/task.c}` @ 870d916, its `dpu/CMakeLists.txt` setting no BL,
/// so `BLOCK_SIZE` is common.h's default 256 bytes (32 elements), as in PrIM's Makefile.
///
/// **`data_prep_param`** is the input size (`src/assembler/prim/bs.go`): the input is
/// `1, 2, …, size` and the queries `0, 1, …`, `size / 8` of them rounded up to a multiple of
/// `dpus · tasklets`; every DPU gets the whole input and `slice_per_dpu` consecutive queries,
/// each tasklet `slice_per_dpu / tasklets` of them. (uPIMulator's program differs from PrIM's
/// original: a 32-bit query counter, `search()` over a whole block, the boundary checks after
/// each step; the measured program is uPIMulator's.)
///
/// **Host** (timers of `app.c`): CPU-DPU pushes the 24-byte `DPU_INPUT_ARGUMENTS`
/// (`sizeof` of `{uint64_t, uint64_t, enum}`), the input (one buffer for every DPU, a parallel
/// push) and each DPU's queries after it; DPU Kernel is one synchronous launch; DPU-CPU pulls
/// the 16 tasklets' `DPU_RESULTS` (128 bytes, read here from each DPU's WRAM) and takes their
/// maximum (`dpus · 16` comparisons, `chargeHost`).
///
/// **DPU** (`main_kernel1`): per query, an 8-byte `mram_read` of it and two 256-byte reads (the
/// first block, the block 2,048 bytes before the end, both unused), then the bisection over
/// MRAM addresses: read the 256-byte block at `current`, `search()` it (below its first
/// element: −2, discard the right part; else scan its 32 elements: the index, or −1, discard
/// the left part), until a start- or end-boundary check ends it. A hit writes
/// `DPU_RESULTS[id].found` (at the end check with `current`'s offset, PrIM's quirk, so some
/// results are not the query's index; the host model `expected` follows the same steps).
/// Charges: `dpu/prim/bs.c` (`dpu/prim/bs.regions`); `tasklet_id · (slice_per_dpu / 16)` is a
/// `__mulsi3`.
///
/// **Cost vs data**: the number of probes and each scan's length depend on the query and the
/// input, so the cycles depend on the values. The proxy compiles `int64_t` compares as pairs
/// of 32-bit ones (high word, then low): `search()`'s paths follow the high words, all equal
/// (0) here; the DPU compares 64-bit values with its own carry-chained pairs.
///
/// **Edge cases**: sizes below 256 elements read before the input (the 2,048-byte offset),
/// and sizes whose bisection reaches a `current` that is not 8-byte aligned (e.g. 5,000)
/// fault on the DSL's DMA rules: PrIM's original masked the address; uPIMulator's does not.
/// The table's sizes are powers of two.
public struct BS: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.bs
    static let blockBytes = 256
    /// `DPU_RESULTS` is the program's first WRAM global (after it: the tasklets' query slots).
    static let resultsWRAM = 0

    let size: Int
    let queries: Int
    let slicePerDPU: Int

    public init(point: PrIMPoint) throws {
        size = point.dataPrepParam
        guard size >= 256, point.dpus >= 1 else { throw PrIMPointError(point, "needs at least 256 elements and one DPU") }
        let unit = point.dpus * point.tasklets
        let q = size / 8
        queries = q % unit == 0 ? q : q + unit - q % unit
        slicePerDPU = queries / point.dpus
        guard (size + slicePerDPU) * 8 <= DPUConfiguration.v1A.mramBytes else {
            throw PrIMPointError(point, "the input and the queries need \((size + slicePerDPU) * 8) bytes of MRAM per DPU")
        }
    }

    public func run(on host: PrIMHost) throws {
        let dpus = host.dpus, inputBytes = size * 8
        let input = PrIMBytes.encode((1...size).lazy.map { Int64($0) })
        try host.phase(.cpuToDPU) {
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: 24, dpus: dpus)
            try host.system.push(to: 0, bytesPerDPU: inputBytes, dpus: dpus, label: "input", buffers: [input], bufferOf: { _ in 0 })
            try host.system.push(to: inputBytes, bytesPerDPU: slicePerDPU * 8, dpus: dpus, label: "querys") { i in
                PrIMBytes.encode((i * slicePerDPU..<(i + 1) * slicePerDPU).lazy.map { Int64($0) })
            }
        }
        let (size, slice) = (size, slicePerDPU)
        try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-bs", tasklets: host.tasklets, dpus: dpus) { dpu, setup in
                try Self.kernel(&setup, size: size, slicePerDPU: slice)
            }
        }
        let found = host.phase(.dpuToCPU) {
            host.system.chargeTransfer("DPU_RESULTS", .fromDPU, bytesPerDPU: host.tasklets * 8, dpus: dpus)
            let found = dpus.map { d in
                (0..<host.tasklets).map { host.system.dpus[d].wram.load(Self.resultsWRAM + 8 * $0, as: Int64.self) }
            }
            host.system.chargeHost("result_dpu = max(found)", operations: dpus.count * host.tasklets)
            return found
        }
        let perTasklet = slicePerDPU / host.tasklets
        for d in dpus {
            for t in 0..<host.tasklets {
                let first = d * slicePerDPU + t * perTasklet
                let want = (first..<first + perTasklet).reduce(Int64(0)) { expected(query: Int64($1)) ?? $0 }
                try host.verify(found[d][t] == want, "DPU \(d) tasklet \(t): found \(found[d][t]), expected \(want)")
            }
        }
        // app.c's own check: the largest result is the host's binarySearch (the last query's index).
        let last = Int64(queries - 1)
        let hostResult = last >= 1 && last <= Int64(size) ? last - 1 : -1
        try host.verify(found.joined().max() == hostResult, "result_dpu \(found.joined().max() ?? -1), host \(hostResult)")
    }

    /// What `task.c` writes for `query` (nil: nothing), followed on the host over the input
    /// `1…size` (element `e` at byte `8e`): the same bisection, boundary checks and offsets.
    func expected(query q: Int64) -> Int64? {
        let b = Self.blockBytes
        func search(_ address: Int) -> Int64 {
            let first = Int64(address / 8) + 1
            guard first <= q else { return -2 }
            let i = q - first
            return i < Int64(b / 8) && q <= Int64(size) ? i : -1
        }
        var start = 0, end = size * 8, current = (start + end) / 2
        var result: Int64?
        while true {
            let f = search(current)
            if f > -1 { return f + Int64(current / 8) }
            if f == -2 { end = current; current = (current + start) / 2 } else { start = current; current = (current + end) / 2 }
            var stop = false
            if current < b {
                stop = true
                let g = search(current)
                if g > -1 { result = g + Int64(current / 8) }
            }
            if current > end - b {
                let g = search(end - b)
                if g > -1 { result = g + Int64(current / 8) }
                return result
            }
            if stop { return result }
        }
    }

    /// `main` and `main_kernel1` of `task.c`. MRAM: the input at 0, the queries after it.
    static func kernel(_ setup: inout LaunchSetup, size: Int, slicePerDPU: Int) throws -> TaskletBody {
        let results = try setup.staticWRAM(8 * setup.tasklets, name: "DPU_RESULTS")
        let slots = try setup.staticWRAM(8 * setup.tasklets, name: "searching_for")
        guard results == resultsWRAM else { throw PrIMVerificationError("DPU_RESULTS placed at WRAM \(results)") }
        let barrier = setup.barrier("my_barrier")
        return { t in
            t.execute(dispatch)
            t.execute(entry)
            try await primResetHeap(t, barrier)
            t.execute(afterBarrier)
            let cacheA = try t.memAlloc(blockBytes), auxA = try t.memAlloc(blockBytes), auxB = try t.memAlloc(blockBytes)
            let perTasklet = UInt32(truncatingIfNeeded: slicePerDPU / t.count)
            let end = size * 8, slot = slots + 8 * t.id, result = results + 8 * t.id
            var queryAddress = end
            if perTasklet > 0 {
                t.execute(loopSetup)
                queryAddress += Int(t.mul32(UInt32(t.id), perTasklet)) * 8
            }
            for _ in 0..<perTasklet {
                t.execute(targetStart)
                try t.mramRead(from: queryAddress, to: slot, bytes: 8)
                queryAddress += 8
                try t.mramRead(from: 0, to: auxA, bytes: blockBytes)
                try t.mramRead(from: end - blockBytes * 8, to: auxB, bytes: blockBytes)
                let q: Int64 = t.wram.load(slot)
                try bisect(t, q, size: size, cacheA: cacheA, result: result)
                t.execute(targetLatch)
            }
            t.execute(exit)
        }
    }

    /// The `while (!end)` loop for one query `q`.
    static func bisect(_ t: Tasklet, _ q: Int64, size: Int, cacheA: Int, result: Int) throws {
        var start = 0, end = size * 8, current = (start + end) / 2
        func store(_ found: Int64) { t.wram.store(found + Int64(current / 8), result) }
        while true {
            t.execute(probe)
            try t.mramRead(from: current, to: cacheA, bytes: blockBytes)
            let found = search(t, cacheA, q)
            if found > -1 {
                t.execute(storeResult)
                store(found)
                return
            }
            if found == -2 {
                t.execute(discardRight)
                end = current
                current = (current + start) / 2
            } else {
                t.execute(discardLeft)
                start = current
                current = (current + end) / 2
            }
            var stop = false
            if current < blockBytes {
                stop = true
                t.execute(startCheck)
                try t.mramRead(from: current, to: cacheA, bytes: blockBytes)
                let f = search(t, cacheA, q)
                if f > -1 { t.execute(startFound); store(f) }
            }
            t.execute(endTest)
            if current > end - blockBytes {
                t.execute(endCheck)
                try t.mramRead(from: end - blockBytes, to: cacheA, bytes: blockBytes)
                let f = search(t, cacheA, q)
                if f > -1 { t.execute(storeResult); store(f) }
                return
            }
            if stop { t.execute(loopLeave); return }
            t.execute(loopAgain)
        }
    }

    /// `search()`: −2 when the block's first element is above `q`, else the index of `q` among
    /// its 32 elements, or −1. The paths follow the proxy's high-word-first compare.
    static func search(_ t: Tasklet, _ block: Int, _ q: Int64) -> Int64 {
        let first: Int64 = t.wram.load(block)
        let sameHigh = first >> 32 == q >> 32
        guard first <= q else {
            t.execute(sameHigh ? searchAbove : searchAboveHigh)
            return -2
        }
        t.execute(sameHigh ? scanEntry : scanEntryHigh)
        for i in 0..<(blockBytes / 8) where t.wram.load(block + 8 * i, as: Int64.self) == q {
            t.execute(scanStep, times: i)
            t.execute(scanMatch)
            return Int64(i)
        }
        t.execute(scanStep, times: blockBytes / 8)
        t.execute(scanExhausted)
        return -1
    }
}
