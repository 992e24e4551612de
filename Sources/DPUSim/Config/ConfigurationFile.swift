import DPUSupport
import Foundation

/// One entry of the configuration table: a JSON key, its unit, its source, the values it
/// accepts and how to read and write it. Declared once in `DPUConfiguration.parameters`;
/// `validate()`, `simctl config` and `docs/configuration.md` all read the range from here.
public struct ConfigurationParameter: Sendable {
    public enum Value: Sendable, Equatable, CustomStringConvertible {
        case integer(Int)
        case real(Double)
        case boolean(Bool)
        case text(String)

        public var description: String {
            switch self {
            case .integer(let v): String(v)
            case .real(let v): CSVTable.format(v, significantDigits: 8)
            case .boolean(let v): String(v)
            case .text(let v): v
            }
        }
    }

    /// The values a parameter accepts. Every range is closed and finite, chosen so that the engine
    /// computes with any value in it (docs/configuration.md, "Accepted ranges", gives the
    /// argument): no cycle count, byte count or allocation derived from an accepted value leaves
    /// the type it lands in.
    public enum Range: Sendable, Equatable, CustomStringConvertible {
        /// Integers in `bounds` that are multiples of `multipleOf` (1: any integer).
        case integers(ClosedRange<Int>, multipleOf: Int = 1)
        /// Finite reals in `bounds`; `positive` excludes a lower bound of 0 itself.
        case reals(ClosedRange<Double>, positive: Bool = false)
        /// One of these strings.
        case choices([String])
        /// Any string.
        case text

        /// Why `value` is outside the range — the range's description, to follow "must be" —
        /// or nil if inside. A value of the wrong kind (a string for a number) is outside.
        public func violation(_ value: Value) -> String? {
            switch (self, value) {
            case let (.integers(bounds, step), .integer(v)):
                return bounds.contains(v) && v % step == 0 ? nil : description
            case let (.reals(bounds, positive), .real(v)):
                return v.isFinite && bounds.contains(v) && !(positive && v == 0) ? nil : description
            case let (.choices(words), .text(v)):
                return words.contains(v) ? nil : description
            case (.text, .text):
                return nil
            default:
                return description
            }
        }

        public var description: String {
            switch self {
            case let .integers(bounds, step):
                let interval = "\(bounds.lowerBound)...\(bounds.upperBound)"
                return step == 1 ? "in \(interval)" : "a multiple of \(step) in \(interval)"
            case let .reals(bounds, positive):
                let low = CSVTable.format(bounds.lowerBound, significantDigits: 8)
                let high = CSVTable.format(bounds.upperBound, significantDigits: 8)
                return positive ? "> 0 and <= \(high)" : "in \(low)...\(high)"
            case let .choices(words):
                return words.map { "\"\($0)\"" }.joined(separator: " or ")
            case .text:
                return "any string"
            }
        }
    }

    public var key: String
    public var unit: String
    public var source: String
    /// The values `validate()` accepts for this parameter (cross-parameter rules, such as
    /// `dmaMaxBytes >= dmaMinBytes`, are checked there in addition).
    public var range: Range
    let get: @Sendable (DPUConfiguration) -> Value
    let set: @Sendable (inout DPUConfiguration, Value) throws(ConfigurationError) -> Void

    public func value(in configuration: DPUConfiguration) -> Value { get(configuration) }
}

extension ConfigurationParameter {
    static func int(_ key: String, _ path: WritableKeyPath<DPUConfiguration, Int> & Sendable, _ unit: String,
                    _ range: ClosedRange<Int>, multipleOf step: Int = 1, _ source: String) -> Self {
        Self(key: key, unit: unit, source: source, range: .integers(range, multipleOf: step), get: { .integer($0[keyPath: path]) }, set: { c, v throws(ConfigurationError) in
            switch v {
            case .integer(let i): c[keyPath: path] = i
            case .real(let d) where d.rounded() == d && abs(d) < 1e15: c[keyPath: path] = Int(d)
            default: throw ConfigurationError("'\(key)' expects an integer, got \(v)")
            }
        })
    }

