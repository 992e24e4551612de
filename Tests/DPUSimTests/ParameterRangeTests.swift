import XCTest
@testable import DPUSim

/// Every parameter's accepted range (`DPUConfiguration.parameters`) at its edges: the
/// largest (and smallest) accepted value validates and a launch that uses every part of
/// the engine — compute, DMA, every synchronization object, the runtime routines, the
/// performance counter — runs to completion or ends with a fault naming the problem
/// (never a trap); one step beyond either end is refused naming the key.
final class ParameterRangeTests: XCTestCase {
    /// Overrides that the cross-parameter rules of `validate()` need beside a parameter at
    /// an edge (a DMA alignment of 64 KiB needs transfers and rows at least as large…).
    static func companions(_ key: String, upper: Bool) -> [String: ConfigurationParameter.Value] {
        guard upper else { return [:] }
        switch key {
        case "dmaMinBytes": return ["dmaMaxBytes": .integer(1 << 16)]
        case "dmaAlignment": return ["dmaMinBytes": .integer(1 << 16), "dmaMaxBytes": .integer(1 << 16), "mramRowBytes": .integer(1 << 16)]
        case "barrierWaiterInstructions": return ["barrierLastArrivalBaseInstructions": .integer(DPUConfiguration.maxRoutineInstructions)]
        case "dmaReadCompletionCycles", "dmaWriteCompletionCycles", "mramPrechargeCycles", "mramActivateCycles":
            return ["dmaReadCompletionCycles": .real(0), "dmaWriteCompletionCycles": .real(0),
                    "mramPrechargeCycles": .real(0), "mramActivateCycles": .real(0),
                    "dmaReadLatencyCycles": .real(1e6), "dmaWriteLatencyCycles": .real(1e6)]
        default: return [:]
        }
    }

    /// The configuration with `key` at `value` and its companions, or the validation error.
    static func configuration(_ key: String, _ value: ConfigurationParameter.Value, upper: Bool) throws -> DPUConfiguration {
        var c = DPUConfiguration.v1A
        for (k, v) in companions(key, upper: upper) where k != key {
            try DPUConfiguration.parameters.first { $0.key == k }!.set(&c, v)
        }
        try DPUConfiguration.parameters.first { $0.key == key }!.set(&c, value)
        try c.validate()
        return c
    }

    /// A launch touching every part of the engine: 8-byte and maximal DMAs, compute of
    /// every class, barrier, mutex, semaphore, handshake, mem_alloc, the runtime routines
    /// and the performance counter.
    static func exercise(_ c: DPUConfiguration) throws -> LaunchStatistics {
        let tasklets = min(c.maxTasklets, 4)
        let dpu = DPU(configuration: c)
        return try dpu.launch(kernel: "edges", tasklets: tasklets) { setup in
            let bytes = max(c.dmaMinBytes, 8)
            let buffer = try setup.staticWRAM(tasklets * bytes, name: "buffers")
            let barrier = setup.barrier()
            let mutex = setup.mutex()
            let semaphore = setup.semaphore(initial: 1)
            return { t in
                t.perfcounterConfig(.cycles, reset: true)
                for cls in InstructionClass.allCases { t.execute(cls, 3) }
                if c.mramBytes >= tasklets * bytes {
                    try t.mramRead(from: t.id * bytes, to: buffer + t.id * bytes, bytes: bytes)
                    try t.mramWrite(from: buffer + t.id * bytes, to: t.id * bytes, bytes: bytes, sizeIsConstant: false)
                }
                _ = t.mul32(7, 9)
                _ = t.mul64(7, 9)
                _ = try t.div32(100, 7)
                _ = try t.div32Signed(-100, 7)
                try await t.barrierWait(barrier)
                try await t.mutexLock(mutex)
                t.mutexUnlock(mutex)
                try await t.semTake(semaphore)
                t.semGive(semaphore)
                if tasklets >= 2 {
                    if t.id == 0 { try await t.handshakeWaitFor(1) } else if t.id == 1 { try await t.handshakeNotify() }
                }
                _ = try? t.memAlloc(8)
                t.memReset()
                _ = try await t.perfcounterGet()
            }
        }
    }

    func testEveryRangeEdgeRunsAndOneBeyondIsRefused() throws {
        for parameter in DPUConfiguration.parameters {
            let edges: [(accepted: ConfigurationParameter.Value, beyond: ConfigurationParameter.Value, upper: Bool)]
            switch parameter.range {
            case let .integers(bounds, step):
                var low = bounds.lowerBound
                while low % step != 0 { low += 1 }
                let high = bounds.upperBound - bounds.upperBound % step
                edges = [(.integer(high), .integer(high + step), true), (.integer(low), .integer(low - step), false)]
            case let .reals(bounds, positive):
                let low = positive ? bounds.lowerBound.nextUp : bounds.lowerBound
                edges = [(.real(bounds.upperBound), .real(bounds.upperBound.nextUp), true),
                         (.real(low), .real(positive ? 0 : bounds.lowerBound.nextDown), false)]
            case .choices, .text:
                continue
            }
            for edge in edges {
                let c: DPUConfiguration
                do {
                    c = try Self.configuration(parameter.key, edge.accepted, upper: edge.upper)
                } catch {
                    // The lower edge of a value other rules tie to (dmaAlignment of 1 with
                    // transfers of 8) may need companions the test does not set.
                    XCTAssertFalse(edge.upper, "\(parameter.key) = \(edge.accepted) is in range but refused: \(error)")
                    continue
                }
                do {
                    _ = try Self.exercise(c)
                } catch let error as DPUFault {
                    // Refused with a message (a stack of 16 MiB per tasklet overflows WRAM).
                    XCTAssertFalse("\(error)".isEmpty)
                } catch let error as ConfigurationError {
                    XCTAssertFalse("\(error)".isEmpty)
                }
                XCTAssertThrowsError(try Self.configuration(parameter.key, edge.beyond, upper: edge.upper),
                                     "\(parameter.key) = \(edge.beyond) is accepted") { error in
                    XCTAssertTrue("\(error)".contains(parameter.key), "\(parameter.key): \(error)")
                }
            }
        }
    }

    /// The range is what `simctl config` shows and `docs/configuration.md` lists.
    func testRangesAreDescribed() {
        XCTAssertEqual(ConfigurationParameter.Range.integers(1...1024).description, "in 1...1024")
        XCTAssertEqual(ConfigurationParameter.Range.integers(64...(1 << 24), multipleOf: 8).description, "a multiple of 8 in 64...16777216")
        XCTAssertEqual(ConfigurationParameter.Range.reals(0...1e15, positive: true).description, "> 0 and <= 1e+15")
        XCTAssertNil(ConfigurationParameter.Range.reals(0...1).violation(.real(1)))
        XCTAssertNotNil(ConfigurationParameter.Range.reals(0...1).violation(.real(.nan)))
        XCTAssertNotNil(ConfigurationParameter.Range.reals(0...1).violation(.text("1")))
    }
}
