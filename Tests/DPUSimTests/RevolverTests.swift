import XCTest
@testable import DPUSim

/// Boundary tests of the revolver-pipeline rule: a tasklet issues at most one instruction
/// every `revolverCycles` (11) cycles, and the DPU at most one per cycle.
final class RevolverTests: XCTestCase {
    /// Runs `tasklets` tasklets that each execute `instructions` ALU instructions.
    func computeBound(tasklets: Int, instructions: Int, configuration: DPUConfiguration = .v1A) throws -> LaunchStatistics {
        let dpu = DPU(configuration: configuration)
        return try dpu.launch(kernel: "compute", tasklets: tasklets) { _ in
            { t in t.execute(.alu, instructions) }
        }
    }

    /// One instruction occupies its tasklet's revolver slot for 11 cycles: the launch of a
    /// single one-instruction tasklet takes exactly 11 cycles, not 10.
    func testOneInstructionTakesOneRevolverWindow() throws {
        let s = try computeBound(tasklets: 1, instructions: 1)
        XCTAssertEqual(s.cycles, 11)
        XCTAssertEqual(s.instructions, 1)
    }

    /// A tasklet that issued at cycle t issues next at t + 11, never at t + 10: two
    /// instructions separated by a counter read show a gap of exactly 11 cycles.
    func testNextIssueIsElevenCyclesLater() throws {
        let dpu = DPU()
        let box = ValueBox()
        _ = try dpu.launch(kernel: "gap", tasklets: 1) { _ in
            { t in
                t.perfcounterConfig(.cycles, reset: true)     // reset at 0, then its time_cfg
                let a = try await t.perfcounterGet()           // sampled, then its time instruction
                t.execute(.alu, 1)
                let b = try await t.perfcounterGet()
                box.values = [a, b]
            }
        }
        // The first sample comes after the time_cfg's slot (11 cycles), the second after the
        // first read's 5 instructions (`time`, then widening and shift) and the ALU
        // instruction: 6 slots, 66 cycles later.
        XCTAssertEqual(box.values, [11, 77])
    }

    /// One tasklet runs at IPC exactly 1/11.
    func testSingleTaskletIPCIsOneEleventh() throws {
        let s = try computeBound(tasklets: 1, instructions: 1000)
        XCTAssertEqual(s.cycles, 11_000)
        XCTAssertEqual(s.ipc, 1.0 / 11.0, accuracy: 1e-12)
        XCTAssertEqual(s.breakdown.issue, 1000, accuracy: 1e-6)
        XCTAssertEqual(s.breakdown.revolverIdle, 10_000, accuracy: 1e-6)
    }

    /// Throughput grows linearly with tasklets up to the revolver window: 10 tasklets
    /// finish 1,000 instructions each in the same 11,000 cycles as one does.
    func testLinearUpToTheWindow() throws {
        for n in [2, 5, 10, 11] {
            let s = try computeBound(tasklets: n, instructions: 1000)
            XCTAssertEqual(s.cycles, 11_000, "\(n) tasklets")
            XCTAssertEqual(s.ipc, Double(n) / 11, accuracy: 1e-9)
        }
    }

    /// Past 11 tasklets the dispatcher is saturated at one instruction per cycle.
    func testSaturatesAtOneInstructionPerCycle() throws {
        for n in [12, 16, 24] {
            let s = try computeBound(tasklets: n, instructions: 1000)
            XCTAssertEqual(s.cycles, n * 1000, "\(n) tasklets")
            XCTAssertEqual(s.ipc, 1, accuracy: 1e-9)
            XCTAssertEqual(s.breakdown.revolverIdle, 0, accuracy: 1e-6)
        }
    }

    /// With a register-hazard cost of 0.5 cycles per instruction, 24 saturated tasklets
    /// reach IPC 1/1.5; one tasklet does not notice (its 11-cycle window hides it).
    func testRegisterHazardHoldsSaturatedIPCBelowOne() throws {
        var c = DPUConfiguration()
        c.registerHazardCycles[InstructionClass.alu.rawValue] = 0.5
        let saturated = try computeBound(tasklets: 24, instructions: 1000, configuration: c)
        XCTAssertEqual(saturated.ipc, 1 / 1.5, accuracy: 1e-9)
        XCTAssertEqual(saturated.breakdown.registerHazard, 12_000, accuracy: 1e-6)
        let single = try computeBound(tasklets: 1, instructions: 1000, configuration: c)
        XCTAssertEqual(single.cycles, 11_000)
    }

    /// A shorter revolver (a future DPU) changes the saturation point.
    func testShorterRevolverSaturatesEarlier() throws {
        var c = DPUConfiguration()
        c.revolverCycles = 4
        XCTAssertEqual(try computeBound(tasklets: 4, instructions: 100, configuration: c).ipc, 1, accuracy: 1e-9)
        XCTAssertEqual(try computeBound(tasklets: 2, instructions: 100, configuration: c).ipc, 0.5, accuracy: 1e-9)
    }

    /// The cycle breakdown adds up to the cycles.
    func testBreakdownAddsUp() throws {
        let s = try computeBound(tasklets: 7, instructions: 333)
        XCTAssertEqual(s.breakdown.total, Double(s.cycles), accuracy: 1e-6)
    }
}

/// Collects values from inside tasklets for assertions (tests run one launch at a time).
final class ValueBox: @unchecked Sendable {
    var values: [UInt64] = []
    var ints: [Int] = []
}