    static func real(_ key: String, _ path: WritableKeyPath<DPUConfiguration, Double> & Sendable, _ unit: String,
                     _ range: ClosedRange<Double>, positive: Bool = false, _ source: String) -> Self {
        Self(key: key, unit: unit, source: source, range: .reals(range, positive: positive), get: { .real($0[keyPath: path]) }, set: { c, v throws(ConfigurationError) in
            switch v {
            case .integer(let i): c[keyPath: path] = Double(i)
            case .real(let d): c[keyPath: path] = d
            default: throw ConfigurationError("'\(key)' expects a number, got \(v)")
            }
        })
    }
}

extension DPUConfiguration {
    /// The configuration table: every parameter, its JSON key, unit and source (`docs/configuration.md` in prose; a test checks they agree).
    public static let parameters: [ConfigurationParameter] = {
        var p: [ConfigurationParameter] = [
            ConfigurationParameter(key: "name", unit: "text", source: "report label", range: .text,
                                   get: { .text($0.name) }, set: { c, v throws(ConfigurationError) in
                                       guard case .text(let s) = v else { throw ConfigurationError("'name' expects a string, got \(v)") }
                                       c.name = s
                                   }),
            .real("clockHz", \.clockHz, "Hz", 1e6...1e10, "[SDK] v1A 350 MHz, v1B 400 MHz; [PrIM] §2"),
            .int("maxTasklets", \.maxTasklets, "tasklets", 1...1024, "[SDK] 24 hardware threads"),
            .int("wramBytes", \.wramBytes, "bytes", 64...(1 << 24), multipleOf: 8, "[SDK], [HC31] 64 KiB"),
            .int("mramBytes", \.mramBytes, "bytes", 8...(1 << 30), multipleOf: 8, "[SDK], [HC31] 64 MiB"),
            .int("iramBytes", \.iramBytes, "bytes", 1...(1 << 30), "[SDK], [HC31] 24 KiB (4,096 × 48-bit)"),
            .int("stackBytesPerTasklet", \.stackBytesPerTasklet, "bytes", 0...(1 << 24), multipleOf: 8, "estimate (SDK STACK_SIZE_DEFAULT is per program)"),
            .int("pipelineDepth", \.pipelineDepth, "stages", 1...1024, "[HC31], [PrIM] §2.1"),
            .int("revolverCycles", \.revolverCycles, "cycles", 1...1024, "[PrIM] §2.1; [uPIM] thread_scheduler.go"),
        ]
        for c in InstructionClass.allCases {
            p.append(.real("registerHazardCycles.\(c)", \.registerHazardCycles[c.rawValue], "cycles/instruction", 0...1000,
                           "model after [uPIM] cycle_rule.go; default 0 per [PrIM] ADD profiles (docs/cost-model.md)"))
        }
        p.append(.real("instructionCountScale", \.instructionCountScale, "factor", 0.1...10,
                       "sensitivity analysis only (docs/fidelity.md); 1 = counts as derived from code"))
        p += [
            .real("dmaReadLatencyCycles", \.dmaReadLatencyCycles, "cycles", 0...1e6, "[PrIM] §3.2 α(read) = 77 (a row miss), less the 11-cycle ldma slot"),
            .real("dmaWriteLatencyCycles", \.dmaWriteLatencyCycles, "cycles", 0...1e6, "[PrIM] §3.2 α(write) = 61 (a row miss), less the 11-cycle sdma slot"),
            .real("dmaCyclesPerByte", \.dmaCyclesPerByte, "cycles/byte", 0...1000, "[PrIM] §3.2 β = 0.5"),
            .real("dmaReadCompletionCycles", \.dmaReadCompletionCycles, "cycles", 0...1e6, "[PrIM] §3.2 sustained 2 KiB bandwidth bounds it near 0 (docs/fidelity.md)"),
            .real("dmaWriteCompletionCycles", \.dmaWriteCompletionCycles, "cycles", 0...1e6, "[PrIM] §3.2 sustained 2 KiB bandwidth bounds it near 0 (docs/fidelity.md)"),
            .int("mramRowBytes", \.mramRowBytes, "bytes", 1...(1 << 20), "[uPIM] main.go wordline_size (model value)"),
            .real("mramPrechargeCycles", \.mramPrechargeCycles, "cycles", 0...1e6, "[uPIM] main.go t_rp = 32 at 2,400 MHz, × 350/2400"),
            .real("mramActivateCycles", \.mramActivateCycles, "cycles", 0...1e6, "[uPIM] main.go t_rcd = 32 at 2,400 MHz, × 350/2400"),
            .real("mramRowActiveMinCycles", \.mramRowActiveMinCycles, "cycles", 0...1e6, "[uPIM] main.go t_ras = 78 at 2,400 MHz, × 350/2400"),
            ConfigurationParameter(key: "dmaScheduler", unit: "fcfs | frfcfs", source: "model choice; [uPIM] memory_scheduler.go is FR-FCFS",
                                   range: .choices(DMAScheduler.allCases.map(\.rawValue)),
                                   get: { .text($0.dmaScheduler.rawValue) }, set: { c, v throws(ConfigurationError) in
                                       guard case .text(let s) = v, let scheduler = DMAScheduler(rawValue: s) else {
                                           throw ConfigurationError("'dmaScheduler' expects \"fcfs\" or \"frfcfs\", got \(v)")
                                       }
                                       c.dmaScheduler = scheduler
                                   }),
            .int("dmaMinBytes", \.dmaMinBytes, "bytes", 1...(1 << 16), "[SDK] mram.h"),
            .int("dmaMaxBytes", \.dmaMaxBytes, "bytes", 1...(1 << 16), "[SDK] mram.h"),
            .int("dmaAlignment", \.dmaAlignment, "bytes", 1...(1 << 16), "[SDK] mram.h"),
        ]
        for r in RuntimeRoutine.allCases {
            p.append(.int(r.key, r.keyPath, "instructions", r.minimumInstructions...DPUConfiguration.maxRoutineInstructions, r.source))
            if r == .div32Signed {
                p.append(.int("mul64Instructions", \.mul64Instructions, "instructions", 0...DPUConfiguration.maxRoutineInstructions, "[rt] mul64.c comment (\"in the magnitude of 150\")"))
            }
        }
        for c in InstructionClass.allCases {
            p.append(.real("instructionEnergyPJ.\(c)", \.instructionEnergyPJ[c.rawValue], "pJ/instruction", 0...1e6, "estimate"))
        }
        p += [
            .real("dmaEnergyPerBytePJ", \.dmaEnergyPerBytePJ, "pJ/byte", 0...1e6, "estimate"),
            .real("staticPowerWatts", \.staticPowerWatts, "W per DPU", 0...1000, "estimate"),
            .int("dpusPerRank", \.dpusPerRank, "DPUs", 1...1024, "[SDK], [PrIM] §2 (8 chips × 8 DPUs)"),
            .int("maxDPUs", \.maxDPUs, "DPUs", 1...8192, "[PrIM] §2 (20 DIMMs × 128)"),
            .real("hostToDPUParallelBytesPerSecond", \.hostToDPUParallelBytesPerSecond, "bytes/s per rank", 0...1e15, positive: true, "[PrIM] §3.4 (6.68 GB/s)"),
            .real("dpuToHostParallelBytesPerSecond", \.dpuToHostParallelBytesPerSecond, "bytes/s per rank", 0...1e15, positive: true, "[PrIM] §3.4 (4.74 GB/s)"),
            .real("broadcastBytesPerSecond", \.broadcastBytesPerSecond, "bytes/s per rank", 0...1e15, positive: true, "[PrIM] §3.4 (16.88 GB/s)"),
            .real("hostToDPUSerialBytesPerSecond", \.hostToDPUSerialBytesPerSecond, "bytes/s", 0...1e15, positive: true, "[PrIM] §3.4 (1 DPU, 0.33 GB/s)"),
            .real("dpuToHostSerialBytesPerSecond", \.dpuToHostSerialBytesPerSecond, "bytes/s", 0...1e15, positive: true, "[PrIM] §3.4 (1 DPU, 0.12 GB/s)"),
            .real("launchOverheadSeconds", \.launchOverheadSeconds, "s per launch", 0...1, "estimate"),
            .real("transferEnergyPerBytePJ", \.transferEnergyPerBytePJ, "pJ/byte", 0...1e6, "estimate"),
            .real("hostPowerWatts", \.hostPowerWatts, "W", 0...1e5, "estimate"),
            .real("hostSecondsPerOperation", \.hostSecondsPerOperation, "s/operation", 0...1e-3, "estimate (≈2 simple ops/cycle at 3 GHz)"),
            .int("hostThreads", \.hostThreads, "threads", 1...4096, "estimate (a two-socket server of 8-core CPUs)"),
        ]
        return p
    }()

