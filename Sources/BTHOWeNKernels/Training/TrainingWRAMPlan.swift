import BTHOWeNModel
import DPUSim

/// How a training kernel uses WRAM: whether each tasklet has a buffer for a whole counter
/// table (E × 4 bytes), and the size of its stream buffer.
struct TrainingWRAMPlan: Equatable {
    var tables: Bool
    var streamBytes: Int

    /// The first plan that fits, trying table buffers with stream buffers of 1024, 512 and
    /// 256 bytes, then no tables with 1024…128. `outputs`: the kernel also needs an output
    /// buffer of the stream buffer's size per tasklet (bleach-minima).
    static func choose(c: ModelConfiguration, tasklets T: Int, dpuHashing: Bool, outputs: Bool,
                       configuration: DPUConfiguration) -> TrainingWRAMPlan? {
        let unit = lcm(dpuHashing ? 4 * ((c.inputsPerFilter + 31) / 32) : 2 * c.hashesPerFilter, 8)
        // The matrix counts on either hashing side: the C program declares it statically.
        let fixed = roundUp8(TrainArgs.bytes) + roundUp8(c.hashesPerFilter * c.inputsPerFilter * 4)
            + T * (TrainPair.bytes + c.hashesPerFilter * 8 + 8) + T * configuration.stackBytesPerTasklet + 128
        let candidates = [(true, 1024), (true, 512), (true, 256), (false, 1024), (false, 512), (false, 256), (false, 128)]
        for (tables, stream) in candidates where stream >= unit {
            let perTasklet = stream * (outputs ? 2 : 1) + (tables ? c.entriesPerFilter * 4 : 0)
            if fixed + T * perTasklet <= configuration.wramBytes { return TrainingWRAMPlan(tables: tables, streamBytes: stream) }
        }
        return nil
    }
}

func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
