import DPUSim

/// PrIM's UNI (unique: the vector without consecutive duplicates, over `int64_t`): uPIMulator's
/// `benchmark/UNI/{host/app.c,dpu/task.c}` @ 870d916, built as its `dpu/CMakeLists.txt` and
/// `support/common.h` set it: `BL=10`, `T = int64_t`, so a block is `REGS` = 128 elements.
///
/// **`data_prep_param`** is the total number of elements (`src/assembler/prim/uni.go`: strong
/// scaling). The input is not random: `A[i] = i` for even i and `i + 1` for odd i (0, 2, 2, 4,
/// 4, …), as both `uni.go` and `app.c`'s `read_input` make it, so about half the elements are
/// kept; past the n-th, `A[n − 1]` repeated. Every DPU gets `input_size_dpu_round` =
/// `⌈n / dpus⌉` rounded up to a multiple of `NR_TASKLETS · REGS` (2,048 with 16 tasklets), so
/// every tasklet runs the same number of blocks (the loop holds a barrier).
///
/// **Host** (timers of `app.c`): CPU-DPU pushes the 8-byte `DPU_INPUT_ARGUMENTS` and each DPU's
/// share of A; DPU Kernel is one synchronous launch. The timer `app.c` prints as "Inter-DPU"
/// pulls the 16 × 24-byte `DPU_RESULTS` and, per DPU, compares its first output element with
/// the previous DPU's last (`offset[i]`) and scans the counts (`results_scan[i]`); "DPU-CPU"
/// copies each DPU's `t_count` output elements with a serial `dpu_copy_from` to
/// `bufferC + results_scan[i] − offset_scan[i]` (PrIM's `offset_scan[i]` is `offset[i]`, not a
/// running sum: kept, it is what the host does). uPIMulator's table records no Inter-DPU time
/// for UNI (`hw_dpu_to_dpu` is 0 on every row) and its `tools/upmem_reg_model/.../uni.py`
/// counts the 384 result bytes as DPU-CPU bytes, so both timers are timed here in `.dpuToCPU`.
///
/// **DPU** (`task.c`): the last tasklet sets `message_partial_count = 0` and
/// `message_last_from_last = 0xFFFFFFFF`, a barrier; then per 1,024-byte block t, t + 16, …:
/// `mram_read`, `l_count = unique(cache_B, cache_A)`, `handshake_sync` (tasklet t gets from
/// t − 1 the count of output elements before it `x`, the duplicates dropped at tasklet
/// boundaries before it `y`, and whether its own first element repeats the last one before it
/// `z`), `mram_write` of `l_count` elements from `&cache_B[z]` (a run-time size) to
/// `B + (message_partial_count + x − y)·8`; tasklet 0 stores `first` in its first block, the last
/// tasklet `last`, `t_count` and the new `message_partial_count`; a barrier.
///
/// **`message_partial_count`**: the last tasklet updates it after its `mram_write`, while the
/// other tasklets read it for their own write address right after their `handshake_sync` (a race
/// the DPU program wins by timing: they read it before the last tasklet gets its handshake).
/// The DSL runs tasklets ahead functionally (docs/cost-model.md §6): a tasklet woken by a
/// handshake may run before the one that woke it, so the kernel keeps the value each iteration
/// reads in a slot of its own (iteration parity), and every tasklet sees the value it sees on
/// the DPU whatever that order. When `z` = 1 a tasklet's write ends one element past its output
/// (a stale one), which the next tasklet's later DMA overwrites on the DPU; `writeOutput` keeps
/// that outcome when the DSL's functional order of the two writes is the other one.
///
/// **Charges**: `dpu/prim/uni.c` compiled by the proxy (`dpu/prim/uni.regions`). `unique` is
/// unrolled over the 128 elements: it is charged per element tested and per element kept
/// (`uniqueTest`, `uniqueKeep`; 64-bit compares as two `xor` and an `or` on rv32i, loads as
/// two `lw`, where the DPU has 64-bit `ld`/`sd`). No correction is applied. The
/// `handshake_sync` and block paths are compiled for 16 tasklets.
///
/// **Cost vs data**: `unique` branches on each element, so the cycles depend on the values
/// (how many elements differ from the one before) and on the output DMAs' sizes.
public struct UNI: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.uni
    static let blockBytes = 1024
    static let regs = 128
    /// `sizeof(dpu_arguments_t)`: `uint32_t size`, the `kernel` enum.
    static let argumentBytes = 8
    /// `sizeof(dpu_results_t)`: `uint32_t t_count` (padded), `int64_t first`, `int64_t last`.
    static let resultBytes = 24
    /// Where `DPU_RESULTS` lies in the WRAM: the program's first static buffer.
    static let resultsAddress = 0

    let a: [Int64]
    let elements: Int
    /// Elements per DPU, `input_size_dpu_round`.
    let perDPU: Int

    public init(point: PrIMPoint) throws {
        try self.init(point: point) { i in Int64(i % 2 == 0 ? i : i + 1) }
    }

    /// - Parameter value: `A[i]` for i < n (tests give other inputs to show the data dependence).
    init(point: PrIMPoint, value: (Int) -> Int64) throws {
        let n = point.dataPrepParam
        perDPU = try point.elementsPerDPURoundedToBlocks(regs: Self.regs)
        elements = n
        var a = [Int64]()
        a.reserveCapacity(perDPU * point.dpus)
        for i in 0..<n { a.append(value(i)) }
        a += repeatElement(a[n - 1], count: perDPU * point.dpus - n)
        self.a = a
    }

    public func run(on host: PrIMHost) throws {
        let dpus = host.dpus, size = perDPU * 8
        try host.phase(.cpuToDPU) {
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: Self.argumentBytes, dpus: dpus)
            try host.system.push(to: 0, bytesPerDPU: size, dpus: dpus, label: "A") { i in
                PrIMBytes.encode(a[(i * perDPU)..<((i + 1) * perDPU)])
            }
        }
        _ = try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-uni", tasklets: host.tasklets, dpus: dpus) { _, setup in
                try Self.kernel(&setup, size: size)
            }
        }
        let (c, count) = try host.phase(.dpuToCPU) { try retrieve(host) }
        var expected = [Int64]()
        expected.reserveCapacity(elements / 2 + 1)
        expected.append(a[0])
        for i in 1..<elements where a[i] != a[i - 1] { expected.append(a[i]) }
        try host.verify(Int(count) == expected.count, "\(count) unique elements, expected \(expected.count)")
        for i in expected.indices where c[i] != expected[i] {
            try host.verify(false, "C[\(i)] = \(c[i]), expected \(expected[i])")
        }
    }

    /// The "Inter-DPU" and "DPU-CPU" steps of `app.c`: the results, the host's scan, the serial
    /// copies. Returns `bufferC` and `accum` (the number of unique elements).
    func retrieve(_ host: PrIMHost) throws -> (c: [Int64], count: UInt32) {
        let dpus = host.dpus, last = host.tasklets - 1
        host.system.chargeTransfer("DPU_RESULTS", .fromDPU, bytesPerDPU: Self.resultBytes * host.tasklets, dpus: dpus)
        var counts = [UInt32](), scan = [UInt32](), offsets = [UInt32]()
        var accum: UInt32 = 0, previousLast: Int64 = 0
        for i in dpus {
            let wram = host.system.dpus[i].wram
            let first = wram.load(Self.resultsAddress + 8, as: Int64.self)
            let count = wram.load(Self.resultsAddress + Self.resultBytes * last, as: UInt32.self)
            let offset: UInt32 = i != 0 && first == previousLast ? 1 : 0
            previousLast = wram.load(Self.resultsAddress + Self.resultBytes * last + 16, as: Int64.self)
            counts.append(count)
            offsets.append(offset)
            scan.append(accum)
            accum &+= count &- offset
        }
        // Per DPU: the loop over the tasklets (test, two `if`s, increment), the offset test, the scan.
        host.system.chargeHost("UNI: scan of the DPUs' counts", operations: dpus.count * (4 * host.tasklets + 8))
        var c = [Int64](repeating: 0, count: perDPU * dpus.count)
        for i in dpus {
            let bytes = Int(counts[i]) * 8
            // `dpu_copy_from` of one DPU: a one-DPU pull, at the same cost.
            let out = try host.system.pull(from: perDPU * 8, bytesPerDPU: bytes, dpus: [i], label: "C (dpu_copy_from)")[0]
            let start = Int(scan[i] &- offsets[i])
            for (e, v) in PrIMBytes.decode(out, as: Int64.self).enumerated() { c[start + e] = v }
        }
        return (c, accum)
    }

    /// `main` (the dispatch) and `main_kernel1` of `task.c`.
    static func kernel(_ setup: inout LaunchSetup, size: Int) throws -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        let results = try setup.staticWRAM(resultBytes * setup.tasklets, name: "DPU_RESULTS")
        let shared = try SharedWRAM(&setup)
        guard results == resultsAddress else { throw DPUFault.invalidArgument("DPU_RESULTS must be the first static buffer") }
        return { t in
            t.execute(dispatch)
            t.execute(entry)
            try await primResetHeap(t, barrier)
            t.execute(afterBarrier)
            let cacheA = try t.memAlloc(blockBytes), cacheB = try t.memAlloc(blockBytes)
            let last = t.id == t.count - 1
            if last {
                t.execute(initShared)
                t.wram.store(UInt32(0), shared.partial)
                t.wram.store(Int64(0xFFFF_FFFF), shared.lastFromLast)
            }
            t.execute(secondBarrier)
            try await t.barrierWait(barrier)
            let first = t.id * blockBytes
            if first < size { t.execute(loopSetup) }
            var i = 0
            for byteIndex in stride(from: first, to: size, by: blockBytes * t.count) {
                t.execute(t.id == 0 && i == 0 ? blockFirst : last ? blockLastTasklet : blockOther)
                try t.mramRead(from: byteIndex, to: cacheA, bytes: blockBytes)
                let lCount = unique(t, output: cacheB, input: cacheA)
                let (x, y, z) = try await handshakeSync(t, output: cacheB, lCount, shared)
                let partial = t.wram.load(shared.partial + 4 * (i & 1), as: UInt32.self)
                let destination = size + Int(partial &+ x &- y) * 8
                try writeOutput(t, cacheB, lCount, z, to: destination, iteration: i, shared)
                if t.id == 0 && i == 0 { t.wram.store(t.wram.load(cacheB, as: Int64.self), results + 8) }
                if last {
                    let lastValue = t.wram.load(cacheB + 8 * (Int(lCount) - 1), as: Int64.self)
                    let total = partial &+ x &+ lCount &- y &- z
                    t.wram.store(lastValue, shared.lastFromLast)
                    t.wram.store(lastValue, results + resultBytes * t.id + 16)
                    t.wram.store(total, results + resultBytes * t.id)
                    t.wram.store(total, shared.partial + 4 * ((i + 1) & 1))
                }
                try await t.barrierWait(barrier)
                i += 1
            }
            t.execute(exit)
        }
    }

    /// The program's shared globals (`message`, `message_value`, `message_offset`,
    /// `message_partial_count` in two slots by iteration parity, `message_last_from_last`), and
    /// the DSL's record of each tasklet's last output write (`writeOutput`; not on the DPU).
    struct SharedWRAM: Sendable {
        let message, value, offset, partial, lastFromLast, writtenIteration, writtenFirst: Int
        init(_ setup: inout LaunchSetup) throws {
            message = try setup.staticWRAM(4 * setup.tasklets, name: "message")
            value = try setup.staticWRAM(8 * setup.tasklets, name: "message_value")
            offset = try setup.staticWRAM(4 * setup.tasklets, name: "message_offset")
            partial = try setup.staticWRAM(8, name: "message_partial_count (one slot per iteration parity)")
            lastFromLast = try setup.staticWRAM(8, name: "message_last_from_last")
            writtenIteration = try setup.staticWRAM(4 * setup.tasklets, name: "DSL: iteration + 1 of each tasklet's last write")
            writtenFirst = try setup.staticWRAM(8 * setup.tasklets, name: "DSL: first element of each tasklet's last write")
        }
    }

    /// The `mram_write` of a block's `l_count` elements from `&cache_B[z]` (one DMA, as in C).
    ///
    /// When `z` = 1 the DMA's last element (`cache_B[l_count]`, stale) lands on the next
    /// tasklet's first output element; on the DPU the next tasklet's DMA is issued later (it is
    /// woken by this tasklet's notify and runs more code before its write), so the DMA engine
    /// applies it last and the stale element is overwritten. The DSL copies DMA bytes in the
    /// order tasklets run ahead (docs/cost-model.md §6), in which the last tasklet, woken by its
    /// predecessor's notify, can write first. So when the next tasklet's write of this
    /// iteration has already happened, this write carries, in that stale slot, the element
    /// the next tasklet wrote there (the value the DPU's order leaves), and the WRAM slot is
    /// restored after it. The DMA's size, addresses and cost are the C program's.
    static func writeOutput(_ t: Tasklet, _ cacheB: Int, _ lCount: UInt32, _ z: UInt32, to destination: Int,
                            iteration i: Int, _ s: SharedWRAM) throws {
        let next = t.id + 1, stale = cacheB + 8 * Int(lCount)
        let overlapsNext = z == 1 && next < t.count && t.wram.load(s.writtenIteration + 4 * next, as: UInt32.self) == UInt32(i + 1)
        let saved = overlapsNext ? t.wram.load(stale, as: Int64.self) : 0
        if overlapsNext { t.wram.store(t.wram.load(s.writtenFirst + 8 * next, as: Int64.self), stale) }
        try t.mramWrite(from: cacheB + 8 * Int(z), to: destination, bytes: Int(lCount) * 8, sizeIsConstant: false)
        if overlapsNext { t.wram.store(saved, stale) }
        t.wram.store(t.wram.load(cacheB + 8 * Int(z), as: Int64.self), s.writtenFirst + 8 * t.id)
        t.wram.store(UInt32(i + 1), s.writtenIteration + 4 * t.id)
    }

    /// `unique(output, input)`: the block without consecutive duplicates; returns their count.
    static func unique(_ t: Tasklet, output: Int, input: Int) -> UInt32 {
        var previous = t.wram.load(input, as: Int64.self)
        t.wram.store(previous, output)
        var pos = 1, keptInMiddle = 0
        for j in 1..<regs {
            let v = t.wram.load(input + 8 * j, as: Int64.self)
            if v != previous {
                t.wram.store(v, output + 8 * pos)
                pos += 1
                if j >= 2 && j < regs - 1 { keptInMiddle += 1 }
            }
            previous = v
        }
        let firstKept = t.wram.load(input + 8, as: Int64.self) != t.wram.load(input, as: Int64.self)
        let lastKept = t.wram.load(input + 8 * (regs - 1), as: Int64.self) != t.wram.load(input + 8 * (regs - 2), as: Int64.self)
        t.execute(firstKept ? uniqueStartKept : uniqueStartEqual)
        t.execute(uniqueTest, times: regs - 2)
        t.execute(uniqueKeep, times: keptInMiddle)
        if lastKept { t.execute(uniqueKeepLast) }
        t.execute(uniqueReturn)
        return UInt32(pos)
    }

    /// `handshake_sync(output, l_count, tasklet_id)`: returns `{p_count, o_count, offset}`.
    static func handshakeSync(_ t: Tasklet, output: Int, _ lCount: UInt32, _ s: SharedWRAM) async throws -> (UInt32, UInt32, UInt32) {
        let lastID = t.count - 1
        t.execute(t.id == 0 ? syncFirst : t.id < lastID ? syncMiddle : syncLast)
        let head = t.wram.load(output, as: Int64.self)
        var pCount: UInt32 = 0, oCount: UInt32 = 0, offset: UInt32
        if t.id != 0 {
            try await t.handshakeWaitFor(t.id - 1)
            pCount = t.wram.load(s.message + 4 * t.id, as: UInt32.self)
            offset = t.wram.load(s.value + 8 * t.id, as: Int64.self) == head ? 1 : 0
            oCount = t.wram.load(s.offset + 4 * t.id, as: UInt32.self)
        } else {
            offset = t.wram.load(s.lastFromLast, as: Int64.self) == head ? 1 : 0
        }
        if t.id < lastID {
            t.wram.store(pCount &+ lCount, s.message + 4 * (t.id + 1))
            t.wram.store(t.wram.load(output + 8 * (Int(lCount) - 1), as: Int64.self), s.value + 8 * (t.id + 1))
            t.wram.store(oCount &+ offset, s.offset + 4 * (t.id + 1))
            try await t.handshakeNotify()
        }
        return (pCount, oCount, offset)
    }
}
