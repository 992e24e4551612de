import DPUSim

/// One point of a PrIM workload: which benchmark, on how many DPUs, with which input
/// parameter (`data_prep_param`, read as uPIMulator's `src/assembler/prim/<app>.go` reads it:
/// each workload documents what it means), and how many tasklets per DPU.
public struct PrIMPoint: Sendable, Hashable, CustomStringConvertible {
    public var benchmark: PrIMBenchmark
    public var dpus: Int
    public var dataPrepParam: Int
    /// PrIM's default and what uPIMulator's published runs use (its README's commands and
    /// figures run `--num_tasklets 16`); the measurement table does not record it.
    public var tasklets: Int

    public init(_ benchmark: PrIMBenchmark, dpus: Int, dataPrepParam: Int, tasklets: Int = 16) {
        self.benchmark = benchmark
        self.dpus = dpus
        self.dataPrepParam = dataPrepParam
        self.tasklets = tasklets
    }

    public var description: String {
        "\(benchmark.rawValue) dpus=\(dpus) data_prep_param=\(dataPrepParam) tasklets=\(tasklets)"
    }
}

extension PrIMPoint {
    /// `input_size_dpu_round` of the programs that scan 8-byte elements in blocks of `regs`
    /// per tasklet (SCAN-SSA, SCAN-RSS, UNI): the `dataPrepParam` elements shared over the
    /// DPUs (the last DPU's share rounded up like the others'), rounded up to a whole number
    /// of `tasklets × regs` elements.
    ///
    /// - Throws: `PrIMPointError` for no element or no DPU, or when the two arrays A and B of
    ///   that many 8-byte elements do not fit one DPU's MRAM.
    func elementsPerDPURoundedToBlocks(regs: Int) throws -> Int {
        let n = dataPrepParam
        guard n >= 1, dpus >= 1 else { throw PrIMPointError(self, "needs at least one element and one DPU") }
        let share = (n - 1) / dpus + 1, unit = tasklets * regs
        let perDPU = (share + unit - 1) / unit * unit
        guard 2 * perDPU * 8 <= DPUConfiguration.v1A.mramBytes else {
            throw PrIMPointError(self, "A and B need \(2 * perDPU * 8) bytes of MRAM per DPU")
        }
        return perDPU
    }
}

/// A PrIM workload: PrIM's host program (input generation, partitioning, transfers,
/// launches, host-side merges between launches, the check against the host's reference)
/// around a DSL kernel that mirrors the DPU program loop for loop, DMA for DMA.
///
/// `init` generates the inputs and the host reference (deterministically, from `PrIMRandom`);
/// `run` drives the simulated system through `host`, timing each step in the phase PrIM's
/// host timer puts it in, and throws `PrIMVerificationError` if any DPU result differs from
/// the reference.
public protocol PrIMWorkload {
    static var benchmark: PrIMBenchmark { get }
    /// - Throws: `PrIMPointError` when the point cannot be run (a size PrIM's host would
    ///   reject, or inputs that do not fit the MRAM).
    init(point: PrIMPoint) throws
    func run(on host: PrIMHost) throws
}

/// A point the workload cannot run, with the reason.
public struct PrIMPointError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ point: PrIMPoint, _ reason: String) { description = "\(point): \(reason)" }
}

/// A DPU result that differs from the host reference.
public struct PrIMVerificationError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The start every PrIM DPU program shares (uPIMulator's `benchmark/<APP>/dpu/task.c`):
/// tasklet 0 resets the heap (`mem_reset()`), then every tasklet waits on `barrier`.
public func primResetHeap(_ t: Tasklet, _ barrier: Barrier) async throws {
    if t.id == 0 { t.memReset() }
    try await t.barrierWait(barrier)
}
