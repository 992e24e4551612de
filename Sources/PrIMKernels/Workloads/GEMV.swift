import DPUSim

/// PrIM's GEMV (matrix–vector product `C = A · B` over `uint32_t`): uPIMulator's
/// `benchmark/GEMV/{host/app.c,dpu/task.c}` @ 870d916, built with `BL=10`.
///
/// **`data_prep_param`** is the number of rows `m_size` (`src/assembler/prim/gemv.go`: strong
/// scaling; `n_size` is fixed at 64 columns; A and B uniform in 0..<50, `rand.Intn(50)` as
/// app.c's `rand() % 50`). The rows are split as app.c splits them (`GEMVPartition`: gemv.go
/// only accepts `m_size % dpus == 0`, where both agree); each DPU's arguments are
/// `n_size, n_size_pad, nr_rows, max_rows`.
///
/// **Host** (timers of `app.c`): CPU-DPU pushes the 16-byte `DPU_INPUT_ARGUMENTS` (a
/// `dpu_push_xfer` of each DPU's own values), each DPU's `max_rows · n_size_pad` elements of
/// A from its first row (past the matrix: zeros), and B (the same buffer to every DPU, a
/// parallel push, not a broadcast); DPU Kernel is one synchronous launch; DPU-CPU pulls each
/// DPU's `max_rows` results. Every row of C checks against the host's product.
///
/// **DPU**: `GEMVKernel` (the loops, DMAs and `__mulsi3` calls of `task.c`), charged from
/// `dpu/prim/gemv.c` (`dpu/prim/gemv.regions`). With 64 columns a row is one partial block:
/// two 1,024-byte reads (A's reaches past the row, as in PrIM) and 64 products.
///
/// **Cost vs data**: no branch depends on the values, but every product's `__mulsi3` costs
/// with the bit length of its smaller operand (here < 50: 1 to 6 `mul_step`s), so the cycles
/// depend on the matrix, not only on its size.
public struct GEMV: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.gemv
    static let charges = GEMVCharges(
        entry: entry, startRestNone: startRestNone, startRestBelow: startRestBelow, startRestEven: startRestEven,
        startRestOdd: startRestOdd, loopSetup: loopSetup, rowPair: rowPair, rowWithBlocks: rowWithBlocks,
        rowWithoutBlocks: rowWithoutBlocks, fullBlock: fullBlock, tailSetup: tailSetup, tailElement: tailElement,
        tailExit: tailExit, posLatch: posLatch, rowPairEnd: rowPairEnd, exit: exit, gemvEntry: gemvEntry,
        gemvElement: gemvElement)

    let m: Int, n: Int, nPad: Int
    let partition: GEMVPartition
    let a: [UInt32], b: [UInt32], reference: [UInt32]

    public init(point: PrIMPoint) throws {
        try self.init(point: point, columns: 64, seed: 0x4745)  // "GE"
    }

    /// `columns` other than gemv.go's 64 and other seeds are for tests.
    init(point: PrIMPoint, columns: Int, seed: UInt64) throws {
        m = point.dataPrepParam
        n = columns
        guard m >= 1, point.dpus >= 1, n >= 2, n % 2 == 0 else {
            throw PrIMPointError(point, "needs at least one row and one DPU, and an even column count")
        }
        nPad = n
        partition = GEMVPartition(rows: m, dpus: point.dpus)
        try GEMVKernel.checkMRAM(point, maxRows: partition.maxRows, nPad: nPad)
        var random = PrIMRandom(seed: seed)
        a = (0..<(m * n)).map { _ in UInt32(random.below(50)) }
        b = (0..<n).map { _ in UInt32(random.below(50)) }
        reference = GEMVKernel.product(a, b, rows: m, columns: n)
    }

    public func run(on host: PrIMHost) throws {
        let dpus = host.dpus, p = partition, rowBytes = p.maxRows * nPad * 4
        let args = dpus.map { GEMVArguments(nSize: UInt32(n), nSizePad: UInt32(nPad), nrRows: UInt32(p.rows[$0]), maxRows: UInt32(p.maxRows)) }
        try host.phase(.cpuToDPU) {
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: 16, dpus: dpus)
            try host.system.push(to: 0, bytesPerDPU: rowBytes, dpus: dpus, label: "A") { i in
                GEMVKernel.rows(a, from: p.previousRows[i] * n, count: p.maxRows * nPad)
            }
            try host.system.push(to: rowBytes, bytesPerDPU: nPad * 4, dpus: dpus, label: "B",
                                 buffers: [PrIMBytes.encode(b, paddedTo: nPad * 4)], bufferOf: { _ in 0 })
        }
        try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-gemv", tasklets: host.tasklets, dpus: dpus) { dpu, setup in
                GEMVKernel.kernel(&setup, args: args[dpu], charges: Self.charges)
            }
        }
        let c = try host.phase(.dpuToCPU) {
            try host.system.pull(from: rowBytes + nPad * 4, bytesPerDPU: p.maxRows * 4, dpus: dpus, label: "C")
        }
        try GEMVKernel.verify(c, partition: p, reference: reference, host: host, what: "C")
    }
}

