import DPUSim

/// PrIM's RED (reduction, the sum of an `int64_t` vector): uPIMulator's
/// `benchmark/RED/{host/app.c,dpu/task.c}` @ 870d916, built as its `dpu/CMakeLists.txt` sets it:
/// `BL=10`, `TYPE=INT64`, `VERSION=SINGLE` (so `TREE` is undefined: the single-tasklet final
/// reduction), `SYNC=HAND` (unused without `TREE`), `PERF=0`.
///
/// **`data_prep_param`** is the total number of elements (`src/assembler/prim/red.go`: strong
/// scaling, `input_size = data_prep_params[0]`; elements `rand.Intn(2^31)`, here `PrIMRandom`).
/// Each DPU gets `⌈n / dpus⌉` elements (`input_size_dpu_8bytes`; 8-byte elements need no
/// rounding); the last DPU's `size` is what is left, `n − ⌈n / dpus⌉·(dpus − 1)`, every DPU's
/// transfer the full share. A point whose last DPU would get nothing (PrIM's host would pass
/// a negative size) is refused.
///
/// **Host** (timers of `app.c`): CPU-DPU pushes each DPU's 16-byte `DPU_INPUT_ARGUMENTS`
/// (`dpu_push_xfer`, the sizes differ) and its share of A; DPU Kernel is one synchronous launch;
/// the timer `app.c` prints as "Inter-DPU" pulls the 16 × 16-byte `DPU_RESULTS` of every DPU
/// (`dpu_push_xfer` from the DPUs) and sums tasklet 0's `t_count` of each DPU on the host.
/// RED has no other retrieval; uPIMulator's table records this timer as `hw_dpu_to_cpu`
/// (its `hw_dpu_to_dpu` is 0 on every RED row, and `tools/upmem_reg_model/.../red.py` counts
/// these 256 bytes as RED's DPU-CPU bytes), so it is timed here in `.dpuToCPU`.
///
/// **DPU** (`task.c`, `main_kernel1` through `main`'s `kernels[]` dispatch): tasklet t reads
/// the 1,024-byte blocks t, t + 16, … of its share (`mram_read` of a run-time size, the last
/// block shorter), `l_count += reduction(cache_A, l_size >> 3)`; then `message[t] = l_count`,
/// a barrier, and tasklet 0 adds `message[1…15]` into `message[0]` and stores it in
/// `DPU_RESULTS[0].t_count`, which the host reads back from the WRAM.
///
/// **Charges**: `dpu/prim/red.c` compiled by the proxy (`dpu/prim/red.regions`). The proxy is
/// rv32i: one `int64_t` addition is `add, sltu, add, add` and one load two `lw`, where the DPU
/// has `add`/`addc` and a 64-bit `ld`; `reduceElement` (8 instructions per element) is
/// therefore likely above the DPU compiler's count (about 5). As for every proxy count, no
/// correction is applied (docs/instruction-counts.md). `singleReduction` is the loop over the
/// tasklets unrolled for `NR_TASKLETS` = 16 (the script's setting); other tasklet counts are
/// charged the same.
///
/// **Cost vs data**: no branch depends on the values, so the cycles depend only on the sizes.
public struct RED: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.red
    static let blockBytes = 1024
    /// `sizeof(dpu_arguments_t)`: `uint32_t size`, the `kernel` enum, `int64_t t_count`.
    static let argumentBytes = 16
    /// `sizeof(dpu_results_t)`: `uint64_t cycles`, `int64_t t_count`.
    static let resultBytes = 16

    let a: [Int64]
    let elements: Int
    /// Elements per DPU (`input_size_dpu_8bytes`).
    let perDPU: Int

    public init(point: PrIMPoint) throws { try self.init(point: point, seed: 0x5245_44) } // "RED"

    /// - Parameter seed: the inputs' seed (tests check that the cycles do not depend on it).
    init(point: PrIMPoint, seed: UInt64) throws {
        let n = point.dataPrepParam
        guard n >= 1, point.dpus >= 1 else { throw PrIMPointError(point, "needs at least one element and one DPU") }
        elements = n
        perDPU = (n - 1) / point.dpus + 1
        guard n - perDPU * (point.dpus - 1) > 0 else {
            throw PrIMPointError(point, "\(n) elements leave the last of \(point.dpus) DPUs nothing (PrIM's host would pass a negative size)")
        }
        guard perDPU * 8 <= DPUConfiguration.v1A.mramBytes else {
            throw PrIMPointError(point, "A needs \(perDPU * 8) bytes of MRAM per DPU")
        }
        var random = PrIMRandom(seed: seed)
        let total = perDPU * point.dpus
        var a = [Int64]()
        a.reserveCapacity(total)
        for _ in 0..<total { a.append(Int64(random.below(1 << 31))) }
        self.a = a
    }

    /// `size` of DPU `i` in bytes.
    func sizeBytes(dpu i: Int, dpus: Int) -> Int {
        (i == dpus - 1 ? elements - perDPU * (dpus - 1) : perDPU) * 8
    }

    public func run(on host: PrIMHost) throws {
        let dpus = host.dpus, transfer = perDPU * 8
        try host.phase(.cpuToDPU) {
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: Self.argumentBytes, dpus: dpus)
            try host.system.push(to: 0, bytesPerDPU: transfer, dpus: dpus, label: "A") { i in
                PrIMBytes.encode(a[(i * perDPU)..<((i + 1) * perDPU)])
            }
        }
        let sizes = dpus.map { sizeBytes(dpu: $0, dpus: dpus.count) }
        _ = try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-red", tasklets: host.tasklets, dpus: dpus) { dpu, setup in
                try Self.kernel(&setup, size: sizes[dpu])
            }
        }
        let count = host.phase(.dpuToCPU) { () -> Int64 in
            let bytes = Self.resultBytes * host.tasklets
            host.system.chargeTransfer("DPU_RESULTS", .fromDPU, bytesPerDPU: bytes, dpus: dpus)
            var count: Int64 = 0
            for i in dpus {
                // results[i].t_count = results_retrieve[i][0].t_count; count += it.
                count &+= host.system.dpus[i].wram.load(Self.resultsAddress + 8, as: Int64.self)
            }
            // Per DPU: the loop over the tasklets (test, `if`, increment) and the sum.
            host.system.chargeHost("RED: sum of the DPUs' counts", operations: dpus.count * (3 * host.tasklets + 4))
            return count
        }
        var expected: Int64 = 0
        for v in a[0..<elements] { expected &+= v }
        try host.verify(count == expected, "count = \(count), expected \(expected)")
    }

    /// Where `DPU_RESULTS` lies in the WRAM: the program's first static buffer.
    static let resultsAddress = 0

    /// `main` (the dispatch) and `main_kernel1` of `task.c`.
    static func kernel(_ setup: inout LaunchSetup, size: Int) throws -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        let results = try setup.staticWRAM(resultBytes * setup.tasklets, name: "DPU_RESULTS")
        let message = try setup.staticWRAM(8 * setup.tasklets, name: "message")
        guard results == resultsAddress else { throw DPUFault.invalidArgument("DPU_RESULTS must be the first static buffer") }
        return { t in
            t.execute(dispatch)
            t.execute(entry)
            try await primResetHeap(t, barrier)
            t.execute(afterBarrier)
            let cacheA = try t.memAlloc(blockBytes)
            var lCount: Int64 = 0
            let first = t.id * blockBytes
            t.execute(first < size ? loopSetup : noBlocks)
            for byteIndex in stride(from: first, to: size, by: blockBytes * t.count) {
                // The compiled test is size < byte_index + BLOCK_SIZE (same l_size as the source's >=).
                let bytes = size < byteIndex + blockBytes ? size - byteIndex : blockBytes
                t.execute(size < byteIndex + blockBytes ? blockLast : blockFull)
                try t.mramRead(from: byteIndex, to: cacheA, bytes: bytes, sizeIsConstant: false)
                lCount &+= reduction(t, cacheA, elements: bytes >> 3)
            }
            t.wram.store(lCount, message + 8 * t.id)
            t.execute(merge)
            try await t.barrierWait(barrier)
            if t.id == 0 {
                t.execute(singleReduction)
                var sum = t.wram.load(message, as: Int64.self)
                for each in 1..<t.count { sum &+= t.wram.load(message + 8 * each, as: Int64.self) }
                t.wram.store(sum, message)
                t.wram.store(sum, results + 8)                    // result->t_count
            }
            t.execute(exit)
        }
    }

    /// `reduction(input, l_size)`: the sum of `elements` ≥ 1 `int64_t`s at `input`.
    static func reduction(_ t: Tasklet, _ input: Int, elements: Int) -> Int64 {
        var output: Int64 = 0
        for j in 0..<elements { output &+= t.wram.load(input + 8 * j, as: Int64.self) }
        t.execute(reduceEntry)
        t.execute(reduceElement, times: elements)
        return output
    }
}
