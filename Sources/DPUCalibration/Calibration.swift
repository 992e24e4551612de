import DPUSupport
import DPUSim
import Foundation

/// One compared point of the calibration: what the model gives for a microbenchmark
/// written in the tasklet DSL, next to the published measurement.
public struct CalibrationPoint: Sendable, Equatable {
    public var benchmark: String
    /// The swept variable, e.g. "tasklets=11" or "bytes=2048".
    public var point: String
    public var metric: String
    public var unit: String
    public var simulated: Double
    /// The published measurement, or nil where none could be read (the point is a
    /// prediction only; its published and error columns print empty).
    public var published: Double?
    public var source: String

    public init(benchmark: String, point: String, metric: String, unit: String, simulated: Double,
                published: Double?, source: String) {
        self.benchmark = benchmark; self.point = point; self.metric = metric; self.unit = unit
        self.simulated = simulated; self.published = published; self.source = source
    }

    /// (simulated − published) / published, in percent; nil without a published value.
    public var errorPercent: Double? { published.map { (simulated - $0) / $0 * 100 } }
}

/// Microbenchmarks that reproduce PrIM's characterization of the DPU, written in the
/// tasklet DSL, and their comparison with the published figures (`simctl calibrate`).
///
/// Each kernel mirrors the PrIM microbenchmark's structure — what is transferred, what is
/// timed with the performance counter, and how the per-tasklet timings are combined —
/// so that the simulated and the published numbers measure the same thing.
public enum Calibration {
    /// The instructions per element of PrIM's ADD update loop: a WRAM load, the add, a
    /// WRAM store, two index updates and the loop branch (6 for 32-bit data; 64-bit data
    /// adds an add-with-carry: 7). These are properties of the compiled loop; PrIM's
    /// 1-tasklet profiles show 66.1 and 77.1 cycles per element, i.e. 6 and 7 revolver slots.
    public static let add32Loop = InstructionMix(alu: 2, aluRR: 1, load: 1, store: 1, branch: 1)
    public static let add64Loop = InstructionMix(alu: 2, aluRR: 2, load: 1, store: 1, branch: 1)

    public enum DataType: String, Sendable, CaseIterable { case int32 = "INT32", int64 = "INT64" }

    /// PrIM Arithmetic-Throughput, ADD: each tasklet streams its 1 KiB blocks of the array
    /// through WRAM. Every iteration: `mram_read` the block, barrier, time the update loop,
    /// barrier, `mram_write`; all tasklets run the same number of iterations (the last may
    /// lie past the array, as in PrIM). The timings are summed per tasklet; the result is
    /// the maximum over tasklets, in DPU cycles.
    public static func arithmeticThroughputCycles(_ type: DataType, tasklets: Int, elements: Int,
                                                  configuration: DPUConfiguration = .v1A) throws -> (cycles: UInt64, stats: LaunchStatistics) {
        let dpu = DPU(configuration: configuration)
        let blockBytes = 1024
        let elementBytes = type == .int32 ? 4 : 8
        let blocks = (elements * elementBytes + blockBytes - 1) / blockBytes
        let iterations = (blocks + tasklets - 1) / tasklets
        let loop = type == .int32 ? add32Loop : add64Loop
        let timings = TaskletTimings(tasklets: tasklets)
        let stats = try dpu.launch(kernel: "arith-\(type.rawValue)", tasklets: tasklets) { setup in
            let barrier = setup.barrier("iteration")
            return { t in
                try await primPrologue(t, barrier)
                let buffer = try t.memAlloc(blockBytes)
                var elapsed: UInt64 = 0
                for iteration in 0..<iterations {
                    let block = (iteration * t.count + t.id) * blockBytes
                    try t.mramRead(from: block, to: buffer, bytes: blockBytes)
                    try await t.barrierWait(barrier)
                    let timer = try await PrIMTimer.start(t)
                    let count = blockBytes / elementBytes
                    for i in 0..<count {   // the update: b[i] += scalar
                        if type == .int32 {
                            t.wram.store(t.wram.load(buffer + 4 * i, as: UInt32.self) &+ UInt32(elements), buffer + 4 * i)
                        } else {
                            t.wram.store(t.wram.load(buffer + 8 * i, as: UInt64.self) &+ UInt64(elements), buffer + 8 * i)
                        }
                    }
                    t.execute(loop, times: count)
                    elapsed += try await timer.stop(t)
                    try await t.barrierWait(barrier)
                    try t.mramWrite(from: buffer, to: block, bytes: blockBytes)
                }
                timings.values[t.id] = elapsed
            }
        }
        return (timings.values.max() ?? 0, stats)
    }

