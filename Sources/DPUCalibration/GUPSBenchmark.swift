import DPUSim
import Foundation

/// PrIM's Random-GUPS microbenchmark (`Microbenchmarks/Random-GUPS`), the third of the MRAM
/// bandwidth benchmarks: same skeleton, proxy and charging conventions as STREAM and STRIDED
/// (`MRAMBenchmarks.swift` describes them).
extension Calibration {
    /// PrIM's Random-GUPS table (`run.sh`: `-i 2097152` uint64_t elements, 16 MiB, 1 DPU) and
    /// its update count, 16 × the table (`gups.c`: `NUPDATE = 16 * input_size_dpu`).
    public static let primGUPSElements = 2_097_152
    public static let primGUPSUpdates = 16 * 2_097_152
    /// PrIM's tasklet counts for Random-GUPS (`run.sh`).
    public static let primGUPSTasklets = [1, 2, 4, 8, 12, 16]

    static let gupsPoly: UInt64 = 7
    static let gupsPeriod: Int64 = 1_317_624_576_693_539_401

    /// One step of HPCC's LFSR: `(x << 1) ^ ((int64_t)x < 0 ? POLY : 0)`.
    @inline(__always) static func lfsr(_ x: UInt64) -> UInt64 { (x << 1) ^ (Int64(bitPattern: x) < 0 ? gupsPoly : 0) }

    /// Per GUPS update (the inner `j` loop body of `gups.c`), besides the `ldma`/`sdma`:
    /// `ld ran[j]`; the LFSR step (64-bit shift left by one: 4 ALU; sign to POLY: 2; `xor`);
    /// `sd ran[j]`; the MRAM address `(ran[j] & (N − 1)) * 8 + base` (3); reload of `ran[j]`
    /// and the masked value for `*cache_A` (`lw`, `and`, `sd`); reload and address again for
    /// the write (`lw`, 3); `j += NR_TASKLETS` and the `ran` pointer (2); the branch.
    /// Proxy: 26 instructions, of which 4 argument moves for the two calls not charged here,
    /// and 4 `lw`/`sw` pairs that are one `ld`/`sd` each on the DPU … giving 22.
    static let gupsUpdate = InstructionMix(alu: 16, load: 3, store: 2, branch: 1)
    /// Per outer `i` iteration of `gups.c`: reset of the `j` loop (2 moves), its entry test,
    /// `i++`, the outer compare-and-branch (proxy: `mv`, `mv`, `blt`, `addi`, `beq`).
    static let gupsOuter = InstructionMix(alu: 3, branch: 2)

    /// `HPCC_starts(n)` from PrIM's `support/common.h` (HPCC RandomAccess `utility.c`): the
    /// value, computed as the C does, and its instruction charge counted from the proxy's code
    /// for that function (`-O2`):
    /// - prologue and epilogue: 8 callee-saved spills and reloads, ~70 ALU and 4 branches for
    ///   the `while (n < 0) n += PERIOD; while (n > PERIOD) n -= PERIOD` reductions, which the
    ///   compiler turns into `__udivdi3`, `__muldi3` and `__umoddi3` calls. The DSL has no 64-bit
    ///   divide cost; each of the three calls is charged as one `mul64` (~150 instructions, the
    ///   runtime's own estimate for `__muldi3`) — a stand-in, < 1% of the function;
    /// - the `m2` table, 64 iterations of `sd` + two LFSR steps + pointer and branch: 17;
    /// - the top-bit search from 62 down, 11 per probe (64-bit variable shift and test) + 2
    ///   (decrement, branch) per probe that fails;
    /// - per step of the `while (i > 0)` loop: set-up 5; 64 × 14 for `(ran >> j) & 1` and the
    ///   loop; `ld` + 2 `xor` + jump (4) per set bit; the `(n >> i) & 1` test (13); the LFSR step
    ///   (9) when it is set; 3 to close the step.
    static func hpccStarts(_ n0: Int64, configuration: DPUConfiguration) -> (value: UInt64, mix: InstructionMix) {
        let m64 = configuration.mul64Instructions
        var mix = InstructionMix(alu: 70 + 3 * m64, load: 8, store: 8, branch: 6)
        var n = n0
        while n < 0 { n += gupsPeriod }
        while n > gupsPeriod { n -= gupsPeriod }
        if n == 0 { return (1, mix) }
        var m2 = [UInt64](repeating: 0, count: 64)
        var temp: UInt64 = 1
        for i in 0..<64 {
            m2[i] = temp
            temp = lfsr(lfsr(temp))
        }
        mix += InstructionMix(alu: 64 * 15, store: 64, branch: 64)
        var i = 62
        while i >= 0 {
            mix += InstructionMix(alu: 10, branch: 1)
            if (n >> Int64(i)) & 1 != 0 { break }
            mix += InstructionMix(alu: 1, branch: 1)
            i -= 1
        }
        var ran: UInt64 = 2
        while i > 0 {
            temp = 0
            mix += InstructionMix(alu: 5 + 64 * 12, branch: 64 * 2)
            for j in 0..<64 where (ran >> UInt64(j)) & 1 != 0 {
                temp ^= m2[j]
                mix += InstructionMix(aluRR: 2, load: 1, branch: 1)
            }
            ran = temp
            i -= 1
            mix += InstructionMix(alu: 12 + 2, branch: 1 + 1)
            if (n >> Int64(i)) & 1 != 0 {
                ran = lfsr(ran)
                mix += InstructionMix(alu: 9)
            }
        }
        return (ran, mix)
    }

