import DPUSim
import Foundation

/// PrIM's MRAM bandwidth microbenchmarks — STREAM, STRIDED and Random-GUPS — written in the
/// tasklet DSL loop for loop, DMA for DMA and barrier for barrier as PrIM's C does them
/// (CMU-SAFARI/prim-benchmarks `Microbenchmarks/{STREAM,STRIDED,Random-GUPS}`, files unchanged
/// from commit `3de4b495fb176eba9a0eb517a4ce05903cb67acb` to `9a1498f70b4383d1ad75d6ec5671e434f72a273a`).
///
/// All three share PrIM's skeleton: tasklet 0 calls `mem_reset()` and
/// `perfcounter_config(COUNT_CYCLES, true)`; `barrier_wait`; every tasklet starts its timer
/// (`support/cyclecount.h`, `PrIMTimer`), runs its loop and stops the timer with no closing
/// barrier; the host keeps the maximum over tasklets (`host/app.c`). The arrays start at
/// `DPU_MRAM_HEAP_POINTER`, here MRAM address 0. STREAM and STRIDED are here, Random-GUPS in
/// `GUPSBenchmark.swift`, and `mramBenchmarkPoints` (below) runs all three.
///
/// Instruction charges are per loop body, counted from the C. The proxy used is the Swift
/// toolchain's clang, `--target=riscv32 -march=rv32i -O2 -fno-unroll-loops -S`, adjusted where
/// the DPU ISA differs in a way that is certain: the DPU loads and stores 64-bit values with one
/// `ld`/`sd` (the proxy uses two `lw`/`sw`), an `ldma`/`sdma` with a constant size is one
/// instruction charged by `mramRead`/`mramWrite` (the proxy's call and argument moves are not
/// charged), and `#pragma unroll` over PrIM's 128-element WRAM loops removes their index update
/// and branch (PrIM builds with `-O2`; a constant trip count of 128 unrolls fully under the
/// pragma). Each count and its derivation is at the constant that holds it.
extension Calibration {
    // MARK: - STREAM

    /// PrIM's STREAM kernels (`Microbenchmarks/STREAM/dpu/<file>.c`, built with `MEM=MRAM`).
    public enum StreamKernel: String, Sendable, CaseIterable {
        /// `copy.c`: `mram_read` A block, `mram_write` it to B. No WRAM work.
        case copyDMA = "COPY-DMA"
        /// `copyw.c`: `mram_read` A, copy it in WRAM to a second buffer, `mram_write` to B.
        case copy = "COPY"
        /// `add.c`: `mram_read` A and B, `B[i] = A[i] + B[i]` in WRAM, `mram_write` to C.
        case add = "ADD"
        /// `scale.c`: `mram_read` A, `B[i] = scalar * A[i]` (64-bit multiply), `mram_write` to B.
        case scale = "SCALE"
        /// `triad.c`: `mram_read` A and B, `B[i] = A[i] + scalar * B[i]`, `mram_write` to C.
        case triad = "TRIAD"

        public var file: String {
            switch self {
            case .copyDMA: "copy.c"
            case .copy: "copyw.c"
            case .add: "add.c"
            case .scale: "scale.c"
            case .triad: "triad.c"
            }
        }

        /// MRAM blocks read per iteration (each 1,024 bytes); one is always written.
        var reads: Int { self == .add || self == .triad ? 2 : 1 }
    }

    /// PrIM's STREAM size: `run.sh` runs `-i 2097152` uint64_t elements per array (16 MiB),
    /// 1 DPU, `BL=10` (1,024-byte blocks), tasklets 1…16.
    public static let primStreamElements = 2_097_152

