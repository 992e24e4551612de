import BTHOWeNModel
import DPUHardware
import DPUSim
import Foundation

/// Which machine runs a kernel.
public enum Backend: String, Sendable, CaseIterable {
    /// DPUSim: the cycle-approximate model.
    case sim
    /// Real UPMEM DPUs through libdpu (the default allocation profile).
    case hardware
    /// The UPMEM SDK's functional simulator through libdpu (profile `backend=simulator`).
    case upmemSimulator = "upmem-simulator"

    /// The `dpu_alloc` profile: nil for the default (real DPUs).
    public var profile: String? {
        switch self {
        case .sim, .hardware: return nil
        case .upmemSimulator: return "backend=simulator"
        }
    }

    /// What the DPU performance counter counts on this backend: cycles on real DPUs;
    /// instructions on the SDK's simulator, whose cycle counts are not calibrated.
    public var counterMode: CounterMode { self == .upmemSimulator ? .instructions : .cycles }
}

/// What a DPU's performance counter counts (`perfcounter_config`).
public enum CounterMode: String, Sendable {
    case cycles, instructions

    var code: UInt32 { self == .cycles ? DPUProgramInterface.countCycles : DPUProgramInterface.countInstructions }
}

/// The folder of DPU programs built by `dpu/build.sh` (`<kernel>-t<tasklets>.dpu`).
public struct DPUPrograms: Sendable {
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The folder: `explicit` (`--dpu-programs`); else `$DPUSIM_DPU_PROGRAMS`; else the first
    /// existing of `./dpu/build` and `dpu/build` next to the shipped `data` folder (the
    /// repository's). Returns the first candidate when none exists, so that the error
    /// about the missing program names it.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> DPUPrograms {
        if let explicit { return DPUPrograms(directory: explicit) }
        if let env = environment["DPUSIM_DPU_PROGRAMS"], !env.isEmpty { return DPUPrograms(directory: env) }
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("dpu/build").path]
        if let data = try? ShippedData.dataDirectory() {
            candidates.append(data.deletingLastPathComponent().appendingPathComponent("dpu/build").path)
        }
        var isDirectory: ObjCBool = false
        let found = candidates.first { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue }
        return DPUPrograms(directory: found ?? candidates[0])
    }

    /// The program of `kernel` built for `tasklets` tasklets.
    public func path(kernel: String, tasklets: Int) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(DPUProgramInterface.programFile(kernel: kernel, tasklets: tasklets)).path
    }

    /// `path(kernel:tasklets:)` if the file exists.
    ///
    /// - Throws: `HardwareRunError` saying how to build it.
    public func require(kernel: String, tasklets: Int) throws -> String {
        let file = path(kernel: kernel, tasklets: tasklets)
        guard FileManager.default.fileExists(atPath: file) else {
            throw HardwareRunError(message: """
                DPU program \(file) not found. Build it on a machine with the UPMEM SDK with 'dpu/build.sh \(tasklets)' \
                (every kernel, \(tasklets) tasklets), or point --dpu-programs (or $DPUSIM_DPU_PROGRAMS) at the folder that holds it.
                """)
        }
        return file
    }
}

/// A failure of a run on a hardware backend other than a libdpu call.
public struct HardwareRunError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

/// The result of one inference run on a hardware backend, with what was measured.
public struct HardwareOutcome: Sendable {
    public var backend: Backend
    public var kernel: String
    public var modelName: String
    public var dpus: Int
    public var tasklets: Int
    public var inputs: Int
    public var predictions: [Int]
    public var correct: Int
    /// The DPU program that ran.
    public var program: String
    public var counterMode: CounterMode
    /// `counters[launch][dpu]`: the DPU's performance counter as its last tasklet finished.
    public var counters: [[UInt64]]
    /// Bytes moved, counting the parameter blocks, the counter mode and the counter read-backs.
    public var hostToDPUBytes: Int
    public var dpuToHostBytes: Int
    /// Wall-clock seconds in libdpu transfer calls, in `dpu_launch`, and preparing the
    /// plan and decoding results on the host (the reference check excluded).
    public var transferSeconds: Double
    public var launchSeconds: Double
    public var hostSeconds: Double
    public var notes: [String]

