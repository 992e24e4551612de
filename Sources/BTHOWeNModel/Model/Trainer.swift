import Foundation

/// The counting Bloom filters of every discriminator during training.
///
/// Counters are `UInt32`, laid out [class][filter][entry]. An update adds at most 1 to a
/// counter per training sample, so a counter cannot exceed the number of samples; the
/// increment saturates at `UInt32.max` (never reached with fewer than 2³² samples) rather
/// than wrapping.
public struct CountingBloomFilters: Sendable, Equatable {
    public let configuration: ModelConfiguration
    public private(set) var counters: [UInt32]

    public init(configuration: ModelConfiguration) {
        self.configuration = configuration
        counters = [UInt32](repeating: 0, count: configuration.classes * configuration.filtersPerDiscriminator * configuration.entriesPerFilter)
    }

    /// Trains the discriminator of `label` on one sample's hashes ([filter][hash]) with
    /// the conservative update: per filter, least = min of its k probed counters, then
    /// each probed counter becomes max(counter, least + 1).
    public mutating func train(hashes: [UInt32], label: Int) {
        hashes.withUnsafeBufferPointer { train(hashes: $0, label: label) }
    }

    public mutating func train(hashes: UnsafeBufferPointer<UInt32>, label: Int) {
        let c = configuration
        let k = c.hashesPerFilter, e = c.entriesPerFilter, filters = c.filtersPerDiscriminator
        precondition(hashes.count == filters * k && label >= 0 && label < c.classes)
        counters.withUnsafeMutableBufferPointer { counts in
            for f in 0..<filters {
                let base = (label &* filters &+ f) &* e
                var least = UInt32.max
                for h in 0..<k { least = min(least, counts[base &+ Int(hashes[f &* k &+ h])]) }
                guard least != UInt32.max else { continue } // saturated
                let next = least &+ 1
                for h in 0..<k {
                    let i = base &+ Int(hashes[f &* k &+ h])
                    if counts[i] < next { counts[i] = next }
                }
            }
        }
    }

    /// The counter of entry `entry` of filter `filter` of class `cls`.
    public func counter(class cls: Int, filter: Int, entry: Int) -> UInt32 {
        counters[(cls * configuration.filtersPerDiscriminator + filter) * configuration.entriesPerFilter + entry]
    }

    public var maxCounter: Int { Int(counters.max() ?? 0) }

    /// Per class and filter, the smallest of the k probed counters ([class][filter]):
    /// the filter responds at bleach b exactly when this is ≥ b.
    public func minima(hashes: UnsafeBufferPointer<UInt32>, into out: UnsafeMutableBufferPointer<UInt32>) {
        let c = configuration
        let k = c.hashesPerFilter, e = c.entriesPerFilter, filters = c.filtersPerDiscriminator
        counters.withUnsafeBufferPointer { counts in
            for cls in 0..<c.classes {
                for f in 0..<filters {
                    let base = (cls &* filters &+ f) &* e
                    var least = UInt32.max
                    for h in 0..<k { least = min(least, counts[base &+ Int(hashes[f &* k &+ h])]) }
                    out[cls &* filters &+ f] = least
                }
            }
        }
    }

    /// Binarized filters: entry = (counter ≥ bleach), packed as `Model.filterWords`.
    public func binarized(bleach: Int) -> [UInt64] {
        let c = configuration
        var words = [UInt64](repeating: 0, count: counters.count / 64)
        let b = UInt32(clamping: bleach)
        for (i, v) in counters.enumerated() where v >= b {
            words[i >> 6] |= 1 << UInt64(i & 63)
        }
        precondition(words.count == c.classes * c.filtersPerDiscriminator * c.wordsPerFilter)
        return words
    }
}

/// One scored bleaching threshold.
public struct BleachTrial: Sendable, Equatable {
    public var bleach: Int
    public var correct: Int

    public init(bleach: Int, correct: Int) {
        self.bleach = bleach
        self.correct = correct
    }
}

