import BTHOWeNModel
import DPUSim
import PIMSystem
import Foundation

/// What to run: a model, its inputs, and how many DPUs and tasklets to use.
public struct InferenceRequest: Sendable {
    public var model: Model
    public var dataset: MNISTDataset
    public var dpus: Int
    public var tasklets: Int
    public var configuration: DPUConfiguration
    /// Host threads that simulate DPUs concurrently (results do not depend on it).
    public var threads: Int
    /// `small-pooled`: how many of the tasklets hash (the rest probe filters); nil = half.
    public var hashTasklets: Int?
    /// Records timelines of the launches and DPUs it selects; nil (the default) records none.
    public var tracer: SystemTracer?
    /// A pipelined run's batch: at most about this many inputs per launch over all DPUs;
    /// nil (the default) lets the kernel fill MRAM, as the serialized run does. A kernel
    /// rounds it up to a whole number of inputs per DPU (per input group for
    /// `large-filter-split`), and MRAM's capacity still caps it.
    public var batchInputs: Int?

    public init(model: Model, dataset: MNISTDataset, dpus: Int, tasklets: Int,
                configuration: DPUConfiguration = .v1A, threads: Int = 1, hashTasklets: Int? = nil) {
        self.model = model
        self.dataset = dataset
        self.dpus = dpus
        self.tasklets = tasklets
        self.configuration = configuration
        self.threads = threads
        self.hashTasklets = hashTasklets
    }

    public var inputs: Int { dataset.count }
}

/// A BTHOWeN inference strategy: how the work is split between the host, the DPUs and
/// the tasklets, and what lives in WRAM or MRAM. `docs/kernels.md` draws each one.
public protocol InferenceKernel: Sendable {
    /// The name `simctl` uses (`--kernel NAME`).
    var name: String { get }
    /// One line for `simctl kernels`.
    var summary: String { get }
    /// The model this strategy was designed for (the default of `--model`).
    var defaultModel: String { get }
    /// Why this request cannot run (a usage problem), or nil.
    func problem(with request: InferenceRequest) -> String?
    /// Everything the host prepares and moves to serve `request`, for any backend: the
    /// simulator and the hardware backend execute the same plan.
    func plan(_ request: InferenceRequest) throws -> HostPlan
    /// Runs the request on `system`, returning the predicted class of every input and
    /// notes about decisions the kernel made (e.g. where the model lives).
    func run(_ request: InferenceRequest, on system: DPUSystem) throws -> (predictions: [Int], notes: [String])
    /// How the kernel's argmax resolves equal responses; its predictions are checked against
    /// the host reference computed with the same rule.
    var tieRule: TieRule { get }
}

extension InferenceKernel {
    /// The reference rule, unless the kernel says otherwise.
    public var tieRule: TieRule { .lowestIndex }

    /// Kernels that only run on the simulator have no host plan.
    public func plan(_ request: InferenceRequest) throws -> HostPlan {
        throw KernelRequestError(message: "kernel '\(name)' has no host plan, so it runs only on the simulator")
    }

    /// Simulates the kernel's host plan on `system`.
    public func run(_ request: InferenceRequest, on system: DPUSystem) throws -> (predictions: [Int], notes: [String]) {
        let plan = try plan(request)
        return (try plan.simulate(on: system), plan.notes)
    }
}

/// The kernels `simctl` knows, in listing order.
public enum Kernels {
    public static let all: [any InferenceKernel] = [NaiveKernel(), MRAMProbeKernel(), SmallPooledKernel(), LargeFilterSplitKernel()]

    public static func named(_ name: String) -> (any InferenceKernel)? { all.first { $0.name == name } }

    public static var names: [String] { all.map(\.name) }
}

/// A kernel's predictions differ from the host reference: the simulated kernel is wrong.
public struct ReferenceMismatch: Error, CustomStringConvertible {
    public var kernel: String
    public var input: Int
    public var predicted: Int
    public var expected: Int
    public var mismatches: Int
    public var description: String {
        "kernel '\(kernel)' disagrees with the host reference on \(mismatches) input(s); first: input \(input) predicted \(predicted), reference \(expected)"
    }
}

/// A request the kernel cannot serve (too few tasklets, a DPU count it cannot split…).
public struct KernelRequestError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The result of one simulated inference run, with everything reports need.
public struct InferenceOutcome: Sendable {
    public var kernel: String
    public var modelName: String
    public var dpus: Int
    public var tasklets: Int
    public var inputs: Int
    public var predictions: [Int]
    public var correct: Int
    public var ledger: SystemLedger
    public var configuration: DPUConfiguration
    public var notes: [String]

