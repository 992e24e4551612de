import BTHOWeNModel
import DPUSim
import PIMSystem

/// Everything the host prepares and moves for one run of a kernel — MRAM images,
/// per-DPU input shares, parameter blocks, launches and read-backs, in order — with no
/// reference to the machine that runs it. The simulator (`simulate(on:)`) and the
/// hardware backend (`HardwareRunner`) execute the same plan, so both see the same bytes.
///
/// MRAM offsets count from the start of the DPU program's free MRAM: MRAM address 0 in
/// the simulator, `DPU_MRAM_HEAP_POINTER` on a DPU, the symbol `__sys_used_mram_end` for
/// libdpu. Every offset and length is a multiple of 8.
public struct HostPlan: Sendable {
    /// The kernel, which is also the DPU program's name (`dpu/src/<kernel>.c`).
    public let kernel: String
    public let dpus: Int
    public let tasklets: Int
    /// Host threads for the plan's host work (results do not depend on it).
    let threads: Int
    public internal(set) var steps: [HostStep] = []
    /// Host work done while preparing the plan and decoding results, as counted
    /// operations (the simulator charges them; the hardware backend times them).
    public internal(set) var hostStages: [HostStageCharge] = []
    /// Decisions the kernel made (where the model lives, batch sizes…).
    public internal(set) var notes: [String] = []
    /// The index of the first step of the first batch (`beginBatches`); the steps before it
    /// are setup done once. 0 when the kernel did not say.
    public internal(set) var batchesStart = 0
    var decode: @Sendable (_ pulls: [[[UInt8]]]) -> [Int] = { _ in [] }

    init(kernel: String, _ request: InferenceRequest) {
        self.kernel = kernel
        dpus = request.dpus
        tasklets = request.tasklets
        threads = request.threads
    }

    /// The predicted class of every input, from the bytes of every `.pull` step in plan
    /// order (`pulls[p][dpu]`).
    public func predictions(fromPulls pulls: [[[UInt8]]]) -> [Int] { decode(pulls) }

    /// The number of `.launch` steps.
    public var launches: Int { steps.filter { if case .launch = $0 { return true } else { return false } }.count }

    // MARK: Building

