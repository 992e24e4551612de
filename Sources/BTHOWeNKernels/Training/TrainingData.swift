import BTHOWeNModel
import DPUSim

/// Everything the host prepares before the DPUs train: the model's structure (thresholds,
/// input order, H3 matrix — exactly as `Trainer` computes them), the split, and one
/// *record* per (image, filter): the k hashes of that filter (host hashing, `UInt16` each)
/// or its n input bits (DPU hashing, packed in 32-bit words), as `bthowen_train.h` lays
/// them out.
struct TrainingData {
    let configuration: ModelConfiguration
    /// The model with zero filters: thresholds, input order, H3 matrix, seed.
    let skeleton: Model
    let dpuHashing: Bool
    /// Bytes per record: 2k (host hashing) or 4·⌈n/32⌉ (DPU hashing).
    let recordBytes: Int
    /// [image][filter][recordBytes], for every image of the dataset.
    let records: [UInt8]
    let labels: [UInt8]
    let trainCount: Int
    let validationStart: Int
    let validationCount: Int
    let heldOutValidation: Bool
    /// Training images of each class, ascending (indices into 0..<trainCount).
    let trainingByClass: [[Int]]
    /// Host operations spent, by stage, for the ledger: thresholds, binarize, remap, hash or
    /// transpose. Split into the training images' and the validation images' shares.
    let trainStages: [(String, Int)]
    let validationStages: [(String, Int)]

    var filters: Int { configuration.filtersPerDiscriminator }
    var pairs: Int { configuration.classes * configuration.filtersPerDiscriminator }

    /// Validates the dataset like `Trainer.train` and prepares the records.
    init(configuration c: ModelConfiguration, dataset: MNISTDataset, seed: UInt64, dpuHashing: Bool) throws {
        try Self.check(dataset, for: c)
        configuration = c
        self.dpuHashing = dpuHashing
        let thresholds = Thermometer.thresholds(images: dataset.images, count: dataset.count, pixels: c.pixels, bits: c.bitsPerInput)
        let (order, matrix) = Trainer.randomStructure(c, seed: seed)
        let zero = [UInt64](repeating: 0, count: c.classes * c.filtersPerDiscriminator * c.wordsPerFilter)
        skeleton = try Model(configuration: c, thresholds: thresholds, inputOrder: order, hashMatrix: matrix, filterWords: zero, bleach: 0, seed: seed)

        heldOutValidation = dataset.count > 10_000
        validationCount = heldOutValidation ? dataset.count / 10 : dataset.count
        trainCount = heldOutValidation ? dataset.count - validationCount : dataset.count
        validationStart = dataset.count - validationCount
        labels = dataset.labels

        let k = c.hashesPerFilter, n = c.inputsPerFilter, F = c.filtersPerDiscriminator
        let words = (n + 31) / 32
        let recordBytes = dpuHashing ? 4 * words : 2 * k
        self.recordBytes = recordBytes
        let perImage = F * recordBytes
        let trainCount = self.trainCount, validationCount = self.validationCount
        var out = [UInt8](repeating: 0, count: dataset.count * perImage)
        var setBitsTrain = 0, setBitsValidation = 0
        let model = skeleton
        var hashes = [UInt32](repeating: 0, count: F * k)
        var chunk = [UInt32](repeating: 0, count: words)
        out.withUnsafeMutableBytes { dst in
            hashes.withUnsafeMutableBufferPointer { hb in
                for i in 0..<dataset.count {
                    let image = dataset.image(i)
                    let base = image.startIndex
                    var setBits = 0
                    if !dpuHashing {
                        Model.computeHashes(image, c, model.positionPixel, model.positionThreshold, model.packedRows, model.lanesWords, into: hb)
                    }
                    for f in 0..<F {
                        for w in 0..<words { chunk[w] = 0 }
                        for bit in 0..<n {
                            let j = f * n + bit
                            if UInt16(image[base + Int(model.positionPixel[j])]) >= model.positionThreshold[j] {
                                chunk[bit >> 5] |= 1 << UInt32(bit & 31)
                                setBits += 1
                            }
                        }
                        let at = i * perImage + f * recordBytes
                        if dpuHashing {
                            for w in 0..<words { dst.storeBytes(of: chunk[w].littleEndian, toByteOffset: at + 4 * w, as: UInt32.self) }
                        } else {
                            for h in 0..<k { dst.storeBytes(of: UInt16(truncatingIfNeeded: hb[f * k + h]).littleEndian, toByteOffset: at + 2 * h, as: UInt16.self) }
                        }
                    }
                    if i < trainCount { setBitsTrain += setBits }
                    if i >= dataset.count - validationCount { setBitsValidation += setBits }
                }
            }
        }
        records = out
        var byClass = [[Int]](repeating: [], count: c.classes)
        for i in 0..<trainCount { byClass[Int(dataset.labels[i])].append(i) }
        trainingByClass = byClass

        // Host work, counted as HostStages does for inference; thresholds: one histogram
        // update per pixel of every image, plus the per-pixel statistics.
        func stages(images: Int, setBits: Int) -> [(String, Int)] {
            var s = [("binarize", images * c.inputBits), ("remap", images * c.paddedInputBits)]
            if dpuHashing {
                s.append(("transpose", images * F * words))
            } else {
                s.append(("hash", images * c.paddedInputBits + setBits * k))
            }
            return s
        }
        trainStages = [("thresholds", dataset.count * c.pixels + c.pixels * 256 * 2)] + stages(images: trainCount, setBits: setBitsTrain)
        validationStages = stages(images: validationCount, setBits: setBitsValidation)
    }

    /// What `Trainer.train` refuses: images of the wrong size, no images, labels past the
    /// classes, and shapes the DPU record layout cannot hold.
    private static func check(_ dataset: MNISTDataset, for c: ModelConfiguration) throws {
        guard dataset.pixelsPerImage == c.pixels else {
            throw MNISTError(path: "", problem: "images have \(dataset.pixelsPerImage) pixels, the \(c.name) configuration expects \(c.pixels)")
        }
        guard dataset.count > 0 else { throw MNISTError(path: "", problem: "no training images") }
        if let bad = dataset.labels.firstIndex(where: { Int($0) >= c.classes }) {
            throw MNISTError(path: "", problem: "label \(dataset.labels[bad]) at index \(bad) is not below \(c.classes) classes")
        }
        guard c.entriesPerFilter <= 65536, c.classes <= 65535, c.filtersPerDiscriminator <= 65535 else {
            throw MNISTError(path: "", problem: "configuration too large for the DPU record layout")
        }
    }

    /// The record of image `i` for filter `f`.
    @inline(__always) func recordOffset(image i: Int, filter f: Int) -> Int { (i * filters + f) * recordBytes }

    /// Training images of class `cls` with index in `range`, ascending (a slice of `trainingByClass`).
    func training(class cls: Int, in range: Range<Int>) -> ArraySlice<Int> {
        let list = trainingByClass[cls]
        return list[lowerBound(list, range.lowerBound)..<lowerBound(list, range.upperBound)]
    }
}

/// The first index of the sorted `list` whose value is ≥ `value`.
func lowerBound(_ list: [Int], _ value: Int) -> Int {
    var lo = 0, hi = list.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if list[mid] < value { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
