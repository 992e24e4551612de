import XCTest
@testable import DPUSim

/// The scheduler's counting invariants (`Scheduler.invariantViolations`), which debug builds
/// check after every event of every launch — so every test that runs a launch checks them.
/// Here: a fresh scheduler satisfies them, and each kind of corruption is caught by name.
final class SchedulerInvariantTests: XCTestCase {
    private func withScheduler(tasklets: Int, _ body: (inout Scheduler) -> Void) {
        let dpu = DPU()
        withUnsafeMutablePointer(to: &dpu.mram) { mram in
            let engine = LaunchEngine(dpu: dpu, mram: mram, kernel: "invariants",
                                      layout: WRAMLayout(capacity: dpu.configuration.wramBytes, kernel: "invariants"),
                                      tasklets: tasklets, trace: nil)
            var scheduler = Scheduler(engine: engine)
            body(&scheduler)
        }
    }

    func testAFreshSchedulerHoldsThemAtEveryTaskletCount() {
        for tasklets in [1, 11, 24] {
            withScheduler(tasklets: tasklets) { s in XCTAssertEqual(s.invariantViolations(), [], "\(tasklets) tasklets") }
        }
    }

    func testEachCorruptionIsNamed() {
        withScheduler(tasklets: 4) { s in
            s.running = 1
            let broken = s.invariantViolations()
            XCTAssertTrue(broken.contains { $0.hasPrefix("running 1") }, "\(broken)")
            XCTAssertTrue(broken.contains { $0.contains("pending run ends for 1 computing") }, "\(broken)")
        }
        withScheduler(tasklets: 4) { s in
            s.readyCount = 3
            XCTAssertTrue(s.invariantViolations().contains { $0.hasPrefix("ready: count 3") })
        }
        withScheduler(tasklets: 4) { s in
            s.readyBits[0] &= ~1            // tasklet 0 ready but its bit cleared
            XCTAssertTrue(s.invariantViolations().contains { $0.contains("bits 3") })
        }
        withScheduler(tasklets: 4) { s in
            s.demandSum = 2
            XCTAssertTrue(s.invariantViolations().contains { $0.hasPrefix("demand 2") })
        }
        withScheduler(tasklets: 4) { s in
            s.now = -.infinity
            XCTAssertTrue(s.invariantViolations().contains { $0.hasPrefix("time") })
        }
    }
}
