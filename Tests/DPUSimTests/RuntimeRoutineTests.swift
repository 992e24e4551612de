import Foundation
import XCTest
@testable import DPUSim

/// The runtime routines' instruction counts, read from the UPMEM runtime's sources
/// (`RuntimeRoutine`, docs/configuration.md "Runtime routines, from their sources"),
/// checked at their edges through `LaunchStatistics.taskletInstructions`.
final class RuntimeRoutineTests: XCTestCase {
    /// The synchronization objects a one-tasklet test uses, kept alive by its launch setup.
    private struct Objects: Sendable {
        var mutex: DPUSim.Mutex, semaphore: DPUSim.Semaphore, soleBarrier: DPUSim.Barrier
    }

    /// The statistics of one tasklet running `body` alone.
    private func launch(_ body: @escaping @Sendable (Tasklet, Objects) async throws -> Void) throws -> LaunchStatistics {
        try DPU().launch(kernel: "routine", tasklets: 1) { setup in
            let objects = Objects(mutex: setup.mutex(), semaphore: setup.semaphore(initial: 1),
                                  soleBarrier: setup.barrier(participants: 1))
            return { t in try await body(t, objects) }
        }
    }

    /// The instructions one tasklet issues running `body` alone.
    private func instructions(_ body: @escaping @Sendable (Tasklet, Objects) async throws -> Void) throws -> Int {
        try launch(body).taskletInstructions[0]
    }

    /// The mix one tasklet issues running `body` alone.
    private func mix(_ body: @escaping @Sendable (Tasklet, Objects) async throws -> Void) throws -> InstructionMix {
        try launch(body).instructionMix
    }

    /// Each routine's default count is its listing's length: the class split and the
    /// documented count agree.
    func testDefaultsAreTheListingsLengths() {
        let c = DPUConfiguration()
        for r in RuntimeRoutine.allCases {
            XCTAssertEqual(c[keyPath: r.keyPath], r.listing.total, r.key)
            XCTAssertEqual(c.mix(of: r), r.listing, r.key)
        }
    }

    // MARK: Arithmetic

    /// `__mulsi3`: k `mul_step` + 7, k = bit length of the smaller unsigned operand, ≥ 1.
    func testMul32ChargesOneStepPerBitOfTheSmallerOperand() throws {
        let cases: [(UInt32, UInt32, k: Int)] = [
            (0xFFFF_FFFF, 1, 1), (1, 0xFFFF_FFFF, 1), (12345, 0, 1), (255, 70_000, 8),
            (1 << 31, 1 << 31, 32), (UInt32(bitPattern: -1), 5, 3),
        ]
        for (a, b, k) in cases {
            let m = try mix { t, _ in XCTAssertEqual(t.mul32(a, b), a &* b) }
            XCTAssertEqual(m, InstructionMix(alu: 4, branch: 3, mulStep: k), "\(a) × \(b)")
            XCTAssertEqual(m.total, k + 7)
        }
    }

    /// `__udiv32`: 6 on the quotient-0 exit, s + 9 otherwise (s = clz(b) − clz(a)).
    func testDiv32ChargesPerQuotientBitPosition() throws {
        let cases: [(UInt32, UInt32, total: Int, steps: Int)] = [
            (3, 10, 6, 0), (0, 7, 6, 0),        // quotient-0 exit (fewer significant bits)
            (5, 4, 9, 1), (4, 5, 9, 1),          // s = 0: one div_step, quotient 1 or 0
            (1000, 10, 9 + 6, 7),                // clz 22 vs 28
            (1 << 31, 1, 9 + 31, 32),            // s = 31
            (0xFFFF_FFFF, 1, 40, 32),
        ]
        for (a, b, total, steps) in cases {
            let m = try mix { t, _ in XCTAssertEqual(try t.div32(a, b), a / b) }
            XCTAssertEqual(m.total, total, "\(a) / \(b)")
            XCTAssertEqual(m[.divStep], steps, "\(a) / \(b)")
        }
    }

    /// Division by zero faults, signed or not.
    func testDivisionByZeroFaults() {
        for signed in [false, true] {
            XCTAssertThrowsError(try instructions { t, _ in
                if signed { _ = try t.div32Signed(-5, 0) } else { _ = try t.div32(5, 0) }
            }) { error in XCTAssertEqual(error as? DPUFault, .divideByZero(tasklet: 0)) }
        }
    }