    /// PrIM MRAM-Latency (prim-benchmarks `Microbenchmarks/MRAM-Latency/dpu/copy.c`): one
    /// tasklet walks array A, `mram_read`ing each `bytes` block and `mram_write`ing it to the
    /// same offset of array B, which lies after A; the counter times either the read (READ
    /// build) or the write (WRITE build). A and B lie in different MRAM rows, so every timed
    /// transfer opens its row. `transfers` blocks; returns the mean timed cycles per transfer.
    public static func mramLatencyCycles(read: Bool, bytes: Int, transfers: Int = 64,
                                         configuration: DPUConfiguration = .v1A) throws -> Double {
        let dpu = DPU(configuration: configuration)
        let timings = TaskletTimings(tasklets: 1)
        let arrayB = 1 << 20   // B = A + the array's size; PrIM's array is far larger than a row
        _ = try dpu.launch(kernel: "mram-latency", tasklets: 1) { setup in
            let buffer = try setup.staticWRAM(configuration.dmaMaxBytes, name: "buffer")
            return { t in
                t.perfcounterConfig(.cycles, reset: true)
                var total: UInt64 = 0
                for i in 0..<transfers {
                    if read {
                        let timer = try await PrIMTimer.start(t, exact: true)
                        try t.mramRead(from: i * bytes, to: buffer, bytes: bytes)
                        total += try await timer.stop(t)
                        try t.mramWrite(from: buffer, to: arrayB + i * bytes, bytes: bytes)
                    } else {
                        try t.mramRead(from: i * bytes, to: buffer, bytes: bytes)
                        let timer = try await PrIMTimer.start(t, exact: true)
                        try t.mramWrite(from: buffer, to: arrayB + i * bytes, bytes: bytes)
                        total += try await timer.stop(t)
                    }
                    t.execute(InstructionMix(alu: 2, branch: 1))   // accumulate, index, loop branch
                }
                timings.values[0] = total
            }
        }
        return Double(timings.values[0]) / Double(transfers)
    }

    /// STREAM-like COPY-DMA reading (or writing) `bytes`-sized blocks: every tasklet streams
    /// its share of `totalBytes`; the kernel is timed from after the start barrier to the
    /// end of each tasklet's loop, maximum over tasklets. Returns MB/s at the configured clock.
    public static func mramBandwidthMBps(read: Bool, tasklets: Int, bytes: Int = 2048, totalBytes: Int = 4 << 20,
                                         configuration: DPUConfiguration = .v1A) throws -> Double {
        let dpu = DPU(configuration: configuration)
        let timings = TaskletTimings(tasklets: tasklets)
        _ = try dpu.launch(kernel: "mram-bandwidth", tasklets: tasklets) { setup in
            let start = setup.barrier("start")
            return { t in
                if t.id == 0 { t.perfcounterConfig(.cycles, reset: true) }
                let buffer = try t.memAlloc(bytes)
                try await t.barrierWait(start)
                let timer = try await PrIMTimer.start(t)
                for block in stride(from: t.id * bytes, to: totalBytes, by: bytes * t.count) {
                    if read {
                        try t.mramRead(from: block, to: buffer, bytes: bytes)
                    } else {
                        try t.mramWrite(from: buffer, to: block, bytes: bytes)
                    }
                    t.execute(InstructionMix(alu: 1, branch: 1))   // next block, loop branch
                }
                timings.values[t.id] = try await timer.stop(t)
            }
        }
        let cycles = Double(timings.values.max() ?? 1)
        return Double(totalBytes) / (cycles / configuration.clockHz) / 1e6
    }