    /// Per element of the fully unrolled WRAM loop of `copyw.c`: `ld`, `sd` (proxy, not
    /// unrolled: 2 `lw`, 2 `sw`, 2 pointer `addi`, 1 `bne`).
    static let streamCopyElement = InstructionMix(load: 1, store: 1)
    /// Per element of `add.c`'s unrolled loop: 2 `ld`, `add` + `addc` (64-bit add), `sd` (proxy:
    /// 4 `lw`, `add`, `add`, `sltu`, `add`, 2 `sw`, 3 `addi`, `bne`).
    static let streamAddElement = InstructionMix(aluRR: 2, load: 2, store: 1)
    /// Per element of `scale.c`'s unrolled loop, besides the 64-bit multiply (`mul64`, the DSL's
    /// `__muldi3` cost): `ld`, two argument moves, `sd` (proxy: 2 `lw`, 2 `mv`, `call __muldi3`,
    /// 2 `sw`, 2 `addi`, `bne`).
    static let scaleElement = InstructionMix(alu: 2, load: 1, store: 1)
    /// Per element of `triad.c`'s unrolled loop, besides `mul64`: 2 `ld`, 2 argument moves,
    /// `add` + `addc`, `sd` (proxy: 4 `lw`, 2 `mv`, `call __muldi3`, `add`, `add`, `sltu`, `add`,
    /// 2 `sw`, 3 `addi`, `bne`).
    static let triadElement = InstructionMix(alu: 2, aluRR: 2, load: 2, store: 1)

    /// One STREAM kernel at `tasklets`, as PrIM runs it; returns the sustained bandwidth in MB/s
    /// at the configured clock, counting every byte the kernel's DMAs read and write (STREAM's
    /// convention: 2 arrays for COPY-DMA, COPY and SCALE, 3 for ADD and TRIAD), over the maximum
    /// of the tasklets' timed cycles.
    ///
    /// The kernel (`copy.c`, `copyw.c`, `add.c`, `scale.c`, `triad.c` with `MEM=MRAM`): the timer
    /// starts right after the first barrier and stops after the loop; tasklet t handles the
    /// 1,024-byte blocks t, t + T, t + 2T, … of each array (the loop runs while
    /// `byte_index < size`, so with a tasklet count that does not divide the block count the
    /// last blocks lie past the array, as in PrIM). `mem_alloc` of the buffers is inside the
    /// timed region, as in the C.
    public static func streamBandwidthMBps(_ kernel: StreamKernel, tasklets: Int, elements: Int = primStreamElements,
                                           configuration: DPUConfiguration = .v1A) throws -> Double {
        let cycles = try streamCycles(kernel, tasklets: tasklets, elements: elements, configuration: configuration)
        let bytes = Double(elements * 8 * (kernel.reads + 1))
        return bytes / (Double(max(1, cycles)) / configuration.clockHz) / 1e6
    }

