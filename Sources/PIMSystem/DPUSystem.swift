import DPUSim
import Dispatch
import Foundation

/// A UPMEM system: up to `maxDPUs` DPUs in ranks of `dpusPerRank`, driven by a host.
///
/// There is no DPU-to-DPU path: everything goes through the host, as transfers
/// (`broadcast`, `push`, `pull`, `copy`) and launches. Each call does the work
/// functionally — bytes really land in the DPUs' MRAM — and records its modelled cost in
/// the `ledger`:
///
/// - **Transfers** (see `TransferModel`): ranks transfer concurrently; within a rank the
///   bandwidth grows with the DPUs addressed until it reaches PrIM's per-rank figure.
/// - **Launches**: every DPU of the launch runs the kernel; the launch lasts as long as
///   the slowest DPU, plus a fixed host-side overhead per launch.
/// - **Host stages**: work the host does between transfers, charged as counted
///   operations × `hostSecondsPerOperation` (a model, so that reports are reproducible).
///
/// A *logical* operation on many DPUs that the caller simulates in waves of DPUs, to bound
/// the host memory their MRAM takes, is recorded once, at its cost over all its DPUs:
/// `chargeTransfer` and `beginLaunchInWaves` record it, `withTransfersUncharged` and
/// `launchWave` execute each wave without recording again.
///
/// Launches simulate their DPUs concurrently on `threads` host threads. Results are
/// gathered by DPU index and the first error reported is the one of the lowest DPU
/// index, so everything is identical for any thread count.
public final class DPUSystem: @unchecked Sendable {
    public let configuration: DPUConfiguration
    public let dpus: [DPU]
    /// Host threads used to simulate a launch's DPUs (1 or more).
    public var threads: Int
    public private(set) var ledger = SystemLedger()
    /// Called after each DPU of a launch finishes (for progress displays); may be called
    /// from several threads at once.
    public var onDPUFinished: (@Sendable (LaunchProgress) -> Void)?
    /// How many inputs the next launch serves, for progress displays: kernels set it before
    /// a launch (0 when unknown).
    public var launchInputs = 0
    /// Records the timelines of the launches and DPUs it selects (see `SystemTracer`);
    /// nil, the default, records nothing. Tracing never changes results or statistics.
    public var tracer: SystemTracer?

    /// - Throws: `ConfigurationError` if `count` is outside 1...maxDPUs or the configuration is invalid.
    public init(configuration: DPUConfiguration = .v1A, dpus count: Int, threads: Int = 1) throws {
        try configuration.validate()
        guard (1...configuration.maxDPUs).contains(count) else {
            throw ConfigurationError("dpus must be in 1...\(configuration.maxDPUs), got \(count)")
        }
        self.configuration = configuration
        self.dpus = (0..<count).map { DPU(configuration: configuration, index: $0) }
        self.threads = max(1, threads)
    }

    public var count: Int { dpus.count }

    // MARK: Transfers

    /// `dpu_broadcast_to`: the same bytes to the same MRAM address of every DPU in `targets`.
    /// Aligned 64 KiB pages are shared between DPUs (copy-on-write), so a broadcast to
    /// thousands of DPUs costs host memory once.
    public func broadcast(_ bytes: [UInt8], to address: Int, dpus targets: [Int]? = nil, label: String) throws {
        let targets = targets ?? Array(dpus.indices)
        guard let first = targets.first else { return }
        try checkHostTransfer(address, bytes.count, label: label)
        dpus[first].mram.write(address, bytes: bytes)
        for i in targets.dropFirst() { dpus[i].mram.copy(from: dpus[first].mram, address, count: bytes.count) }
        recordTransfer(label, .broadcast, bytesPerDPU: bytes.count, targets: targets)
    }

