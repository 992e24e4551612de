import Foundation

/// One entry of the configuration table: a JSON key, its unit, its source and how to
/// read and write it. Declared once in `DPUConfiguration.parameters`.
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

    public var key: String
    public var unit: String
    public var source: String
    let get: @Sendable (DPUConfiguration) -> Value
    let set: @Sendable (inout DPUConfiguration, Value) throws(ConfigurationError) -> Void

    public func value(in configuration: DPUConfiguration) -> Value { get(configuration) }
}

extension ConfigurationParameter {
    static func int(_ key: String, _ path: WritableKeyPath<DPUConfiguration, Int> & Sendable, _ unit: String, _ source: String) -> Self {
        Self(key: key, unit: unit, source: source, get: { .integer($0[keyPath: path]) }, set: { c, v throws(ConfigurationError) in
            switch v {
            case .integer(let i): c[keyPath: path] = i
            case .real(let d) where d.rounded() == d && abs(d) < 1e15: c[keyPath: path] = Int(d)
            default: throw ConfigurationError("'\(key)' expects an integer, got \(v)")
            }
        })
    }

    static func real(_ key: String, _ path: WritableKeyPath<DPUConfiguration, Double> & Sendable, _ unit: String, _ source: String) -> Self {
        Self(key: key, unit: unit, source: source, get: { .real($0[keyPath: path]) }, set: { c, v throws(ConfigurationError) in
            switch v {
            case .integer(let i): c[keyPath: path] = Double(i)
            case .real(let d): c[keyPath: path] = d
            default: throw ConfigurationError("'\(key)' expects a number, got \(v)")
            }
        })
    }
}

