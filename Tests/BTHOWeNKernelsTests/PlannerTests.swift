import BTHOWeNModel
import DPUSim
import XCTest
@testable import BTHOWeNKernels

/// The planner on a small search: what it verifies, what it chooses, its front.
final class PlannerTests: XCTestCase {
    static let outcome: Result<(PlanOutcome, PlannerSettings), any Error> = Result {
        var s = PlannerSettings(model: try ShippedData.model("small"), dataset: try ShippedData.testSubset().prefix(48),
                                configuration: .v1A, threads: 2, hostThreads: 4, maxDPUs: 20, objective: .throughput,
                                sampleInputs: 16, verify: 2)
        s.kernels = [SmallPooledKernel(), LargeFilterSplitKernel()]
        s.tasklets = [8, 16]
        return (try Planner.search(s), s)
    }

    /// The chosen plan is verified and the best of every plan simulated in full; only
    /// verified rows carry an extrapolation error.
    func testTheWinnerIsTheBestVerifiedPlan() throws {
        let (o, s) = try Self.outcome.get()
        let winner = o.rows[o.winner]
        XCTAssertTrue(winner.verified)
        let verified = o.rows.filter(\.verified)
        XCTAssertGreaterThanOrEqual(verified.count, 2)   // one full run verifies a pipelined and a serialized row
        for r in verified { XCTAssertGreaterThanOrEqual(r.cost(s.objective), winner.cost(s.objective), "\(r.point)") }
        for r in o.rows { XCTAssertEqual(r.errorPercent != nil, r.verified, "\(r.point)") }
        XCTAssertLessThanOrEqual(o.maxErrorPercent, verified.compactMap(\.errorPercent).map(abs).max()! + 1e-9)
    }

    /// A verified row holds the full simulation's figures: the same as running that plan.
    func testAVerifiedRowIsTheFullSimulation() throws {
        let (o, s) = try Self.outcome.get()
        let row = try XCTUnwrap(o.rows.first { $0.verified && $0.point.pipelined })
        let p = row.point
        let run = try PipelinedRun.run(Kernels.named(p.kernel)!, Planner.request(s, dpus: p.dpus, tasklets: p.tasklets, inputs: 48),
                                       PipelineOptions(batch: p.batch, hostThreads: s.hostThreads))
        XCTAssertEqual(row.seconds, run.summary.makespanSeconds)
        XCTAssertEqual(row.joules, RunReport(run.outcome).energy)
        XCTAssertEqual(row.report.inputs, 48)
    }

    /// No row on the front is dominated by another in time, energy and DPUs; every row off
    /// it is.
    func testTheParetoFrontIsUndominated() throws {
        let (o, _) = try Self.outcome.get()
        func dominates(_ b: PlanRow, _ a: PlanRow) -> Bool {
            b.seconds <= a.seconds && b.joules <= a.joules && b.point.dpus <= a.point.dpus
                && (b.seconds < a.seconds || b.joules < a.joules || b.point.dpus < a.point.dpus)
        }
        XCTAssertTrue(o.rows.contains(where: \.pareto))
        for a in o.rows { XCTAssertEqual(a.pareto, !o.rows.contains { dominates($0, a) }, "\(a.point)") }
        XCTAssertGreaterThan(o.sampledShapes, 0)
    }
}