    /// Host work over `count` independent items on the plan's threads, in index order.
    func hostMap<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] { DPUSystem.hostMap(count, threads: threads, body) }

    /// Charges `operations` of host work to `stage`; `scope` says which batch of a
    /// pipelined run does it (every batch in proportion to its inputs, by default).
    mutating func charge(_ stage: String, operations: Int, scope: HostStageScope = .perInput) {
        hostStages.append(HostStageCharge(stage: stage, operations: operations, scope: scope))
    }

    /// Marks the end of the setup (model and constant transfers): the steps from here on are
    /// batches, each its input transfers, one launch and its pulls (`PipelineWork`).
    mutating func beginBatches() { batchesStart = steps.count }

    /// The inputs per DPU (or per input group) a launch may take: `capacity`, or fewer when
    /// the request asks for pipelined batches of `batchInputs` over `units` DPUs or groups.
    static func launchCapacity(_ capacity: Int, _ request: InferenceRequest, units: Int) -> Int {
        guard let batch = request.batchInputs else { return capacity }
        return max(1, min(capacity, (batch + units - 1) / units))
    }

    mutating func broadcast(_ bytes: [UInt8], to offset: Int, label: String) {
        steps.append(.broadcast(label: label, offset: offset, bytes: bytes))
    }

    /// DPU d gets `buffers[d]`.
    mutating func push(_ buffers: [[UInt8]], to offset: Int, label: String) {
        precondition(buffers.count == dpus, "one buffer per DPU")
        steps.append(.push(label: label, offset: offset, buffers: buffers, bufferOf: Array(0..<dpus)))
    }

    /// DPU d gets `buffers[bufferOf[d]]` (several DPUs may share a buffer).
    mutating func push(_ buffers: [[UInt8]], bufferOf: [Int], to offset: Int, label: String) {
        precondition(bufferOf.count == dpus && bufferOf.allSatisfy { buffers.indices.contains($0) }, "one buffer index per DPU")
        precondition(buffers.allSatisfy { $0.count == buffers[0].count }, "push_xfer needs equal-length buffers")
        steps.append(.push(label: label, offset: offset, buffers: buffers, bufferOf: bufferOf))
    }

    /// A launch serving `inputs` inputs over all its DPUs, with each DPU's parameters.
    mutating func launch(_ layout: ParameterLayout, inputs: Int, parameters: [[String: Int]],
                         simulate: @escaping @Sendable (_ dpu: Int, _ parameters: ParameterValues, inout LaunchSetup) throws -> TaskletBody) throws {
        precondition(parameters.count == dpus, "one parameter block per DPU")
        steps.append(.launch(KernelLaunch(layout: layout, inputs: inputs, parameters: try parameters.map { try layout.encode($0) },
                                          simulate: simulate)))
    }

    /// Appends a pull and returns its index among the plan's pulls.
    mutating func pull(from offset: Int, bytesPerDPU: Int, label: String) -> Int {
        let index = steps.filter { if case .pull = $0 { return true } else { return false } }.count
        steps.append(.pull(label: label, offset: offset, bytesPerDPU: bytesPerDPU))
        return index
    }

    // MARK: Simulating

    /// Runs the plan on simulated DPUs: charges the host stages, performs every transfer
    /// and launch on `system` (which records their modelled cost), and decodes the
    /// predictions.
    public func simulate(on system: DPUSystem) throws -> [Int] {
        precondition(system.count == dpus, "the plan is for \(dpus) DPUs, the system has \(system.count)")
        for stage in hostStages { system.chargeHost(stage.stage, operations: stage.operations) }
        let all = Array(0..<dpus)
        var pulls: [[[UInt8]]] = []
        for step in steps {
            switch step {
            case .broadcast(let label, let offset, let bytes):
                try system.broadcast(bytes, to: offset, label: label)
            case .push(let label, let offset, let buffers, let bufferOf):
                try system.push(to: offset, bytesPerDPU: buffers.first?.count ?? 0, dpus: all, label: label,
                                buffers: buffers) { bufferOf[$0] }
            case .launch(let launch):
                // The parameter block is a launch argument here; its transfer is not charged.
                let values = launch.parameters.map { launch.layout.decode($0) }
                system.launchInputs = launch.inputs
                try system.launch(kernel: kernel, tasklets: tasklets) { d, setup in
                    try launch.simulate(d, values[d], &setup)
                }
            case .pull(let label, let offset, let bytesPerDPU):
                pulls.append(try system.pull(from: offset, bytesPerDPU: bytesPerDPU, dpus: all, label: label))
            }
        }
        return decode(pulls)
    }
}

/// One host operation of a `HostPlan`.
public enum HostStep: Sendable {
    /// `dpu_broadcast_to`: the same bytes to every DPU at MRAM `offset`.
    case broadcast(label: String, offset: Int, bytes: [UInt8])
    /// `dpu_prepare_xfer` + `dpu_push_xfer(DPU_XFER_TO_DPU)`: DPU d gets
    /// `buffers[bufferOf[d]]` (all of one length) at MRAM `offset`; DPUs may share a buffer.
    case push(label: String, offset: Int, buffers: [[UInt8]], bufferOf: [Int])
    /// Each DPU's parameter block to its `bthowen_params`, then `dpu_launch`.
    case launch(KernelLaunch)
    /// `dpu_push_xfer(DPU_XFER_FROM_DPU)`: `bytesPerDPU` bytes at MRAM `offset` of every DPU.
    case pull(label: String, offset: Int, bytesPerDPU: Int)
}

/// One launch of a plan: the parameter block of every DPU (the bytes of the C struct
/// `layout.cType`), and the kernel's DSL program for the simulator, which reads its
/// arguments from the decoded block.
public struct KernelLaunch: Sendable {
    public let layout: ParameterLayout
    /// Inputs this launch serves over all its DPUs.
    public let inputs: Int
    /// `parameters[d]`: DPU d's parameter block, `layout.size` bytes.
    public let parameters: [[UInt8]]
    let simulate: @Sendable (_ dpu: Int, _ parameters: ParameterValues, inout LaunchSetup) throws -> TaskletBody
}

/// Host-side work of a plan, in counted operations.
public struct HostStageCharge: Sendable, Equatable {
    public var stage: String
    public var operations: Int
    /// Which batch of a pipelined run does it; the serialized run ignores it.
    public var scope: HostStageScope = .perInput
}