/// The DPU program GEMV and MLP share (uPIMulator's `benchmark/{GEMV,MLP}/dpu/task.c` @ 870d916
/// are the same code for `uint32_t` and `int32_t`; their C twins `dpu/prim/gemv.c` and
/// `dpu/prim/mlp.c` compile to the same listing), with the charges of one twin's regions.
///
/// **DPU** (`main`, BL = 10): rows are split between the tasklets in pairs (`chunks =
/// nr_rows / 32`, the `rest_rows` pairs to the first tasklets, `start_row` by the four
/// paths of the source, each with its `__mulsi3` calls). Per pair of rows, cache_C is
/// cleared; per row, the full 1,024-byte blocks before the last (`n < n_size − 256`: two
/// 1,024-byte `mram_read`s, `gemv()` over 256 elements) and then the last block (two
/// 1,024-byte `mram_read`s, `n_size − n` elements in the tail loop, 1 to 256); one 8-byte
/// `mram_write` of cache_C per pair. Every product is a `__mulsi3` (`Tasklet.mul32`, whose
/// cost grows with the bit length of the smaller operand), as are `start_row · n_size · 4`,
/// `max_rows · n_size_pad · 4` and `i · n_size · 4`. All DMA sizes are constants.
///
/// **Edge cases**: an odd `n_size` puts rows at addresses that are not 8-byte aligned, where
/// PrIM's kernel shifts `cache_A` by one element (its `offset` path); the DSL's DMA rules
/// reject those addresses, so the workloads refuse odd sizes (GEMV's `n_size` is always 64).
/// A tasklet without rows only runs its set-up.
struct GEMVCharges: Sendable {
    var entry, startRestNone, startRestBelow, startRestEven, startRestOdd, loopSetup, rowPair: InstructionMix
    var rowWithBlocks, rowWithoutBlocks, fullBlock, tailSetup, tailElement, tailExit: InstructionMix
    var posLatch, rowPairEnd, exit, gemvEntry, gemvElement: InstructionMix
}

/// `DPU_INPUT_ARGUMENTS` of GEMV and MLP, one DPU's.
struct GEMVArguments: Sendable {
    var nSize: UInt32, nSizePad: UInt32, nrRows: UInt32, maxRows: UInt32
}

/// app.c's partition of `m` rows over `dpus` DPUs (GEMV's and MLP's hosts are the same):
/// `m / dpus` rows each, one more for the first `m % dpus`; `max_rows` the largest count
/// rounded up to even (the parallel transfers' row count).
struct GEMVPartition: Sendable {
    var rows: [Int], previousRows: [Int], maxRows: Int

    init(rows m: Int, dpus: Int) {
        let chunks = m / dpus, rest = m % dpus
        rows = (0..<dpus).map { chunks + ($0 < rest ? 1 : 0) }
        previousRows = (0..<dpus).map { i in
            rest == 0 ? i * chunks : (i >= rest ? rest * (chunks + 1) + (i - rest) * chunks : i * (chunks + 1))
        }
        maxRows = rows.map { $0 % 2 == 1 ? $0 + 1 : $0 }.max() ?? 0
    }
}

enum GEMVKernel {
    static let blockBytes = 1024
    static let blockElements = blockBytes / 4

