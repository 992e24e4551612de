import BTHOWeNModel
import DPUSupport
import BTHOWeNKernels
import DPUSim
import Foundation

/// `simctl eval`: host reference inference of a BTHOWeN model on MNIST images.
struct EvalCommand: Command {
    static let name = "eval"
    static let abstract = "Evaluate a BTHOWeN model on MNIST on the host: accuracy, ties, confusion matrix."
    static let discussion = """
        Evaluate a BTHOWeN model with the host reference inference. --model is a shipped model \
        (small, medium, large) or a model file; without --mnist the shipped first 1,000 MNIST test \
        images are used. Prints accuracy, the number of ties (images whose highest response is shared \
        by several classes; the lowest class index wins) and the confusion matrix. --csv writes one row \
        per image: index, label, prediction, correct, tie, and the response of each class.
        """
    enum Options {
        static let model = Option<String>("model", "name|file", "Shipped model (small, medium, large) or a model file.", default: "small")
        static let mnist = Option<String?>("mnist", "dir", "Directory holding MNIST IDX files.", shownDefault: "the shipped 1,000 test images")
        static let split = WorkloadOptions.Options.split
        static let inputs = Option<Int?>("inputs", "n", "Evaluate only the first N images.", range: 1...Int(Int32.max))
        static let csv = Option<String?>("csv", "file", "Write per-image results to this CSV file.")
    }
    static let options: [any OptionDeclaration] = [Options.model, Options.mnist, Options.split, Options.inputs, Options.csv]

    var model: String
    var mnist: String?
    var split: MNISTDataset.Split
    var inputs: Int?
    var csv: String?
    /// `--csv`, checked before the evaluation.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        model = try arguments[Options.model]
        guard !model.isEmpty else { throw UsageError("'--model' is empty") }
        mnist = try arguments[Options.mnist]
        split = try parseSplit(arguments, Options.split, mnistGiven: mnist != nil)
        inputs = try arguments[Options.inputs]
        csv = try arguments[Options.csv]
        outputs = try Outputs([("csv", csv)], inputs: [try? resolveModelName(model), mnist])
    }

    func run() throws {
        let (loaded, modelSource) = try loadNamedModel(model)
        let (data, dataSource) = try loadImages(mnist: mnist, split: split, inputs: inputs)
        guard data.pixelsPerImage == loaded.configuration.pixels else {
            throw MNISTError(path: dataSource, problem: "images have \(data.pixelsPerImage) pixels, the model expects \(loaded.configuration.pixels)")
        }
        let c = loaded.configuration
        var evaluation = Evaluation(classes: c.classes)
        var table = CSVTable(header: ["index", "label", "prediction", "correct", "tie"] + (0..<c.classes).map { "response_\($0)" })
        for i in 0..<data.count {
            let r = loaded.responses(data.image(i))
            let p = Model.argmax(r)
            let label = Int(data.labels[i])
            let tie = r.filter { $0 == r[p] }.count > 1
            evaluation.record(label: label, prediction: p, tie: tie)
            if csv != nil {
                table.append(["\(i)", "\(label)", "\(p)", label == p ? "1" : "0", tie ? "1" : "0"] + r.map(String.init))
            }
        }
        print("model:    \(c) from \(modelSource), bleach \(loaded.bleach), seed \(loaded.seed)")
        print("data:     \(data.count) images from \(dataSource)")
        print("accuracy: \(percent(evaluation.accuracy)) (\(evaluation.correct)/\(evaluation.count))")
        print("ties:     \(evaluation.ties) (\(percent(data.count == 0 ? 0 : Double(evaluation.ties) / Double(data.count))); lowest class index wins)")
        print("confusion matrix (rows: label, columns: prediction):")
        let width = max(5, String(evaluation.count).count + 1)
        func pad(_ s: String) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        print(pad("") + " |" + (0..<c.classes).map { pad("\($0)") }.joined())
        print(String(repeating: "-", count: width) + "-+" + String(repeating: "-", count: width * c.classes))
        for (label, row) in evaluation.confusion.enumerated() {
            print(pad("\(label)") + " |" + row.map { pad("\($0)") }.joined())
        }
        try outputs.write(["csv": csvData(table)])
        if let csv { print("wrote:    \(csv)") }
    }
}
