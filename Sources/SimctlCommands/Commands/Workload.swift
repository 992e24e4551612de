import BTHOWeNModel
import DPUSupport
import BTHOWeNKernels
import DPUSim
import PIMSystem
import Foundation

/// The options `run`, `sweep` and `compare` share: which model, which inputs, which DPU
/// parameters, how many host threads. Parsed and validated once, loaded once.
struct WorkloadOptions {
    /// The declarations, which commands list whole (`all`) or in part.
    enum Options {
        static let model = Option<String?>("model", "name|file", "small, medium, large (the shipped models) or a model file.",
                                           shownDefault: "the kernel's own")
        static let inputs = Option<Int?>("inputs", "n", "Use the first N images.", range: 1...Int(Int32.max), shownDefault: "all")
        static let mnist = Option<String?>("mnist", "dir", "Use MNIST IDX files from this directory instead of the shipped subset.")
        static let split = Option<MNISTDataset.Split>("split", "test|train", "With --mnist: test or train.", default: .test, choices: [.test, .train])
        static let config = Option<String?>("config", "file", "JSON file of DPU parameter overrides (docs/configuration.md).")
        static let hashTasklets = Option<Int?>("hash-tasklets", "n", "small-pooled: tasklets in the hashing pool.", range: 1...1024,
                                               shownDefault: "half")
        static let threads = Option<Int>("threads", "n", "Host threads simulating DPUs (results do not depend on it).",
                                         default: ProcessInfo.processInfo.activeProcessorCount, range: 1...4096, shownDefault: "all cores")
        static let csv = Option<String?>("csv", "file", "Write the report as CSV (RFC 4180).")
        static let uncertainty = Flag("uncertainty", "Also run at the low and high ends of the model's uncertain parameters and report the DPU cycle range (docs/fidelity.md; 3× the work).")
        static let quiet = Flag("quiet", "No progress output.")
        static let all: [any OptionDeclaration] = [model, inputs, mnist, split, config, hashTasklets, threads, csv, uncertainty, quiet]
    }

    var model: String?
    var inputs: Int?
    var mnist: String?
    var split: MNISTDataset.Split
    var configuration: DPUConfiguration
    var hashTasklets: Int?
    var threads: Int
    var csv: String?
    var quiet: Bool
    var uncertainty: Bool
    /// The files the run reads (model, configuration, MNIST directory), which no output
    /// may name (`Outputs`).
    var inputFiles: [String?]

    init(_ arguments: ParsedArguments) throws {
        typealias O = Options
        model = try arguments[O.model]
        if let model, model.isEmpty { throw UsageError("'--model' is empty") }
        inputs = try arguments[O.inputs]
        mnist = try arguments[O.mnist]
        split = try parseSplit(arguments, O.split, mnistGiven: mnist != nil)
        configuration = try loadConfiguration(arguments[O.config])
        hashTasklets = arguments.declares(O.hashTasklets) ? try arguments[O.hashTasklets] : nil
        threads = try arguments[O.threads]
        csv = try arguments[O.csv]
        quiet = arguments.declares(O.quiet) && arguments[O.quiet]
        uncertainty = arguments.declares(O.uncertainty) && arguments[O.uncertainty]
        inputFiles = [model.flatMap { try? resolveModelName($0) }, try arguments[O.config], mnist]
    }

    /// Refuses options that none of `kernels` uses (`--hash-tasklets` is small-pooled's),
    /// rather than ignoring them.
    func checkApplies(to kernels: [any InferenceKernel]) throws {
        if hashTasklets != nil && !kernels.contains(where: { $0.name == "small-pooled" }) {
            throw UsageError("'--hash-tasklets' applies only to the small-pooled kernel")
        }
    }

    /// Loads the model named by `--model`, or the shipped model `fallback` when none was given.
    func loadModel(default fallback: String) throws -> Model {
        guard let model else { return try loadShippedModel(fallback) }
        return try loadNamedModel(model).model
    }

    /// The images: `--mnist DIR` or the shipped subset, cut to `--inputs`.
    func loadDataset() throws -> (MNISTDataset, String) {
        try loadImages(mnist: mnist, split: split, inputs: inputs)
    }

    func request(model: Model, dataset: MNISTDataset, dpus: Int, tasklets: Int) throws -> InferenceRequest {
        guard dataset.pixelsPerImage == model.configuration.pixels else {
            throw UsageError("images have \(dataset.pixelsPerImage) pixels, the model expects \(model.configuration.pixels)")
        }
        return InferenceRequest(model: model, dataset: dataset, dpus: dpus, tasklets: tasklets,
                                configuration: configuration, threads: threads, hashTasklets: hashTasklets)
    }

    /// Runs one point, turning a request the kernel cannot serve into a usage error.
    func run(_ kernel: any InferenceKernel, _ request: InferenceRequest) throws -> RunReport {
        try report(kernel, request, try outcome(kernel, request))
    }

    /// The report of a run's outcome, with its cycle range when `--uncertainty` asks for it.
    func report(_ kernel: any InferenceKernel, _ request: InferenceRequest, _ outcome: InferenceOutcome) throws -> RunReport {
        var report = RunReport(outcome)
        if uncertainty { report.cycleRange = try CycleRange.of(kernel, request, nominal: report.dpuCycles) }
        return report
    }