    /// `main` of `task.c`, with the charges of `c`. MRAM: A at 0 (rows of `n_size`), B at
    /// `max_rows · n_size_pad · 4`, C after B.
    static func kernel(_ setup: inout LaunchSetup, args: GEMVArguments, charges c: GEMVCharges) -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        return { t in
            t.execute(c.entry)
            try await primResetHeap(t, barrier)
            let (startRow, rowsPerTasklet) = startRow(t, args: args, charges: c)
            let baseB = Int(t.mul32(args.nSizePad << 2, args.maxRows))
            var baseC = baseB + Int(args.nSizePad) * 4 + Int(startRow) * 4
            let cacheA = try t.memAlloc(blockBytes + 8), _ = try t.memAlloc(8)
            let cacheB = try t.memAlloc(blockBytes), cacheC = try t.memAlloc(8)
            if rowsPerTasklet > 0 { t.execute(c.loopSetup) }
            var i = startRow
            while i < startRow + rowsPerTasklet {
                t.execute(c.rowPair)
                var addressA = Int(t.mul32(args.nSize << 2, i))
                t.wram.store(UInt32(0), cacheC)
                t.wram.store(UInt32(0), cacheC + 4)
                var pos: UInt32 = 0
                repeat {
                    try row(t, &addressA, baseB: baseB, cacheA: cacheA, cacheB: cacheB, sum: cacheC + 4 * Int(pos), args: args, charges: c)
                    t.execute(c.posLatch)
                    pos += 1
                } while pos < 2 && i + pos < args.nrRows
                try t.mramWrite(from: cacheC, to: baseC, bytes: 8)
                t.execute(c.rowPairEnd)
                baseC += 8
                i += 2
            }
            t.execute(c.exit)
        }
    }

    /// `start_row` and `rows_per_tasklet` by the source's four paths, charging the path's region
    /// and its `__mulsi3` calls (operands as the listing passes them).
    static func startRow(_ t: Tasklet, args: GEMVArguments, charges c: GEMVCharges) -> (UInt32, UInt32) {
        let id = UInt32(t.id), pairs = UInt32(2 * t.count)
        let dbl = (args.nrRows / pairs) * 2, rest = args.nrRows % pairs
        let rows = id + id < rest ? dbl + 2 : dbl
        guard rest > 0 else {
            t.execute(c.startRestNone)
            return (t.mul32(dbl, id), rows)
        }
        guard id + id >= rest else {
            t.execute(c.startRestBelow)
            return (t.mul32(dbl + 2, id), rows)
        }
        let half = rest >> 1
        if rest & 1 == 1 {
            t.execute(c.startRestOdd)
            return (t.mul32(half + 1, dbl + 2) &+ t.mul32(id &- 1 &- half, dbl), rows)
        }
        t.execute(c.startRestEven)
        return (t.mul32(dbl + 2, half) &+ t.mul32(id &- half, dbl), rows)
    }

    /// One row (one step of the `pos` loop): the full blocks, then the last block's tail loop;
    /// adds the row's dot product to the `uint32_t` at WRAM `sum` and advances `addressA`.
    static func row(_ t: Tasklet, _ addressA: inout Int, baseB: Int, cacheA: Int, cacheB: Int, sum: Int,
                    args: GEMVArguments, charges c: GEMVCharges) throws {
        let n = Int(args.nSize)
        t.execute(n - blockElements > 0 ? c.rowWithBlocks : c.rowWithoutBlocks)
        var done = 0, addressB = baseB
        while done < n - blockElements {
            try t.mramRead(from: addressA, to: cacheA, bytes: blockBytes)
            try t.mramRead(from: addressB, to: cacheB, bytes: blockBytes)
            t.execute(c.fullBlock)
            t.execute(c.gemvEntry)
            dot(t, cacheA, cacheB, count: blockElements, sum: sum)
            t.execute(c.gemvElement, times: blockElements)
            addressA += blockBytes
            addressB += blockBytes
            done += blockElements
        }
        try t.mramRead(from: addressA, to: cacheA, bytes: blockBytes)
        try t.mramRead(from: addressB, to: cacheB, bytes: blockBytes)
        t.execute(c.tailSetup)
        let tail = n - done                                  // 1...256
        dot(t, cacheA, cacheB, count: tail, sum: sum)
        t.execute(c.tailElement, times: tail)
        t.execute(c.tailExit)
        addressA += blockBytes - (blockElements - tail) * 4
        if addressA % 8 != 0 { throw t.fault("GEMV: row address \(addressA) is not 8-byte aligned (PrIM's offset path)") }
    }

    /// `sum += Σ A[k] · B[k]` over `count` elements, one `__mulsi3` each (wrapping, as on the DPU).
    @inline(__always)
    static func dot(_ t: Tasklet, _ a: Int, _ b: Int, count: Int, sum: Int) {
        var s: UInt32 = t.wram.load(sum)
        for k in 0..<count {
            s &+= t.mul32(t.wram.load(a + 4 * k), t.wram.load(b + 4 * k))
        }
        t.wram.store(s, sum)
    }
    /// Throws unless A, B, C and the reads past A's last row (up to 1,024 bytes) fit the MRAM.
    static func checkMRAM(_ point: PrIMPoint, maxRows: Int, nPad: Int) throws {
        let bytes = maxRows * nPad * 4 + nPad * 4 + maxRows * 4 + blockBytes
        guard bytes <= DPUConfiguration.v1A.mramBytes else {
            throw PrIMPointError(point, "A, B and C need \(bytes) bytes of MRAM per DPU")
        }
    }

    /// `count` elements of `matrix` from `first`, as the bytes a push sends (zeros past the end).
    static func rows(_ matrix: [UInt32], from first: Int, count: Int) -> [UInt8] {
        PrIMBytes.encode(matrix[min(first, matrix.count)..<min(first + count, matrix.count)], paddedTo: count * 4)
    }

    /// The host's `C[r] = Σ A[r·n + k] · B[k]`, wrapping as `uint32_t` does.
    static func product(_ a: [UInt32], _ b: [UInt32], rows: Int, columns n: Int) -> [UInt32] {
        var c = [UInt32](repeating: 0, count: rows)
        a.withUnsafeBufferPointer { a in
            for r in 0..<rows {
                var s: UInt32 = 0
                for k in 0..<n { s &+= a[r * n + k] &* b[k] }
                c[r] = s
            }
        }
        return c
    }

    /// Checks every DPU's first `rows[i]` results (of the `max_rows` pulled) against `reference`.
    static func verify(_ pulled: [[UInt8]], partition p: GEMVPartition, reference: [UInt32], host: PrIMHost, what: String) throws {
        for (i, bytes) in pulled.enumerated() {
            let values = PrIMBytes.decode(bytes, as: UInt32.self)
            for j in 0..<p.rows[i] where values[j] != reference[p.previousRows[i] + j] {
                try host.verify(false, "\(what)[\(p.previousRows[i] + j)] = \(values[j]), expected \(reference[p.previousRows[i] + j])")
            }
        }
    }
}
