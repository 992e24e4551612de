import XCTest
@testable import DPUSim

/// Barriers, mutexes, semaphores, handshakes, and deadlock detection.
final class SyncTests: XCTestCase {
    /// A barrier releases everyone when the last tasklet arrives: tasklet 0 computes 100
    /// instructions before the barrier, the others none, so everyone leaves at the same cycle.
    func testBarrierReleasesAtLastArrival() throws {
        let dpu = DPU()
        let box = ValueBox()
        let s = try dpu.launch(kernel: "barrier", tasklets: 4) { setup in
            let barrier = setup.barrier()
            let mutex = setup.mutex()
            return { t in
                if t.id == 0 { t.perfcounterConfig(.cycles, reset: true); t.execute(.alu, 100) }
                try await t.barrierWait(barrier)
                let now = try await t.perfcounterGet()
                try await t.mutexLock(mutex)
                box.values.append(now)
                t.mutexUnlock(mutex)
            }
        }
        // The waiters leave the barrier together and read the same value; the last arrival
        // (tasklet 0) first runs its resume loop, 4 instructions for each waiter after the
        // first (8 slots of 11 cycles: fewer than 11 tasklets are runnable), so it reads later.
        XCTAssertEqual(Set(box.values).count, 2)
        XCTAssertEqual(box.values.max()! - box.values.min()!, 8 * 11)
        XCTAssertGreaterThan(s.breakdown.synchronization, 0)
        XCTAssertEqual(s.breakdown.total, Double(s.cycles), accuracy: 1e-6)
    }

    /// Tasklets really wait: values written before a barrier are visible after it.
    func testBarrierOrdersMemory() throws {
        let dpu = DPU()
        let box = ValueBox()
        _ = try dpu.launch(kernel: "publish", tasklets: 8) { setup in
            let barrier = setup.barrier()
            let slots = try setup.staticWRAM(8 * 4, name: "slots")
            return { t in
                try t.store(UInt32(t.id * 10), slots + 4 * t.id)
                try await t.barrierWait(barrier)
                if t.id == 7 {
                    var sum = 0
                    for i in 0..<8 { sum += Int(try t.load(slots + 4 * i, as: UInt32.self)) }
                    box.ints = [sum]
                }
            }
        }
        XCTAssertEqual(box.ints, [280])
    }

    /// A mutex serializes a read-modify-write; contended waiters spin and those spins are
    /// counted as instructions.
    func testMutexProtectsCounterAndSpinsAreCounted() throws {
        let dpu = DPU()
        let s = try dpu.launch(kernel: "counter", tasklets: 6) { setup in
            let mutex = setup.mutex()
            let counter = try setup.staticWRAM(8, name: "counter")
            return { t in
                for _ in 0..<10 {
                    try await t.mutexLock(mutex)
                    let v: UInt32 = try t.load(counter)
                    t.execute(.alu, 20)
                    try t.store(v + 1, counter)
                    t.mutexUnlock(mutex)
                }
            }
        }
        XCTAssertEqual(dpu.wram.load(0, as: UInt32.self), 60)
        XCTAssertGreaterThan(s.spinInstructions, 0)
        XCTAssertEqual(s.breakdown.total, Double(s.cycles), accuracy: 1e-6)
    }

    /// Producer/consumer through a semaphore: the consumer sees every item.
    func testSemaphoreProducerConsumer() throws {
        let dpu = DPU()
        let box = ValueBox()
        _ = try dpu.launch(kernel: "pc", tasklets: 2) { setup in
            let full = setup.semaphore("full", initial: 0)
            let empty = setup.semaphore("empty", initial: 1)
            let slot = try setup.staticWRAM(8, name: "slot")
            return { t in
                for i in 0..<5 {
                    if t.id == 0 {
                        try await t.semTake(empty)
                        try t.store(UInt64(i * i), slot)
                        t.execute(.alu, 30)
                        t.semGive(full)
                    } else {
                        try await t.semTake(full)
                        box.values.append(try t.load(slot))
                        t.semGive(empty)
                    }
                }
            }
        }
        XCTAssertEqual(box.values, [0, 1, 4, 9, 16])
    }

    /// Handshakes rendezvous in either order.
    func testHandshakeEitherOrder() throws {
        for notifierFirst in [true, false] {
            let dpu = DPU()
            let box = ValueBox()
            _ = try dpu.launch(kernel: "handshake", tasklets: 2) { setup in
                let slot = try setup.staticWRAM(8, name: "slot")
                return { t in
                    if t.id == 0 {
                        if !notifierFirst { t.execute(.alu, 200) }
                        try t.store(UInt64(42), slot)
                        try await t.handshakeNotify()
                    } else {
                        if notifierFirst { t.execute(.alu, 200) }
                        try await t.handshakeWaitFor(0)
                        box.values = [try t.load(slot)]
                    }
                }
            }
            XCTAssertEqual(box.values, [42])
        }
    }

    /// A barrier that one tasklet never reaches is a deadlock, reported with who waits on what.
    func testDeadlockIsDetectedAndExplained() throws {
        let dpu = DPU()
        XCTAssertThrowsError(try dpu.launch(kernel: "stuck", tasklets: 3) { setup in
            let barrier = setup.barrier("b0")
            return { t in if t.id != 2 { try await t.barrierWait(barrier) } }
        }) { error in
            guard case DPUFault.deadlock(let kernel, let waits) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(kernel, "stuck")
            XCTAssertEqual(waits.count, 3)
            XCTAssertTrue(waits[0].contains("tasklet 0 waits on barrier 'b0' (2 of 3 arrived)"), waits[0])
            XCTAssertTrue(waits[2].contains("tasklet 2 has finished"), waits[2])
        }
    }

    /// A mutex held by a finished tasklet leaves its waiters spinning forever: a deadlock.
    func testSpinOnAbandonedMutexIsADeadlock() throws {
        let dpu = DPU()
        XCTAssertThrowsError(try dpu.launch(kernel: "abandon", tasklets: 2) { setup in
            let mutex = setup.mutex("m")
            return { t in
                if t.id == 1 { t.execute(.alu, 50) }
                try await t.mutexLock(mutex)
            }
        }) { error in
            XCTAssertTrue("\(error)".contains("tasklet 1 spins on mutex 'm' (held by tasklet 0)"), "\(error)")
        }
    }

    /// A semaphore nobody gives is a deadlock, too.
    func testSemaphoreDeadlock() throws {
        let dpu = DPU()
        XCTAssertThrowsError(try dpu.launch(kernel: "sem", tasklets: 1) { setup in
            let s = setup.semaphore("never")
            return { t in try await t.semTake(s) }
        }) { error in
            XCTAssertTrue("\(error)".contains("waits on semaphore 'never' (count 0)"), "\(error)")
        }
    }

    /// Misuse of the runtime is a fault, not a crash.
    func testUnlockWithoutHoldingFaults() throws {
        let dpu = DPU()
        XCTAssertThrowsError(try dpu.launch(kernel: "misuse", tasklets: 1) { setup in
            let m = setup.mutex("m")
            return { t in t.mutexUnlock(m) }
        }) { error in
            XCTAssertTrue("\(error)".contains("mutex_unlock of mutex 'm'"), "\(error)")
        }
    }

    func testTwoWaitersForOneNotifierFault() throws {
        let dpu = DPU()
        XCTAssertThrowsError(try dpu.launch(kernel: "hs", tasklets: 3) { _ in
            { t in if t.id > 0 { try await t.handshakeWaitFor(0) } }
        }) { error in
            XCTAssertTrue("\(error)".contains("already waits for it"), "\(error)")
        }
    }
}