extension DPUConfiguration {
    /// The configuration table: every parameter, its JSON key, unit and source.
    /// `docs/configuration.md` is this table in prose; a test checks they agree.
    public static let parameters: [ConfigurationParameter] = {
        var p: [ConfigurationParameter] = [
            ConfigurationParameter(key: "name", unit: "text", source: "report label",
                                   get: { .text($0.name) }, set: { c, v throws(ConfigurationError) in
                                       guard case .text(let s) = v else { throw ConfigurationError("'name' expects a string, got \(v)") }
                                       c.name = s
                                   }),
            .real("clockHz", \.clockHz, "Hz", "[SDK] v1A 350 MHz, v1B 400 MHz; [PrIM] §2"),
            .int("maxTasklets", \.maxTasklets, "tasklets", "[SDK] 24 hardware threads"),
            .int("wramBytes", \.wramBytes, "bytes", "[SDK], [HC31] 64 KiB"),
            .int("mramBytes", \.mramBytes, "bytes", "[SDK], [HC31] 64 MiB"),
            .int("iramBytes", \.iramBytes, "bytes", "[SDK], [HC31] 24 KiB (4,096 × 48-bit)"),
            .int("stackBytesPerTasklet", \.stackBytesPerTasklet, "bytes", "estimate (SDK STACK_SIZE_DEFAULT is per program)"),
            .int("pipelineDepth", \.pipelineDepth, "stages", "[HC31], [PrIM] §2.1"),
            .int("revolverCycles", \.revolverCycles, "cycles", "[PrIM] §2.1; [uPIM] thread_scheduler.go"),
        ]
        for c in InstructionClass.allCases {
            p.append(.real("registerHazardCycles.\(c)", \.registerHazardCycles[c.rawValue], "cycles/instruction",
                           "model after [uPIM] cycle_rule.go; default 0 per [PrIM] ADD profiles (docs/cost-model.md)"))
        }
        p.append(.real("instructionCountScale", \.instructionCountScale, "factor",
                       "sensitivity analysis only (docs/fidelity.md); 1 = counts as derived from code"))
        p += [
            .real("dmaReadLatencyCycles", \.dmaReadLatencyCycles, "cycles", "[PrIM] §3.2 α(read) = 77 (a row miss), less the 11-cycle ldma slot"),
            .real("dmaWriteLatencyCycles", \.dmaWriteLatencyCycles, "cycles", "[PrIM] §3.2 α(write) = 61 (a row miss), less the 11-cycle sdma slot"),
            .real("dmaCyclesPerByte", \.dmaCyclesPerByte, "cycles/byte", "[PrIM] §3.2 β = 0.5"),
            .real("dmaReadCompletionCycles", \.dmaReadCompletionCycles, "cycles", "[PrIM] §3.2 sustained 2 KiB bandwidth bounds it near 0 (docs/fidelity.md)"),
            .real("dmaWriteCompletionCycles", \.dmaWriteCompletionCycles, "cycles", "[PrIM] §3.2 sustained 2 KiB bandwidth bounds it near 0 (docs/fidelity.md)"),
            .int("mramRowBytes", \.mramRowBytes, "bytes", "[uPIM] main.go wordline_size (model value)"),
            .real("mramPrechargeCycles", \.mramPrechargeCycles, "cycles", "[uPIM] main.go t_rp = 32 at 2,400 MHz, × 350/2400"),
            .real("mramActivateCycles", \.mramActivateCycles, "cycles", "[uPIM] main.go t_rcd = 32 at 2,400 MHz, × 350/2400"),
            .real("mramRowActiveMinCycles", \.mramRowActiveMinCycles, "cycles", "[uPIM] main.go t_ras = 78 at 2,400 MHz, × 350/2400"),
            ConfigurationParameter(key: "dmaScheduler", unit: "fcfs | frfcfs", source: "model choice; [uPIM] memory_scheduler.go is FR-FCFS",
                                   get: { .text($0.dmaScheduler.rawValue) }, set: { c, v throws(ConfigurationError) in
                                       guard case .text(let s) = v, let scheduler = DMAScheduler(rawValue: s) else {
                                           throw ConfigurationError("'dmaScheduler' expects \"fcfs\" or \"frfcfs\", got \(v)")
                                       }
                                       c.dmaScheduler = scheduler
                                   }),
            .int("dmaMinBytes", \.dmaMinBytes, "bytes", "[SDK] mram.h"),
            .int("dmaMaxBytes", \.dmaMaxBytes, "bytes", "[SDK] mram.h"),
            .int("dmaAlignment", \.dmaAlignment, "bytes", "[SDK] mram.h"),
        ]
        for r in RuntimeRoutine.allCases {
            p.append(.int(r.key, r.keyPath, "instructions", r.source))
            if r == .div32Signed {
                p.append(.int("mul64Instructions", \.mul64Instructions, "instructions", "[rt] mul64.c comment (\"in the magnitude of 150\")"))
            }
        }
        for c in InstructionClass.allCases {
            p.append(.real("instructionEnergyPJ.\(c)", \.instructionEnergyPJ[c.rawValue], "pJ/instruction", "estimate"))
        }
        p += [
            .real("dmaEnergyPerBytePJ", \.dmaEnergyPerBytePJ, "pJ/byte", "estimate"),
            .real("staticPowerWatts", \.staticPowerWatts, "W per DPU", "estimate"),
            .int("dpusPerRank", \.dpusPerRank, "DPUs", "[SDK], [PrIM] §2 (8 chips × 8 DPUs)"),
            .int("maxDPUs", \.maxDPUs, "DPUs", "[PrIM] §2 (20 DIMMs × 128)"),
            .real("hostToDPUParallelBytesPerSecond", \.hostToDPUParallelBytesPerSecond, "bytes/s per rank", "[PrIM] §3.4 (6.68 GB/s)"),
            .real("dpuToHostParallelBytesPerSecond", \.dpuToHostParallelBytesPerSecond, "bytes/s per rank", "[PrIM] §3.4 (4.74 GB/s)"),
            .real("broadcastBytesPerSecond", \.broadcastBytesPerSecond, "bytes/s per rank", "[PrIM] §3.4 (16.88 GB/s)"),
            .real("hostToDPUSerialBytesPerSecond", \.hostToDPUSerialBytesPerSecond, "bytes/s", "[PrIM] §3.4 (1 DPU, 0.33 GB/s)"),
            .real("dpuToHostSerialBytesPerSecond", \.dpuToHostSerialBytesPerSecond, "bytes/s", "[PrIM] §3.4 (1 DPU, 0.12 GB/s)"),
            .real("launchOverheadSeconds", \.launchOverheadSeconds, "s per launch", "estimate"),
            .real("transferEnergyPerBytePJ", \.transferEnergyPerBytePJ, "pJ/byte", "estimate"),
            .real("hostPowerWatts", \.hostPowerWatts, "W", "estimate"),
            .real("hostSecondsPerOperation", \.hostSecondsPerOperation, "s/operation", "estimate (≈2 simple ops/cycle at 3 GHz)"),
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
            dictionary = try JSONDecoder().decode([String: JSONScalar].self, from: data)
        } catch let error as DecodingError {
            let key = Self.codingPathDescription(error)
            if key.isEmpty { throw ConfigurationError("not valid JSON, or not one JSON object of parameter overrides") }
            throw ConfigurationError("'\(key)' must be a number, a boolean or a string")
        } catch {
            throw ConfigurationError("not valid JSON (\(error))")
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

    private static func codingPathDescription(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c): context = c
        @unknown default: return "?"
        }
        return context.codingPath.map(\.stringValue).joined(separator: ".")
    }
}

/// A JSON scalar as a configuration file holds it; booleans, integers, reals and strings
/// are told apart strictly (`1` is an integer, `true` a boolean).
private struct JSONScalar: Decodable {
    var value: ConfigurationParameter.Value

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let b = try? container.decode(Bool.self) {
            value = .boolean(b)
        } else if let i = try? container.decode(Int.self) {
            value = .integer(i)
        } else if let d = try? container.decode(Double.self) {
            value = .real(d)
        } else {
            value = .text(try container.decode(String.self))
        }
    }
}
