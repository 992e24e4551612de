import BTHOWeNModel
import DPUSim
import Foundation
import XCTest
@testable import BTHOWeNKernels

/// `train-filter-split` is exact: its counters are byte-identical to the host trainer's and
/// its model file equals `Trainer`'s, whatever the DPU count, tasklet count, hashing side,
/// staging mode (table in WRAM or probes in MRAM) and number of launches.
/// `train-data-parallel` merges per-shard counters by the documented rule.
final class TrainingExactnessTests: XCTestCase {
    static let images = 300

    static func data(_ n: Int = images) throws -> MNISTDataset { try ShippedData.testSubset().prefix(n) }

    /// The host trainer's counters for `dataset` (the steps of `Trainer.train`, up to the
    /// counting filters), as little-endian bytes.
    static func hostCounters(_ c: ModelConfiguration, _ dataset: MNISTDataset, seed: UInt64, range: Range<Int>? = nil) throws -> CountingBloomFilters {
        let thresholds = Thermometer.thresholds(images: dataset.images, count: dataset.count, pixels: c.pixels, bits: c.bitsPerInput)
        let (order, matrix) = Trainer.randomStructure(c, seed: seed)
        let zero = [UInt64](repeating: 0, count: c.classes * c.filtersPerDiscriminator * c.wordsPerFilter)
        let model = try Model(configuration: c, thresholds: thresholds, inputOrder: order, hashMatrix: matrix, filterWords: zero)
        let trainCount = dataset.count > 10_000 ? dataset.count - dataset.count / 10 : dataset.count
        var filters = CountingBloomFilters(configuration: c)
        for i in range ?? 0..<trainCount { filters.train(hashes: model.fastHashes(dataset.image(i)), label: Int(dataset.labels[i])) }
        return filters
    }

    func train(_ strategy: TrainingStrategy, dpus: Int, tasklets: Int?, hashing: HashingSide = .host, merge: MergeRule = .sum,
               launches: Int = 1, dataset: MNISTDataset, seed: UInt64 = 1) throws -> DPUTrainingOutcome {
        var request = DPUTrainingRequest(configuration: .small, dataset: dataset, seed: seed, strategy: strategy, dpus: dpus,
                                         tasklets: tasklets, hashing: hashing, merge: merge, threads: 2)
        request.minimumTrainingLaunches = launches
        return try DPUTraining.run(request)
    }

    func testFilterSplitIsByteIdenticalToTheHostTrainer() throws {
        let dataset = try Self.data()
        let seed: UInt64 = 5
        let host = try Self.hostCounters(.small, dataset, seed: seed)
        let hostModel = try Trainer.train(config: .small, dataset: dataset, seed: seed).model
        // (DPUs, tasklets, hashing): tables in WRAM (11 tasklets), probes in MRAM (16), DPU hashing, idle DPUs,
        // one pair per DPU (the bleach kernels split its images over the tasklets).
        for (dpus, tasklets, hashing) in [(1, 11, HashingSide.host), (3, 16, .host), (7, 4, .dpu), (600, 2, .host), (2, 16, .dpu), (560, 16, .dpu)] {
            let outcome = try train(.filterSplit, dpus: dpus, tasklets: tasklets, hashing: hashing, dataset: dataset, seed: seed)
            XCTAssertEqual(littleEndianBytes(outcome.counters), littleEndianBytes(host.counters), "\(dpus) DPUs × \(tasklets), \(hashing) hashing")
            XCTAssertEqual(outcome.maxCounter, host.maxCounter)
            XCTAssertEqual(outcome.model.serialized(), hostModel.serialized(), "model file, \(dpus) DPUs × \(tasklets)")
        }
    }

    func testFilterSplitIsExactOverSeveralLaunchesAndStagingModes() throws {
        // Several launches: later launches read tables back (≥ the staging threshold of
        // records) or probe them in MRAM (fewer), so both modes meet on the same counters.
        let dataset = try Self.data()
        let host = try Self.hostCounters(.small, dataset, seed: 1)
        for (tasklets, hashing, launches) in [(11, HashingSide.host, 2), (16, .dpu, 2), (6, .dpu, 12)] {
            let outcome = try train(.filterSplit, dpus: 3, tasklets: tasklets, hashing: hashing, launches: launches, dataset: dataset)
            XCTAssertEqual(outcome.trainPhase.launches.count, launches)
            XCTAssertEqual(outcome.counters, host.counters, "\(tasklets) tasklets, \(hashing) hashing")
        }
    }

    func testDataParallelMergesShardCountersBySaturatingSum() throws {
        let dataset = try Self.data()
        let trainCount = dataset.count
        for (dpus, merge) in [(4, MergeRule.sum), (3, .max)] {
            let outcome = try train(.dataParallel, dpus: dpus, tasklets: 11, merge: merge, dataset: dataset)
            var expected = [UInt32](repeating: 0, count: outcome.counters.count)
            for d in 0..<dpus {
                let part = try Self.hostCounters(.small, dataset, seed: 1, range: share(trainCount, over: dpus, d))
                for i in expected.indices {
                    expected[i] = merge == .sum ? expected[i] + part.counters[i] : max(expected[i], part.counters[i])
                }
            }
            XCTAssertEqual(outcome.counters, expected, "\(dpus) DPUs, \(merge)")
            XCTAssertEqual(outcome.maxCounter, Int(expected.max()!))
        }
        // One DPU: the exact model.
        let one = try train(.dataParallel, dpus: 1, tasklets: 16, dataset: dataset)
        XCTAssertEqual(one.model.serialized(), try Trainer.train(config: .small, dataset: dataset).model.serialized())
    }

    func testSaturatingSumMergeRule() {
        var acc: [UInt32] = [1, .max - 1, 7, 0]
        let part = littleEndianBytes([2, 5, 3, 0])
        acc.withUnsafeMutableBufferPointer { a in part.withUnsafeBytes { MergeRule.sum.fold(a, $0) } }
        XCTAssertEqual(acc, [3, .max, 10, 0])
        acc.withUnsafeMutableBufferPointer { a in littleEndianBytes([9, 1, 2, 4]).withUnsafeBytes { MergeRule.max.fold(a, $0) } }
        XCTAssertEqual(acc, [9, .max, 10, 4])
    }

    func testBatchedBleachSearchEqualsTheHostSearch() {
        var rng = Xoshiro256StarStar(seed: 42)
        for _ in 0..<200 {
            let maxCounter = Int(rng.uniform(below: 300))
            let table = (0...maxCounter + 300).map { _ in Int(rng.uniform(below: 50)) }
            let host = BleachSearch.search(maxCounter: maxCounter) { table[$0] }
            var calls = 0
            let batched = BleachSearch.searchBatched(maxCounter: maxCounter) { cands -> [Int] in
                calls += 1
                XCTAssertTrue((1...3).contains(cands.count))
                return cands.map { table[$0] }
            }
            XCTAssertEqual(batched.bleach, host.bleach)
            XCTAssertEqual(batched.trials, host.trials)
            XCTAssertLessThanOrEqual(calls, host.trials.count)
        }
    }
}
