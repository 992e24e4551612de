/// The shape of a BTHOWeN model (Susskind et al., PACT 2022, Table 3).
public struct ModelConfiguration: Sendable, Hashable, CustomStringConvertible {
    /// "small" | "medium" | "large", or "custom".
    public var name: String
    /// Thermometer bits per pixel (B).
    public var bitsPerInput: Int
    /// Inputs per Bloom filter (n).
    public var inputsPerFilter: Int
    /// Entries per Bloom filter (E, a power of two, at least 64).
    public var entriesPerFilter: Int
    /// Hash functions per Bloom filter (k).
    public var hashesPerFilter: Int
    /// Discriminators (one per class).
    public var classes: Int
    /// Pixels per image.
    public var pixels: Int

    public init(name: String, bitsPerInput: Int, inputsPerFilter: Int, entriesPerFilter: Int, hashesPerFilter: Int, classes: Int = 10, pixels: Int = 784) {
        self.name = name
        self.bitsPerInput = bitsPerInput
        self.inputsPerFilter = inputsPerFilter
        self.entriesPerFilter = entriesPerFilter
        self.hashesPerFilter = hashesPerFilter
        self.classes = classes
        self.pixels = pixels
    }

    /// MNIST-Small: 2 bits/pixel, 28 inputs, 1024 entries, 2 hashes → 56 filters, 70 KiB.
    public static let small = ModelConfiguration(name: "small", bitsPerInput: 2, inputsPerFilter: 28, entriesPerFilter: 1024, hashesPerFilter: 2)
    /// MNIST-Medium: 3 bits/pixel, 28 inputs, 2048 entries, 2 hashes → 84 filters, 210 KiB.
    public static let medium = ModelConfiguration(name: "medium", bitsPerInput: 3, inputsPerFilter: 28, entriesPerFilter: 2048, hashesPerFilter: 2)
    /// MNIST-Large: 6 bits/pixel, 49 inputs, 8192 entries, 4 hashes → 96 filters, 960 KiB.
    public static let large = ModelConfiguration(name: "large", bitsPerInput: 6, inputsPerFilter: 49, entriesPerFilter: 8192, hashesPerFilter: 4)

    public static let all: [ModelConfiguration] = [.small, .medium, .large]

    /// The configuration called `name` ("small", "medium", "large"; case-insensitive).
    public static func named(_ name: String) -> ModelConfiguration? {
        all.first { $0.name == name.lowercased() }
    }

    /// Encoded input bits: pixels × B.
    public var inputBits: Int { pixels * bitsPerInput }
    /// `inputBits` rounded up to a multiple of n (the padding bits are always 0).
    public var paddedInputBits: Int { (inputBits + inputsPerFilter - 1) / inputsPerFilter * inputsPerFilter }
    /// Filters per discriminator: paddedInputBits / n (56, 84, 96).
    public var filtersPerDiscriminator: Int { paddedInputBits / inputsPerFilter }
    /// 64-bit words per binarized filter: E / 64.
    public var wordsPerFilter: Int { entriesPerFilter / 64 }
    /// log2(E): bits in a hash value.
    public var hashBits: Int { entriesPerFilter.trailingZeroBitCount }
    /// Size of the binarized filters in bits: classes × filters × E.
    public var filterBits: Int { classes * filtersPerDiscriminator * entriesPerFilter }

    public var description: String {
        "\(name) (B=\(bitsPerInput), n=\(inputsPerFilter), E=\(entriesPerFilter), k=\(hashesPerFilter), \(filtersPerDiscriminator) filters × \(classes) classes)"
    }

    /// Limits the model file format and the fast paths accept.
    public static let limits = (
        bitsPerInput: 1...16, inputsPerFilter: 1...1024, entriesPerFilter: 64...65536,
        hashesPerFilter: 1...16, classes: 1...256, pixels: 1...(1 << 20)
    )

    /// Why this configuration is invalid, or nil when it is valid.
    public var problem: String? {
        let l = ModelConfiguration.limits
        if !l.bitsPerInput.contains(bitsPerInput) { return "bits per input \(bitsPerInput) is outside \(l.bitsPerInput)" }
        if !l.inputsPerFilter.contains(inputsPerFilter) { return "inputs per filter \(inputsPerFilter) is outside \(l.inputsPerFilter)" }
        if !l.entriesPerFilter.contains(entriesPerFilter) { return "entries per filter \(entriesPerFilter) is outside \(l.entriesPerFilter)" }
        if entriesPerFilter.nonzeroBitCount != 1 { return "entries per filter \(entriesPerFilter) is not a power of two" }
        if !l.hashesPerFilter.contains(hashesPerFilter) { return "hashes per filter \(hashesPerFilter) is outside \(l.hashesPerFilter)" }
        if !l.classes.contains(classes) { return "class count \(classes) is outside \(l.classes)" }
        if !l.pixels.contains(pixels) { return "pixel count \(pixels) is outside \(l.pixels)" }
        return nil
    }
}

/// A fixed-length bit vector, LSB-first within each 64-bit word: bit i is
/// `(words[i / 64] >> (i % 64)) & 1`. Bits at or above `count` are zero.
public struct BitVector: Sendable, Equatable, Hashable {
    public var words: [UInt64]
    public var count: Int

    public init(count: Int) {
        self.count = count
        self.words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    public init(_ bits: [Bool]) {
        self.init(count: bits.count)
        for (i, b) in bits.enumerated() where b { self[i] = true }
    }

    public subscript(i: Int) -> Bool {
        get { (words[i >> 6] >> UInt64(i & 63)) & 1 != 0 }
        set {
            precondition(i >= 0 && i < count, "bit index \(i) out of range 0..<\(count)")
            if newValue { words[i >> 6] |= 1 << UInt64(i & 63) } else { words[i >> 6] &= ~(1 << UInt64(i & 63)) }
        }
    }

    /// Number of set bits.
    public var popCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The bits as an array of booleans.
    public var bits: [Bool] { (0..<count).map { self[$0] } }
}