    /// Applies the overrides in a JSON object to `base`.
    ///
    /// The file is one JSON object whose keys are parameter keys (`"clockHz": 400e6`,
    /// `"registerHazardCycles.alu_rr": 0.5`), plus an optional `"preset": "v1A" | "v1B"` that
    /// picks the base. Unknown keys, values of the wrong type and configurations that fail
    /// `validate()` are errors naming the key.
    public static func load(json data: Data, base: DPUConfiguration = .v1A) throws(ConfigurationError) -> DPUConfiguration {
        let dictionary: [String: JSONScalar]
        do {
            dictionary = try FlatJSONObject.parse(data)
        } catch {
            throw ConfigurationError(error.message)
        }
        var configuration = base
        if let preset = dictionary["preset"] {
            switch preset.value {
            case .text("v1A"): configuration = .v1A
            case .text("v1B"): configuration = .v1B
            default: throw ConfigurationError("'preset' must be \"v1A\" or \"v1B\", got \(preset.value)")
            }
        }
        for key in dictionary.keys.sorted() where key != "preset" {
            guard let parameter = parameters.first(where: { $0.key == key }) else {
                throw ConfigurationError("unknown key '\(key)' (see docs/configuration.md or 'simctl config')")
            }
            try parameter.set(&configuration, dictionary[key]!.value)
        }
        try configuration.validate()
        return configuration
    }