    /// `dpu_prepare_xfer` + `dpu_push_xfer(DPU_XFER_TO_DPU)`: a buffer of the same length
    /// to each DPU in `targets` (its own bytes), in parallel.
    public func push(to address: Int, bytesPerDPU: Int, dpus targets: [Int], label: String,
                     _ buffer: (Int) throws -> [UInt8]) throws {
        try checkHostTransfer(address, bytesPerDPU, label: label)
        for i in targets {
            let bytes = try buffer(i)
            precondition(bytes.count == bytesPerDPU, "push_xfer needs equal-length buffers")
            dpus[i].mram.write(address, bytes: bytes)
        }
        recordTransfer(label, .toDPU, bytesPerDPU: bytesPerDPU, targets: targets)
    }

    /// The same parallel push where several DPUs get the same buffer — `dpu_prepare_xfer`
    /// given the same host pointer for them: DPU `targets[j]` gets `buffers[bufferOf(targets[j])]`.
    /// Costs what `push` costs; in host memory, DPUs given the same buffer share its MRAM
    /// pages (copy-on-write), so memory grows with the distinct buffers only.
    public func push(to address: Int, bytesPerDPU: Int, dpus targets: [Int], label: String,
                     buffers: [[UInt8]], bufferOf: (Int) -> Int) throws {
        try checkHostTransfer(address, bytesPerDPU, label: label)
        precondition(buffers.allSatisfy { $0.count == bytesPerDPU }, "push_xfer needs equal-length buffers")
        var firstHolder = [Int?](repeating: nil, count: buffers.count)
        for i in targets {
            let b = bufferOf(i)
            if let source = firstHolder[b] {
                dpus[i].mram.copy(from: dpus[source].mram, address, count: bytesPerDPU)
            } else {
                dpus[i].mram.write(address, bytes: buffers[b])
                firstHolder[b] = i
            }
        }
        recordTransfer(label, .toDPU, bytesPerDPU: bytesPerDPU, targets: targets)
    }

    /// Records a transfer of `bytesPerDPU` to or from each DPU in `targets` at its
    /// `TransferModel` cost: what every transfer call of the system charges. Nothing
    /// inside `withTransfersUncharged`.
    private func recordTransfer(_ label: String, _ kind: TransferModel.Kind, bytesPerDPU: Int, targets: [Int]) {
        guard transfersCharged else { return }
        let seconds = TransferModel.seconds(bytes: bytesPerDPU, targets: targets, kind: kind, configuration)
        ledger.record(TransferRecord(label: label, kind: kind, bytes: bytesPerDPU * targets.count, seconds: seconds))
    }

    /// `dpu_push_xfer(DPU_XFER_FROM_DPU)`: the same range of every DPU in `targets`, in parallel.
    public func pull(from address: Int, bytesPerDPU: Int, dpus targets: [Int], label: String) throws -> [[UInt8]] {
        try checkHostTransfer(address, bytesPerDPU, label: label)
        let result = targets.map { dpus[$0].mram.bytes(address, count: bytesPerDPU) }
        recordTransfer(label, .fromDPU, bytesPerDPU: bytesPerDPU, targets: targets)
        return result
    }

    /// `dpu_copy_to` on one DPU: a serial transfer.
    public func copy(_ bytes: [UInt8], to address: Int, dpu: Int, label: String) throws {
        try checkHostTransfer(address, bytes.count, label: label)
        dpus[dpu].mram.write(address, bytes: bytes)
        recordTransfer(label, .toDPU, bytesPerDPU: bytes.count, targets: [dpu])
    }

    /// Records a transfer of `bytesPerDPU` to or from each DPU in `targets` (`kind` `.toDPU`,
    /// `.fromDPU` or `.broadcast`) at what the transfer call costs (`TransferModel`), without
    /// moving bytes. Two uses: `dpu_push_xfer` to or from a `__host` variable in WRAM (a
    /// kernel's arguments, a per-DPU result), which the kernel receives or returns as Swift
    /// captures; and a logical transfer to all `targets` at once that the caller moves in
    /// waves inside `withTransfersUncharged`. No bytes or no targets cost nothing but are still
    /// recorded.
    public func chargeTransfer(_ label: String, _ kind: TransferModel.Kind, bytesPerDPU: Int, dpus targets: [Int]) {
        recordTransfer(label, kind, bytesPerDPU: bytesPerDPU, targets: targets)
    }