    /// The maximum over tasklets of the timed cycles of one STREAM kernel (`DPU cycles`).
    public static func streamCycles(_ kernel: StreamKernel, tasklets: Int, elements: Int = primStreamElements,
                                    configuration: DPUConfiguration = .v1A) throws -> UInt64 {
        let dpu = DPU(configuration: configuration)
        let blockBytes = 1024
        let size = elements * 8                       // DPU_INPUT_ARGUMENTS.size
        let timings = TaskletTimings(tasklets: tasklets)
        let perElement: InstructionMix = switch kernel {
        case .copyDMA: .zero
        case .copy: streamCopyElement
        case .add: streamAddElement
        case .scale: scaleElement
        case .triad: triadElement
        }
        // Per iteration of the block loop: one address add per DMA, `byte_index +=`, and the
        // compare-and-branch against the run-time size (proxy: the same, plus call moves).
        let iteration = InstructionMix(alu: kernel.reads + 2, branch: 1)
        let scalar = UInt64(elements)                 // T scalar = (T)input_size_dpu
        _ = try dpu.launch(kernel: "prim-stream-\(kernel.rawValue)", tasklets: tasklets) { setup in
            let barrier = setup.barrier("my_barrier")
            return { t in
                try await primPrologue(t, barrier)
                let timer = try await PrIMTimer.start(t)
                let baseA = t.id << 10
                let baseB = baseA + size
                let baseC = baseA + 2 * size
                let cacheA = try t.memAlloc(blockBytes)
                let cacheB = kernel == .copyDMA ? cacheA : try t.memAlloc(blockBytes)
                for byteIndex in stride(from: 0, to: size, by: blockBytes * t.count) {
                    try t.mramRead(from: baseA + byteIndex, to: cacheA, bytes: blockBytes)
                    if kernel.reads == 2 {
                        try t.mramRead(from: baseB + byteIndex, to: cacheB, bytes: blockBytes)
                    }
                    for i in 0..<(blockBytes / 8) {
                        let a = t.wram.load(cacheA + 8 * i, as: UInt64.self)
                        switch kernel {
                        case .copyDMA: break
                        case .copy: t.wram.store(a, cacheB + 8 * i)
                        case .add: t.wram.store(a &+ t.wram.load(cacheB + 8 * i, as: UInt64.self), cacheB + 8 * i)
                        case .scale: t.wram.store(t.mul64(scalar, a), cacheB + 8 * i)
                        case .triad:
                            let b = t.wram.load(cacheB + 8 * i, as: UInt64.self)
                            t.wram.store(a &+ t.mul64(scalar, b), cacheB + 8 * i)
                        }
                    }
                    t.execute(perElement, times: blockBytes / 8)
                    let destination = kernel.reads == 2 ? baseC : baseB
                    try t.mramWrite(from: cacheB, to: destination + byteIndex, bytes: blockBytes)
                    t.execute(iteration)
                }
                timings.values[t.id] = try await timer.stop(t)
            }
        }
        return timings.values.max() ?? 0
    }

    // MARK: - STRIDED

    /// PrIM's STRIDED variants (`Microbenchmarks/STRIDED/dpu/strided.c`, `OP=`).
    public enum StridedAccess: String, Sendable, CaseIterable {
        /// `COARSECOARSE`: two 1,024-byte `mram_read`s and one `mram_write` per block; the
        /// strided copy happens in WRAM.
        case coarse = "coarse-grained"
        /// `FINEFINE`: one 8-byte `mram_read` and one 8-byte `mram_write` per accessed element.
        case fine = "fine-grained"
    }

    /// PrIM's STRIDED sweep (`run.sh`): `-i 2097152` elements, `BL=10`, tasklets 1/2/4/8/16,
    /// strides 1…4096 elements in powers of two.
    public static let primStridedElements = 2_097_152
    public static let primStrides = (0...12).map { 1 << $0 }

    /// Per iteration of the coarse-grained strided copy `cache_B[i] = cache_A[i]; i += s`:
    /// `ld`, `sd`, the index add and two pointer adds, the branch (proxy: 2 `lw`, 2 `sw`,
    /// 3 `add`, `bltu` — the DPU's `ld`/`sd` take one instruction each).
    static let stridedCopyIteration = InstructionMix(alu: 3, load: 1, store: 1, branch: 1)
    /// Per block of the coarse-grained loop, besides the DMAs: three DMA address adds,
    /// the test `((ADDR + j * B_SIZE) & (s − 1)) == 0` (shift, add, and, branch), the copy
    /// loop's set-up (index and two pointers), `j++`, `byte_index +=`, the loop branch.
    static let stridedCoarseBlock = InstructionMix(alu: 11, branch: 2)
    /// Per iteration of the fine-grained loop: two DMA address adds, `byte_index += stride`,
    /// the compare-and-branch.
    static let stridedFineIteration = InstructionMix(alu: 3, branch: 1)

