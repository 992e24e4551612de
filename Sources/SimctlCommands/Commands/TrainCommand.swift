import BTHOWeNModel
import BTHOWeNKernels
import DPUSim
import Foundation

/// The options `simctl train` and `simctl train on-dpus` share: the model shape, the MNIST
/// directory, the model file to write, the seed and how many training images to use.
struct TrainingInput {
    enum Options {
        static let shape = Option<ModelConfiguration>(required: "shape", "name", "Model shape: small, medium or large (docs/bthowen.md).",
                                                      missing: "missing '--shape' (small, medium or large)", parse: TrainingInput.shape)
        static let mnist = Option<String>(required: "mnist", "dir", "Directory holding the MNIST IDX files.", missing: "missing '--mnist DIR'")
        static let out = Option<String>(required: "out", "file", "Model file to write.", missing: "missing '--out FILE'")
        static let seed = Option<UInt64>("seed", "n", "Seed for the input order and hash matrix (unsigned 64-bit).", default: Trainer.defaultSeed,
                                         describe: { String($0) }, parse: TrainingInput.seed)
        static let images = Option<Int?>("images", "n", "Use the first N training images.", range: 1...Int(Int32.max), shownDefault: "all")
        static let all: [any OptionDeclaration] = [shape, mnist, out, seed, images]
    }

    var configuration: ModelConfiguration
    var mnist: String
    var out: String
    var seed: UInt64
    var images: Int?

    init(parsing arguments: ParsedArguments) throws {
        configuration = try arguments[Options.shape]
        mnist = try arguments[Options.mnist]
        out = try arguments[Options.out]
        seed = try arguments[Options.seed]
        images = try arguments[Options.images]
    }

    @Sendable static func shape(_ name: String) throws -> ModelConfiguration {
        guard let config = ModelConfiguration.named(name) else { throw UsageError("'--shape' must be small, medium or large, got '\(name)'") }
        return config
    }

    @Sendable static func seed(_ text: String) throws -> UInt64 {
        guard let seed = UInt64(text) else { throw UsageError("'--seed' expects an unsigned 64-bit integer, got '\(text)'") }
        return seed
    }

    /// The training split of --mnist, cut to --images.
    func loadTrainingImages() throws -> MNISTDataset {
        let train = try MNISTDataset.load(directory: mnist, split: .train)
        guard let images else { return train }
        guard images <= train.count else { throw UsageError("'--images' is \(images), but \(mnist) holds only \(train.count) training images") }
        return train.prefix(images)
    }
}

/// `simctl train`: trains a BTHOWeN model on MNIST on the host and writes a model file.
struct TrainCommand: Command {
    static let name = "train"
    static let abstract = "Train a BTHOWeN model (small, medium or large) on MNIST and write a model file."
    static let discussion = """
        Train a BTHOWeN model on the MNIST training images in DIR (train-images-idx3-ubyte or \
        train-images.idx3-ubyte, raw or .gz): gaussian thermometer thresholds, a seeded input order \
        and H3 matrix, conservative-update counting Bloom filters trained on the first 90%, the \
        bleaching threshold chosen on the last 10%, binarized. Progress goes to stderr. If DIR also \
        holds the test files (t10k-…), the test accuracy is printed too. The model file is written \
        atomically (never partially). 'simctl train on-dpus' trains the same model on simulated \
        DPUs instead (docs/training.md).
        """
    static let options: [any OptionDeclaration] = TrainingInput.Options.all
    static var subcommands: [any Command.Type] { [TrainOnDPUsCommand.self] }
    static let movedOptions = TrainOnDPUsCommand.movedFromTrain

    var input: TrainingInput
    /// `--out`, checked before training.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        input = try TrainingInput(parsing: arguments)
        outputs = try Outputs([("out", input.out)], inputs: [input.mnist])
    }

    func run() throws {
        let (configuration, mnist, seed) = (input.configuration, input.mnist, input.seed)
        let clock = ContinuousClock()
        let start = clock.now
        printError("loading MNIST training images from \(mnist)")
        let train = try input.loadTrainingImages()
        let loaded = clock.now
        printError("training \(configuration) on \(train.count) images, seed \(seed)")
        let result = try Trainer.train(config: configuration, dataset: train, seed: seed) { printError("  \($0)") }
        let r = result.report
        try outputs.write(["out": result.model.serialized()])
        print("model:               \(configuration.name) \(configuration)")
        print("seed:                \(seed)")
        print("training images:     \(r.trainingImages) (+ \(r.validationImages) \(r.heldOutValidation ? "held-out validation" : "reused for validation"))")
        print("max counter:         \(r.maxCounter)")
        print("bleach:              \(r.bleach) (tried \(r.bleachTrials.map { "\($0.bleach)" }.joined(separator: ", ")))")
        print("validation accuracy: \(percent(r.validationAccuracy)) (\(r.validationCorrect)/\(r.validationImages))")
        if MNISTDataset.hasSplit(directory: mnist, split: .test) {
            let test = try MNISTDataset.load(directory: mnist, split: .test)
            let e = result.model.evaluate(test)
            print("test accuracy:       \(percent(e.accuracy)) (\(e.correct)/\(e.count), \(e.ties) ties)")
        }
        print(String(format: "time:                %.3f s training (thresholds %.3f s, filters %.3f s, bleach search %.3f s); %.3f s loading", r.totalSeconds, r.thresholdSeconds, r.trainingSeconds, r.bleachSeconds, Self.seconds(loaded - start)))
        print("wrote:               \(input.out) (\(ModelFile.fileSize(configuration)) bytes)")
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
}

func percent(_ x: Double) -> String { String(format: "%.2f%%", x * 100) }
