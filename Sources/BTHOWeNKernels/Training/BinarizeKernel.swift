import BTHOWeNModel
import DPUSim

extension TrainingKernels {
    /// `train-binarize`: per owned pair, bits[pair][e / 64] bit e % 64 = (counter e ≥
    /// threshold[0]), 512 counters' bytes at a time.
    ///
    /// Instructions: the loop nest is `dpu/src/train-binarize.c`'s, and every charge is a
    /// region of its proxy listing (`Binarize`, docs/instruction-counts.md): per pair, per
    /// 512-byte chunk (two 64-bit words: the compiled word loop is unrolled twice), per two
    /// counters. The listing is compiled for E = 1024; every E ≥ 128 (a whole number of
    /// chunks, as every shipped model) compiles to the same regions, smaller E would not and
    /// is charged the same. For E > 16384 the bits' write takes more than the one DMA
    /// `pairStep` holds, whose extra chunks are not charged. The launch's setup is not charged.
    static func binarize(setup: inout LaunchSetup, plan: TrainingWRAMPlan, c: ModelConfiguration) throws -> TaskletBody {
        let E = c.entriesPerFilter
        let b = try declare(&setup, plan: TrainingWRAMPlan(tables: false, streamBytes: plan.streamBytes), c: c,
                            outputBytes: E / 8)
        let barrier = setup.barrier("start")
        return { t in
            let a = try await readArguments(t, b, barrier, c: c, dpuHashing: false, expected: .binarize, checkHashing: false)
            let threshold = a.threshold[0]
            let input = b.streams + t.id * b.streamBytes
            let output = b.outputs + t.id * b.outputBytes
            let out = t.wram.pointer(output, count: E / 8)
            for l in Swift.stride(from: t.id, to: Int(a.pairs), by: t.count) {
                t.execute(Binarize.pairStep)
                let counters = Int(a.counters) + l * E * 4
                var off = 0
                while off < E * 4 {
                    let m = min(b.streamBytes, E * 4 - off)
                    try t.mramRead(from: counters + off, to: input, bytes: m, sizeIsConstant: false)
                    t.execute(Binarize.chunkStep)
                    let src = UnsafeRawPointer(t.wram.pointer(input, count: m))
                    for w in 0..<(m / 256) {
                        var word: UInt64 = 0
                        for e in 0..<64 where src.load(fromByteOffset: (w * 64 + e) * 4, as: UInt32.self) >= threshold {
                            word |= 1 << UInt64(e)
                        }
                        out.storeBytes(of: word, toByteOffset: (off / 256 + w) * 8, as: UInt64.self)
                    }
                    t.execute(Binarize.counterPair, times: m / 8)
                    off += m
                }
                try t.mramWriteChunked(from: output, to: Int(a.bits) + l * E / 8, bytes: E / 8)
            }
        }
    }
}