    public var accuracy: Double { inputs == 0 ? 0 : Double(correct) / Double(inputs) }
}

public enum Inference {
    /// Runs `kernel` on a fresh system, checks every prediction against the host reference
    /// (`Model.predict`), and returns the outcome.
    ///
    /// - Throws: `KernelRequestError` if the kernel cannot serve the request,
    ///   `ReferenceMismatch` if a prediction differs, or any simulator fault.
    public static func run(_ kernel: any InferenceKernel, _ request: InferenceRequest,
                           progress: (@Sendable (LaunchProgress) -> Void)? = nil) throws -> InferenceOutcome {
        if let problem = kernel.problem(with: request) { throw KernelRequestError(message: problem) }
        try request.configuration.validateTasklets(request.tasklets)
        let system = try DPUSystem(configuration: request.configuration, dpus: request.dpus, threads: request.threads)
        system.onDPUFinished = progress
        system.tracer = request.tracer
        let (predictions, notes) = try kernel.run(request, on: system)
        let correct = try check(predictions, of: kernel.name, ties: kernel.tieRule, against: request)
        return InferenceOutcome(kernel: kernel.name, modelName: request.model.configuration.name, dpus: request.dpus,
                                tasklets: request.tasklets, inputs: request.inputs, predictions: predictions,
                                correct: correct, ledger: system.ledger, configuration: request.configuration, notes: notes)
    }

    /// Checks every prediction against the host reference (`Model.predict` with the
    /// kernel's tie rule, computed on `request.threads` host threads) and returns how many
    /// match the labels. With `.highestIndex` an input whose top responses tie gets a
    /// different (equally supported) class than `Model.predict`, so the kernel's accuracy
    /// can differ from the reference accuracy by the inputs with ties.
    ///
    /// - Throws: `ReferenceMismatch` naming the first input that differs.
    public static func check(_ predictions: [Int], of kernel: String, ties: TieRule = .lowestIndex,
                             against request: InferenceRequest) throws -> Int {
        precondition(predictions.count == request.inputs, "kernel returned \(predictions.count) predictions for \(request.inputs) inputs")
        var mismatches = 0
        var first: (Int, Int, Int)?
        var correct = 0
        let reference = DPUSystem.hostMap(request.inputs, threads: request.threads) { request.model.predict(request.dataset.image($0), ties: ties) }
        for i in 0..<request.inputs {
            let expected = reference[i]
            if predictions[i] != expected {
                mismatches += 1
                if first == nil { first = (i, predictions[i], expected) }
            }
            if predictions[i] == Int(request.dataset.labels[i]) { correct += 1 }
        }
        if let (i, p, e) = first {
            throw ReferenceMismatch(kernel: kernel, input: i, predicted: p, expected: e, mismatches: mismatches)
        }
        return correct
    }
}

// MARK: - Shared pieces of the kernels

/// How the DPU programs' `bthowen_read`/`bthowen_write` (dpu/include/bthowen_dpu.h) split a
/// transfer: DMAs of at most BTHOWEN_DMA_MAX = 2048 bytes, so `full` chunks of 2048 bytes
/// and `partial` (0 or 1) shorter last one. Their proxy listings take another path for a
/// full chunk than for a partial one, so the kernels charge the two apart. 0 bytes: none.
struct ProgramChunks {
    static let maxBytes = 2048
    let full: Int, partial: Int
    init(bytes: Int) {
        full = bytes / Self.maxBytes
        partial = bytes % Self.maxBytes == 0 ? 0 : 1
    }
}

/// A bump allocator for a DPU's MRAM layout, 8-byte aligned.
struct MRAMPlan {
    private(set) var size = 0
    mutating func take(_ bytes: Int) -> Int {
        let address = size
        size += roundUp8(bytes)
        return address
    }
}