    /// Runs `body` with transfer charging suspended: its broadcasts, pushes, pulls and
    /// copies move bytes and check addresses as usual but record nothing, because the
    /// caller charged the logical transfer once (`chargeTransfer`). Launches are not
    /// affected (a wave of a logical launch is `launchWave`). Calls nest.
    public func withTransfersUncharged<T>(_ body: () throws -> T) rethrows -> T {
        let outer = transfersCharged
        transfersCharged = false
        defer { transfersCharged = outer }
        return try body()
    }

    private var transfersCharged = true

    private func checkHostTransfer(_ address: Int, _ bytes: Int, label: String) throws {
        guard address % 8 == 0, bytes % 8 == 0 else {
            throw DPUFault.invalidArgument("host transfer '\(label)': MRAM address \(address) and length \(bytes) must be multiples of 8")
        }
        guard address >= 0, bytes >= 0, address + bytes <= configuration.mramBytes else {
            throw DPUFault.invalidArgument("host transfer '\(label)': \(bytes) bytes at MRAM \(address) exceed the \(configuration.mramBytes)-byte MRAM")
        }
    }

    // MARK: Host stages

    /// Host-side functional work over `count` independent items (hashing inputs, say),
    /// spread over the system's `threads`; the results come back in index order, so they
    /// do not depend on the thread count. (What the work costs in the report is charged
    /// separately, with `chargeHost`.)
    public func hostMap<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        Self.hostMap(count, threads: threads, body)
    }

    /// `hostMap` on `threads` host threads, for host work done without a system.
    public static func hostMap<T>(_ count: Int, threads: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let workers = min(threads, max(1, count / 64))
        guard workers > 1 else { return (0..<count).map(body) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UncheckedSendable(buffer.baseAddress!)
            let chunks = workers * 8
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let lo = count * chunk / chunks, hi = count * (chunk + 1) / chunks
                for i in lo..<hi { (base.value + i).initialize(to: body(i)) }
            }
            initialized = count
        }
    }

    /// Charges host-side work: `operations` simple operations of the named stage.
    public func chargeHost(_ stage: String, operations: Int) {
        ledger.recordHost(stage: stage, operations: operations,
                          seconds: Double(operations) * configuration.hostSecondsPerOperation)
    }

    // MARK: Launches

    /// `dpu_launch(DPU_SYNCHRONOUS)` on `targets`: runs `program(dpu)` on each DPU.
    ///
    /// - Returns: each DPU's statistics, in the order of `targets`.
    /// - Throws: the error of the lowest-indexed failing DPU, prefixed with its index.
    @discardableResult
    public func launch(kernel: String, tasklets: Int, dpus targets: [Int]? = nil,
                       _ program: @escaping @Sendable (Int, inout LaunchSetup) throws -> TaskletBody) throws -> [LaunchStatistics] {
        let targets = targets ?? Array(dpus.indices)
        let stats = try simulate(kernel: kernel, tasklets: tasklets, targets: targets, launchIndex: ledger.launches.count, program)
        ledger.record(LaunchRecord(kernel: kernel, tasklets: tasklets, statistics: stats,
                                   overheadSeconds: configuration.launchOverheadSeconds))
        return stats
    }

    /// Records a logical launch of `kernel` on `tasklets` tasklets — one launch overhead,
    /// lasting as long as its slowest DPU — whose DPUs the caller runs in waves with
    /// `launchWave`. Until the first wave it has no DPUs (0 cycles).
    ///
    /// - Returns: the launch's index in `ledger.launches`, for `launchWave`.
    public func beginLaunchInWaves(kernel: String, tasklets: Int) -> Int {
        ledger.record(LaunchRecord(kernel: kernel, tasklets: tasklets, statistics: [],
                                   overheadSeconds: configuration.launchOverheadSeconds))
        return ledger.launches.count - 1
    }

    /// Runs one wave of DPUs, `targets`, of logical launch `index` (`beginLaunchInWaves`),
    /// with its kernel and tasklets, and adds their statistics to it, after those of the
    /// earlier waves: a launch run in waves in DPU order records what one `launch` on all
    /// of their DPUs would.
    ///
    /// - Returns: each DPU's statistics, in the order of `targets`.
    /// - Throws: as `launch`; the failing wave adds nothing.
    @discardableResult
    public func launchWave(_ index: Int, dpus targets: [Int],
                           _ program: @escaping @Sendable (Int, inout LaunchSetup) throws -> TaskletBody) throws -> [LaunchStatistics] {
        let record = ledger.launches[index]
        let stats = try simulate(kernel: record.kernel, tasklets: record.tasklets, targets: targets, launchIndex: index, program)
        ledger.append(stats, toLaunch: index)
        return stats
    }

    /// Runs `program` on each DPU in `targets` on the system's threads.
    private func simulate(kernel: String, tasklets: Int, targets: [Int], launchIndex: Int,
                          _ program: @escaping @Sendable (Int, inout LaunchSetup) throws -> TaskletBody) throws -> [LaunchStatistics] {
        let results = ResultSlots<LaunchStatistics>(count: targets.count)
        let workers = min(threads, targets.count)
        let inputs = launchInputs
        launchInputs = 0
        let run: @Sendable (Int) -> Void = { [dpus, onDPUFinished, tracer] slot in
            let index = targets[slot]
            do {
                let trace = tracer?.recorder(launch: launchIndex, dpu: index)
                results.set(slot, .success(try dpus[index].launch(kernel: kernel, tasklets: tasklets, trace: trace) { setup in
                    try program(index, &setup)
                }))
            } catch {
                results.set(slot, .failure(error))
            }
            onDPUFinished?(LaunchProgress(launch: launchIndex, dpu: index, dpus: targets.count, inputs: inputs))
        }
        if workers <= 1 {
            for slot in targets.indices { run(slot) }
        } else {
            let next = AtomicCounter()
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let slot = next.increment()
                    if slot >= targets.count { break }
                    run(slot)
                }
            }
        }
        var stats: [LaunchStatistics] = []
        stats.reserveCapacity(targets.count)
        for (slot, result) in results.values.enumerated() {
            switch result! {
            case .success(let s): stats.append(s)
            case .failure(let error): throw DPULaunchError(dpu: targets[slot], underlying: error)
            }
        }
        return stats
    }
}

/// A launch failure on one DPU of a system.
public struct DPULaunchError: Error, CustomStringConvertible {
    public var dpu: Int
    public var underlying: any Error
    public var description: String { "DPU \(dpu): \(underlying)" }
}

/// Per-slot results written from several threads (each slot by one thread).
final class ResultSlots<T>: @unchecked Sendable {
    private(set) var values: [Result<T, any Error>?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ slot: Int, _ value: Result<T, any Error>) {
        lock.lock(); values[slot] = value; lock.unlock()
    }
}

/// A shared counter for handing out work items.
final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.lock(); defer { lock.unlock() }
        let v = value
        value += 1
        return v
    }
}

/// What `DPUSystem.onDPUFinished` reports: one DPU of a launch has finished.
public struct LaunchProgress: Sendable {
    /// The launch's index in the run (0, 1, …).
    public var launch: Int
    /// The DPU that finished.
    public var dpu: Int
    /// DPUs in this launch.
    public var dpus: Int
    /// Inputs this launch serves over all its DPUs (0 if the kernel did not say).
    public var inputs: Int
}

/// A value the caller promises to use safely across threads (disjoint writes).
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
