import DPUSim

/// PrIM's SCAN-RSS (inclusive prefix sum of an `int64_t` vector, "reduce-scan-scan"):
/// uPIMulator's `benchmark/SCAN-RSS/{host/app.c,dpu/task.c}` @ 870d916, built as its
/// `dpu/CMakeLists.txt` sets it: `BL=10`, `TYPE=INT64`, so a block is `REGS` = 128 elements.
///
/// **`data_prep_param`** is the total number of elements (`src/assembler/prim/scan_rss.go`:
/// strong scaling; elements `rand.Intn(100)`, here `PrIMRandom`, and zeros past the n-th).
/// Every DPU gets `input_size_dpu_round` = `⌈n / dpus⌉` rounded up to a multiple of
/// `NR_TASKLETS · REGS` (2,048 with 16 tasklets), as for SCAN-SSA (`PrIMScanInput`).
///
/// **Host** (timers of `app.c`): CPU-DPU pushes the 16-byte `DPU_INPUT_ARGUMENTS` and each DPU's
/// share of A. "DPU Kernel Reduction" launches kernel 0; "Inter-DPU (Scan)" pulls the
/// 16 × 8-byte `DPU_RESULTS`, scans tasklet 0's `t_count` of each DPU on the host and pushes
/// each DPU its 16-byte arguments for kernel 1 (`.interDPU`); "DPU Kernel Scan" launches
/// kernel 1; DPU-CPU pulls B. PrIM's kernel time is the sum of its two kernel timers, so both
/// launches are timed in `.kernel`.
///
/// **DPU** (`task.c`): kernel 0 (`main_kernel1`): tasklet t sums its 1,024-byte blocks t,
/// t + 16, … (`mram_read`, `l_count += reduction(cache_A)`), stores `message[t]`, a barrier,
/// and tasklet 0 adds `message[1…15]` into `DPU_RESULTS[0].t_count`. Kernel 1 (`main_kernel2`)
/// is SCAN-SSA's scan loop (`PrIMScanLoop`: local scan, handshake chain, barrier, `add_`,
/// `mram_write`) with `message_partial_count` starting at the DPU's offset from the host; see
/// `SCANSSA` for how the kernel keeps that variable's race as the DPU resolves it. All DMAs are
/// 1,024 bytes of a constant size.
///
/// **Charges**: `dpu/prim/scan-rss.c` compiled by the proxy (`dpu/prim/scan-rss.regions`);
/// `reduction`, `scan` and `add_` are unrolled over the 128 elements (`#pragma unroll`), one
/// region each. The rv32i proxy's 64-bit arithmetic and the spills of its unrolled `add_` make
/// these counts likely well above the DPU compiler's (see `SCANSSA`); no correction is applied.
/// `singleReduction` and the `handshake_sync` paths are compiled for 16 tasklets.
///
/// **Cost vs data**: no branch depends on the values, so the cycles depend only on the sizes.
public struct SCANRSS: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.scanRSS
    let input: PrIMScanInput

    public init(point: PrIMPoint) throws { try self.init(point: point, seed: 0x5253_53) } // "RSS"

    /// - Parameter seed: the inputs' seed (tests check that the cycles do not depend on it).
    init(point: PrIMPoint, seed: UInt64) throws { input = try PrIMScanInput(point: point, seed: seed) }

    /// This program's regions of the scan loop (kernel 1).
    static let scanCharges = PrIMScanLoop.Charges(
        dispatch: dispatch, entry: scanEntry, afterBarrier: scanAfterBarrier, initPartial: scanInitPartial,
        secondBarrier: scanSecondBarrier, loopSetup: scanLoopSetup, block: scanBlock,
        blockLastTasklet: scanBlockLastTasklet, exit: scanExit, syncFirst: syncFirst,
        syncMiddle: syncMiddle, syncLast: syncLast, scan: scanCall, add: addCall)

    public func run(on host: PrIMHost) throws {
        let dpus = host.dpus, size = input.perDPU * 8
        try input.pushInputs(host)
        _ = try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-scan-rss-reduce", tasklets: host.tasklets, dpus: dpus) { _, setup in
                try Self.reduceKernel(&setup, size: size)
            }
        }
        let offsets = host.phase(.interDPU) { input.interDPU(host, resultTasklet: 0) }
        _ = try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-scan-rss-scan", tasklets: host.tasklets, dpus: dpus) { dpu, setup in
                try PrIMScanLoop.kernel(&setup, charges: Self.scanCharges, size: size, tCount: offsets[dpu])
            }
        }
        try input.retrieveAndVerify(host)
    }

    /// `main` (the dispatch) and `main_kernel1` of `task.c`: the DPU's sum into
    /// `DPU_RESULTS[0].t_count`.
    static func reduceKernel(_ setup: inout LaunchSetup, size: Int) throws -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        let results = try setup.staticWRAM(8 * setup.tasklets, name: "DPU_RESULTS")
        let message = try setup.staticWRAM(8 * setup.tasklets, name: "message")
        guard results == PrIMScanLoop.resultsAddress else { throw DPUFault.invalidArgument("DPU_RESULTS must be the first static buffer") }
        let block = PrIMScanLoop.blockBytes
        return { t in
            t.execute(dispatch)
            t.execute(reduceEntry)
            try await primResetHeap(t, barrier)
            t.execute(reduceAfterBarrier)
            let cacheA = try t.memAlloc(block)
            var lCount: Int64 = 0
            let first = t.id * block
            t.execute(first < size ? reduceLoopSetup : reduceNoBlocks)
            for byteIndex in stride(from: first, to: size, by: block * t.count) {
                t.execute(reduceBlock)
                try t.mramRead(from: byteIndex, to: cacheA, bytes: block)
                lCount &+= reduction(t, cacheA)
            }
            if first < size { t.execute(reduceLoopExit) }
            t.wram.store(lCount, message + 8 * t.id)
            t.execute(reduceMerge)
            try await t.barrierWait(barrier)
            if t.id == 0 {
                t.execute(singleReduction)
                var sum = t.wram.load(message, as: Int64.self)
                for each in 1..<t.count { sum &+= t.wram.load(message + 8 * each, as: Int64.self) }
                t.wram.store(sum, message)
                t.wram.store(sum, results)                        // result->t_count
            }
            t.execute(reduceExit)
        }
    }

    /// `reduction(input)`: the sum of the block's 128 elements.
    static func reduction(_ t: Tasklet, _ input: Int) -> Int64 {
        var output: Int64 = 0
        for j in 0..<PrIMScanLoop.regs { output &+= t.wram.load(input + 8 * j, as: Int64.self) }
        t.execute(reductionCall)
        return output
    }
}
