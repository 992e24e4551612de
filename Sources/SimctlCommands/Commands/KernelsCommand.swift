import BTHOWeNKernels

/// `simctl kernels`: the inference strategies, one line each.
struct KernelsCommand: Command {
    static let name = "kernels"
    static let abstract = "List the BTHOWeN inference kernels."
    static let options: [any OptionDeclaration] = []

    init(parsing arguments: ParsedArguments) throws {}

    func run() throws {
        let width = Kernels.names.map(\.count).max() ?? 0
        for k in Kernels.all {
            print("\(k.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(k.summary) (default model: \(k.defaultModel))")
        }
    }
}
