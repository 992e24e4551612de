/// The per-tasklet code of a kernel: what each tasklet runs from `main()`.
public typealias TaskletBody = @Sendable (Tasklet) async throws -> Void

/// One simulated DPU: its MRAM and WRAM, and launches of kernels on it.
///
/// A DPU is used from one thread at a time. Distinct DPUs are independent and may be
/// simulated concurrently.
public final class DPU: @unchecked Sendable {
    public let configuration: DPUConfiguration
    /// The DPU's index in its system (for reports).
    public let index: Int
    public var mram: MRAM
    public let wram: WRAM

    /// Precondition: `configuration` is valid (`validate()`); entry points that take a
    /// configuration from users validate it first.
    public init(configuration: DPUConfiguration = .v1A, index: Int = 0) {
        self.configuration = configuration
        self.index = index
        mram = MRAM(size: configuration.mramBytes)
        wram = WRAM(size: configuration.wramBytes)
    }

    /// Launches a kernel with `tasklets` tasklets and runs it to completion.
    ///
    /// `program` runs once on the host side before the tasklets start: it declares the
    /// kernel's static WRAM and synchronization objects (what a DPU C program declares as
    /// globals) and returns the code every tasklet runs.
    ///
    /// - Throws: `ConfigurationError` for a tasklet count outside 1...maxTasklets;
    ///   `DPUFault` for a WRAM overflow, a DMA violation, a deadlock or any other fault;
    ///   or any error a tasklet throws. Never crashes or hangs on such input.
    /// - Parameter trace: records the launch's timeline (`LaunchTraceRecorder`); nil records
    ///   nothing. Tracing never changes the statistics.
    public func launch(kernel: String, tasklets: Int, trace: LaunchTraceRecorder? = nil,
                       _ program: (inout LaunchSetup) throws -> TaskletBody) throws -> LaunchStatistics {
        try configuration.validateTasklets(tasklets)
        var setup = LaunchSetup(kernel: kernel, tasklets: tasklets, configuration: configuration)
        let body = try program(&setup)
        var layout = setup.layout
        try layout.placeStacks(tasklets: tasklets, bytesPerTasklet: configuration.stackBytesPerTasklet)
        return try withUnsafeMutablePointer(to: &mram) { mram in
            let engine = LaunchEngine(dpu: self, mram: mram, kernel: kernel, layout: layout, tasklets: tasklets, trace: trace)
            return try withExtendedLifetime(setup.objects) {
                guard let trace else { return try engine.run(body: body) }
                trace.begin(kernel: kernel, dpu: index, tasklets: tasklets, configuration: configuration)
                let statistics = try engine.run(body: body)
                trace.complete(statistics)
                return statistics
            }
        }
    }
}

/// What a kernel declares before its tasklets start: static WRAM buffers and
/// synchronization objects.
public struct LaunchSetup {
    public let kernel: String
    public let tasklets: Int
    public let configuration: DPUConfiguration
    var layout: WRAMLayout
    /// The synchronization objects declared, kept alive for the whole launch (events refer
    /// to them unretained).
    let objects = SyncObjectRegistry()

    init(kernel: String, tasklets: Int, configuration: DPUConfiguration) {
        self.kernel = kernel
        self.tasklets = tasklets
        self.configuration = configuration
        layout = WRAMLayout(capacity: configuration.wramBytes, kernel: kernel)
    }

    /// Reserves `bytes` of static WRAM (8-byte aligned) and returns its address.
    /// Throws `DPUFault.wramOverflow` naming the buffer if WRAM is full.
    public mutating func staticWRAM(_ bytes: Int, name: String) throws(DPUFault) -> Int {
        try layout.allocateStatic(bytes, name: name)
    }

    /// A barrier for `participants` tasklets (default: all of them).
    public func barrier(_ name: String = "barrier", participants: Int? = nil) -> Barrier {
        objects.keep(Barrier(name: name, participants: participants ?? tasklets))
    }

    public func mutex(_ name: String = "mutex") -> Mutex { objects.keep(Mutex(name: name)) }

    public func semaphore(_ name: String = "semaphore", initial: Int = 0) -> Semaphore {
        objects.keep(Semaphore(name: name, initial: initial))
    }
}

/// Keeps a launch's synchronization objects alive while the engine refers to them.
final class SyncObjectRegistry {
    private var objects: [AnyObject] = []

    func keep<T: AnyObject>(_ object: T) -> T {
        objects.append(object)
        return object
    }
}