/// Where a host stage falls in a pipelined run (`PipelineWork`).
public enum HostStageScope: Sendable, Equatable {
    /// Work on every input (binarize, remap, hash), shared by the batches in proportion to
    /// their inputs (its total is exact; a batch's share is, for data-dependent counts such
    /// as the hash's XORs, the average).
    case perInput
    /// Done once before the first batch (the model's relayout).
    case setup
    /// Before batch `batch`'s transfers (a transpose of its inputs).
    case prepare(batch: Int)
    /// After batch `batch`'s pulls (an argmax of its responses).
    case finish(batch: Int)
}

/// The layout of a DPU program's parameter block, as declared in
/// `dpu/include/bthowen_params.h`: `fields` are `uint32_t`, little-endian, in declaration
/// order, with no implicit padding (so field i is at offset 4·i), and the struct is a
/// multiple of 8 bytes. `Tests/BTHOWeNKernelsTests/ParameterLayoutTests.swift` compiles
/// the header and checks every offset.
public struct ParameterLayout: Sendable, Equatable {
    /// The C typedef.
    public let cType: String
    public let fields: [String]

    public var size: Int { fields.count * 4 }

    /// The byte offset of `field`, or nil.
    public func offset(of field: String) -> Int? { fields.firstIndex(of: field).map { $0 * 4 } }

    /// The block with `values` (fields named `reserved…` default to 0).
    ///
    /// - Throws: `KernelRequestError` if a field is missing or its value does not fit 32
    ///   bits unsigned (e.g. an MRAM offset past 4 GiB).
    public func encode(_ values: [String: Int]) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        for (i, field) in fields.enumerated() {
            let value: Int
            if let v = values[field] {
                value = v
            } else if field.hasPrefix("reserved") {
                value = 0
            } else {
                throw KernelRequestError(message: "\(cType): no value for field '\(field)'")
            }
            guard let word = UInt32(exactly: value) else {
                throw KernelRequestError(message: "\(cType).\(field) = \(value) does not fit a 32-bit unsigned field")
            }
            for b in 0..<4 { bytes[4 * i + b] = UInt8(truncatingIfNeeded: word >> (8 * UInt32(b))) }
        }
        for key in values.keys where !fields.contains(key) {
            throw KernelRequestError(message: "\(cType) has no field '\(key)'")
        }
        return bytes
    }

    /// The values of a block (precondition: `bytes.count == size`).
    public func decode(_ bytes: [UInt8]) -> ParameterValues {
        precondition(bytes.count == size, "\(cType) is \(size) bytes, got \(bytes.count)")
        var values: [String: Int] = [:]
        for (i, field) in fields.enumerated() { values[field] = Int(HostStages.uint32(bytes, i)) }
        return ParameterValues(values: values)
    }

    /// The fields every block starts with: the launch size and the model's shape.
    static let commonFields = ["tasklets", "inputs", "classes", "filters", "inputs_per_filter", "hashes_per_filter", "words_per_filter"]

    public static let naive = ParameterLayout(cType: "bthowen_naive_params_t", fields: commonFields + [
        "stride", "model_offset", "matrix_offset", "inputs_offset", "results_offset",
    ])
    public static let mramProbe = ParameterLayout(cType: "bthowen_mram_probe_params_t", fields: commonFields + [
        "block_bytes", "bleach", "entries_per_filter", "counters_offset", "inputs_offset", "results_offset", "reserved0",
    ])
    public static let smallPooled = ParameterLayout(cType: "bthowen_small_pooled_params_t", fields: commonFields + [
        "stride", "hash_tasklets", "batch", "model_offset", "matrix_offset", "inputs_offset", "results_offset",
    ])
    public static let largeFilterSplit = ParameterLayout(cType: "bthowen_large_filter_split_params_t", fields: commonFields + [
        "part_first", "part_count", "resident", "batch", "tables_offset", "hashes_offset", "responses_offset",
    ])
    public static let all: [ParameterLayout] = [.naive, .mramProbe, .smallPooled, .largeFilterSplit]

    /// The common fields for `inputs` inputs of a model of shape `c`.
    static func common(_ c: ModelConfiguration, tasklets: Int, inputs: Int) -> [String: Int] {
        ["tasklets": tasklets, "inputs": inputs, "classes": c.classes, "filters": c.filtersPerDiscriminator,
         "inputs_per_filter": c.inputsPerFilter, "hashes_per_filter": c.hashesPerFilter, "words_per_filter": c.wordsPerFilter]
    }
}

