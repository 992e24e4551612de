import BTHOWeNKernels
import DPUSim
import Foundation

/// `--pipeline [--batch N] [--host-threads N] [--double-buffer]`: `simctl run` also
/// schedules the run as a pipeline of batches (docs/planning.md).
struct PipelineFlags {
    enum Options {
        static let pipeline = Flag("pipeline", "Also stream the inputs in batches through host-prepare → push → launch → pull → host-finish with the overlaps the SDK allows, and report the makespan, throughput, busy fractions and bottleneck (docs/planning.md).")
        static let batch = Option<Int?>("batch", "n", "With --pipeline: inputs per batch.", range: 1...Int(Int32.max),
                                        shownDefault: "the inputs in 16 batches")
        static let hostThreads = Option<Int?>("host-threads", "n", "With --pipeline: host threads for host stages (1...4096).", range: 1...4096,
                                              shownDefault: "hostThreads of the configuration, 16")
        static let doubleBuffer = Flag("double-buffer", "With --pipeline: two MRAM input regions, so a rank's next push overlaps its launch (the SDK does not allow it; docs/planning.md).")
        static let all: [any OptionDeclaration] = [pipeline, batch, hostThreads, doubleBuffer]
    }

    /// nil without `--pipeline`.
    var batch: Int?
    var hostThreads: Int
    var doubleBuffer: Bool
    var enabled: Bool

    /// - Throws: `UsageError` for `--batch`, `--host-threads` or `--double-buffer` without
    ///   `--pipeline`, or a value out of range.
    init(_ arguments: ParsedArguments, configuration: DPUConfiguration) throws {
        enabled = arguments[Options.pipeline]
        batch = try arguments[Options.batch]
        let threads = try arguments[Options.hostThreads]
        doubleBuffer = arguments[Options.doubleBuffer]
        if !enabled {
            for (name, given) in [("batch", batch != nil), ("host-threads", threads != nil), ("double-buffer", doubleBuffer)] where given {
                throw UsageError("'--\(name)' needs '--pipeline'")
            }
        }
        hostThreads = threads ?? configuration.hostThreads
    }

    /// The options for a run of `inputs` inputs; nil without `--pipeline`.
    func options(inputs: Int) -> PipelineOptions? {
        guard enabled else { return nil }
        return PipelineOptions(batch: batch ?? PipelineOptions.defaultBatch(inputs: inputs), hostThreads: hostThreads, doubleBuffer: doubleBuffer)
    }
}

extension Summary {
    /// The pipelined run's lines, after the serialized summary.
    static func render(pipeline p: PipelineSummary, serializedTotal: Double, inputs: Int) -> String {
        func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }
        let speedup = p.makespanSeconds > 0 ? serializedTotal / p.makespanSeconds : 0
        return [
            "pipeline    \(p.batches) batch(es) of \(p.batch) inputs, \(p.hostThreads) host thread(s)\(p.doubleBuffer ? ", double-buffered MRAM inputs" : "")",
            "  makespan  \(String(format: "%.4g", p.makespanSeconds)) s (serialized \(String(format: "%.4g", serializedTotal)) s: \(String(format: "%.2f", speedup))×; these batches serialized \(String(format: "%.4g", p.serializedSeconds)) s)",
            "  steady    \(String(format: "%.4g", p.steadyInferencesPerSecond)) inferences/s (\(String(format: "%.4g", Double(inputs) / max(p.makespanSeconds, .leastNonzeroMagnitude))) over the makespan)",
            "  busy      host \(percent(p.busyHost)), transfers \(percent(p.busyTransfer)), DPUs \(percent(p.busyDPU)); bottleneck: \(p.bottleneck.rawValue)",
        ].joined(separator: "\n")
    }
}
