import DPUSim

/// PrIM's SCAN-SSA (inclusive prefix sum of an `int64_t` vector, "scan-scan-add"): uPIMulator's
/// `benchmark/SCAN-SSA/{host/app.c,dpu/task.c}` @ 870d916, built as its `dpu/CMakeLists.txt`
/// sets it: `BL=10`, `TYPE=INT64`, so a block is `REGS` = 128 elements.
///
/// **`data_prep_param`** is the total number of elements (`src/assembler/prim/scan_ssa.go`:
/// strong scaling; elements `rand.Intn(100)`, here `PrIMRandom`, and zeros past the n-th).
/// Every DPU gets `input_size_dpu_round` = `⌈n / dpus⌉` rounded up to a multiple of
/// `NR_TASKLETS · REGS` (2,048 with 16 tasklets), so every tasklet runs the same number of
/// blocks (the loop holds a barrier); the padding is zeros (`PrIMScanInput`).
///
/// **Host** (timers of `app.c`): CPU-DPU pushes the 16-byte `DPU_INPUT_ARGUMENTS` and each DPU's
/// share of A. "DPU Kernel Scan" launches kernel 0; "Inter-DPU (Scan)" pulls the 16 × 8-byte
/// `DPU_RESULTS`, scans the last tasklet's `t_count` of each DPU on the host (`results_scan[i]`
/// = the sum of the DPUs before i) and pushes each DPU its 16-byte arguments for kernel 1
/// (`.interDPU`); "DPU Kernel Add" launches kernel 1; DPU-CPU pulls B. PrIM's kernel time is
/// the sum of its two kernel timers, so both launches are timed in `.kernel`.
///
/// **DPU** (`task.c`): kernel 0 (`main_kernel1`): the last tasklet sets
/// `message_partial_count = t_count` (0), a barrier; then per 1,024-byte block t, t + 16, …:
/// `mram_read`, `l_count = scan(cache_B, cache_A)` (a local inclusive scan), `handshake_sync`
/// (tasklet t waits for t − 1's running total `message[t]`, adds its `l_count` and hands it to
/// t + 1), a barrier, `add_(cache_B, message_partial_count + p_count)`, `mram_write` to B, and
/// the last tasklet stores the DPU's running total in `DPU_RESULTS[last].t_count` and
/// `message_partial_count`. Kernel 1 (`main_kernel2`): every block of B gets `add_(…, t_count)`
/// (its DPU's offset). All DMAs are 1,024 bytes of a constant size.
///
/// **`message_partial_count`**: on the DPU the last tasklet updates it after its `add_` and
/// `mram_write` of the block, long after the barrier that releases the others, which read it
/// right after that barrier (a race the program wins by timing). The DSL runs tasklets ahead
/// functionally (docs/cost-model.md §6), so that the value read must not depend on which
/// tasklet the engine resumes first after the barrier: the kernel keeps the value each
/// iteration reads in a slot of its own (iteration parity), and every tasklet sees the value
/// it sees on the DPU whatever that order.
///
/// **Charges**: `dpu/prim/scan-ssa.c` compiled by the proxy (`dpu/prim/scan-ssa.regions`).
/// `scan` and `add_` are unrolled over the 128 elements (`#pragma unroll`), one region each.
/// The proxy is rv32i: an `int64_t` add is `add, sltu, add, add` and each element two `lw` and
/// two `sw` (the DPU: `add`/`addc`, one `ld`/`sd`), and the proxy's scheduler hoists the loads
/// of the unrolled `add_` so far that it spills (670 loads and 670 stores where 256 of each
/// are the element accesses). Both counts are therefore likely well above the DPU compiler's;
/// no correction is applied (docs/instruction-counts.md). The `handshake_sync` paths are
/// compiled for 16 tasklets.
///
/// **Cost vs data**: no branch depends on the values, so the cycles depend only on the sizes.
public struct SCANSSA: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.scanSSA
    let input: PrIMScanInput

    public init(point: PrIMPoint) throws { try self.init(point: point, seed: 0x5353_41) } // "SSA"

    /// - Parameter seed: the inputs' seed (tests check that the cycles do not depend on it).
    init(point: PrIMPoint, seed: UInt64) throws { input = try PrIMScanInput(point: point, seed: seed) }

    /// This program's regions of the scan loop (kernel 0).
    static let scanCharges = PrIMScanLoop.Charges(
        dispatch: dispatch, entry: scanEntry, afterBarrier: scanAfterBarrier, initPartial: scanInitPartial,
        secondBarrier: scanSecondBarrier, loopSetup: scanLoopSetup, block: scanBlock,
        blockLastTasklet: scanBlockLastTasklet, exit: scanExit, syncFirst: syncFirst,
        syncMiddle: syncMiddle, syncLast: syncLast, scan: scanCall, add: addCall)

    public func run(on host: PrIMHost) throws {
        let dpus = host.dpus, size = input.perDPU * 8
        try input.pushInputs(host)
        _ = try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-scan-ssa-scan", tasklets: host.tasklets, dpus: dpus) { _, setup in
                try PrIMScanLoop.kernel(&setup, charges: Self.scanCharges, size: size, tCount: 0)
            }
        }
        let offsets = host.phase(.interDPU) { input.interDPU(host, resultTasklet: host.tasklets - 1) }
        _ = try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-scan-ssa-add", tasklets: host.tasklets, dpus: dpus) { dpu, setup in
                Self.addKernel(&setup, size: size, tCount: offsets[dpu])
            }
        }
        try input.retrieveAndVerify(host)
    }

    /// `main` (the dispatch) and `main_kernel2` of `task.c`: `t_count` added to every block of B.
    static func addKernel(_ setup: inout LaunchSetup, size: Int, tCount: Int64) -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        let block = PrIMScanLoop.blockBytes
        return { t in
            t.execute(dispatch)
            t.execute(addEntry)
            try await primResetHeap(t, barrier)
            t.execute(addAfterBarrier)
            let cacheA = try t.memAlloc(block)
            let first = t.id * block
            if first < size { t.execute(addLoopSetup) }
            for byteIndex in stride(from: first, to: size, by: block * t.count) {
                t.execute(addBlock)
                try t.mramRead(from: size + byteIndex, to: cacheA, bytes: block)
                PrIMScanLoop.add(t, cacheA, tCount, charge: addCall)
                try t.mramWrite(from: cacheA, to: size + byteIndex, bytes: block)
            }
            t.execute(addExit)
        }
    }
}