    /// The bytes a STRIDED run uses: 8 read and 8 written per element it copies (for the
    /// coarse-grained variant, the elements its WRAM loop copies; the DMAs move whole blocks).
    public static func stridedUsefulBytes(_ access: StridedAccess, stride s: Int, tasklets: Int, elements: Int) -> Int {
        let share = elements * 8 / tasklets
        switch access {
        case .fine:
            return tasklets * ((share + 8 * s - 1) / (8 * s)) * 16
        case .coarse:
            var copied = 0
            for id in 0..<tasklets {
                let address = (elements / tasklets) * id
                for (j, _) in stride(from: 0, to: share, by: 1024).enumerated() where (address + j * 128) & (s - 1) == 0 {
                    copied += (128 + s - 1) / s
                }
            }
            return copied * 16
        }
    }

    /// One STRIDED run; returns the effective bandwidth in MB/s: the bytes of the elements the
    /// kernel copies (`stridedUsefulBytes`) over the maximum of the tasklets' timed cycles.
    ///
    /// The kernel (`strided.c`): timer after the first barrier; tasklet t owns the contiguous
    /// 1/T of A and of B (`mram_base_addr_A/B`). Coarse-grained: for each 1,024-byte block of its
    /// share, `mram_read` the A block and the B block, copy every s-th element A→B in WRAM if
    /// the block's first element index is a multiple of s (for s > 128 only one block in s/128
    /// has any work), `mram_write` the B block. Fine-grained: for every s-th element of its
    /// share, an 8-byte `mram_read` from A and an 8-byte `mram_write` of it to B.
    public static func stridedBandwidthMBps(_ access: StridedAccess, stride s: Int, tasklets: Int,
                                            elements: Int = primStridedElements,
                                            configuration: DPUConfiguration = .v1A) throws -> Double {
        precondition(s > 0 && s & (s - 1) == 0, "PrIM's strides are powers of two")
        let dpu = DPU(configuration: configuration)
        let size = elements * 8
        let share = size / tasklets               // input_size_dpu * sizeof(T) / NR_TASKLETS
        let timings = TaskletTimings(tasklets: tasklets)
        _ = try dpu.launch(kernel: "prim-strided-\(access.rawValue)", tasklets: tasklets) { setup in
            let barrier = setup.barrier("my_barrier")
            return { t in
                try await primPrologue(t, barrier)
                let timer = try await PrIMTimer.start(t)
                let baseA = t.id * share
                let baseB = t.id * share + size
                switch access {
                case .coarse:
                    let blockElements = 128                       // B_SIZE
                    let address = (elements / t.count) * t.id    // ADDR
                    var j = 0
                    let cacheA = try t.memAlloc(1024)
                    let cacheB = try t.memAlloc(1024)
                    for byteIndex in stride(from: 0, to: share, by: 1024) {
                        try t.mramRead(from: baseA + byteIndex, to: cacheA, bytes: 1024)
                        try t.mramRead(from: baseB + byteIndex, to: cacheB, bytes: 1024)
                        if (address + j * blockElements) & (s - 1) == 0 {
                            var copies = 0
                            for i in stride(from: 0, to: blockElements, by: s) {
                                t.wram.store(t.wram.load(cacheA + 8 * i, as: UInt64.self), cacheB + 8 * i)
                                copies += 1
                            }
                            t.execute(stridedCopyIteration, times: copies)
                        }
                        try t.mramWrite(from: cacheB, to: baseB + byteIndex, bytes: 1024)
                        j += 1
                        t.execute(stridedCoarseBlock)
                    }
                case .fine:
                    let cacheA = try t.memAlloc(8)
                    for byteIndex in stride(from: 0, to: share, by: s * 8) {
                        try t.mramRead(from: baseA + byteIndex, to: cacheA, bytes: 8)
                        try t.mramWrite(from: cacheA, to: baseB + byteIndex, bytes: 8)
                        t.execute(stridedFineIteration)
                    }
                }
                timings.values[t.id] = try await timer.stop(t)
            }
        }
        let bytes = Double(stridedUsefulBytes(access, stride: s, tasklets: tasklets, elements: elements))
        return bytes / (Double(max(1, timings.values.max() ?? 1)) / configuration.clockHz) / 1e6
    }

