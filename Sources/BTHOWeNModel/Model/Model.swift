import Foundation

/// A trained, binarized BTHOWeN model: what a model file holds, and the host
/// reference inference every DPU kernel must match bit for bit.
///
/// Inference, step by step (each step is a public method so kernels can be checked
/// stage by stage):
/// 1. `encode`: thermometer bits, bit-plane-major (bit i·pixels + p = pixel p ≥
///    thresholds[i·pixels + p]), zero-padded to `paddedInputBits`.
/// 2. `permute`: permuted[j] = encoded[inputOrder[j]].
/// 3. `hashes`: filter f reads permuted bits f·n ..< (f+1)·n; hash h of filter f is the
///    XOR of hashMatrix[h·n + i] over the set bits i of that chunk (H3).
/// 4. `responses`: per class, the number of filters whose k probed entries are all 1.
/// 5. `argmax`: the class with the highest response; the lowest index wins ties.
public struct Model: Sendable {
    public let configuration: ModelConfiguration
    /// [bit i][pixel], B × pixels entries: bit = (pixel >= threshold); 0 = always 1, 256 = never.
    public let thresholds: [UInt16]
    /// permuted[j] = encoded[inputOrder[j]]; a permutation of 0..<paddedInputBits.
    public let inputOrder: [UInt32]
    /// k × n, row-major (row = hash function), values in 0..<E.
    public let hashMatrix: [UInt32]
    /// [class][filter][wordsPerFilter]; entry e of a filter is bit e % 64 of word e / 64.
    public let filterWords: [UInt64]
    /// The bleaching threshold the counters were binarized with (metadata).
    public let bleach: UInt32
    /// The training seed (metadata).
    public let seed: UInt64

    /// For each permuted position j: the encoded bit it reads (inputOrder[j]), split into
    /// (pixel, threshold), with threshold 0xFFFF for padding (never set).
    package let positionPixel: [UInt32]
    package let positionThreshold: [UInt16]
    /// For each filter input i (0..<n): the k hash-matrix entries packed in 16-bit lanes,
    /// `lanesWords` UInt64s per input.
    package let packedRows: [UInt64]
    package let lanesWords: Int

    /// Builds a model, validating every field (see `ModelFileError`).
    public init(configuration: ModelConfiguration, thresholds: [UInt16], inputOrder: [UInt32], hashMatrix: [UInt32], filterWords: [UInt64], bleach: UInt32 = 1, seed: UInt64 = 0) throws(ModelFileError) {
        let c = configuration
        if let problem = c.problem { throw ModelFileError(.badConfiguration, problem) }
        guard thresholds.count == c.bitsPerInput * c.pixels else {
            throw ModelFileError(.badSize, "thresholds has \(thresholds.count) entries, expected B × pixels = \(c.bitsPerInput * c.pixels)")
        }
        if let i = thresholds.firstIndex(where: { $0 > 256 }) {
            throw ModelFileError(.badThreshold, "threshold \(thresholds[i]) for bit \(i / c.pixels) of pixel \(i % c.pixels) is above 256 (thresholds are 0…256)")
        }
        guard inputOrder.count == c.paddedInputBits else {
            throw ModelFileError(.badSize, "input order has \(inputOrder.count) entries, expected \(c.paddedInputBits)")
        }
        var seen = [Bool](repeating: false, count: c.paddedInputBits)
        for (j, v) in inputOrder.enumerated() {
            guard Int(v) < c.paddedInputBits else {
                throw ModelFileError(.notAPermutation, "input order entry \(j) is \(v), outside 0..<\(c.paddedInputBits)")
            }
            guard !seen[Int(v)] else {
                throw ModelFileError(.notAPermutation, "input order is not a permutation: \(v) appears more than once (again at entry \(j))")
            }
            seen[Int(v)] = true
        }
        guard hashMatrix.count == c.hashesPerFilter * c.inputsPerFilter else {
            throw ModelFileError(.badSize, "hash matrix has \(hashMatrix.count) entries, expected k × n = \(c.hashesPerFilter * c.inputsPerFilter)")
        }
        if let i = hashMatrix.firstIndex(where: { Int($0) >= c.entriesPerFilter }) {
            throw ModelFileError(.badHashValue, "hash matrix entry [\(i / c.inputsPerFilter)][\(i % c.inputsPerFilter)] is \(hashMatrix[i]), not below E = \(c.entriesPerFilter)")
        }
        let words = c.classes * c.filtersPerDiscriminator * c.wordsPerFilter
        guard filterWords.count == words else {
            throw ModelFileError(.badSize, "filters have \(filterWords.count) words, expected classes × filters × E/64 = \(words)")
        }
        self.configuration = c
        self.thresholds = thresholds
        self.inputOrder = inputOrder
        self.hashMatrix = hashMatrix
        self.filterWords = filterWords
        self.bleach = bleach
        self.seed = seed
        (positionPixel, positionThreshold) = Model.positions(c, thresholds: thresholds, inputOrder: inputOrder)
        (packedRows, lanesWords) = Model.pack(c, hashMatrix: hashMatrix)
    }

