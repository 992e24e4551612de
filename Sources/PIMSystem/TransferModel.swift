import DPUSim
/// The cost of host↔DPU transfers, from PrIM's measurements [PrIM §3.4].
///
/// Within one rank, bandwidth grows with the number of DPUs a transfer addresses, from
/// the serial single-DPU figure, until it reaches the rank's parallel figure:
/// `bandwidth(d) = min(d × serial, rankParallel)`, with CPU→DPU (6.68 GB/s per rank),
/// DPU→CPU (4.74 GB/s) and broadcast (16.88 GB/s, counting the bytes each DPU receives)
/// as ceilings. Ranks transfer concurrently (the SDK drives them from separate threads),
/// so a transfer lasts as long as its busiest rank.
public enum TransferModel {
    public enum Kind: String, Sendable { case toDPU = "to_dpu", fromDPU = "from_dpu", broadcast }

    /// Seconds to move `bytes` to (or from) each DPU in `targets`.
    public static func seconds(bytes: Int, targets: [Int], kind: Kind, _ c: DPUConfiguration) -> Double {
        perRank(bytes: bytes, targets: targets, kind: kind, c).values.reduce(0.0) { max($0, $1) }
    }

    /// Seconds each rank spends moving `bytes` to (or from) each of its DPUs in `targets`,
    /// keyed by rank index (`dpu / dpusPerRank`); ranks with no target are absent. A
    /// pipelined schedule (`PipelineScheduler`) lets every rank run its own share;
    /// `seconds` is the longest. No bytes or no targets: empty.
    public static func perRank(bytes: Int, targets: [Int], kind: Kind, _ c: DPUConfiguration) -> [Int: Double] {
        guard bytes > 0, !targets.isEmpty else { return [:] }
        var dpusPerRank: [Int: Int] = [:]
        for t in targets { dpusPerRank[t / c.dpusPerRank, default: 0] += 1 }
        let serial = kind == .fromDPU ? c.dpuToHostSerialBytesPerSecond : c.hostToDPUSerialBytesPerSecond
        let ceiling: Double
        switch kind {
        case .toDPU: ceiling = c.hostToDPUParallelBytesPerSecond
        case .fromDPU: ceiling = c.dpuToHostParallelBytesPerSecond
        case .broadcast: ceiling = c.broadcastBytesPerSecond
        }
        return dpusPerRank.mapValues { dpusInRank in
            Double(bytes * dpusInRank) / min(Double(dpusInRank) * serial, ceiling)
        }
    }
}

public struct TransferRecord: Sendable, Equatable {
    public var label: String
    public var kind: TransferModel.Kind
    /// Bytes moved in total (summed over DPUs).
    public var bytes: Int
    public var seconds: Double
}

public struct LaunchRecord: Sendable, Equatable {
    public var kernel: String
    public var tasklets: Int
    /// One entry per DPU of the launch.
    public var statistics: [LaunchStatistics]
    public var overheadSeconds: Double

    /// Cycles of the slowest DPU.
    public var cycles: Int { statistics.map(\.cycles).max() ?? 0 }
}

public struct HostStageRecord: Sendable, Equatable {
    public var stage: String
    public var operations: Int
    public var seconds: Double
}

/// Everything a system did, in order, with its modelled cost.
public struct SystemLedger: Sendable, Equatable {
    public private(set) var transfers: [TransferRecord] = []
    public private(set) var launches: [LaunchRecord] = []
    public private(set) var hostStages: [HostStageRecord] = []
    /// Every record in the order the host made it (indices into the three lists).
    public private(set) var order: [Entry] = []

    public enum Entry: Sendable, Equatable {
        case transfer(Int), launch(Int), hostStage(Int)
    }

    mutating func record(_ t: TransferRecord) { order.append(.transfer(transfers.count)); transfers.append(t) }
    mutating func record(_ l: LaunchRecord) { order.append(.launch(launches.count)); launches.append(l) }
    mutating func recordHost(stage: String, operations: Int, seconds: Double) {
        order.append(.hostStage(hostStages.count))
        hostStages.append(HostStageRecord(stage: stage, operations: operations, seconds: seconds))
    }

    /// Adds `statistics` to launch `index`: one wave of DPUs of a logical launch
    /// (`DPUSystem.launchWave`). The launch keeps its place in `order`.
    mutating func append(_ statistics: [LaunchStatistics], toLaunch index: Int) {
        launches[index].statistics += statistics
    }

    /// A position in the ledger: the number of records made so far. Two marks delimit a
    /// part of a run (a training phase, say) for `records(_:)`.
    public var mark: Int { order.count }

    /// The records made between two marks, in the order they were made, as a ledger of
    /// their own. A launch recorded inside the range keeps every wave's statistics, even
    /// those added after its upper mark. An empty range gives an empty ledger.
    public func records(_ marks: Range<Int>) -> SystemLedger {
        var part = SystemLedger()
        for entry in order[marks] {
            switch entry {
            case .transfer(let i): part.record(transfers[i])
            case .launch(let i): part.record(launches[i])
            case .hostStage(let i): part.recordHost(stage: hostStages[i].stage, operations: hostStages[i].operations, seconds: hostStages[i].seconds)
            }
        }
        return part
    }

    public var hostToDPUBytes: Int { transfers.filter { $0.kind != .fromDPU }.reduce(0) { $0 + $1.bytes } }
    public var dpuToHostBytes: Int { transfers.filter { $0.kind == .fromDPU }.reduce(0) { $0 + $1.bytes } }
    public var transferSeconds: Double { transfers.reduce(0) { $0 + $1.seconds } }
    public var hostSeconds: Double { hostStages.reduce(0) { $0 + $1.seconds } }
    /// Σ over launches of the slowest DPU's cycles.
    public var dpuCycles: Int { launches.reduce(0) { $0 + $1.cycles } }
    public var launchOverheadSeconds: Double { launches.reduce(0) { $0 + $1.overheadSeconds } }
}
