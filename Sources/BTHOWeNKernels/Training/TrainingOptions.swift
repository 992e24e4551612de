import BTHOWeNModel
import DPUSim
import Foundation

/// How the training work is split over the DPUs (docs/training.md).
public enum TrainingStrategy: String, CaseIterable, Sendable {
    /// Exact: every (class, filter) pair is owned by one DPU (and one tasklet of it), which
    /// applies every update of that pair in training order; counters equal the host's.
    case filterSplit = "train-filter-split"
    /// Approximate: each DPU trains full counting filters on a contiguous shard of the
    /// training images; the host merges the counters (`MergeRule`).
    case dataParallel = "train-data-parallel"

    public var summary: String {
        switch self {
        case .filterSplit: return "exact: each DPU owns a share of the (class, filter) pairs and sees every update of them, in order"
        case .dataParallel: return "approximate: each DPU trains all filters on a shard of the images; the host merges the counters"
        }
    }
}

/// Where the H3 hashes are computed.
public enum HashingSide: String, CaseIterable, Sendable {
    /// The host hashes; records are k 16-bit hashes.
    case host
    /// The host binarizes and transposes; the DPU hashes each record's n input bits.
    case dpu
}

/// How `train-data-parallel` combines the DPUs' counters.
public enum MergeRule: String, CaseIterable, Sendable {
    /// Saturating sum: with one DPU it is the exact model; counters keep the scale of
    /// "how many training samples reached this entry", so the bleach search works as on
    /// the host (docs/training.md).
    case sum
    /// Element-wise maximum: never above any single-shard count.
    case max

    /// Folds `part` into `accumulator`, element by element.
    func fold(_ accumulator: UnsafeMutableBufferPointer<UInt32>, _ part: UnsafeRawBufferPointer) {
        precondition(part.count == accumulator.count * 4)
        for i in 0..<accumulator.count {
            let v = UInt32(littleEndian: part.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
            switch self {
            case .sum:
                let (r, overflow) = accumulator[i].addingReportingOverflow(v)
                accumulator[i] = overflow ? .max : r
            case .max:
                accumulator[i] = Swift.max(accumulator[i], v)
            }
        }
    }
}
