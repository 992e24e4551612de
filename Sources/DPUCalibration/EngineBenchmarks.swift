import DPUSupport
import DPUSim
/// Microbenchmarks of the simulator itself (not of the DPU): two kernels written in the
/// tasklet DSL that stress the two halves of the engine, used by `simctl bench` and
/// `docs/performance.md` to measure simulated DPU instructions per host second.
///
/// - `compute`: 16 tasklets hash WRAM blocks — long straight-line regions charged once
///   per pass, with one DMA pair and one barrier per block. Host time goes to the kernel's
///   own functional work; the timing engine sees a handful of events per block.
/// - `dma`: 16 tasklets stream 8-byte gathers and 2,048-byte block reads from MRAM with a
///   few instructions between them. Every DMA is an event in the timing engine, so this
///   measures the engine's per-event cost.
///
/// Both do real functional work on real data and return a checksum that the host can
/// recompute (`computeReference`, `dmaReference`), so a benchmark run is also a check.
public enum EngineBenchmarks {
    /// One run of a benchmark kernel: its launch statistics and the checksum of what it computed.
    public struct Run: Sendable, Equatable {
        public var statistics: LaunchStatistics
        public var checksum: UInt64
    }

    // MARK: Compute-bound

    /// Size of the compute-bound kernel.
    public struct ComputeSize: Sendable, Equatable {
        public var tasklets: Int
        /// Blocks each tasklet processes (one `mram_read`, barrier, passes, `mram_write` each).
        public var blocksPerTasklet: Int
        /// Passes of the hash loop over each block.
        public var passes: Int
        /// Bytes per block (a multiple of 8 in 8...2048).
        public var blockBytes: Int

        public init(tasklets: Int = 16, blocksPerTasklet: Int = 8, passes: Int = 256, blockBytes: Int = 1024) {
            self.tasklets = tasklets
            self.blocksPerTasklet = blocksPerTasklet
            self.passes = passes
            self.blockBytes = blockBytes
        }

        /// The size `simctl bench --scenario engine-compute` runs: 16 tasklets, 8 blocks of
        /// 1 KiB each, 256 passes: 16 · 8 · 256 · 256 words · 12 = 100.7 M hash-loop instructions.
        public static let standard = ComputeSize()
    }

    /// Instructions of one word of the hash loop: `lw`; `xor` into the hash; three
    /// xorshift steps (`lsl`/`lsr` by an immediate, `xor`); `xor` of word and hash; `sw`;
    /// the index update and the loop branch. 12 instructions.
    public static let hashWord = InstructionMix(alu: 4, aluRR: 5, load: 1, store: 1, branch: 1)
    /// Per pass: reset the index, the pass counter update and the outer loop branch.
    public static let hashPass = InstructionMix(alu: 2, branch: 1)
    /// Per block: MRAM address computation and the block loop branch.
    public static let hashBlock = InstructionMix(alu: 3, branch: 1)

    /// Bytes of MRAM input the compute kernel reads: `[0, inputBytes)`; it writes its
    /// output blocks right after.
    static func computeInputBytes(_ size: ComputeSize) -> Int { size.tasklets * size.blocksPerTasklet * size.blockBytes }

