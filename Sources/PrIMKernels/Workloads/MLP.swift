import DPUSim

/// PrIM's MLP (three fully connected layers, `B ← A_l · B` over `int32_t`): uPIMulator's
/// `benchmark/MLP/{host/app.c,dpu/task.c}` @ 870d916, built with `BL=10`, `NUM_LAYERS` 3.
///
/// **`data_prep_param`** is both `m_size` and `n_size` (`src/assembler/prim/mlp.go`: square
/// layers, strong scaling). The weights and the input are app.c's `init_data`: `A_l[i]` is 0
/// unless `i % 100 ≥ 98`, then `(l + i) % 2`, over the flattened matrix; `B[i]` is 0 unless
/// `i % 50 ≥ 48`, then `i % 2` (mlp.go indexes A's pattern by column instead; with entries of
/// 0 or 1 every `__mulsi3` costs the same either way). Rows split as GEMV's (`GEMVPartition`).
///
/// **Host** (timers of `app.c`): CPU-DPU pushes the 16-byte `DPU_INPUT_ARGUMENTS`, layer 0's
/// rows of A and B (one buffer for every DPU, a parallel push). DPU Kernel is the sum of the
/// three launches (app.c restarts timer 2 around each, which accumulates). Before layers 1
/// and 2, Inter-DPU pulls each DPU's `max_rows` results, concatenates their valid rows into
/// `B_tmp` on the host (`m_size` copies, charged with `chargeHost`), pushes `B_tmp` to every
/// DPU and the next layer's rows of A. DPU-CPU pulls the last layer's results. The DPU does
/// no ReLU and neither does app.c between layers; the host reference applies `max(0, ·)`
/// (mlp_host) and no value here is negative, so every layer's results check against it.
/// (uPIMulator's byte model, `tools/upmem_reg_model/src/benchmark/mlp.py`, counts all three
/// layers' weights as CPU-DPU bytes and only the vectors as DPU-DPU ones, unlike app.c's
/// timers, which this workload keeps: the weights of layers 1 and 2 are Inter-DPU here.)
///
/// **DPU**: the GEMV program (`GEMVKernel`) for `int32_t`, charged from `dpu/prim/mlp.c`
/// (`dpu/prim/mlp.regions`): per row, `n_size / 256 − 1` full blocks through `gemv()` and a
/// last block of 256 (or `n_size % 256`) elements.
///
/// **Cost vs data**: every product has an operand of 0 or 1 from A, so each `__mulsi3` costs
/// its minimum (one `mul_step`) whatever B holds: the cycles depend on the sizes only. Odd
/// sizes are refused (see `GEMVKernel`).
public struct MLP: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.mlp
    static let layers = 3
    static let charges = GEMVCharges(
        entry: entry, startRestNone: startRestNone, startRestBelow: startRestBelow, startRestEven: startRestEven,
        startRestOdd: startRestOdd, loopSetup: loopSetup, rowPair: rowPair, rowWithBlocks: rowWithBlocks,
        rowWithoutBlocks: rowWithoutBlocks, fullBlock: fullBlock, tailSetup: tailSetup, tailElement: tailElement,
        tailExit: tailExit, posLatch: posLatch, rowPairEnd: rowPairEnd, exit: exit, gemvEntry: gemvEntry,
        gemvElement: gemvElement)

    let n: Int
    let partition: GEMVPartition
    /// Each layer's weights, `n × n` row-major (as `uint32_t` bit patterns of the `int32_t`s).
    let a: [[UInt32]]
    let b: [UInt32]
    /// Each layer's output on the host (mlp_host: the product, then `max(0, ·)`).
    let reference: [[UInt32]]

    public init(point: PrIMPoint) throws {
        n = point.dataPrepParam
        guard n >= 2, n % 2 == 0, point.dpus >= 1 else {
            throw PrIMPointError(point, "needs an even size of at least 2 and one DPU")
        }
        partition = GEMVPartition(rows: n, dpus: point.dpus)
        try GEMVKernel.checkMRAM(point, maxRows: partition.maxRows, nPad: n)
        let size = n * n
        a = (0..<Self.layers).map { l in
            var w = [UInt32](repeating: 0, count: size)
            for i in 0..<size where i % 100 >= 98 { w[i] = UInt32((l + i) % 2) }
            return w
        }
        b = (0..<n).map { $0 % 50 < 48 ? 0 : UInt32($0 % 2) }
        var input = b, outputs: [[UInt32]] = []
        for l in 0..<Self.layers {
            let c = GEMVKernel.product(a[l], input, rows: n, columns: n).map { Int32(bitPattern: $0) < 0 ? 0 : $0 }
            outputs.append(c)
            input = c
        }
        reference = outputs
    }

    public func run(on host: PrIMHost) throws {
        let dpus = host.dpus, p = partition, rowBytes = p.maxRows * n * 4, resultsAt = rowBytes + n * 4
        let args = dpus.map { GEMVArguments(nSize: UInt32(n), nSizePad: UInt32(n), nrRows: UInt32(p.rows[$0]), maxRows: UInt32(p.maxRows)) }
        try host.phase(.cpuToDPU) {
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: 16, dpus: dpus)
            try pushWeights(0, host)
            try host.system.push(to: rowBytes, bytesPerDPU: n * 4, dpus: dpus, label: "B",
                                 buffers: [PrIMBytes.encode(b)], bufferOf: { _ in 0 })
        }
        try launch(host, args)
        for layer in 1..<Self.layers {
            try host.phase(.interDPU) {
                let c = try host.system.pull(from: resultsAt, bytesPerDPU: p.maxRows * 4, dpus: dpus, label: "C_dpu")
                try GEMVKernel.verify(c, partition: p, reference: reference[layer - 1], host: host, what: "layer \(layer - 1) C")
                var bTmp: [UInt32] = []
                bTmp.reserveCapacity(n)
                for (i, bytes) in c.enumerated() { bTmp += PrIMBytes.decode(bytes, as: UInt32.self)[0..<p.rows[i]] }
                host.system.chargeHost("B = C", operations: n)
                try host.system.push(to: rowBytes, bytesPerDPU: n * 4, dpus: dpus, label: "B_tmp",
                                     buffers: [PrIMBytes.encode(bTmp)], bufferOf: { _ in 0 })
                try pushWeights(layer, host)
            }
            try launch(host, args)
        }
        let c = try host.phase(.dpuToCPU) {
            try host.system.pull(from: resultsAt, bytesPerDPU: p.maxRows * 4, dpus: dpus, label: "C_dpu")
        }
        try GEMVKernel.verify(c, partition: p, reference: reference[Self.layers - 1], host: host, what: "C")
    }

    /// Layer `layer`'s rows of A to every DPU (`max_rows · n_size_pad` elements from its first row).
    private func pushWeights(_ layer: Int, _ host: PrIMHost) throws {
        let p = partition
        try host.system.push(to: 0, bytesPerDPU: p.maxRows * n * 4, dpus: host.dpus, label: "A[\(layer)]") { i in
            GEMVKernel.rows(a[layer], from: p.previousRows[i] * n, count: p.maxRows * n)
        }
    }

    /// One synchronous launch, timed in DPU Kernel.
    private func launch(_ host: PrIMHost, _ args: [GEMVArguments]) throws {
        try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-mlp", tasklets: host.tasklets, dpus: host.dpus) { dpu, setup in
                GEMVKernel.kernel(&setup, args: args[dpu], charges: Self.charges)
            }
        }
    }
}
