import DPUSim

/// PrIM's VA (vector addition, `C = A + B` over `int32_t`): uPIMulator's
/// `benchmark/VA/{host/app.c,dpu/task.c}` @ 870d916, built with `BL=10`, `TYPE=INT32`.
///
/// **`data_prep_param`** is the total number of elements (`src/assembler/prim/va.go`: strong
/// scaling, `input_size = data_prep_params[0]`). Each DPU gets `⌈n / dpus⌉` elements rounded
/// up to a multiple of 8 (the host's `input_size_dpu_8bytes`); the last DPU's `size` is what
/// is left (`input_size_8bytes − input_size_dpu_8bytes·(dpus − 1)`), all DPUs' `transfer_size`
/// the full share.
///
/// **Host** (timers of `app.c`): CPU-DPU pushes the 12-byte `DPU_INPUT_ARGUMENTS` and A and B
/// (`dpu_push_xfer` to the MRAM heap, B at `transfer_size`); DPU Kernel is one synchronous
/// launch; DPU-CPU pulls B's range back as C.
///
/// **DPU** (`task.c`): tasklet t handles the 1,024-byte blocks t, t + 16, … of A and B: two
/// `mram_read`s, `vector_addition(cache_B, cache_A, l_size >> 2)`, one `mram_write`; the last
/// block may be shorter. Every DMA has a run-time size. Charges: `dpu/prim/va.c` compiled by
/// the proxy (`dpu/prim/va.regions`).
///
/// **Cost vs data**: no branch depends on the values, so the cycles depend only on the sizes.
public struct VA: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.va
    static let blockBytes = 1024

    let a: [Int32], b: [Int32]
    let elements: Int
    /// All elements, 8-byte aligned in bytes (`input_size_8bytes`).
    let elements8: Int
    /// Elements per DPU, a multiple of 8 (`input_size_dpu_8bytes`).
    let perDPU: Int

    public init(point: PrIMPoint) throws {
        let n = point.dataPrepParam
        guard n >= 1, point.dpus >= 1 else { throw PrIMPointError(point, "needs at least one element and one DPU") }
        elements = n
        elements8 = n % 2 == 0 ? n : (n + 7) / 8 * 8            // (n·4) % 8 == 0 ? n : roundup(n, 8)
        let share = (n - 1) / point.dpus + 1
        perDPU = share % 2 == 0 ? share : (share + 7) / 8 * 8
        guard elements8 - perDPU * (point.dpus - 1) > 0 else {
            throw PrIMPointError(point, "\(n) elements leave the last of \(point.dpus) DPUs nothing (PrIM's host would pass a negative size)")
        }
        guard 2 * perDPU * 4 <= DPUConfiguration.v1A.mramBytes else {
            throw PrIMPointError(point, "A and B need \(2 * perDPU * 4) bytes of MRAM per DPU")
        }
        var random = PrIMRandom(seed: 0x5641)                 // "VA"
        let total = perDPU * point.dpus
        a = (0..<total).map { _ in Int32(random.below(1 << 31)) }
        b = (0..<total).map { _ in Int32(random.below(1 << 31)) }
    }

    /// `size` of DPU `i` in bytes.
    func sizeBytes(dpu i: Int, dpus: Int) -> Int {
        (i == dpus - 1 ? elements8 - perDPU * (dpus - 1) : perDPU) * 4
    }

    public func run(on host: PrIMHost) throws {
        let dpus = host.dpus, transfer = perDPU * 4
        try host.phase(.cpuToDPU) {
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: 12, dpus: dpus)
            try host.system.push(to: 0, bytesPerDPU: transfer, dpus: dpus, label: "A") { i in
                PrIMBytes.encode(a[(i * perDPU)..<((i + 1) * perDPU)])
            }
            try host.system.push(to: transfer, bytesPerDPU: transfer, dpus: dpus, label: "B") { i in
                PrIMBytes.encode(b[(i * perDPU)..<((i + 1) * perDPU)])
            }
        }
        let sizes = dpus.map { sizeBytes(dpu: $0, dpus: dpus.count) }
        try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-va", tasklets: host.tasklets, dpus: dpus) { dpu, setup in
                Self.kernel(&setup, size: sizes[dpu], transferSize: transfer)
            }
        }
        let c = try host.phase(.dpuToCPU) {
            try host.system.pull(from: transfer, bytesPerDPU: transfer, dpus: dpus, label: "C")
        }.map { PrIMBytes.decode($0, as: Int32.self) }
        for i in 0..<elements {
            let got = c[i / perDPU][i % perDPU]
            try host.verify(got == a[i] &+ b[i], "C[\(i)] = \(got), expected \(a[i] &+ b[i])")
        }
    }

    /// `main_kernel1` of `task.c`.
    static func kernel(_ setup: inout LaunchSetup, size: Int, transferSize: Int) -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        return { t in
            t.execute(entry)
            try await primResetHeap(t, barrier)
            t.execute(afterBarrier)
            let baseA = 0, baseB = transferSize
            let cacheA = try t.memAlloc(blockBytes), cacheB = try t.memAlloc(blockBytes)
            let first = t.id * blockBytes
            if first < size { t.execute(loopSetup) }
            for byteIndex in stride(from: first, to: size, by: blockBytes * t.count) {
                let bytes = byteIndex + blockBytes > size ? size - byteIndex : blockBytes
                t.execute(bytes < blockBytes ? blockLast : blockFull)
                try t.mramRead(from: baseA + byteIndex, to: cacheA, bytes: bytes, sizeIsConstant: false)
                try t.mramRead(from: baseB + byteIndex, to: cacheB, bytes: bytes, sizeIsConstant: false)
                t.execute(addEntry)
                for i in 0..<(bytes / 4) {
                    let sum = t.wram.load(cacheB + 4 * i, as: Int32.self) &+ t.wram.load(cacheA + 4 * i, as: Int32.self)
                    t.wram.store(sum, cacheB + 4 * i)
                }
                t.execute(addElement, times: bytes / 4)
                try t.mramWrite(from: cacheB, to: baseB + byteIndex, bytes: bytes, sizeIsConstant: false)
            }
            t.execute(exit)
        }
    }
}