    /// PrIM's Random-GUPS with `updates` updates (PrIM: 16 × `elements`) on a table of
    /// `elements` uint64_t; returns the maximum over tasklets of the timed cycles.
    ///
    /// The kernel (`gups.c`): tasklet 0 resets the heap and the counter; barrier; every tasklet
    /// starts its timer, then fills its entries `j = me(), me() + T, …` of the shared WRAM
    /// array `ran[128]` with `HPCC_starts((NUPDATE / 128) * j)`; barrier; `mem_alloc(8)`; then
    /// `NUPDATE / 128` rounds, in each of which it advances each of its `ran[j]` by one LFSR
    /// step, `mram_read`s the 8-byte table entry at `ran[j] & (N − 1)`, stores
    /// `ran[j] & (N − 1)` into the WRAM copy and `mram_write`s it back to the same address;
    /// timer stop. `NR_TASKLETS` that do not divide 128 (12) give some tasklets one `j` fewer.
    ///
    /// - Parameter rounds: run only the first `rounds` of the `updates / 128` rounds (the
    ///   kernel is otherwise unchanged: `HPCC_starts` still gets `updates`' arguments), for
    ///   `gupsExtrapolatedCycles`; nil runs them all.
    public static func gupsCycles(tasklets: Int, elements: Int = primGUPSElements, updates: Int = primGUPSUpdates,
                                  rounds simulatedRounds: Int? = nil,
                                  configuration: DPUConfiguration = .v1A) throws -> UInt64 {
        precondition(elements > 0 && elements & (elements - 1) == 0, "the table size is a power of two")
        let dpu = DPU(configuration: configuration)
        let mask = UInt64(elements - 1)
        let rounds = updates / 128
        let runRounds = min(rounds, simulatedRounds ?? rounds)
        let timings = TaskletTimings(tasklets: tasklets)
        _ = try dpu.launch(kernel: "prim-gups", tasklets: tasklets) { setup in
            let ran = try setup.staticWRAM(128 * 8, name: "ran")
            let barrier = setup.barrier("my_barrier")
            return { t in
                try await primPrologue(t, barrier)
                let timer = try await PrIMTimer.start(t)
                for j in stride(from: t.id, to: 128, by: t.count) {
                    let start = t.mul32(UInt32(rounds), UInt32(j))   // (NUPDATE/128) * j
                    let (value, mix) = hpccStarts(Int64(start), configuration: configuration)
                    t.execute(mix)
                    t.wram.store(value, ran + 8 * j)
                    t.execute(InstructionMix(alu: 3, store: 1, branch: 2))   // call, sd ran[j], j += T, branch
                }
                try await t.barrierWait(barrier)
                let cache = try t.memAlloc(8)
                for _ in 0..<runRounds {
                    for j in stride(from: t.id, to: 128, by: t.count) {
                        let r = lfsr(t.wram.load(ran + 8 * j, as: UInt64.self))
                        t.wram.store(r, ran + 8 * j)
                        let address = Int(r & mask) * 8
                        try t.mramRead(from: address, to: cache, bytes: 8)
                        t.wram.store(r & mask, cache)
                        try t.mramWrite(from: cache, to: address, bytes: 8)
                        t.execute(gupsUpdate)
                    }
                    t.execute(gupsOuter)
                }
                timings.values[t.id] = try await timer.stop(t)
            }
        }
        return timings.values.max() ?? 0
    }

    /// PrIM's timed cycles for the full `updates`, from two runs of the same kernel truncated
    /// to `sampleRounds` and `2 × sampleRounds` rounds: T(R) + (T(2R) − T(R)) × (rounds − R) / R.
    /// Exact when every round after the first R costs the same on average — true in a model
    /// whose DMA cost does not depend on the address, and checked in `CalibrationTests`
    /// (T(3R) − T(2R) = T(2R) − T(R) within 0.5%). The timed start-up (`HPCC_starts`, the
    /// barrier, `mem_alloc`) is simulated, not extrapolated: it is in T(R).
    public static func gupsExtrapolatedCycles(tasklets: Int, elements: Int = primGUPSElements, updates: Int = primGUPSUpdates,
                                              sampleRounds: Int = gupsSampleRounds,
                                              configuration: DPUConfiguration = .v1A) throws -> Double {
        let rounds = updates / 128
        guard 2 * sampleRounds < rounds else {
            return Double(try gupsCycles(tasklets: tasklets, elements: elements, updates: updates, configuration: configuration))
        }
        let one = Double(try gupsCycles(tasklets: tasklets, elements: elements, updates: updates, rounds: sampleRounds,
                                        configuration: configuration))
        let two = Double(try gupsCycles(tasklets: tasklets, elements: elements, updates: updates, rounds: 2 * sampleRounds,
                                        configuration: configuration))
        return one + (two - one) * Double(rounds - sampleRounds) / Double(sampleRounds)
    }

    /// The rounds (of 128 updates) `simctl calibrate` simulates per GUPS sample: 2,048 and
    /// 4,096 of PrIM's 262,144.
    public static let gupsSampleRounds = 2048

    /// Random-GUPS as MB/s: 16 bytes (one 8-byte read, one 8-byte write) per update over the
    /// timed cycles (PrIM's, extrapolated as `gupsExtrapolatedCycles` says when
    /// `updates / 128 > 2 × sampleRounds`). GUPS = MB/s / 16,000.
    public static func gupsBandwidthMBps(tasklets: Int, elements: Int = primGUPSElements, updates: Int = primGUPSUpdates,
                                         sampleRounds: Int = gupsSampleRounds,
                                         configuration: DPUConfiguration = .v1A) throws -> Double {
        let cycles = try gupsExtrapolatedCycles(tasklets: tasklets, elements: elements, updates: updates,
                                                sampleRounds: sampleRounds, configuration: configuration)
        return Double(16 * (updates / 128) * 128) / (max(1, cycles) / configuration.clockHz) / 1e6
    }
}
