import BTHOWeNModel

/// The arguments of the training kernels as the host writes them to MRAM address 0 of each
/// DPU: the Swift mirror of `bthowen_train_args_t` in `dpu/include/bthowen_train.h`
/// (104 bytes, little-endian, every field a `UInt32`). `TrainingLayoutTests` compiles the C
/// header with clang and checks that every offset and size equals `TrainArgs.layout`.
///
/// The DSL kernels read these bytes back from MRAM with a DMA, so the layout is exercised
/// functionally, not only documented.
struct TrainArgs: Equatable {
    enum Kernel: UInt32 { case train = 0, bleachMinima = 1, bleachScore = 2, binarize = 3 }

    var kernel: Kernel = .train
    var pairs: UInt32 = 0
    var entries: UInt32 = 0
    var hashes: UInt32 = 0
    var inputsPerFilter: UInt32 = 0
    var dpuHashing: UInt32 = 0
    var recordBytes: UInt32 = 0
    var firstLaunch: UInt32 = 0
    var tableThreshold: UInt32 = TrainArgs.never
    var images: UInt32 = 0
    var candidates: UInt32 = 0
    var classesOwned: UInt32 = 0
    var threshold: [UInt32] = [0, 0, 0, 0]
    var pairTable: UInt32 = 0
    var result: UInt32 = 0
    var matrix: UInt32 = 0
    var counters: UInt32 = 0
    var minima: UInt32 = 0
    var minimaStride: UInt32 = 0
    var responses: UInt32 = 0
    var bits: UInt32 = 0
    var streams: UInt32 = 0
    /// The launch's tasklet count (`NR_TASKLETS`): the C programs check it and take it as the
    /// run-time bound of their loops over the tasklets, so that no loop is unrolled for one
    /// tasklet count (docs/instruction-counts.md); the DSL kernels check it too.
    var tasklets: UInt32 = 0

    /// `BTHOWEN_NEVER`: a table threshold that never stages a table.
    static let never: UInt32 = 0xFFFF_FFFF
    /// `BTHOWEN_MAX_CANDIDATES`.
    static let maxCandidates = 3
    /// `BTHOWEN_TRAIN_ARGS_BYTES`.
    static let bytes = 104

    /// (C field name, byte offset, byte size), in declaration order: the layout the test
    /// compares with the C compiler's.
    static let layout: [(name: String, offset: Int, size: Int)] = [
        ("kernel", 0, 4), ("pairs", 4, 4), ("entries", 8, 4), ("hashes", 12, 4), ("inputs_per_filter", 16, 4),
        ("dpu_hashing", 20, 4), ("record_bytes", 24, 4), ("first_launch", 28, 4), ("table_threshold", 32, 4),
        ("images", 36, 4), ("candidates", 40, 4), ("classes_owned", 44, 4), ("threshold", 48, 16),
        ("pair_table", 64, 4), ("result", 68, 4), ("matrix", 72, 4), ("counters", 76, 4), ("minima", 80, 4),
        ("minima_stride", 84, 4), ("responses", 88, 4), ("bits", 92, 4), ("streams", 96, 4), ("tasklets", 100, 4),
    ]

    /// The 104 bytes of `bthowen_train_args_t`.
    var encoded: [UInt8] {
        precondition(threshold.count == 4)
        let words: [UInt32] = [kernel.rawValue, pairs, entries, hashes, inputsPerFilter, dpuHashing, recordBytes, firstLaunch,
                               tableThreshold, images, candidates, classesOwned] + threshold
            + [pairTable, result, matrix, counters, minima, minimaStride, responses, bits, streams, tasklets]
        let out = littleEndianBytes(words)
        assert(out.count == TrainArgs.bytes)
        return out
    }

    /// Decodes what `encoded` wrote (the DPU side's view), from 104 bytes.
    init(decoding b: UnsafeRawPointer) {
        func w(_ i: Int) -> UInt32 { UInt32(littleEndian: b.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)) }
        kernel = Kernel(rawValue: w(0)) ?? .train
        pairs = w(1); entries = w(2); hashes = w(3); inputsPerFilter = w(4); dpuHashing = w(5); recordBytes = w(6)
        firstLaunch = w(7); tableThreshold = w(8); images = w(9); candidates = w(10); classesOwned = w(11)
        threshold = [w(12), w(13), w(14), w(15)]
        pairTable = w(16); result = w(17); matrix = w(18); counters = w(19); minima = w(20); minimaStride = w(21)
        responses = w(22); bits = w(23); streams = w(24); tasklets = w(25)
    }

    init() {}
}

/// One owned (class, filter) pair: the Swift mirror of `bthowen_train_pair_t` (16 bytes).
struct TrainPair: Equatable {
    var cls: UInt16
    var classSlot: UInt16
    var filter: UInt16
    var samples: UInt32
    var streamOffset: UInt32

    /// `BTHOWEN_TRAIN_PAIR_BYTES`.
    static let bytes = 16
    static let layout: [(name: String, offset: Int, size: Int)] = [
        ("cls", 0, 2), ("class_slot", 2, 2), ("filter", 4, 2), ("reserved", 6, 2), ("samples", 8, 4), ("stream_offset", 12, 4),
    ]

    var encoded: [UInt8] {
        var out = [UInt8](repeating: 0, count: TrainPair.bytes)
        func put16(_ v: UInt16, _ at: Int) { out[at] = UInt8(truncatingIfNeeded: v); out[at + 1] = UInt8(truncatingIfNeeded: v >> 8) }
        put16(cls, 0); put16(classSlot, 2); put16(filter, 4)
        out.replaceSubrange(8..<16, with: littleEndianBytes([samples, streamOffset]))
        return out
    }

    init(cls: UInt16, classSlot: UInt16, filter: UInt16, samples: UInt32, streamOffset: UInt32) {
        self.cls = cls
        self.classSlot = classSlot
        self.filter = filter
        self.samples = samples
        self.streamOffset = streamOffset
    }

    init(decoding b: UnsafeRawPointer) {
        cls = UInt16(littleEndian: b.loadUnaligned(fromByteOffset: 0, as: UInt16.self))
        classSlot = UInt16(littleEndian: b.loadUnaligned(fromByteOffset: 2, as: UInt16.self))
        filter = UInt16(littleEndian: b.loadUnaligned(fromByteOffset: 4, as: UInt16.self))
        samples = UInt32(littleEndian: b.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        streamOffset = UInt32(littleEndian: b.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
    }
}

/// Little-endian bytes of 32-bit words.
func littleEndianBytes(_ words: [UInt32]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: words.count * 4)
    for (i, w) in words.enumerated() {
        out[4 * i] = UInt8(truncatingIfNeeded: w)
        out[4 * i + 1] = UInt8(truncatingIfNeeded: w >> 8)
        out[4 * i + 2] = UInt8(truncatingIfNeeded: w >> 16)
        out[4 * i + 3] = UInt8(truncatingIfNeeded: w >> 24)
    }
    return out
}