    static func positions(_ c: ModelConfiguration, thresholds: [UInt16], inputOrder: [UInt32]) -> ([UInt32], [UInt16]) {
        var pixel = [UInt32](repeating: 0, count: c.paddedInputBits)
        var threshold = [UInt16](repeating: 0xFFFF, count: c.paddedInputBits)
        for (j, src) in inputOrder.enumerated() where Int(src) < c.inputBits {
            pixel[j] = src % UInt32(c.pixels)
            threshold[j] = thresholds[Int(src)]
        }
        return (pixel, threshold)
    }

    static func pack(_ c: ModelConfiguration, hashMatrix: [UInt32]) -> ([UInt64], Int) {
        let w = (c.hashesPerFilter + 3) / 4
        var packed = [UInt64](repeating: 0, count: c.inputsPerFilter * w)
        for h in 0..<c.hashesPerFilter {
            for i in 0..<c.inputsPerFilter {
                packed[i * w + h / 4] |= UInt64(hashMatrix[h * c.inputsPerFilter + i]) << UInt64(16 * (h % 4))
            }
        }
        return (packed, w)
    }

    // MARK: - Reference inference, stage by stage

    /// Thermometer encoding, bit-plane-major, zero-padded to `paddedInputBits`.
    public func encode(_ image: ArraySlice<UInt8>) -> BitVector {
        let c = configuration
        precondition(image.count == c.pixels, "image has \(image.count) pixels, model expects \(c.pixels)")
        var v = BitVector(count: c.paddedInputBits)
        let base = image.startIndex
        for i in 0..<c.bitsPerInput {
            for p in 0..<c.pixels where UInt16(image[base + p]) >= thresholds[i * c.pixels + p] {
                v[i * c.pixels + p] = true
            }
        }
        return v
    }

    /// permuted[j] = encoded[inputOrder[j]].
    public func permute(_ encoded: BitVector) -> BitVector {
        precondition(encoded.count == configuration.paddedInputBits)
        var v = BitVector(count: encoded.count)
        for (j, src) in inputOrder.enumerated() where encoded[Int(src)] { v[j] = true }
        return v
    }

    /// H3 hashes, [filter][hash]: filtersPerDiscriminator × k values in 0..<E.
    public func hashes(_ permuted: BitVector) -> [UInt32] {
        let c = configuration
        precondition(permuted.count == c.paddedInputBits)
        var result = [UInt32](repeating: 0, count: c.filtersPerDiscriminator * c.hashesPerFilter)
        for f in 0..<c.filtersPerDiscriminator {
            for h in 0..<c.hashesPerFilter {
                var x: UInt32 = 0
                for i in 0..<c.inputsPerFilter where permuted[f * c.inputsPerFilter + i] {
                    x ^= hashMatrix[h * c.inputsPerFilter + i]
                }
                result[f * c.hashesPerFilter + h] = x
            }
        }
        return result
    }

    /// Whether entry `entry` of filter `filter` of class `cls` is set.
    public func entry(class cls: Int, filter: Int, entry: Int) -> Bool {
        let c = configuration
        let word = filterWords[(cls * c.filtersPerDiscriminator + filter) * c.wordsPerFilter + entry >> 6]
        return (word >> UInt64(entry & 63)) & 1 != 0
    }

    /// Per class, the number of filters whose k probed entries are all 1.
    public func responses(hashes: [UInt32]) -> [Int] {
        let c = configuration
        precondition(hashes.count == c.filtersPerDiscriminator * c.hashesPerFilter)
        var result = [Int](repeating: 0, count: c.classes)
        filterWords.withUnsafeBufferPointer { words in
            for cls in 0..<c.classes {
                var count = 0
                for f in 0..<c.filtersPerDiscriminator {
                    let base = (cls * c.filtersPerDiscriminator + f) * c.wordsPerFilter
                    var all = true
                    for h in 0..<c.hashesPerFilter {
                        let e = Int(hashes[f * c.hashesPerFilter + h])
                        if (words[base + e >> 6] >> UInt64(e & 63)) & 1 == 0 { all = false; break }
                    }
                    if all { count += 1 }
                }
                result[cls] = count
            }
        }
        return result
    }

    /// The index of the largest response; the lowest index wins ties.
    public static func argmax(_ responses: [Int]) -> Int {
        argmax(responses, ties: .lowestIndex)
    }

    /// The index of the largest response, ties resolved by `ties`. 0 for an empty array.
    public static func argmax(_ responses: [Int], ties: TieRule) -> Int {
        var best = 0
        switch ties {
        case .lowestIndex: for i in responses.indices where responses[i] > responses[best] { best = i }
        case .highestIndex: for i in responses.indices where responses[i] >= responses[best] { best = i }
        }
        return best
    }