    /// The compute-bound kernel. Each tasklet, for each of its blocks: `mram_read` the
    /// block into its WRAM buffer; barrier; `passes` times over the block's 32-bit words:
    /// `h ^= w; h = xorshift32(h); w ^= h` (the word is replaced); `mram_write` the block
    /// to the output area. The tasklets' final hashes are combined into the checksum.
    ///
    /// - Parameter input: the MRAM input, `computeInput(size)`; pass it in to keep its
    ///   generation out of a timed region.
    public static func compute(_ size: ComputeSize = .standard, configuration: DPUConfiguration = .v1A,
                               input: [UInt8]? = nil) throws -> Run {
        precondition(size.blockBytes % 8 == 0 && size.blockBytes >= 8, "block size must be a multiple of 8")
        let dpu = DPU(configuration: configuration)
        let inputBytes = computeInputBytes(size)
        let input = input ?? computeInput(size)
        precondition(input.count == inputBytes, "input must be computeInput(size)")
        dpu.mram.write(0, bytes: input)
        let words = size.blockBytes / 4
        var results = 0
        let statistics = try dpu.launch(kernel: "engine-compute", tasklets: size.tasklets) { setup in
            let buffers = try setup.staticWRAM(size.tasklets * size.blockBytes, name: "blocks")
            let hashes = try setup.staticWRAM(size.tasklets * 8, name: "hashes")
            results = hashes
            let barrier = setup.barrier("block")
            return { t in
                let buffer = buffers + t.id * size.blockBytes
                let wram = t.wram
                var h = UInt32(0x811C_9DC5) ^ UInt32(t.id)
                for b in 0..<size.blocksPerTasklet {
                    let block = (b * t.count + t.id) * size.blockBytes
                    t.execute(hashBlock)
                    try t.mramRead(from: block, to: buffer, bytes: size.blockBytes)
                    try await t.barrierWait(barrier)
                    for _ in 0..<size.passes {
                        for i in 0..<words {
                            let w: UInt32 = wram.load(buffer + 4 * i)
                            h ^= w
                            h ^= h << 13
                            h ^= h >> 17
                            h ^= h << 5
                            wram.store(w ^ h, buffer + 4 * i)
                        }
                        t.execute(hashWord, times: words)
                        t.execute(hashPass)
                    }
                    try t.mramWrite(from: buffer, to: inputBytes + block, bytes: size.blockBytes)
                }
                try t.store(UInt64(h), hashes + 8 * t.id)
            }
        }
        return Run(statistics: statistics, checksum: combine(dpu: dpu, slots: size.tasklets, at: results))
    }

    /// The compute kernel's MRAM input: `blockBytes` per block of every tasklet, deterministic.
    public static func computeInput(_ size: ComputeSize = .standard) -> [UInt8] {
        inputPattern(bytes: computeInputBytes(size))
    }

    /// The compute kernel's checksum computed directly on the host (no simulator).
    public static func computeReference(_ size: ComputeSize = .standard) -> UInt64 {
        let input = computeInput(size)
        var checksum: UInt64 = 0
        let words = size.blockBytes / 4
        for id in 0..<size.tasklets {
            var h = UInt32(0x811C_9DC5) ^ UInt32(id)
            for b in 0..<size.blocksPerTasklet {
                let base = (b * size.tasklets + id) * size.blockBytes
                var block = (0..<words).map { i in
                    (0..<4).reduce(UInt32(0)) { $0 | UInt32(input[base + 4 * i + $1]) << (8 * $1) }
                }
                for _ in 0..<size.passes {
                    for i in 0..<words {
                        h ^= block[i]
                        h ^= h << 13
                        h ^= h >> 17
                        h ^= h << 5
                        block[i] ^= h
                    }
                }
            }
            checksum = mixChecksum(checksum, UInt64(h))
        }
        return checksum
    }

    // MARK: DMA-bound

    /// Size of the DMA-bound kernel.
    public struct DMASize: Sendable, Equatable {
        public var tasklets: Int
        /// 8-byte gathers per tasklet; every 16th is followed by a 2,048-byte block read.
        public var gathers: Int
        /// Bytes of MRAM the kernel reads from (a multiple of 2,048).
        public var regionBytes: Int

        public init(tasklets: Int = 16, gathers: Int = 4096, regionBytes: Int = 1 << 20) {
            self.tasklets = tasklets
            self.gathers = gathers
            self.regionBytes = regionBytes
        }

        /// The size `simctl bench --scenario engine-dma` runs: 16 tasklets × 4,096 gathers
        /// and 256 block reads: 69,632 DMAs.
        public static let standard = DMASize()
    }

    /// Instructions around one 8-byte gather: the address (xorshift step of the tasklet's
    /// state: three shift/xor pairs, mask, shift to bytes, add the base), the `ldma` (charged
    /// by `mram_read`), `ld` of the fetched word, the add into the sum, the loop branch.
    public static let gather = InstructionMix(alu: 6, aluRR: 4, load: 1, branch: 1)
    /// Instructions around one 2,048-byte block read: block address, the `ld` of one word,
    /// the add into the sum, the branch.
    public static let streamBlock = InstructionMix(alu: 2, aluRR: 1, load: 1, branch: 1)