    public var accuracy: Double { inputs == 0 ? 0 : Double(correct) / Double(inputs) }
    public var launches: Int { counters.count }
    /// Σ over launches of the largest counter of any DPU (cycles: the slowest DPU).
    public var slowestDPUTotal: UInt64 { counters.reduce(0) { $0 + ($1.max() ?? 0) } }
    /// Σ over launches and DPUs.
    public var allDPUsTotal: UInt64 { counters.reduce(0) { $0 + $1.reduce(0, +) } }
}

/// Runs a kernel's `HostPlan` on DPUs driven by libdpu: real UPMEM DPUs, or the SDK's
/// functional simulator.
///
/// The steps are those of `HostPlan.simulate(on:)`, as libdpu calls: `dpu_alloc`,
/// `dpu_load` of `<kernel>-t<tasklets>.dpu`, `dpu_broadcast_to` for `.broadcast`,
/// `dpu_prepare_xfer` + `dpu_push_xfer` for `.push`, `.pull` and each DPU's parameter block,
/// `dpu_launch(DPU_SYNCHRONOUS)`, and after each launch a read of every DPU's
/// `bthowen_perf` (its performance counter and status). MRAM offsets are relative to
/// `__sys_used_mram_end`. Predictions are checked against the host reference.
public enum HardwareRunner {
    /// Problems the DPU programs cannot handle (their stack arrays and declared
    /// semaphores have fixed sizes; see `dpu/include/bthowen_params.h`), or nil. (Their
    /// limit of 16 hashes per filter is also the model format's.)
    public static func problem(_ kernel: any InferenceKernel, with request: InferenceRequest) -> String? {
        let c = request.model.configuration
        if request.tasklets > DPUProgramInterface.maxTasklets {
            return "the DPU programs run at most \(DPUProgramInterface.maxTasklets) tasklets, got \(request.tasklets)"
        }
        if kernel.name == "naive" && c.classes > DPUProgramInterface.maxClasses {
            return "the naive DPU program handles at most \(DPUProgramInterface.maxClasses) classes, the model has \(c.classes)"
        }
        if kernel.name == "small-pooled" && c.filtersPerDiscriminator > DPUProgramInterface.maxChunks {
            return "the small-pooled DPU program declares \(DPUProgramInterface.maxChunks) chunk semaphores, the model has \(c.filtersPerDiscriminator) filters"
        }
        return nil
    }