    /// `__div32`: the unsigned count of the magnitudes + 7, + one `neg` per sign flip.
    func testSignedDivisionAddsItsWrapperAndNegations() throws {
        // |7| / |2|: s = 1, 10 unsigned.
        let cases: [(Int32, Int32, quotient: Int32, total: Int)] = [
            (7, 2, 3, 10 + 7), (7, -2, -3, 10 + 9), (-7, 2, -3, 10 + 10), (-7, -2, 3, 10 + 10),
            (0, -3, 0, 6 + 9), (Int32.min, -1, Int32.min, 40 + 10),
        ]
        for (a, b, q, total) in cases {
            let n = try instructions { t, _ in XCTAssertEqual(try t.div32Signed(a, b), q) }
            XCTAssertEqual(n, total, "\(a) / \(b)")
        }
    }

    // MARK: Barrier

    /// N tasklets meet at one barrier twice; the last arrival (tasklet N − 1, which
    /// computes 10 instructions first) executes 16 + 4·(N − 2), every other tasklet 16, per
    /// round. A barrier of one costs 9.
    func testBarrierWaitersAndLastArrival() throws {
        for n in [2, 16, 24] {
            let s = try DPU().launch(kernel: "barrier", tasklets: n) { setup in
                let b = setup.barrier()
                return { t in
                    for _ in 0..<2 {
                        if t.id == n - 1 { t.execute(.alu, 10) }
                        try await t.barrierWait(b)
                    }
                }
            }
            let last = 16 + 4 * (n - 2)
            XCTAssertEqual(s.taskletInstructions, Array(repeating: 2 * 16, count: n - 1) + [2 * (10 + last)], "N = \(n)")
            XCTAssertEqual(s.instructionMix[.sync], 2 * (3 * n + (n - 2)), "acquire, release, stop or resume; one resume per loop")
        }
        XCTAssertEqual(try instructions { t, o in try await t.barrierWait(o.soleBarrier) }, 9)
    }

    /// The waiters leave the barrier together; the last arrival first runs its resume loop
    /// (4 instructions per waiter after the first), so with 4 tasklets it reads the counter
    /// 8 issue slots (88 cycles, fewer than 11 tasklets runnable) after them.
    func testLastArrivalRunsTheResumeLoopAfterTheBarrierOpens() throws {
        let box = ValueBox()
        _ = try DPU().launch(kernel: "barrier", tasklets: 4) { setup in
            let b = setup.barrier()
            return { t in
                if t.id == 0 { t.perfcounterConfig(.cycles, reset: true); t.execute(.alu, 100) }
                try await t.barrierWait(b)
                let now = try await t.perfcounterGet()
                box.ints.append(t.id)
                box.values.append(now)
            }
        }
        let byTasklet = Dictionary(uniqueKeysWithValues: zip(box.ints, box.values))
        XCTAssertEqual(byTasklet[1], byTasklet[2])
        XCTAssertEqual(byTasklet[1], byTasklet[3])
        XCTAssertEqual(byTasklet[0]! - byTasklet[1]!, 8 * 11)
    }

    // MARK: Mutex

    /// Uncontended: `move` + `acquire`, then `release`. Contended: the waiter re-issues its
    /// `acquire` once per issue slot until the holder's `release` (one `sync` per spin).
    func testMutexUncontendedAndContended() throws {
        let alone = try mix { t, o in
            try await t.mutexLock(o.mutex)
            t.mutexUnlock(o.mutex)
        }
        XCTAssertEqual(alone, InstructionMix(alu: 1, sync: 2))

        // Tasklet 0 takes the lock at its 2nd instruction and releases it at its 103rd
        // (100 instructions inside, then the release); tasklet 1 reaches its acquire at its
        // 3rd instruction and spins from then until the release: 100 re-issued acquires.
        let s = try DPU().launch(kernel: "contended", tasklets: 2) { setup in
            let m = setup.mutex()
            return { t in
                if t.id == 1 { t.execute(.alu, 1) }
                try await t.mutexLock(m)
                if t.id == 0 { t.execute(.alu, 100) }
                t.mutexUnlock(m)
            }
        }
        XCTAssertEqual(s.spinInstructions, 100)
        XCTAssertEqual(s.taskletInstructions, [2 + 100 + 1, 1 + 2 + 100 + 1])
    }

    // MARK: Semaphores and handshakes (counted by hand from the C)

    /// `sem_take` 8 (15 if it waited), `sem_give` 9.
    func testSemaphoreCounts() throws {
        XCTAssertEqual(try instructions { t, o in
            try await t.semTake(o.semaphore)
            t.semGive(o.semaphore)
        }, 8 + 9)
        // Tasklet 0 takes an empty semaphore and waits; tasklet 1 gives it later.
        let s = try DPU().launch(kernel: "sem", tasklets: 2) { setup in
            let sem = setup.semaphore("s", initial: 0)
            return { t in
                if t.id == 0 { try await t.semTake(sem) } else { t.execute(.alu, 50); t.semGive(sem) }
            }
        }
        XCTAssertEqual(s.taskletInstructions, [15, 50 + 9])
    }