    /// The DMA-bound kernel. Each tasklet: `gathers` times, an 8-byte `mram_read` from a
    /// pseudo-random aligned address of the region, summing the word read; after every
    /// 16th, a 2,048-byte `mram_read` of the next block of its stripe, summing one of its
    /// words. No synchronization: the tasklets only contend for the DMA engine.
    ///
    /// - Parameter input: the MRAM region's contents, `dmaInput(size)`; pass it in to keep
    ///   its generation out of a timed region.
    public static func dma(_ size: DMASize = .standard, configuration: DPUConfiguration = .v1A,
                           input: [UInt8]? = nil) throws -> Run {
        precondition(size.regionBytes % 2048 == 0 && size.regionBytes > 0, "region must be a multiple of 2048")
        let dpu = DPU(configuration: configuration)
        let input = input ?? dmaInput(size)
        precondition(input.count == size.regionBytes, "input must be dmaInput(size)")
        dpu.mram.write(0, bytes: input)
        var results = 0
        let statistics = try dpu.launch(kernel: "engine-dma", tasklets: size.tasklets) { setup in
            let blocks = try setup.staticWRAM(size.tasklets * 2048, name: "blocks")
            let words = try setup.staticWRAM(size.tasklets * 8, name: "words")
            let sums = try setup.staticWRAM(size.tasklets * 8, name: "sums")
            results = sums
            return { t in
                let block = blocks + t.id * 2048, word = words + t.id * 8
                let wram = t.wram
                var state = UInt32(t.id) &* 0x9E37_79B9 | 1
                var sum: UInt64 = 0
                var next = t.id
                for i in 0..<size.gathers {
                    let address = gatherAddress(&state, regionBytes: size.regionBytes)
                    try t.mramRead(from: address, to: word, bytes: 8)
                    sum &+= wram.load(word, as: UInt64.self)
                    t.execute(gather)
                    if i % 16 == 15 {
                        let from = (next % (size.regionBytes / 2048)) * 2048
                        next += t.count
                        try t.mramRead(from: from, to: block, bytes: 2048)
                        sum &+= wram.load(block + 8 * (i / 16 % 256), as: UInt64.self)
                        t.execute(streamBlock)
                    }
                }
                try t.store(sum, sums + 8 * t.id)
            }
        }
        return Run(statistics: statistics, checksum: combine(dpu: dpu, slots: size.tasklets, at: results))
    }

    /// The DMA kernel's MRAM region: `regionBytes` deterministic bytes.
    public static func dmaInput(_ size: DMASize = .standard) -> [UInt8] {
        inputPattern(bytes: size.regionBytes)
    }

    /// The DMA kernel's checksum computed directly on the host (no simulator).
    public static func dmaReference(_ size: DMASize = .standard) -> UInt64 {
        let input = dmaInput(size)
        func word(_ address: Int) -> UInt64 {
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(input[address + $1]) << (8 * $1) }
        }
        var checksum: UInt64 = 0
        for id in 0..<size.tasklets {
            var state = UInt32(id) &* 0x9E37_79B9 | 1
            var sum: UInt64 = 0
            var next = id
            for i in 0..<size.gathers {
                sum &+= word(gatherAddress(&state, regionBytes: size.regionBytes))
                if i % 16 == 15 {
                    let from = (next % (size.regionBytes / 2048)) * 2048
                    next += size.tasklets
                    sum &+= word(from + 8 * (i / 16 % 256))
                }
            }
            checksum = mixChecksum(checksum, sum)
        }
        return checksum
    }

    // MARK: Shared

    /// The next pseudo-random 8-byte-aligned address in `[0, regionBytes)` (xorshift32).
    @inline(__always) static func gatherAddress(_ state: inout UInt32, regionBytes: Int) -> Int {
        state ^= state << 13
        state ^= state >> 17
        state ^= state << 5
        return Int(state) % (regionBytes / 8) * 8
    }

    /// Deterministic input bytes: a SplitMix64 stream.
    static func inputPattern(bytes: Int) -> [UInt8] {
        var generator = SplitMix64(seed: 0x1234_5678_9ABC_DEF0)
        var out = [UInt8](repeating: 0, count: bytes)
        var i = 0
        while i < bytes {
            let z = generator.next()
            for k in 0..<min(8, bytes - i) { out[i + k] = UInt8(truncatingIfNeeded: z >> (8 * k)) }
            i += 8
        }
        return out
    }

    static func mixChecksum(_ checksum: UInt64, _ value: UInt64) -> UInt64 {
        (checksum ^ value) &* 0x100_0000_01B3 &+ 1
    }

    /// Combines `slots` 64-bit per-tasklet results stored in WRAM at `address`, in tasklet order.
    static func combine(dpu: DPU, slots: Int, at address: Int) -> UInt64 {
        (0..<slots).reduce(UInt64(0)) { mixChecksum($0, dpu.wram.load(address + 8 * $1, as: UInt64.self)) }
    }
}