    /// Runs `kernel` for `request` on `backend` (`.hardware` or `.upmemSimulator`).
    ///
    /// - Throws: `KernelRequestError` for a request the kernel or its DPU program cannot
    ///   serve, `HardwareRunError` for a missing program or a DPU that reports a problem,
    ///   `LibDPUError` for a failed libdpu call, `ReferenceMismatch` if a prediction
    ///   differs from the host reference.
    public static func run(_ kernel: any InferenceKernel, _ request: InferenceRequest, backend: Backend,
                           library: LibDPU, programs: DPUPrograms) throws -> HardwareOutcome {
        precondition(backend != .sim, "the simulator runs through Inference.run")
        if let problem = kernel.problem(with: request) ?? problem(kernel, with: request) {
            throw KernelRequestError(message: problem)
        }
        try request.configuration.validateTasklets(request.tasklets)
        let program = try programs.require(kernel: kernel.name, tasklets: request.tasklets)
        var hostSeconds = 0.0
        let plan = try timed(&hostSeconds) { try kernel.plan(request) }
        let set = try library.allocate(request.dpus, profile: backend.profile)
        defer { library.free(set) }
        let members = library.dpus(of: set)
        guard members.count == request.dpus else {
            throw HardwareRunError(message: "dpu_alloc gave a set of \(members.count) DPUs, \(request.dpus) were asked for")
        }
        try library.load(set, program: program)
        let session = LibDPUSession(library: library, set: set, members: members, program: program, request: request)
        try session.configureCounter(backend.counterMode)
        for step in plan.steps { try session.perform(step) }
        let predictions = timed(&hostSeconds) { plan.predictions(fromPulls: session.pulls) }
        let correct = try Inference.check(predictions, of: kernel.name, ties: kernel.tieRule, against: request)
        var notes = plan.notes + ["DPU program \(program), through \(library.path)"]
        switch backend.counterMode {
        case .cycles:
            notes.append("dpu_cycles: each DPU's performance counter (perfcounter_get, 16-cycle resolution on v1A) as its last tasklet finished; the slowest DPU, summed over launches")
        case .instructions:
            notes.append("instructions: the SDK simulator's instruction counter of every DPU, summed (its cycle counts are not calibrated)")
        }
        return HardwareOutcome(backend: backend, kernel: kernel.name, modelName: request.model.configuration.name, dpus: request.dpus,
                               tasklets: request.tasklets, inputs: request.inputs, predictions: predictions, correct: correct,
                               program: program, counterMode: backend.counterMode, counters: session.counters,
                               hostToDPUBytes: session.toDPU, dpuToHostBytes: session.fromDPU, transferSeconds: session.transferSeconds,
                               launchSeconds: session.launchSeconds, hostSeconds: hostSeconds, notes: notes)
    }

    /// Runs `work`, adding the wall-clock seconds it took to `seconds` (also when it throws).
    static func timed<T>(_ seconds: inout Double, _ work: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { seconds += (clock.now - start).seconds }
        return try work()
    }

    /// A DPU's `bthowen_perf` block: its counter (the largest over its tasklets), after
    /// checking the status the program reported.
    static func counter(_ block: [UInt8], dpu: Int, tasklets: Int, program: String) throws -> UInt64 {
        let builtFor = Int(HostStages.uint32(block, DPUProgramInterface.perfNrTaskletsOffset / 4))
        let status = HostStages.uint32(block, DPUProgramInterface.perfStatusOffset / 4)
        if status == DPUProgramInterface.statusTasklets || builtFor != tasklets {
            throw HardwareRunError(message: "DPU \(dpu): \(program) was built for NR_TASKLETS=\(builtFor), not \(tasklets); rebuild it with 'dpu/build.sh \(tasklets)'")
        }
        if status == DPUProgramInterface.statusParameters {
            throw HardwareRunError(message: "DPU \(dpu): \(program) refused its parameters (a model beyond the program's limits, see dpu/include/bthowen_params.h)")
        }
        guard status == DPUProgramInterface.statusOK else {
            throw HardwareRunError(message: "DPU \(dpu): \(program) reported status \(status)")
        }
        var largest: UInt64 = 0
        for t in 0..<tasklets {
            var value: UInt64 = 0
            for b in 0..<8 { value |= UInt64(block[DPUProgramInterface.perfCounterOffset + 8 * t + b]) << (8 * UInt64(b)) }
            largest = max(largest, value)
        }
        return largest
    }
}

/// One run's allocated and loaded DPU set, driven step by step through libdpu, with what
/// its calls moved and took: bytes each way (a broadcast or push counts its bytes once per
/// DPU; the parameter blocks, the counter mode and the counter read-backs count too), the
/// seconds in transfer calls and in `dpu_launch`, the pulled buffers in plan order and each
/// launch's per-DPU counters.
final class LibDPUSession {
    let library: LibDPU
    let set: DPUSet
    let members: [DPUSet]
    let program: String
    let dpus: Int, tasklets: Int, wramBytes: Int
    private(set) var transferSeconds = 0.0, launchSeconds = 0.0
    private(set) var toDPU = 0, fromDPU = 0
    /// `pulls[k][dpu]`: the k-th `.pull` step's bytes.
    private(set) var pulls: [[[UInt8]]] = []
    /// `counters[launch][dpu]`: the DPU's performance counter as its last tasklet finished.
    private(set) var counters: [[UInt64]] = []

