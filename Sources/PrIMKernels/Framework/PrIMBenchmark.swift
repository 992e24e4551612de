import DPUSim

/// The 13 PrIM workloads whose real-hardware kernel times uPIMulator publishes
/// (`tools/upmem_reg_model/data/input.xlsx`), named as that table names them.
public enum PrIMBenchmark: String, Sendable, CaseIterable, Comparable {
    case bs = "BS"
    case gemv = "GEMV"
    case hstL = "HST-L"
    case hstS = "HST-S"
    case mlp = "MLP"
    case red = "RED"
    case scanRSS = "SCAN-RSS"
    case scanSSA = "SCAN-SSA"
    case sel = "SEL"
    case trns = "TRNS"
    case ts = "TS"
    case uni = "UNI"
    case va = "VA"

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The workload that runs this benchmark (nil for one not written).
    public var workload: (any PrIMWorkload.Type)? {
        switch self {
        case .bs: BS.self
        case .gemv: GEMV.self
        case .hstL: HSTL.self
        case .hstS: HSTS.self
        case .mlp: MLP.self
        case .red: RED.self
        case .scanRSS: SCANRSS.self
        case .scanSSA: SCANSSA.self
        case .sel: SEL.self
        case .trns: TRNS.self
        case .ts: TS.self
        case .uni: UNI.self
        case .va: VA.self
        }
    }
}

/// What one simulated PrIM point predicts.
public struct PrIMRun: Sendable {
    public var point: PrIMPoint
    public var times: PrIMTimes
}

extension PrIMBenchmark {
    /// Runs `point` on a fresh simulated system: generates the inputs, runs PrIM's host
    /// program and checks every result against the host reference.
    ///
    /// - Parameter threads: host threads simulating a launch's DPUs (results do not depend on it).
    /// - Throws: `PrIMPointError` for a point the workload cannot run or a benchmark not yet
    ///   written, `PrIMVerificationError` for a wrong result, or the simulator's error.
    public static func run(_ point: PrIMPoint, configuration: DPUConfiguration = .v1A, threads: Int = 1) throws -> PrIMRun {
        guard let type = point.benchmark.workload else {
            throw PrIMPointError(point, "the \(point.benchmark.rawValue) workload is not written yet")
        }
        let workload = try type.init(point: point)
        let host = try PrIMHost(point: point, configuration: configuration, threads: threads)
        try workload.run(on: host)
        return PrIMRun(point: point, times: host.times)
    }
}