/// The inputs and host steps SCAN-SSA and SCAN-RSS share (their `app.c` differ only in which
/// tasklet's `t_count` the Inter-DPU step reads and in the kernels).
struct PrIMScanInput {
    /// `A`, `input_size_dpu_round · dpus` elements: `rand.Intn(100)`, then zeros.
    let a: [Int64]
    let elements: Int
    /// Elements per DPU, `input_size_dpu_round`.
    let perDPU: Int
    /// `sizeof(dpu_arguments_t)`: `uint32_t size`, the `kernel` enum, `int64_t t_count`.
    static let argumentBytes = 16

    init(point: PrIMPoint, seed: UInt64) throws {
        let n = point.dataPrepParam
        perDPU = try point.elementsPerDPURoundedToBlocks(regs: PrIMScanLoop.regs)
        elements = n
        var random = PrIMRandom(seed: seed)
        let total = perDPU * point.dpus
        var a = [Int64]()
        a.reserveCapacity(total)
        for _ in 0..<n { a.append(Int64(random.below(100))) }
        a += repeatElement(0, count: total - n)
        self.a = a
    }

    /// CPU-DPU: the arguments (the same for every DPU, pushed with `dpu_push_xfer`) and A.
    func pushInputs(_ host: PrIMHost) throws {
        try host.phase(.cpuToDPU) {
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: Self.argumentBytes, dpus: host.dpus)
            try host.system.push(to: 0, bytesPerDPU: perDPU * 8, dpus: host.dpus, label: "A") { i in
                PrIMBytes.encode(a[(i * perDPU)..<((i + 1) * perDPU)])
            }
        }
    }

    /// Inter-DPU: pulls `DPU_RESULTS` (8 bytes a tasklet), reads `resultTasklet`'s `t_count` of
    /// each DPU, scans them (`results_scan[i]` = Σ of the DPUs before i) and pushes each DPU its
    /// arguments for the second kernel. Returns `results_scan`.
    func interDPU(_ host: PrIMHost, resultTasklet: Int) -> [Int64] {
        let dpus = host.dpus
        host.system.chargeTransfer("DPU_RESULTS", .fromDPU, bytesPerDPU: 8 * host.tasklets, dpus: dpus)
        var accum: Int64 = 0
        var scan = [Int64]()
        scan.reserveCapacity(dpus.count)
        for i in dpus {
            let count = host.system.dpus[i].wram.load(PrIMScanLoop.resultsAddress + 8 * resultTasklet, as: Int64.self)
            scan.append(accum)
            accum &+= count
        }
        // Per DPU: the loop over the tasklets (test, `if`, increment), the scan step, and the
        // three fields of its arguments.
        host.system.chargeHost("SCAN: scan of the DPUs' counts", operations: dpus.count * (3 * host.tasklets + 7))
        host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: Self.argumentBytes, dpus: dpus)
        return scan
    }

    /// DPU-CPU: pulls B (after A in each DPU's MRAM) and checks it against the host's scan of
    /// the first `elements` elements.
    func retrieveAndVerify(_ host: PrIMHost) throws {
        let size = perDPU * 8
        let b = try host.phase(.dpuToCPU) {
            try host.system.pull(from: size, bytesPerDPU: size, dpus: host.dpus, label: "C")
        }
        var expected: Int64 = 0
        for i in 0..<elements {
            expected &+= a[i]
            let bytes = b[i / perDPU], o = 8 * (i % perDPU)
            var got: Int64 = 0
            for k in 0..<8 { got |= Int64(bytes[o + k]) << (8 * k) }
            if got != expected { try host.verify(false, "C[\(i)] = \(got), expected \(expected)") }
        }
    }
}