    /// Loads a configuration file (see `load(json:base:)`); errors name the file.
    public static func load(contentsOfFile path: String) throws(ConfigurationError) -> DPUConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError("cannot read configuration file '\(path)'")
        }
        do {
            return try load(json: data)
        } catch {
            throw ConfigurationError("\(path): \(error.message)")
        }
    }

}

/// A JSON scalar as a configuration file holds it; booleans, integers, reals and strings
/// are told apart strictly (`1` is an integer, `1.0` and `1e3` are reals, `true` a boolean).
struct JSONScalar {
    var value: ConfigurationParameter.Value
}

/// A strict reader of one JSON object of scalars (RFC 8259), the form of a configuration
/// file. Unlike `JSONDecoder` it refuses a key given twice (which would otherwise pass
/// with one of the values silently dropped), trailing commas, comments, content after the
/// object, numbers out of the double range, and nested values, `null` included, naming
/// the key or the byte offset.
enum FlatJSONObject {
    struct ParseError: Error { var message: String }

    static func parse(_ data: Data) throws(ParseError) -> [String: JSONScalar] {
        var reader = Reader(bytes: [UInt8](data))
        return try reader.object()
    }

    private struct Reader {
        let bytes: [UInt8]
        var i = 0

        func fail(_ what: String) -> ParseError {
            ParseError(message: "not valid JSON: \(what) at byte \(i)")
        }

        mutating func skipSpace() {
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        }

        mutating func expect(_ c: UInt8, _ what: String) throws(ParseError) {
            skipSpace()
            guard i < bytes.count, bytes[i] == c else { throw fail("expected \(what)") }
            i += 1
        }