    /// Every calibration point, in a fixed order.
    ///
    /// - Parameter quick: stream 512 KiB instead of 4 MiB in the bandwidth sweep (for
    ///   tests); the arithmetic sweep always uses PrIM's 1,048,576 elements, because the
    ///   share of padding blocks in the last iteration depends on the array size.
    public static func run(configuration: DPUConfiguration = .v1A, quick: Bool = false) throws -> [CalibrationPoint] {
        var points: [CalibrationPoint] = []
        let clock = configuration.clockHz
        let elements = PublishedFigures.arithmeticElements
        for type in DataType.allCases {
            let published = type == .int32 ? PublishedFigures.addInt32Cycles : PublishedFigures.addInt64Cycles
            for tasklets in 1...min(24, configuration.maxTasklets) {
                let cycles = try arithmeticThroughputCycles(type, tasklets: tasklets, elements: elements, configuration: configuration).cycles
                // Million operations per second at the configured clock; PrIM's at 350 MHz.
                let simulated = Double(elements) / (Double(cycles) / clock) / 1e6
                let measured = Double(PublishedFigures.arithmeticElements) / (published[tasklets - 1] / 350e6) / 1e6
                points.append(CalibrationPoint(
                    benchmark: "arithmetic-throughput ADD \(type.rawValue)", point: "tasklets=\(tasklets)",
                    metric: "throughput", unit: "MOPS", simulated: simulated, published: measured,
                    source: "prim-benchmarks Arithmetic-Throughput/profile/ADD_\(type.rawValue)_tl\(tasklets).txt"))
            }
        }
        for read in [true, false] {
            for shift in 3...11 {
                let bytes = 1 << shift
                let simulated = try mramLatencyCycles(read: read, bytes: bytes, configuration: configuration)
                points.append(CalibrationPoint(
                    benchmark: read ? "mram-latency read" : "mram-latency write", point: "bytes=\(bytes)",
                    metric: "latency", unit: "cycles", simulated: simulated,
                    published: PublishedFigures.mramLatency(read: read, bytes: bytes),
                    source: PublishedFigures.mramLatencySource))
            }
        }
        for read in [true, false] {
            for tasklets in [1, 2, 4, 8, 16] where tasklets <= configuration.maxTasklets {
                let simulated = try mramBandwidthMBps(read: read, tasklets: tasklets, totalBytes: quick ? 1 << 19 : 4 << 20,
                                                      configuration: configuration)
                points.append(CalibrationPoint(
                    benchmark: read ? "mram-bandwidth read 2048 B" : "mram-bandwidth write 2048 B", point: "tasklets=\(tasklets)",
                    metric: "bandwidth", unit: "MB/s", simulated: simulated,
                    published: read ? PublishedFigures.sustainedReadMBps : PublishedFigures.sustainedWriteMBps,
                    source: PublishedFigures.sustainedSource))
            }
        }
        points += try mramBenchmarkPoints(configuration: configuration, quick: quick)
        return points
    }

    /// The points as a CSV table (columns: benchmark, point, metric, unit, simulated,
    /// published, error_percent, source).
    public static func table(_ points: [CalibrationPoint]) -> CSVTable {
        var table = CSVTable(header: ["benchmark", "point", "metric", "unit", "simulated", "published", "error_percent", "source"])
        for p in points {
            table.append([p.benchmark, p.point, p.metric, p.unit, CSVTable.format(p.simulated),
                          p.published.map { CSVTable.format($0) } ?? "",
                          p.errorPercent.map { String(format: "%.2f", $0) } ?? "", p.source])
        }
        return table
    }
}

/// PrIM's cycle timer (prim-benchmarks `support/cyclecount.h`): reads the counter at the
/// start; at the stop reads it twice and subtracts the cost of one read; works in units
/// of 16 cycles, as the counter's low 4 bits are dropped.
///
/// `exact` keeps the low bits. A mean over many timed transfers converges to the true
/// latency on the DPU, whose timing jitters enough that the samples' phase against the
/// 16-cycle unit drifts; the model is exactly periodic, so a loop whose period is a multiple
/// of 16 cycles would lock the phase and bias the mean by up to a unit. The latency
/// benchmark, whose loop is that regular, reads the counter exactly; the structure of the
/// measurement (which instructions lie between the reads) is the same.
struct PrIMTimer {
    var start: UInt64
    var exact = false

    static func start(_ t: Tasklet, exact: Bool = false) async throws -> PrIMTimer {
        PrIMTimer(start: try await t.perfcounterGet(), exact: exact)
    }

    func stop(_ t: Tasklet) async throws -> UInt64 {
        let end = try await t.perfcounterGet()
        let end2 = try await t.perfcounterGet()
        let shift: UInt64 = exact ? 0 : 4
        let elapsed = Int64((end >> shift) &- (start >> shift)) - Int64((end2 >> shift) &- (end >> shift))
        return UInt64(max(0, elapsed)) << shift
    }
}

/// The start every PrIM microbenchmark shares: tasklet 0 resets the heap (`mem_reset`) and
/// starts the cycle counter (`perfcounter_config(COUNT_CYCLES, true)`), then every tasklet
/// waits on the barrier.
func primPrologue(_ t: Tasklet, _ barrier: Barrier) async throws {
    if t.id == 0 {
        t.memReset()
        t.perfcounterConfig(.cycles, reset: true)
    }
    try await t.barrierWait(barrier)
}

/// Per-tasklet results collected from inside a launch (one launch at a time).
final class TaskletTimings: @unchecked Sendable {
    var values: [UInt64]
    init(tasklets: Int) { values = Array(repeating: 0, count: tasklets) }
}