/// The handshake scan loop SCAN-SSA's kernel 0 and SCAN-RSS's kernel 1 share (`main_kernel1` /
/// `main_kernel2` of their `task.c`, the same C), with the functions it calls.
enum PrIMScanLoop {
    static let blockBytes = 1024
    /// `REGS = BLOCK_SIZE >> 3`: `int64_t` elements per block.
    static let regs = 128
    /// Where `DPU_RESULTS` lies in the WRAM: the program's first static buffer.
    static let resultsAddress = 0

    /// One program's regions of the loop (SCANSSA's and SCANRSS's constants).
    struct Charges {
        var dispatch, entry, afterBarrier, initPartial, secondBarrier, loopSetup: InstructionMix
        var block, blockLastTasklet, exit, syncFirst, syncMiddle, syncLast, scan, add: InstructionMix
    }

    /// The scan kernel: A (at 0) scanned into B (at `size`), offset by `tCount`; the last
    /// tasklet leaves the DPU's total in `DPU_RESULTS[last].t_count`.
    static func kernel(_ setup: inout LaunchSetup, charges c: Charges, size: Int, tCount: Int64) throws -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        let results = try setup.staticWRAM(8 * setup.tasklets, name: "DPU_RESULTS")
        let message = try setup.staticWRAM(8 * setup.tasklets, name: "message")
        let partial = try setup.staticWRAM(16, name: "message_partial_count (one slot per iteration parity)")
        guard results == resultsAddress else { throw DPUFault.invalidArgument("DPU_RESULTS must be the first static buffer") }
        return { t in
            t.execute(c.dispatch)
            t.execute(c.entry)
            try await primResetHeap(t, barrier)
            t.execute(c.afterBarrier)
            let cacheA = try t.memAlloc(blockBytes), cacheB = try t.memAlloc(blockBytes)
            let last = t.id == t.count - 1
            if last {
                t.execute(c.initPartial)
                t.wram.store(tCount, partial)
            }
            t.execute(c.secondBarrier)
            try await t.barrierWait(barrier)
            let first = t.id * blockBytes
            if first < size { t.execute(c.loopSetup) }
            var iteration = 0
            for byteIndex in stride(from: first, to: size, by: blockBytes * t.count) {
                t.execute(last ? c.blockLastTasklet : c.block)
                try t.mramRead(from: byteIndex, to: cacheA, bytes: blockBytes)
                let lCount = scan(t, output: cacheB, input: cacheA, charge: c.scan)
                let pCount = try await handshakeSync(t, lCount, message: message, charges: c)
                try await t.barrierWait(barrier)
                let partialCount = t.wram.load(partial + 8 * (iteration & 1), as: Int64.self)
                add(t, cacheB, partialCount &+ pCount, charge: c.add)
                try t.mramWrite(from: cacheB, to: size + byteIndex, bytes: blockBytes)
                if last {
                    let total = partialCount &+ pCount &+ lCount
                    t.wram.store(total, results + 8 * t.id)
                    t.wram.store(total, partial + 8 * ((iteration + 1) & 1))
                }
                iteration += 1
            }
            t.execute(c.exit)
        }
    }

    /// `scan(output, input)`: the inclusive scan of one block; returns its last element.
    static func scan(_ t: Tasklet, output: Int, input: Int, charge: InstructionMix) -> Int64 {
        var running = t.wram.load(input, as: Int64.self)
        t.wram.store(running, output)
        for j in 1..<regs {
            running &+= t.wram.load(input + 8 * j, as: Int64.self)
            t.wram.store(running, output + 8 * j)
        }
        t.execute(charge)
        return running
    }

    /// `add_(output, p_count)`: `p_count` added to the block's 128 elements.
    static func add(_ t: Tasklet, _ output: Int, _ pCount: Int64, charge: InstructionMix) {
        for j in 0..<regs {
            t.wram.store(t.wram.load(output + 8 * j, as: Int64.self) &+ pCount, output + 8 * j)
        }
        t.execute(charge)
    }

    /// `handshake_sync(l_count, tasklet_id)`: waits for the previous tasklet's running total
    /// (`message[id]`, 0 for tasklet 0), hands `p_count + l_count` to the next one; returns p_count.
    static func handshakeSync(_ t: Tasklet, _ lCount: Int64, message: Int, charges c: Charges) async throws -> Int64 {
        let lastID = t.count - 1
        t.execute(t.id == 0 ? c.syncFirst : t.id < lastID ? c.syncMiddle : c.syncLast)
        var pCount: Int64 = 0
        if t.id != 0 {
            try await t.handshakeWaitFor(t.id - 1)
            pCount = t.wram.load(message + 8 * t.id, as: Int64.self)
        }
        if t.id < lastID {
            t.wram.store(pCount &+ lCount, message + 8 * (t.id + 1))
            try await t.handshakeNotify()
        }
        return pCount
    }
}