    init(library: LibDPU, set: DPUSet, members: [DPUSet], program: String, request: InferenceRequest) {
        self.library = library
        self.set = set
        self.members = members
        self.program = program
        dpus = request.dpus
        tasklets = request.tasklets
        wramBytes = request.configuration.wramBytes
    }

    /// Tells every DPU what its performance counter counts: once per run (WRAM keeps it
    /// across launches), 8 bytes broadcast into `bthowen_perf`.
    func configureCounter(_ mode: CounterMode) throws {
        var bytes = [UInt8](repeating: 0, count: 8)
        bytes[0] = UInt8(mode.code)
        try HardwareRunner.timed(&transferSeconds) {
            try library.broadcast(set, symbol: DPUProgramInterface.perfSymbol, offset: DPUProgramInterface.perfCounterModeOffset, bytes: bytes)
        }
        toDPU += bytes.count * dpus
    }

    /// One step of the plan as libdpu calls; MRAM offsets are relative to `__sys_used_mram_end`.
    /// A `.push` counts the first buffer's size for every DPU (a plan's buffers of one push
    /// are equally long).
    func perform(_ step: HostStep) throws {
        let heap = LibDPU.mramHeapSymbol
        switch step {
        case .broadcast(_, let offset, let bytes):
            try HardwareRunner.timed(&transferSeconds) { try library.broadcast(set, symbol: heap, offset: offset, bytes: bytes) }
            toDPU += bytes.count * dpus
        case .push(_, let offset, let buffers, let bufferOf):
            let perDPU = bufferOf.map { buffers[$0] }
            try HardwareRunner.timed(&transferSeconds) { try library.push(perDPU, to: set, members: members, symbol: heap, offset: offset) }
            toDPU += (buffers.first?.count ?? 0) * dpus
        case .launch(let launch):
            try self.launch(launch)
        case .pull(_, let offset, let bytesPerDPU):
            pulls.append(try HardwareRunner.timed(&transferSeconds) {
                try library.pull(from: set, members: members, symbol: heap, offset: offset, length: bytesPerDPU)
            })
            fromDPU += bytesPerDPU * dpus
        }
    }

    /// Pushes each DPU's parameter block, runs `dpu_launch(DPU_SYNCHRONOUS)`, then reads back
    /// every DPU's `bthowen_perf` and keeps its counter (`HardwareRunner.counter` checks the
    /// status the program reported).
    ///
    /// - Throws: `HardwareRunError` with DPU 0's log, if it has one, when the launch fails
    ///   (and a hint about WRAM for a program whose static data did not fit).
    func launch(_ launch: KernelLaunch) throws {
        try HardwareRunner.timed(&transferSeconds) {
            try library.push(launch.parameters, to: set, members: members, symbol: DPUProgramInterface.parametersSymbol, offset: 0)
        }
        toDPU += launch.layout.size * dpus
        do {
            try HardwareRunner.timed(&launchSeconds) { try library.launch(set) }
        } catch {
            let log = members.first.flatMap { library.log(of: $0) } ?? ""
            throw HardwareRunError(message: "\(error)" + (log.isEmpty ? "" : "\nlog of DPU 0:\n\(log)") + """

                If a DPU ran out of WRAM (mem_alloc: heap full), the program's own static data did not fit beside \
                the buffers the plan sized for wramBytes = \(wramBytes): run again with a --config \
                that lowers wramBytes, on both backends (docs/hardware.md).
                """)
        }
        let blocks = try HardwareRunner.timed(&transferSeconds) {
            try library.pull(from: set, members: members, symbol: DPUProgramInterface.perfSymbol, offset: 0, length: DPUProgramInterface.perfSize)
        }
        fromDPU += DPUProgramInterface.perfSize * dpus
        counters.append(try blocks.enumerated().map { d, block in
            try HardwareRunner.counter(block, dpu: d, tasklets: tasklets, program: program)
        })
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