    /// The predicted class of `image` (fast path; equal to
    /// `argmax(responses(hashes: hashes(permute(encode(image)))), ties: ties)`).
    public func predict(_ image: ArraySlice<UInt8>, ties: TieRule = .lowestIndex) -> Int {
        Model.argmax(responses(image), ties: ties)
    }

    /// Per-class responses for `image` (fast path).
    public func responses(_ image: ArraySlice<UInt8>) -> [Int] {
        responses(hashes: fastHashes(image))
    }

    /// H3 hashes straight from the image, fused (no intermediate bit vectors): the
    /// path training and prediction use. Equal to `hashes(permute(encode(image)))`.
    public func fastHashes(_ image: ArraySlice<UInt8>) -> [UInt32] {
        let c = configuration
        var out = [UInt32](repeating: 0, count: c.filtersPerDiscriminator * c.hashesPerFilter)
        out.withUnsafeMutableBufferPointer { o in
            Model.computeHashes(image, c, positionPixel, positionThreshold, packedRows, lanesWords, into: o)
        }
        return out
    }

    package static func computeHashes(_ image: ArraySlice<UInt8>, _ c: ModelConfiguration, _ pixel: [UInt32], _ threshold: [UInt16], _ packed: [UInt64], _ w: Int, into out: UnsafeMutableBufferPointer<UInt32>) {
        precondition(image.count == c.pixels, "image has \(image.count) pixels, model expects \(c.pixels)")
        let n = c.inputsPerFilter, k = c.hashesPerFilter
        image.withUnsafeBufferPointer { img in
            pixel.withUnsafeBufferPointer { px in
                threshold.withUnsafeBufferPointer { th in
                    packed.withUnsafeBufferPointer { pk in
                        var acc: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
                        for f in 0..<c.filtersPerDiscriminator {
                            acc = (0, 0, 0, 0)
                            let base = f &* n
                            if w == 1 {
                                var a: UInt64 = 0
                                for i in 0..<n {
                                    let j = base &+ i
                                    let bit = UInt64(UInt16(img[Int(px[j])]) >= th[j] ? 1 : 0)
                                    a ^= pk[i] & (0 &- bit)
                                }
                                acc.0 = a
                            } else {
                                for i in 0..<n {
                                    let j = base &+ i
                                    guard UInt16(img[Int(px[j])]) >= th[j] else { continue }
                                    acc.0 ^= pk[i &* w]
                                    if w > 1 { acc.1 ^= pk[i &* w &+ 1] }
                                    if w > 2 { acc.2 ^= pk[i &* w &+ 2] }
                                    if w > 3 { acc.3 ^= pk[i &* w &+ 3] }
                                }
                            }
                            for h in 0..<k {
                                let word: UInt64
                                switch h / 4 {
                                case 0: word = acc.0
                                case 1: word = acc.1
                                case 2: word = acc.2
                                default: word = acc.3
                                }
                                out[f &* k &+ h] = UInt32(truncatingIfNeeded: (word >> UInt64(16 * (h % 4))) & 0xFFFF)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Accuracy on a dataset: correct predictions, ties (more than one class at the
    /// maximum response), and the confusion matrix [label][prediction].
    public func evaluate(_ dataset: MNISTDataset) -> Evaluation {
        let c = configuration
        var eval = Evaluation(classes: c.classes)
        for i in 0..<dataset.count {
            let r = responses(dataset.image(i))
            let p = Model.argmax(r)
            let label = Int(dataset.labels[i])
            eval.record(label: label, prediction: p, tie: r.filter { $0 == r[p] }.count > 1)
        }
        return eval
    }
}

/// The outcome of evaluating a model on labelled images.
public struct Evaluation: Sendable, Equatable {
    public var count = 0
    public var correct = 0
    public var ties = 0
    /// [label][prediction], classes × classes.
    public var confusion: [[Int]]

    public init(classes: Int) { confusion = Array(repeating: Array(repeating: 0, count: classes), count: classes) }

    public mutating func record(label: Int, prediction: Int, tie: Bool) {
        count += 1
        if label == prediction { correct += 1 }
        if tie { ties += 1 }
        if label < confusion.count { confusion[label][prediction] += 1 }
    }

    public var accuracy: Double { count == 0 ? 0 : Double(correct) / Double(count) }
}

/// Which class an argmax picks when several share the largest response.
public enum TieRule: Sendable, Equatable {
    /// The lowest class index: `Model.argmax`, the BTHOWeN reference (strict `>` scan).
    case lowestIndex
    /// The highest class index: a `>=` scan keeping the last maximum (the PIMbthowen port).
    case highestIndex
}
