/// Where a launch's cycles went. The five parts add up to the launch's cycles.
///
/// - `issue`: cycles in which an instruction of a computing tasklet was dispatched.
/// - `registerHazard`: extra dispatch cycles for register-bank conflicts.
/// - Idle dispatch cycles are charged to why the pipeline was not full. With no runnable
///   tasklet: to `dmaWait` if a DMA is outstanding, else to `synchronization`. With A
///   runnable tasklets (A < W, the revolver window), the W − A missing tasklets share the
///   idle cycles: those waiting on a DMA go to `dmaWait`, those blocked on
///   synchronization to `synchronization`, and the rest — tasklets that do not exist or
///   have finished — to `revolverIdle` (too few tasklets to fill the revolver).
/// - `synchronization` also holds the dispatch slots of tasklets spinning on a mutex.
public struct CycleBreakdown: Sendable, Equatable {
    public var issue = 0.0
    public var registerHazard = 0.0
    public var revolverIdle = 0.0
    public var dmaWait = 0.0
    public var synchronization = 0.0

    public init() {}

    public var total: Double { issue + registerHazard + revolverIdle + dmaWait + synchronization }
}

/// Energy of a launch, joules, from the configuration's per-instruction, per-byte and
/// static-power parameters (all estimates; see docs/configuration.md).
public struct EnergyBreakdown: Sendable, Equatable {
    public var instructions = 0.0
    public var dma = 0.0
    public var staticEnergy = 0.0

    public init() {}

    public var total: Double { instructions + dma + staticEnergy }
}

/// Statistics of one launch on one DPU. Deterministic: the same kernel, inputs and
/// configuration give equal statistics on every run, machine and thread count.
public struct LaunchStatistics: Sendable, Equatable {
    public var kernel: String
    public var tasklets: Int
    public var configuration: DPUConfiguration
    /// Cycles from launch until the last tasklet stops.
    public var cycles: Int
    /// Instructions issued, by class, spins included (as `sync`).
    public var instructionMix: InstructionMix
    /// Instructions issued by each tasklet, spins included.
    public var taskletInstructions: [Int]
    /// Instructions issued spinning on contended mutexes.
    public var spinInstructions: Int
    public var breakdown: CycleBreakdown
    /// The cycle at which each tasklet stopped.
    public var taskletFinishCycles: [Double]
    /// Cycles each tasklet spent waiting for its DMAs.
    public var taskletDMAWaitCycles: [Double]
    /// Cycles each tasklet spent blocked or spinning on synchronization.
    public var taskletSyncWaitCycles: [Double]
    public var dmaReads: Int
    public var dmaWrites: Int
    public var dmaReadBytes: Int
    public var dmaWriteBytes: Int
    /// High-water mark of static data + stacks + heap, bytes.
    public var wramPeakBytes: Int

    /// Total instructions issued.
    public var instructions: Int { instructionMix.total }

    /// Instructions per cycle (0 for an empty launch).
    public var ipc: Double { cycles == 0 ? 0 : Double(instructions) / Double(cycles) }

    /// The launch's duration at the configured clock, seconds.
    public var seconds: Double { Double(cycles) * configuration.secondsPerCycle }

    public var energy: EnergyBreakdown {
        var e = EnergyBreakdown()
        for c in InstructionClass.allCases {
            e.instructions += Double(instructionMix[c]) * configuration.instructionEnergyPJ[c.rawValue] * 1e-12
        }
        e.dma = Double(dmaReadBytes + dmaWriteBytes) * configuration.dmaEnergyPerBytePJ * 1e-12
        e.staticEnergy = configuration.staticPowerWatts * seconds
        return e
    }
}
