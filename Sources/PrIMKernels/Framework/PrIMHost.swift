import DPUSim
import PIMSystem

/// The steps of a PrIM host program that its timers measure, named as uPIMulator's
/// measurement table names its columns.
public enum PrIMPhase: String, Sendable, CaseIterable {
    /// Timer "CPU-DPU": the arguments and inputs pushed before the first launch.
    case cpuToDPU = "cpu_to_dpu"
    /// Timer "DPU Kernel": `dpu_launch(DPU_SYNCHRONOUS)`, the slowest DPU plus the launch overhead.
    case kernel
    /// Timer "Inter-DPU": results pulled, merged on the host and pushed back between launches.
    case interDPU = "dpu_to_dpu"
    /// Timer "DPU-CPU": the results retrieved after the last launch.
    case dpuToCPU = "dpu_to_cpu"
}

/// The modelled time of each phase of one run, in seconds, and the DPU work behind it.
public struct PrIMTimes: Sendable, Equatable {
    public var seconds: [PrIMPhase: Double] = [:]
    /// Σ over launches of the slowest DPU's cycles.
    public var kernelCycles = 0
    /// Instructions issued on all DPUs of all launches.
    public var instructions = 0
    public var launches = 0

    public init() {}
    public subscript(_ phase: PrIMPhase) -> Double { seconds[phase] ?? 0 }
}

/// The host side of a PrIM run: the simulated system, and the phase each of its
/// transfers, launches and host stages is timed in.
public final class PrIMHost {
    public let point: PrIMPoint
    public let system: DPUSystem
    public private(set) var times = PrIMTimes()
    private var current: PrIMPhase?

    public init(point: PrIMPoint, configuration: DPUConfiguration = .v1A, threads: Int = 1) throws {
        self.point = point
        system = try DPUSystem(configuration: configuration, dpus: point.dpus, threads: threads)
    }

    public var tasklets: Int { point.tasklets }
    /// Every DPU of the set, in `DPU_FOREACH` order.
    public var dpus: [Int] { Array(0..<point.dpus) }

    /// Runs `body`, charging every transfer, launch and host stage it records to `phase`.
    /// Phases do not nest.
    @discardableResult
    public func phase<T>(_ phase: PrIMPhase, _ body: () throws -> T) rethrows -> T {
        precondition(current == nil, "PrIM phases do not nest")
        current = phase
        defer { current = nil }
        let ledger = system.ledger
        let (t0, l0, h0) = (ledger.transfers.count, ledger.launches.count, ledger.hostStages.count)
        let result = try body()
        let after = system.ledger
        var seconds = after.transfers[t0...].reduce(0) { $0 + $1.seconds }
            + after.hostStages[h0...].reduce(0) { $0 + $1.seconds }
        for launch in after.launches[l0...] {
            seconds += Double(launch.cycles) * system.configuration.secondsPerCycle + launch.overheadSeconds
            times.kernelCycles += launch.cycles
            times.instructions += launch.statistics.reduce(0) { $0 + $1.instructionMix.total }
            times.launches += 1
        }
        times.seconds[phase, default: 0] += seconds
        return result
    }

    /// Throws `PrIMVerificationError` naming the point unless `condition` holds.
    public func verify(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        guard condition else { throw PrIMVerificationError("\(point): \(message())") }
    }
}