    /// The fine-grained sweep's problem size at stride `s` in `simctl calibrate`: PrIM's
    /// 2,097,152 elements where that is at most 131,072 accesses (s ≥ 16), else s × 131,072
    /// elements — 131,072 accesses, 8,192 per tasklet at 16 tasklets. The timed region is the
    /// loop alone and every iteration costs the same, so the bandwidth at the smaller size
    /// differs from PrIM's size only by the fixed start-up (timer, `mem_alloc`: ~100 cycles)
    /// over ≥ 10⁷ cycles; `CalibrationTests` checks the convergence.
    public static func stridedFineElements(stride s: Int) -> Int { min(primStridedElements, s * 131_072) }
}

extension Calibration {
    /// The source cited beside each new point: PrIM's kernel file and commit. No published
    /// value is given: the measurements are in the plots of [PrIM] (STREAM, STRIDED and GUPS
    /// figures of §3.2), whose values we could not read, and prim-benchmarks stores none.
    static func primSource(_ path: String) -> String { "prim-benchmarks \(path) @9a1498f; [PrIM] §3.2 plot (no value read)" }

    /// The STREAM, STRIDED and Random-GUPS points of `simctl calibrate`, in a fixed order.
    ///
    /// - Parameter quick: smaller problems for tests (STREAM 65,536 elements, STRIDED 65,536,
    ///   GUPS 16,384 updates); the default uses PrIM's sizes, except the fine-grained strided
    ///   sweep at strides below 16 (`stridedFineElements`) and GUPS, whose 33,554,432 updates
    ///   are extrapolated from 2,048 and 4,096 rounds (`gupsExtrapolatedCycles`).
    public static func mramBenchmarkPoints(configuration: DPUConfiguration = .v1A, quick: Bool = false) throws -> [CalibrationPoint] {
        var points: [CalibrationPoint] = []
        let taskletLimit = configuration.maxTasklets
        for kernel in StreamKernel.allCases {
            for tasklets in 1...min(16, taskletLimit) {
                let simulated = try streamBandwidthMBps(kernel, tasklets: tasklets, elements: quick ? 1 << 16 : primStreamElements,
                                                        configuration: configuration)
                points.append(CalibrationPoint(
                    benchmark: "STREAM \(kernel.rawValue)", point: "tasklets=\(tasklets)", metric: "bandwidth", unit: "MB/s",
                    simulated: simulated, published: nil, source: primSource("Microbenchmarks/STREAM/dpu/\(kernel.file)")))
            }
        }
        for access in StridedAccess.allCases {
            for tasklets in [1, 2, 4, 8, 16] where tasklets <= taskletLimit {
                for s in primStrides {
                    let elements = quick ? 1 << 16 : (access == .fine ? stridedFineElements(stride: s) : primStridedElements)
                    let simulated = try stridedBandwidthMBps(access, stride: s, tasklets: tasklets, elements: elements,
                                                             configuration: configuration)
                    points.append(CalibrationPoint(
                        benchmark: "STRIDED \(access.rawValue) tasklets=\(tasklets)", point: "stride=\(s)", metric: "effective bandwidth",
                        unit: "MB/s", simulated: simulated, published: nil, source: primSource("Microbenchmarks/STRIDED/dpu/strided.c")))
                }
            }
        }
        for tasklets in primGUPSTasklets where tasklets <= taskletLimit {
            let simulated = try gupsBandwidthMBps(tasklets: tasklets, updates: quick ? 1 << 14 : primGUPSUpdates,
                                                  configuration: configuration)
            points.append(CalibrationPoint(
                benchmark: "Random-GUPS", point: "tasklets=\(tasklets)", metric: "bandwidth", unit: "MB/s",
                simulated: simulated, published: nil, source: primSource("Microbenchmarks/Random-GUPS/dpu/gups.c")))
        }
        return points
    }
}
