import BTHOWeNModel
import DPUSupport
import DPUSim
import Foundation
import TestSupport
import XCTest
@testable import BTHOWeNKernels

/// Cycle-count regressions of training on DPUs: both strategies, both hashing sides,
/// table and probe staging, on the first 200 shipped test images used as training data,
/// and few pairs per DPU, must give exactly the DPU cycles, instructions and DMA bytes per phase recorded in
/// `traces/goldens/training-cycles.csv`. Re-bless deliberately with
/// `scripts/bless-goldens.sh` (its test filter matches this class too) and say why in the commit.
final class TrainingGoldenCycleTests: XCTestCase {
    static let images = 200

    /// (model, strategy, hashing, DPUs, tasklets; nil = automatic).
    static let points: [(String, TrainingStrategy, HashingSide, Int, Int?)] = [
        ("small", .filterSplit, .host, 1, 11),
        ("small", .filterSplit, .host, 4, 16),
        ("small", .filterSplit, .dpu, 3, 6),
        ("small", .dataParallel, .host, 4, 11),
        ("small", .dataParallel, .dpu, 2, 16),
        ("medium", .filterSplit, .host, 10, nil),
        ("large", .filterSplit, .host, 20, nil),
        ("small", .filterSplit, .host, 140, 16), // 4 pairs per DPU: bleach kernels split images over tasklets
    ]

    static var goldensURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("traces/goldens/training-cycles.csv")
    }

    func measure() throws -> CSVTable {
        let dataset = try ShippedData.testSubset().prefix(Self.images)
        var table = CSVTable(header: ["model", "strategy", "hashing", "dpus", "tasklets", "images", "phase", "launches",
                                      "dpu_cycles", "instructions", "dma_read_bytes", "dma_write_bytes", "host_to_dpu_bytes", "dpu_to_host_bytes"])
        for (name, strategy, hashing, dpus, tasklets) in Self.points {
            let outcome = try DPUTraining.run(DPUTrainingRequest(configuration: ModelConfiguration.named(name)!, dataset: dataset,
                                                                 strategy: strategy, dpus: dpus, tasklets: tasklets, hashing: hashing, threads: 2))
            for (phase, r) in outcome.reports(accuracy: 0, matchesReference: false) {
                table.append([name, strategy.rawValue, hashing.rawValue, String(dpus), String(r.tasklets), String(Self.images), phase,
                              String(r.launches), String(r.dpuCycles), String(r.instructions), String(r.dmaReadBytes),
                              String(r.dmaWriteBytes), String(r.hostToDPUBytes), String(r.dpuToHostBytes)])
            }
        }
        return table
    }

    func testTrainingCycleCountsMatchTheGoldens() throws {
        let measured = try measure()
        try GoldenFile.check(measured, against: Self.goldensURL, key: 7)
    }

    /// The same cycles on 1 host thread and on several: simulation is deterministic.
    func testThreadCountDoesNotChangeResults() throws {
        let dataset = try ShippedData.testSubset().prefix(120)
        var rows: [[String]] = []
        for threads in [1, 3] {
            let o = try DPUTraining.run(DPUTrainingRequest(configuration: .small, dataset: dataset, strategy: .dataParallel, dpus: 5,
                                                           tasklets: 11, threads: threads, simulationMemoryBytes: 6 << 20))
            XCTAssertTrue(o.notes.contains { $0.contains("waves") }, "expected wave simulation: \(o.notes)")
            rows.append(o.reports(accuracy: 0, matchesReference: false).flatMap(\.report.row) + [String(o.bleach)])
        }
        XCTAssertEqual(rows[0], rows[1])
    }

    /// `train-data-parallel` simulated in waves of DPUs (to bound host memory) records what
    /// one wave of every DPU records: the same logical transfers, one launch per training
    /// launch holding every DPU's statistics, the same host stages — and nothing twice.
    func testWavesRecordTheLogicalOperationsOnce() throws {
        let dataset = try ShippedData.testSubset().prefix(120)
        func train(memory: Int) throws -> DPUTrainingOutcome {
            try DPUTraining.run(DPUTrainingRequest(configuration: .small, dataset: dataset, strategy: .dataParallel, dpus: 5,
                                                   tasklets: 11, threads: 2, simulationMemoryBytes: memory))
        }
        let waves = try train(memory: 6 << 20), whole = try train(memory: 1 << 30)
        XCTAssertTrue(waves.notes.contains { $0.contains("waves") }, "expected wave simulation: \(waves.notes)")
        XCTAssertFalse(whole.notes.contains { $0.contains("waves") })
        XCTAssertEqual(waves.trainPhase, whole.trainPhase)
        XCTAssertEqual(waves.bleachPhase, whole.bleachPhase)
        XCTAssertEqual(waves.trainPhase.launches.map(\.statistics.count), [5])
        XCTAssertEqual(waves.trainPhase.transfers.map(\.label), ["arguments", "training streams", "counters"])
    }
}
