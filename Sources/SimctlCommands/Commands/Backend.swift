import DPUHardware
import BTHOWeNKernels
import DPUSim
import Foundation

/// `--backend` and `--dpu-programs`: which machine runs the kernels — DPUSim, real UPMEM
/// DPUs, or the UPMEM SDK's functional simulator — and where the DPU programs are.
struct BackendOptions {
    static let backend = Option<Backend>(
        "backend", "name", "sim (DPUSim), hardware (UPMEM DPUs through libdpu) or upmem-simulator (the UPMEM SDK's simulator).",
        default: .sim, describe: { $0.rawValue }, parse: { try BackendOptions.parse($0) })
    static let programs = Option<String?>(
        "dpu-programs", "dir", "With a libdpu backend: the DPU programs built by dpu/build.sh.", shownDefault: "dpu/build")
    static let all: [any OptionDeclaration] = [backend, programs]

    static var names: String { Backend.allCases.map(\.rawValue).joined(separator: ", ") }

    /// A backend name, or a usage error listing the names.
    static func parse(_ text: String) throws -> Backend {
        guard let backend = Backend(rawValue: text) else {
            throw UsageError("unknown backend '\(text)' (one of \(names))")
        }
        return backend
    }
}

/// What a libdpu backend needs, found before any work starts: libdpu itself and the DPU
/// program of every kernel and tasklet count to run.
struct HardwareSession {
    let library: LibDPU
    let programs: DPUPrograms

    /// Opens libdpu and checks that every needed program was built.
    ///
    /// - Throws: `LibDPUError` saying what was not found and how to install the SDK, or
    ///   `HardwareRunError` naming the missing program and the build command. Both are
    ///   runtime failures (exit 1), reported before any model or image is loaded.
    static func open(_ arguments: ParsedArguments, kernels: [any InferenceKernel], tasklets: [Int]) throws -> HardwareSession {
        let library = try LibDPU.load()
        let programs = DPUPrograms.locate(explicit: try arguments[BackendOptions.programs])
        for kernel in kernels {
            for t in tasklets { _ = try programs.require(kernel: kernel.name, tasklets: t) }
        }
        return HardwareSession(library: library, programs: programs)
    }

    /// Runs one point on `backend`, turning a request the kernel or its DPU program cannot
    /// serve into a usage error.
    func run(_ kernel: any InferenceKernel, _ request: InferenceRequest, backend: Backend) throws -> RunReport {
        if let problem = kernel.problem(with: request) ?? HardwareRunner.problem(kernel, with: request) { throw UsageError(problem) }
        return RunReport(try HardwareRunner.run(kernel, request, backend: backend, library: library, programs: programs))
    }
}

/// The human-readable summary of a run measured through libdpu.
enum MeasuredSummary {
    static func render(_ r: RunReport, dataSource: String) -> String {
        let g = { (x: Double) in String(format: "%.4g", x) }
        var lines = [
            "kernel      \(r.kernel) on the \(r.model) model, \(r.dpus) DPUs × \(r.tasklets) tasklets (backend \(r.backend))",
            "inputs      \(r.inputs) from \(dataSource); \(r.launches) launch(es)",
            "accuracy    \(String(format: "%.2f%%", r.accuracy * 100)); predictions match the host reference",
        ]
        if r.unmeasured.contains("dpu_cycles") {
            lines.append("DPU         \(r.instructions) instructions (every DPU, counted by the SDK's simulator)")
        } else {
            lines.append("DPU         \(r.dpuCycles) cycles (slowest DPU, performance counter); \(String(format: "%.0f", r.cyclesPerInput)) cycles/input")
        }
        lines += [
            "time        dpu_launch \(g(r.dpuSeconds)) s, transfers \(g(r.transferSeconds)) s, host \(g(r.hostSeconds)) s (wall clock); total \(g(r.totalSeconds)) s",
            "transfers   host→DPU \(r.hostToDPUBytes) B, DPU→host \(r.dpuToHostBytes) B",
        ]
        for note in r.notes { lines.append("note        \(note)") }
        return lines.joined(separator: "\n")
    }
}