/// A decoded parameter block.
public struct ParameterValues: Sendable, Equatable {
    let values: [String: Int]

    /// The value of `field` (precondition: the layout has it).
    public subscript(_ field: String) -> Int {
        guard let v = values[field] else { preconditionFailure("no parameter '\(field)'") }
        return v
    }
}

/// The interface every BTHOWeN DPU program shares with the host, as
/// `dpu/include/bthowen_params.h` declares it.
public enum DPUProgramInterface {
    public static let parametersSymbol = "bthowen_params"
    public static let perfSymbol = "bthowen_perf"
    public static let maxTasklets = 24
    public static let maxClasses = 16
    public static let maxHashes = 16
    public static let maxChunks = 128

    /// `bthowen_perf_t`: `uint64_t counter[24]` at 0, then `nr_tasklets`, `status`,
    /// `counter_mode`, `reserved0` (uint32_t each).
    public static let perfSize = 208
    public static let perfCounterOffset = 0
    public static let perfNrTaskletsOffset = 192
    public static let perfStatusOffset = 196
    public static let perfCounterModeOffset = 200

    public static let statusOK: UInt32 = 0
    public static let statusTasklets: UInt32 = 1
    public static let statusParameters: UInt32 = 2
    public static let countCycles: UInt32 = 0
    public static let countInstructions: UInt32 = 1

    /// The file name `dpu/build.sh` gives the program of `kernel` built for `tasklets`.
    public static func programFile(kernel: String, tasklets: Int) -> String { "\(kernel)-t\(tasklets).dpu" }
}

/// The launch loop of the kernels that split the inputs evenly over the DPUs (`naive`,
/// `mram-probe`, `small-pooled`): each DPU gets a contiguous share; one launch handles up
/// to `capacity` inputs of every share. Per launch: push each DPU's input records
/// (`stride` bytes each) to `inputsAddress`, launch with each DPU's parameter block
/// (`parameters(inputs of this launch, results address)`), pull one 8-byte result per
/// input (the predicted class in its low 32 bits) from right after the inputs.
func planInputShares(_ plan: inout HostPlan, _ request: InferenceRequest, records: [[UInt8]], stride: Int, inputsAddress: Int,
                     layout: ParameterLayout, parameters: (_ inputs: Int, _ resultsAddress: Int) -> [String: Int],
                     simulate: @escaping @Sendable (_ dpu: Int, _ parameters: ParameterValues, inout LaunchSetup) throws -> TaskletBody) throws {
    let capacity = HostPlan.launchCapacity(try mramInputCapacity(kernel: plan.kernel, fixedBytes: inputsAddress, bytesPerInput: stride + 8,
                                                                 mramBytes: request.configuration.mramBytes), request, units: request.dpus)
    plan.beginBatches()
    let shares = (0..<request.dpus).map { share(request.inputs, over: request.dpus, $0) }
    let maxShare = shares.map(\.count).max() ?? 0
    var rounds: [(pull: Int, ranges: [Range<Int>])] = []
    var offset = 0
    repeat {
        let count = min(capacity, maxShare - offset)
        let resultsAddress = inputsAddress + count * stride
        let ranges = shares.map { s in (s.lowerBound + min(offset, s.count))..<(s.lowerBound + min(offset + count, s.count)) }
        plan.push(ranges.map { range in
            var bytes = [UInt8](repeating: 0, count: count * stride)
            for (k, i) in range.enumerated() {
                bytes.replaceSubrange(k * stride..<(k * stride + records[i].count), with: records[i])
            }
            return bytes
        }, to: inputsAddress, label: "inputs")
        try plan.launch(layout, inputs: ranges.reduce(0) { $0 + $1.count }, parameters: ranges.map { parameters($0.count, resultsAddress) }, simulate: simulate)
        rounds.append((plan.pull(from: resultsAddress, bytesPerDPU: count * 8, label: "results"), ranges))
        offset += count
    } while offset < maxShare
    let inputs = request.inputs, allRounds = rounds
    plan.decode = { pulls in
        var predictions = [Int](repeating: -1, count: inputs)
        for (pull, ranges) in allRounds {
            for (d, range) in ranges.enumerated() {
                for (k, i) in range.enumerated() { predictions[i] = Int(HostStages.uint32(pulls[pull][d], 2 * k)) }
            }
        }
        return predictions
    }
}