    /// `run`, returning the whole outcome (with the system's ledger).
    func outcome(_ kernel: any InferenceKernel, _ request: InferenceRequest) throws -> InferenceOutcome {
        if let problem = kernel.problem(with: request) { throw UsageError(problem) }
        do {
            try request.configuration.validateTasklets(request.tasklets)
        } catch {
            throw UsageError(error.message)
        }
        let progress = Progress(enabled: !quiet, label: "\(kernel.name) \(request.model.configuration.name) \(request.dpus)×\(request.tasklets)",
                                inputs: request.inputs)
        defer { progress.finish() }
        return try Inference.run(kernel, request, progress: progress.callback)
    }
}

extension WorkloadOptions {
    /// `outcome` for a pipelined run of `options.batch`-input batches.
    func pipelined(_ kernel: any InferenceKernel, _ request: InferenceRequest, _ options: PipelineOptions) throws -> PipelinedRun {
        if let problem = kernel.problem(with: request) { throw UsageError(problem) }
        let progress = Progress(enabled: !quiet, label: "\(kernel.name) pipelined, batches of \(options.batch)", inputs: request.inputs)
        defer { progress.finish() }
        return try PipelinedRun.run(kernel, request, options, progress: progress.callback)
    }
}

/// Progress on stderr while DPUs are simulated — only when stderr is a terminal and
/// `--quiet` is not given: the launch, DPUs done, inputs done of the run, and an ETA
/// extrapolated from the inputs done so far (DPUs done within the current launch count
/// pro rata).
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let label: String
    private let totalInputs: Int
    private let lock = NSLock()
    private var done = 0
    private var lastLaunch = -1
    /// Inputs of the launches finished before the current one.
    private var inputsBefore = 0
    private var currentInputs = 0
    private var lastDraw = 0.0
    private let start = Date()

    init(enabled: Bool, label: String, inputs: Int) {
        self.enabled = enabled && isatty(2) != 0
        self.label = label
        self.totalInputs = inputs
    }

    var callback: (@Sendable (LaunchProgress) -> Void)? {
        guard enabled else { return nil }
        return { [self] p in
            lock.lock(); defer { lock.unlock() }
            if p.launch != lastLaunch {
                inputsBefore += currentInputs
                currentInputs = p.inputs
                lastLaunch = p.launch
                done = 0
            }
            done += 1
            let elapsed = Date().timeIntervalSince(start)
            // Redraw at most 10 times a second, and always at the end of a launch.
            guard elapsed - lastDraw >= 0.1 || done == p.dpus else { return }
            lastDraw = elapsed
            let inputsDone = Double(inputsBefore) + Double(currentInputs) * Double(done) / Double(p.dpus)
            let fraction = totalInputs > 0 ? min(1, inputsDone / Double(totalInputs)) : 0
            let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            let line = String(format: "\r%@: launch %d, DPUs %d/%d, inputs %.0f/%d, %.1f s elapsed, ETA %.1f s   ",
                              label, p.launch + 1, done, p.dpus, inputsDone, totalInputs, elapsed, eta)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func finish() {
        if enabled && lastLaunch >= 0 { FileHandle.standardError.write(Data("\r\u{1b}[K".utf8)) }
    }
}

/// `--split test|train`, which only makes sense with `--mnist DIR`; test by default.
func parseSplit(_ arguments: ParsedArguments, _ split: Option<MNISTDataset.Split>, mnistGiven: Bool) throws -> MNISTDataset.Split {
    if arguments.given(split) && !mnistGiven { throw UsageError("'--split' needs '--mnist DIR' (the shipped data is a test subset)") }
    return try arguments[split]
}

/// The path of the model `--model NAME` names: a shipped model (small, medium, large) or
/// a model file. A name that is both — `small` with a file `small` in the working
/// directory — is a usage error asking for `./small`, so that a stray file never
/// shadows a shipped model silently (and a command given no `--model` always uses the
/// shipped one, whatever the working directory holds).
func resolveModelName(_ name: String) throws -> String {
    guard ModelConfiguration.named(name) != nil else { return name }
    if FileManager.default.fileExists(atPath: name) {
        throw UsageError("'--model \(name)' names the shipped model and also a file '\(name)' in the working directory; write './\(name)' for the file")
    }
    return try ShippedData.modelPath(name)
}

/// A shipped model by name or a model file (`resolveModelName`). Returns the model and
/// the path it came from.
func loadNamedModel(_ name: String) throws -> (model: Model, path: String) {
    let path = try resolveModelName(name)
    return (try Model(contentsOfFile: path), path)
}

/// A shipped model by name, whatever the working directory holds (the default of
/// `--model`).
func loadShippedModel(_ name: String) throws -> Model {
    try Model(contentsOfFile: ShippedData.modelPath(name))
}

/// The images of `--mnist DIR` (the given split) or the shipped subset, cut to the first
/// `inputs`, and a description of where they came from.
func loadImages(mnist: String?, split: MNISTDataset.Split, inputs: Int?) throws -> (MNISTDataset, String) {
    var data: MNISTDataset
    var source: String
    if let mnist {
        data = try MNISTDataset.load(directory: mnist, split: split)
        source = "\(mnist) (\(split.rawValue) split)"
    } else {
        data = try ShippedData.testSubset()
        source = "shipped MNIST test subset"
    }
    if let inputs {
        guard inputs <= data.count else {
            throw UsageError("'--inputs' is \(inputs), but \(source) holds only \(data.count) images")
        }
        data = data.prefix(inputs)
    }
    return (data, source)
}

/// A CSV table as the bytes of its file.
func csvData(_ table: CSVTable) -> Data { Data(table.text.utf8) }