/// The reference's coarse-to-fine search for the bleaching threshold.
public enum BleachSearch {
    /// Starts at b = max/2 with step = max(max/4, 1). Each round scores b−step, b, b+step
    /// (a candidate below 1 scores 0 without being evaluated) and moves b to the first best
    /// of the three in that order (so ties go to the lower b); stops when b did not move in
    /// a round with step 1; otherwise halves the step while it is above 1.
    /// `score` is called at most once per distinct candidate. Returns the chosen b and
    /// the trials in evaluation order.
    ///
    /// One guard the reference lacks: if the search would move below 1 (only possible
    /// when every candidate scores 0), it stops at 1.
    public static func search(maxCounter: Int, score: (Int) -> Int) -> (bleach: Int, trials: [BleachTrial]) {
        var cache: [Int: Int] = [:]
        var trials: [BleachTrial] = []
        func scored(_ b: Int) -> Int {
            if b < 1 { return 0 }
            if let s = cache[b] { return s }
            let s = score(b)
            cache[b] = s
            trials.append(BleachTrial(bleach: b, correct: s))
            return s
        }
        var b = maxCounter / 2
        var step = max(maxCounter / 4, 1)
        while true {
            let candidates = [b - step, b, b + step]
            var best = candidates[0]
            var bestScore = scored(best)
            for cand in candidates.dropFirst() {
                let s = scored(cand)
                if s > bestScore { best = cand; bestScore = s }
            }
            if best < 1 { b = 1; break }
            if best == b && step == 1 { break }
            b = best
            if step > 1 { step /= 2 }
        }
        _ = scored(b)
        return (b, trials)
    }
}

/// What training did and how long it took.
public struct TrainingReport: Sendable {
    public var configuration: ModelConfiguration
    public var seed: UInt64
    public var trainingImages: Int
    public var validationImages: Int
    /// True when validation used the last 10% of the data (more than 10,000 images);
    /// otherwise the training images themselves were used to choose the bleach.
    public var heldOutValidation: Bool
    public var maxCounter: Int
    public var bleach: Int
    public var bleachTrials: [BleachTrial]
    public var validationCorrect: Int
    public var validationAccuracy: Double { validationImages == 0 ? 0 : Double(validationCorrect) / Double(validationImages) }
    /// Seconds: thresholds (statistics + encoding setup), counting-filter training,
    /// bleach search (including validation hashing), binarization, total.
    public var thresholdSeconds: Double
    public var trainingSeconds: Double
    public var bleachSeconds: Double
    public var totalSeconds: Double
}

public struct TrainingResult: Sendable {
    public var model: Model
    public var report: TrainingReport
}

/// Trains a BTHOWeN model the way the reference does (see docs/bthowen.md):
/// thresholds from the whole training set; a seeded input order and H3 matrix;
/// conservative-update counting Bloom filters trained on the first 90% (only the
/// label's discriminator); bleach chosen on the last 10% by `BleachSearch`; binarized.
public struct Trainer: Sendable {
    public var configuration: ModelConfiguration
    public var seed: UInt64

    /// The seed the shipped models were trained with (see docs/bthowen.md).
    public static let defaultSeed: UInt64 = 1

    public init(configuration: ModelConfiguration, seed: UInt64 = Trainer.defaultSeed) {
        self.configuration = configuration
        self.seed = seed
    }

    /// The random structure of a model: the input order (a permutation of
    /// 0..<paddedInputBits, Fisher–Yates) and then the k × n H3 matrix (row by row,
    /// uniform in 0..<E), both drawn from one xoshiro256** stream seeded with `seed`.
    public static func randomStructure(_ c: ModelConfiguration, seed: UInt64) -> (inputOrder: [UInt32], hashMatrix: [UInt32]) {
        var rng = Xoshiro256StarStar(seed: seed)
        let order = rng.permutation(c.paddedInputBits)
        let matrix = (0..<c.hashesPerFilter * c.inputsPerFilter).map { _ in UInt32(rng.uniform(below: UInt64(c.entriesPerFilter))) }
        return (order, matrix)
    }

    public static func train(config: ModelConfiguration, dataset: MNISTDataset, seed: UInt64 = Trainer.defaultSeed, progress: (String) -> Void = { _ in }) throws -> TrainingResult {
        try Trainer(configuration: config, seed: seed).train(dataset: dataset, progress: progress)
    }

    public func train(dataset: MNISTDataset, progress: (String) -> Void = { _ in }) throws -> TrainingResult {
        let c = configuration
        guard dataset.pixelsPerImage == c.pixels else {
            throw MNISTError(path: "", problem: "images have \(dataset.pixelsPerImage) pixels, the \(c.name) configuration expects \(c.pixels)")
        }
        guard dataset.count > 0 else { throw MNISTError(path: "", problem: "no training images") }
        if let bad = dataset.labels.firstIndex(where: { Int($0) >= c.classes }) {
            throw MNISTError(path: "", problem: "label \(dataset.labels[bad]) at index \(bad) is not below \(c.classes) classes")
        }
        let clock = ContinuousClock()
        let start = clock.now
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }

