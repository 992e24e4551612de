import Foundation
import DPUSim

/// PrIM's SEL (select: keep the elements that fail the predicate `x % 2 == 0`, i.e. the odd
/// ones, in order, over `uint64_t`): uPIMulator's `benchmark/SEL/{host/app.c,dpu/task.c}`
/// @ 870d916, built with `BL=10` (`REGS` = 128 elements per block), `T = uint64_t`.
///
/// **`data_prep_param`** is the total number of elements (`src/assembler/prim/sel.go`: strong
/// scaling, `input_size = data_prep_params[0]`), `A[i] = i + 1` as PrIM's `read_input` writes
/// them, then zeros (even, so dropped) up to `input_size_dpu_round × dpus`. Every DPU gets
/// `input_size_dpu_round` elements: `⌈n / dpus⌉` rounded up to a multiple of
/// `NR_TASKLETS × REGS` = 2,048, so every tasklet runs the same number of blocks.
///
/// **Host** (timers of `app.c`): CPU-DPU pushes the 8-byte `DPU_INPUT_ARGUMENTS` and each
/// DPU's elements to the MRAM heap (`dpu_push_xfer`); DPU Kernel is one synchronous launch;
/// the timer `app.c` prints as "Inter-DPU" pulls the 16 × 4-byte `DPU_RESULTS` of every DPU
/// (parallel) and runs the host's scan of the per-DPU counts (dpus × (NR_TASKLETS + 1) host
/// operations) — uPIMulator's table records no Inter-DPU time for SEL (0 on every row) and
/// its `sel.py` counts these bytes as DPU-CPU bytes, so, as for RED and UNI, this step is
/// timed in `.dpuToCPU`; DPU-CPU then copies each
/// DPU's kept elements with its own serial `dpu_copy_from` of `t_count × 8` bytes from the
/// output at `input_size_dpu_round × 8` (one `pull` per DPU, one after the other). The
/// output is checked element for element against the host's `select_host`.
///
/// **DPU** (`task.c`): `main` jumps through the kernel table; after the heap reset and a
/// barrier, the last tasklet zeroes `message_partial_count`, a second barrier, then per
/// 1,024-byte block t, t + 16, …: `mram_read` (constant size), `select` (fully unrolled over
/// 128 elements: a parity test each, a 64-bit copy to `output[pos++]` for an odd one),
/// `handshake_sync` (wait for tasklet t − 1, read its prefix count, pass prefix + own count to
/// t + 1 and notify — a chain through the 16 tasklets), a barrier, `mram_write` of the kept
/// elements at `B + (message_partial_count + p_count) × 8` (run-time size), and the last
/// tasklet's update of `t_count` and `message_partial_count`. Charges: `dpu/prim/sel.c`
/// compiled by the proxy (`dpu/prim/sel.regions`); the loop's block, which spans the calls
/// and the barrier, is charged at the top of each iteration.
///
/// Edge cases mirrored: a block of padding keeps nothing, and `mram_write` of 0 bytes moves
/// 2,048: the DPU encodes a run-time DMA size as (size / 8 − 1) in 8 bits (uPIMulator
/// `logic.go`, `ExecuteSdmaDmaRri`), so 0 wraps to 255 — 2,048 bytes from `cache_B` land past
/// the kept elements, where the host never reads. `message_partial_count` is read by every
/// tasklet right after the barrier and advanced by the last tasklet after its `mram_write`:
/// on the DPU every read precedes the update. The DSL's tasklets run ahead functionally, so
/// the kernel keeps the value in two WRAM words by iteration parity; each tasklet reads the
/// word of its iteration, as on the DPU.
///
/// **Proxy caveat**: rv32i copies a 64-bit element with two `lw`/`sw` where the DPU has one
/// `ld`/`sd` (`selKeep`: one load and one store more than the DPU's).
///
/// **Cost vs data**: yes. Each element costs `selTest`, and a kept one `selKeep` too; the
/// write's size is the kept count. With PrIM's `i + 1`, exactly half of every full block is
/// kept.
public struct SEL: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.sel
    static let blockBytes = 1024
    static let regs = blockBytes / 8
    /// What a run-time DMA size of 0 moves: (0 / 8 − 1) wraps to 255 in the 8-bit field, 256 × 8 bytes.
    static let zeroSizeDMABytes = 2048

    /// The elements, `input_size_dpu_round × dpus` of them.
    let a: [UInt64]
    let elements: Int
    /// Elements per DPU (`input_size_dpu_round`).
    let perDPU: Int

    public init(point: PrIMPoint) throws {
        try self.init(point: point) { i in UInt64(i + 1) }
    }

    /// The same point with element `i < n` equal to `value(i)` (zeros after), to show that the
    /// cost follows the values.
    init(point: PrIMPoint, value: (Int) -> UInt64) throws {
        let n = point.dataPrepParam
        guard n >= 1, point.dpus >= 1 else { throw PrIMPointError(point, "needs at least one element and one DPU") }
        let unit = point.tasklets * Self.regs
        let share = (n - 1) / point.dpus + 1
        perDPU = share % unit == 0 ? share : (share / unit + 1) * unit
        guard 2 * perDPU * 8 + Self.blockBytes <= DPUConfiguration.v1A.mramBytes else {
            throw PrIMPointError(point, "input and output need \(2 * perDPU * 8) bytes of MRAM per DPU")
        }
        elements = n
        var a = [UInt64]()
        a.reserveCapacity(perDPU * point.dpus)
        for i in 0..<n { a.append(value(i)) }
        a += repeatElement(0, count: perDPU * point.dpus - n)
        self.a = a
    }

    public func run(on host: PrIMHost) throws {
        let dpus = host.dpus, bytes = perDPU * 8
        try host.phase(.cpuToDPU) {
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: 8, dpus: dpus)
            try host.system.push(to: 0, bytesPerDPU: bytes, dpus: dpus, label: "A") { i in
                PrIMBytes.encode(a[(i * perDPU)..<((i + 1) * perDPU)])
            }
        }
        let counts = SELCounts(dpus.count)
        _ = try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-sel", tasklets: host.tasklets, dpus: dpus) { dpu, setup in
                try Self.kernel(&setup, size: bytes) { counts.set(dpu, $0) }
            }
        }
        let tCount = counts.values
        let scan = host.phase(.dpuToCPU) {
            host.system.chargeTransfer("DPU_RESULTS", .fromDPU, bytesPerDPU: 4 * host.tasklets, dpus: dpus)
            host.system.chargeHost("count scan", operations: dpus.count * (host.tasklets + 1))
            return tCount.reduce(into: [0]) { $0.append($0.last! + $1) }
        }
        var output = [UInt64]()
        output.reserveCapacity(scan.last!)
        try host.phase(.dpuToCPU) {
            for i in dpus {
                let got = try host.system.pull(from: bytes, bytesPerDPU: tCount[i] * 8, dpus: [i], label: "C")
                output += PrIMBytes.decode(got[0], as: UInt64.self)
            }
        }
        var expected = [UInt64]()
        expected.reserveCapacity(elements / 2 + 1)
        for x in a[0..<elements] where x % 2 != 0 { expected.append(x) }
        try host.verify(output.count == expected.count, "\(output.count) elements selected, expected \(expected.count)")
        for i in expected.indices {
            try host.verify(output[i] == expected[i], "C[\(i)] = \(output[i]), expected \(expected[i])")
        }
    }

    /// `main` and `main_kernel1` of `task.c`; `result` receives the last tasklet's `t_count`.
    static func kernel(_ setup: inout LaunchSetup, size: Int, result: @escaping @Sendable (Int) -> Void) throws -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        let message = try setup.staticWRAM(4 * setup.tasklets, name: "message")
        let partial = try setup.staticWRAM(8, name: "message_partial_count (by iteration parity)")
        let results = try setup.staticWRAM(4 * setup.tasklets, name: "DPU_RESULTS")
        return { t in
            let last = t.count - 1
            t.execute(dispatch)
            t.execute(entry)
            try await primResetHeap(t, barrier)
            t.execute(afterBarrier)
            let cacheA = try t.memAlloc(blockBytes), cacheB = try t.memAlloc(blockBytes)
            if t.id == last {
                t.execute(lastInit)
                t.wram.store(UInt32(0), partial)
                t.wram.store(UInt32(0), results + 4 * t.id)
            }
            t.execute(secondBarrier)
            try await t.barrierWait(barrier)
            let first = t.id * blockBytes
            if first < size { t.execute(loopSetup) }
            var iteration = 0
            for byteIndex in stride(from: first, to: size, by: blockBytes * t.count) {
                t.execute(t.id == last ? iterLast : iterOther)
                try t.mramRead(from: byteIndex, to: cacheA, bytes: blockBytes)
                let lCount = select(t, output: cacheB, input: cacheA)
                let pCount = try await handshakeSync(t, lCount: lCount, message: message)
                try await t.barrierWait(barrier)
                let partialCount = Int(t.wram.load(partial + 4 * (iteration & 1), as: UInt32.self))
                let bytes = lCount == 0 ? zeroSizeDMABytes : lCount * 8
                try t.mramWrite(from: cacheB, to: size + (partialCount + pCount) * 8, bytes: bytes, sizeIsConstant: false)
                if t.id == last {
                    let total = UInt32(partialCount + pCount + lCount)
                    t.wram.store(total, results + 4 * t.id)
                    t.wram.store(total, partial + 4 * ((iteration + 1) & 1))
                }
                iteration += 1
            }
            t.execute(exit)
            if t.id == last { result(Int(t.wram.load(results + 4 * t.id, as: UInt32.self))) }
        }
    }

    /// `select()`: the odd elements of the block at `input` to `output`, in order; their count.
    static func select(_ t: Tasklet, output: Int, input: Int) -> Int {
        var pos = 0
        for j in 0..<regs {
            let x = t.wram.load(input + 8 * j, as: UInt64.self)
            if x % 2 != 0 {
                t.wram.store(x, output + 8 * pos)
                pos += 1
            }
        }
        let keptFirst = t.wram.load(input, as: UInt64.self) % 2 != 0
        t.execute(keptFirst ? selFirstKeep : selFirstDrop)
        t.execute(selTest, times: regs - 1)
        t.execute(selKeep, times: pos - (keptFirst ? 1 : 0))
        t.execute(selReturn)
        return pos
    }

    /// `handshake_sync()`: this tasklet's prefix count, passed on to the next tasklet.
    static func handshakeSync(_ t: Tasklet, lCount: Int, message: Int) async throws -> Int {
        t.execute(hsEntry)
        var pCount = 0
        if t.id != 0 {
            try await t.handshakeWaitFor(t.id - 1)
            t.execute(hsAfterWait)
            pCount = Int(t.wram.load(message + 4 * t.id, as: UInt32.self))
        } else {
            t.execute(hsFirstZero)
        }
        if t.id < t.count - 1 {
            t.execute(hsBeforeNotify)
            t.wram.store(UInt32(pCount + lCount), message + 4 * (t.id + 1))
            try await t.handshakeNotify()
        } else {
            t.execute(hsLastSkip)
        }
        t.execute(hsExit)
        return pCount
    }
}

/// The last tasklet's `t_count` of each DPU (`DPU_RESULTS[NR_TASKLETS - 1]`), written by the
/// DPUs' launches from several host threads, each DPU its own slot.
final class SELCounts: @unchecked Sendable {
    private var counts: [Int]
    private let lock = NSLock()
    init(_ dpus: Int) { counts = Array(repeating: 0, count: dpus) }
    func set(_ dpu: Int, _ value: Int) {
        lock.lock(); counts[dpu] = value; lock.unlock()
    }
    var values: [Int] {
        lock.lock(); defer { lock.unlock() }
        return counts
    }
}