    /// `handshake_notify` 7 either way; `handshake_wait_for` 8 when it stops, 9 when its
    /// notifier already waits.
    func testHandshakeCounts() throws {
        for notifierFirst in [true, false] {
            let s = try DPU().launch(kernel: "handshake", tasklets: 2) { _ in
                { t in
                    if t.id == 0 {
                        if !notifierFirst { t.execute(.alu, 200) }
                        try await t.handshakeNotify()
                    } else {
                        if notifierFirst { t.execute(.alu, 200) }
                        try await t.handshakeWaitFor(0)
                    }
                }
            }
            XCTAssertEqual(s.taskletInstructions, notifierFirst ? [7, 200 + 9] : [200 + 7, 8], "notifier first: \(notifierFirst)")
        }
    }

    // MARK: Heap, counter, DMA

    func testMemAllocMemResetAndPerfcounterCounts() throws {
        XCTAssertEqual(try instructions { t, _ in _ = try t.memAlloc(16) }, 12)
        XCTAssertEqual(try instructions { t, _ in t.memReset() }, 4)
        XCTAssertEqual(try mix { t, _ in t.perfcounterConfig(.cycles, reset: true) }, InstructionMix(alu: 1, sync: 1))
        XCTAssertEqual(try mix { t, _ in _ = try await t.perfcounterGet() }, InstructionMix(alu: 4, sync: 1))
    }

    /// The counter is reset as `time_cfg` issues: after the constant's `move`, so a read
    /// right after the config sees the `time_cfg`'s slot only (one tasklet: 11 cycles).
    func testPerfcounterConfigResetsAtItsTimeCfg() throws {
        let box = ValueBox()
        _ = try DPU().launch(kernel: "counter", tasklets: 1) { _ in
            { t in
                t.perfcounterConfig(.cycles, reset: true)
                box.values = [try await t.perfcounterGet()]
            }
        }
        XCTAssertEqual(box.values, [11])
    }

    /// An `mram_read`/`mram_write` of a run-time size costs 3 instructions more; the
    /// transfer itself is the same.
    func testVariableSizeDMACostsThreeInstructions() throws {
        for constant in [true, false] {
            let s = try DPU().launch(kernel: "dma", tasklets: 1) { setup in
                let buffer = try setup.staticWRAM(64, name: "buffer")
                return { t in
                    try t.mramRead(from: 0, to: buffer, bytes: 64, sizeIsConstant: constant)
                    try t.mramWrite(from: buffer, to: 64, bytes: 64, sizeIsConstant: constant)
                }
            }
            XCTAssertEqual(s.instructionMix, InstructionMix(alu: constant ? 0 : 6, dma: 2))
            XCTAssertEqual(s.dmaReadBytes, 64)
            XCTAssertEqual(s.dmaWriteBytes, 64)
        }
    }

    // MARK: Configuration

    /// The old estimate keys are gone; the new ones load, and counts below a routine's
    /// non-ALU instructions are rejected naming the key.
    func testConfigurationKeys() throws {
        for old in ["mul32OverheadInstructions", "div32OverheadInstructions", "barrierInstructions",
                    "semaphoreInstructions", "handshakeInstructions", "perfcounterInstructions"] {
            XCTAssertThrowsError(try DPUConfiguration.load(json: Data(#"{"\#(old)": 1}"#.utf8)), old)
        }
        let c = try DPUConfiguration.load(json: Data(#"{"mul32CallInstructions": 9, "barrierResumeInstructionsPerWaiter": 6}"#.utf8))
        XCTAssertEqual(c.mix(of: .mul32Call), InstructionMix(alu: 6, branch: 3))
        XCTAssertEqual(c.barrierResumeInstructionsPerWaiter, 6)
        XCTAssertThrowsError(try DPUConfiguration.load(json: Data(#"{"mutexUnlockInstructions": 0}"#.utf8))) { error in
            XCTAssertEqual("\(error)", "invalid DPU configuration: mutexUnlockInstructions must be in 1...1000000, got 0")
        }
        XCTAssertThrowsError(try DPUConfiguration.load(json: Data(#"{"barrierLastArrivalBaseInstructions": 15}"#.utf8))) { error in
            XCTAssertTrue("\(error)".contains("barrierLastArrivalBaseInstructions must be >= barrierWaiterInstructions"), "\(error)")
        }
    }
}