        // 1. Thresholds over the whole training set; the random structure.
        let thresholds = Thermometer.thresholds(images: dataset.images, count: dataset.count, pixels: c.pixels, bits: c.bitsPerInput)
        let (order, matrix) = Trainer.randomStructure(c, seed: seed)
        let zero = [UInt64](repeating: 0, count: c.classes * c.filtersPerDiscriminator * c.wordsPerFilter)
        let skeleton = try Model(configuration: c, thresholds: thresholds, inputOrder: order, hashMatrix: matrix, filterWords: zero, bleach: 0, seed: seed)
        let afterThresholds = clock.now
        progress("thresholds computed over \(dataset.count) images")

        // 2. Split and train the counting filters.
        let heldOut = dataset.count > 10_000
        let validationCount = heldOut ? dataset.count / 10 : dataset.count
        let trainCount = heldOut ? dataset.count - validationCount : dataset.count
        let validationStart = dataset.count - validationCount
        var filters = CountingBloomFilters(configuration: c)
        let hashCount = c.filtersPerDiscriminator * c.hashesPerFilter
        var scratch = [UInt32](repeating: 0, count: hashCount)
        scratch.withUnsafeMutableBufferPointer { buf in
            for i in 0..<trainCount {
                Model.computeHashes(dataset.image(i), c, skeleton.positionPixel, skeleton.positionThreshold, skeleton.packedRows, skeleton.lanesWords, into: buf)
                filters.train(hashes: UnsafeBufferPointer(buf), label: Int(dataset.labels[i]))
                if (i + 1) % 10_000 == 0 || i + 1 == trainCount { progress("trained on \(i + 1)/\(trainCount) images") }
            }
        }
        let afterTraining = clock.now

        // 3. Bleaching: per validation image, class and filter, the minimum probed counter.
        let perImage = c.classes * c.filtersPerDiscriminator
        var minima = [UInt32](repeating: 0, count: validationCount * perImage)
        scratch.withUnsafeMutableBufferPointer { buf in
            minima.withUnsafeMutableBufferPointer { mins in
                for v in 0..<validationCount {
                    Model.computeHashes(dataset.image(validationStart + v), c, skeleton.positionPixel, skeleton.positionThreshold, skeleton.packedRows, skeleton.lanesWords, into: buf)
                    filters.minima(hashes: UnsafeBufferPointer(buf), into: UnsafeMutableBufferPointer(rebasing: mins[v * perImage..<(v + 1) * perImage]))
                }
            }
        }
        let labels = Array(dataset.labels[validationStart...])
        let maxCounter = filters.maxCounter
        let (bleach, trials) = BleachSearch.search(maxCounter: maxCounter) { b in
            let score = Trainer.correctCount(minima: minima, labels: labels, classes: c.classes, filters: c.filtersPerDiscriminator, bleach: b)
            progress("bleach \(b): \(score)/\(validationCount) validation images correct")
            return score
        }
        let validationCorrect = trials.first { $0.bleach == bleach }?.correct ?? 0
        let words = filters.binarized(bleach: bleach)
        let model = try Model(configuration: c, thresholds: thresholds, inputOrder: order, hashMatrix: matrix, filterWords: words, bleach: UInt32(bleach), seed: seed)
        let end = clock.now
        let report = TrainingReport(
            configuration: c, seed: seed, trainingImages: trainCount, validationImages: validationCount,
            heldOutValidation: heldOut, maxCounter: maxCounter, bleach: bleach, bleachTrials: trials,
            validationCorrect: validationCorrect,
            thresholdSeconds: seconds(afterThresholds - start), trainingSeconds: seconds(afterTraining - afterThresholds),
            bleachSeconds: seconds(end - afterTraining), totalSeconds: seconds(end - start))
        return TrainingResult(model: model, report: report)
    }

    /// Correct predictions at bleach `b` from precomputed minima [image][class][filter].
    static func correctCount(minima: [UInt32], labels: [UInt8], classes: Int, filters: Int, bleach b: Int) -> Int {
        let threshold = UInt32(clamping: b)
        var correct = 0
        minima.withUnsafeBufferPointer { m in
            for (v, label) in labels.enumerated() {
                let base = v * classes * filters
                var best = -1, bestClass = 0
                for cls in 0..<classes {
                    var r = 0
                    let cb = base + cls * filters
                    for f in 0..<filters where m[cb &+ f] >= threshold { r &+= 1 }
                    if r > best { best = r; bestClass = cls }
                }
                if bestClass == Int(label) { correct += 1 }
            }
        }
        return correct
    }
}