        mutating func object() throws(ParseError) -> [String: JSONScalar] {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else {
                throw ParseError(message: "not valid JSON, or not one JSON object of parameter overrides")
            }
            i += 1
            var result: [String: JSONScalar] = [:]
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                        throw fail(result.isEmpty ? "expected a key" : "expected a key after ',' (trailing commas are not JSON)")
                    }
                    let key = try string()
                    try expect(UInt8(ascii: ":"), "':' after '\(key)'")
                    let value = try scalar(key)
                    guard result.updateValue(value, forKey: key) == nil else {
                        throw ParseError(message: "key '\(key)' appears more than once")
                    }
                    skipSpace()
                    guard i < bytes.count else { throw fail("unterminated object") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                    throw fail("expected ',' or '}' after the value of '\(key)'")
                }
            }
            skipSpace()
            guard i == bytes.count else { throw fail("content after the object") }
            return result
        }

        mutating func scalar(_ key: String) throws(ParseError) -> JSONScalar {
            skipSpace()
            guard i < bytes.count else { throw fail("missing the value of '\(key)'") }
            switch bytes[i] {
            case UInt8(ascii: "\""): return JSONScalar(value: .text(try string()))
            case UInt8(ascii: "t"): try literal("true"); return JSONScalar(value: .boolean(true))
            case UInt8(ascii: "f"): try literal("false"); return JSONScalar(value: .boolean(false))
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number(key)
            default: throw ParseError(message: "'\(key)' must be a number, a boolean or a string")
            }
        }

        mutating func literal(_ word: String) throws(ParseError) {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count, Array(bytes[i..<i + w.count]) == w else { throw fail("invalid literal") }
            i += w.count
        }

        /// A number as RFC 8259 writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?.
        mutating func number(_ key: String) throws(ParseError) -> JSONScalar {
            let start = i
            func digits() -> Int {
                let from = i
                while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
                return i - from
            }
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            let intStart = i
            let intDigits = digits()
            guard intDigits > 0, !(intDigits > 1 && bytes[intStart] == UInt8(ascii: "0")) else { throw fail("invalid number for '\(key)'") }
            var isReal = false
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                isReal = true
                guard digits() > 0 else { throw fail("invalid number for '\(key)'") }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                isReal = true
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard digits() > 0 else { throw fail("invalid number for '\(key)'") }
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            if !isReal, let v = Int(text) { return JSONScalar(value: .integer(v)) }
            guard let d = Double(text), d.isFinite else {
                throw ParseError(message: "'\(key)' is \(text), outside the range of numbers the simulator reads")
            }
            return JSONScalar(value: .real(d))
        }

        /// A string literal, `"` included; escapes decoded, control characters refused.
        mutating func string() throws(ParseError) -> String {
            i += 1
            var out: [UInt8] = []
            while true {
                guard i < bytes.count else { throw fail("unterminated string") }
                let c = bytes[i]
                i += 1
                switch c {
                case UInt8(ascii: "\""):
                    guard let s = String(validating: out, as: UTF8.self) else { throw fail("string is not UTF-8") }
                    return s
                case UInt8(ascii: "\\"):
                    guard i < bytes.count else { throw fail("unterminated string") }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800..<0xDC00).contains(scalar) {
                            guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                                throw fail("unpaired surrogate")
                            }
                            i += 2
                            let low = try hex4()
                            guard (0xDC00..<0xE000).contains(low) else { throw fail("unpaired surrogate") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let u = Unicode.Scalar(scalar), u != "\0" else { throw fail("invalid \\u escape") }
                        out += Array(String(Character(u)).utf8)
                    default: throw fail("invalid escape")
                    }
                case 0..<0x20: throw fail("control character in a string")
                default: out.append(c)
                }
            }
        }

        mutating func hex4() throws(ParseError) -> UInt32 {
            guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
                throw fail("invalid \\u escape")
            }
            i += 4
            return v
        }
    }
}