/// How many inputs of `bytesPerInput` MRAM bytes each fit after `fixedBytes` of model
/// data in an MRAM of `mramBytes`. Every kernel plans its MRAM through this before it
/// moves anything, so a model that does not fit the configured MRAM is an error naming
/// both sizes ("naive: the model's 2359296 bytes and 1 input of 112 bytes do not fit in
/// 1024 bytes of MRAM (mramBytes)"), never a negative range or a loop with no progress.
/// Throws `KernelRequestError` when fewer than `minimum` inputs fit.
func mramInputCapacity(kernel: String, fixedBytes: Int, bytesPerInput: Int, minimum: Int = 1, mramBytes: Int) throws -> Int {
    let capacity = max(0, mramBytes - fixedBytes) / max(1, bytesPerInput)
    guard capacity >= minimum else {
        throw KernelRequestError(message: "\(kernel): the model's \(fixedBytes) bytes and \(minimum) input\(minimum == 1 ? "" : "s") of \(bytesPerInput) bytes do not fit in \(mramBytes) bytes of MRAM (mramBytes)")
    }
    return capacity
}

@inline(__always) func roundUp8(_ x: Int) -> Int { (x + 7) & ~7 }

/// Inputs `range(of: d)` of DPU `d` when `inputs` are split evenly over `dpus` DPUs
/// (contiguous blocks; the first `inputs % dpus` DPUs take one more).
func share(_ inputs: Int, over dpus: Int, _ d: Int) -> Range<Int> {
    let base = inputs / dpus, extra = inputs % dpus
    let start = d * base + min(d, extra)
    return start..<(start + base + (d < extra ? 1 : 0))
}

/// Host-side data preparation shared by the kernels, each charged to the plan's host
/// stages as counted operations.
enum HostStages {
    /// Thermometer-encodes and permutes every input (binarize + remap), returning each
    /// input's permuted bit vector as little-endian bytes padded to a multiple of 8.
    static func binarizeAndRemap(_ model: Model, _ dataset: MNISTDataset, plan: inout HostPlan) -> (bytes: [[UInt8]], stride: Int) {
        let c = model.configuration
        let stride = roundUp8((c.paddedInputBits + 7) / 8)
        var result: [[UInt8]] = []
        result.reserveCapacity(dataset.count)
        for i in 0..<dataset.count {
            let permuted = model.permute(model.encode(dataset.image(i)))
            var bytes = [UInt8](repeating: 0, count: stride)
            for (w, word) in permuted.words.enumerated() {
                for b in 0..<8 where w * 8 + b < stride { bytes[w * 8 + b] = UInt8(truncatingIfNeeded: word >> (8 * UInt64(b))) }
            }
            result.append(bytes)
        }
        plan.charge("binarize", operations: dataset.count * c.inputBits)
        plan.charge("remap", operations: dataset.count * c.paddedInputBits)
        return (result, stride)
    }

    /// H3 hashes of every input, [input][filter][hash]. Charged as binarize + remap +
    /// one operation per input bit and per XOR of a set bit.
    static func hashes(_ model: Model, _ dataset: MNISTDataset, plan: inout HostPlan) -> [[UInt32]] {
        let c = model.configuration
        let hashed = plan.hostMap(dataset.count) { i -> (hashes: [UInt32], xors: Int) in
            // Permuting does not change the number of set bits, so the encoded vector counts them.
            (model.fastHashes(dataset.image(i)), model.encode(dataset.image(i)).popCount * c.hashesPerFilter)
        }
        let result = hashed.map(\.hashes)
        let xors = hashed.reduce(0) { $0 + $1.xors }
        plan.charge("binarize", operations: dataset.count * c.inputBits)
        plan.charge("remap", operations: dataset.count * c.paddedInputBits)
        plan.charge("hash", operations: dataset.count * c.paddedInputBits + xors)
        return result
    }

    /// Little-endian bytes of `words`, zero-padded to a multiple of 8 (a DMA's granule).
    static func bytes(of words: [UInt32]) -> [UInt8] {
        var out = littleEndianBytes(words)
        out += [UInt8](repeating: 0, count: roundUp8(out.count) - out.count)
        return out
    }

    static func bytes(of words: ArraySlice<UInt64>) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: words.count * 8)
        for (i, w) in words.enumerated() {
            for b in 0..<8 { out[8 * i + b] = UInt8(truncatingIfNeeded: w >> (8 * UInt64(b))) }
        }
        return out
    }

    static func uint32(_ bytes: [UInt8], _ i: Int) -> UInt32 {
        UInt32(bytes[4 * i]) | UInt32(bytes[4 * i + 1]) << 8 | UInt32(bytes[4 * i + 2]) << 16 | UInt32(bytes[4 * i + 3]) << 24
    }
}
