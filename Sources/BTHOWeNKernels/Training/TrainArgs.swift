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

    /// Every field in C declaration order, declared once: its C name and where the struct
    /// keeps it. `layout`, `encoded` and `init(decoding:)` all follow this table.
    private enum Field {
        case word(WritableKeyPath<TrainArgs, UInt32>)
        case words(WritableKeyPath<TrainArgs, [UInt32]>, count: Int)
        var count: Int { if case .words(_, let n) = self { n } else { 1 } }
    }

    private static var fields: [(name: String, field: Field)] {
        [("kernel", .word(\.kernelCode)), ("pairs", .word(\.pairs)), ("entries", .word(\.entries)), ("hashes", .word(\.hashes)),
         ("inputs_per_filter", .word(\.inputsPerFilter)), ("dpu_hashing", .word(\.dpuHashing)),
         ("record_bytes", .word(\.recordBytes)), ("first_launch", .word(\.firstLaunch)),
         ("table_threshold", .word(\.tableThreshold)), ("images", .word(\.images)), ("candidates", .word(\.candidates)),
         ("classes_owned", .word(\.classesOwned)), ("threshold", .words(\.threshold, count: 4)),
         ("pair_table", .word(\.pairTable)), ("result", .word(\.result)), ("matrix", .word(\.matrix)),
         ("counters", .word(\.counters)), ("minima", .word(\.minima)), ("minima_stride", .word(\.minimaStride)),
         ("responses", .word(\.responses)), ("bits", .word(\.bits)), ("streams", .word(\.streams)),
         ("tasklets", .word(\.tasklets))]
    }

    /// `kernel` as the word the C struct holds (an unknown code decodes as `.train`).
    private var kernelCode: UInt32 {
        get { kernel.rawValue }
        set { kernel = Kernel(rawValue: newValue) ?? .train }
    }

    /// (C field name, byte offset, byte size), in declaration order: the layout the test
    /// compares with the C compiler's (every field is made of `UInt32` words).
    static let layout: [(name: String, offset: Int, size: Int)] = {
        var offset = 0
        return fields.map { name, field in
            defer { offset += 4 * field.count }
            return (name, offset, 4 * field.count)
        }
    }()

    /// The 104 bytes of `bthowen_train_args_t`.
    var encoded: [UInt8] {
        precondition(threshold.count == 4)
        let words = Self.fields.flatMap { _, field -> [UInt32] in
            switch field {
            case .word(let path): [self[keyPath: path]]
            case .words(let path, _): self[keyPath: path]
            }
        }
        let out = littleEndianBytes(words)
        assert(out.count == TrainArgs.bytes)
        return out
    }

    /// Decodes what `encoded` wrote (the DPU side's view), from 104 bytes.
    init(decoding b: UnsafeRawPointer) {
        func w(_ i: Int) -> UInt32 { UInt32(littleEndian: b.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)) }
        var index = 0
        for (_, field) in Self.fields {
            switch field {
            case .word(let path): self[keyPath: path] = w(index)
            case .words(let path, let n): self[keyPath: path] = (index..<index + n).map(w)
            }
            index += field.count
        }
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
