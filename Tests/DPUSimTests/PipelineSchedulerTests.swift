import XCTest
@testable import DPUSim
@testable import PIMSystem

/// The discrete-event model of `PipelineScheduler`, on hand-built pipelines whose
/// schedules are known in closed form.
final class PipelineSchedulerTests: XCTestCase {
    /// A linear pipeline: `durations[s]` on its own single-unit resource, `batches` batches,
    /// stage s of batch k after stage s−1 of batch k (the resource orders the batches).
    func linear(_ durations: [Double], batches: Int) -> (resources: [PipelineResource], tasks: [PipelineTask]) {
        let kinds: [PipelineResource.Kind] = [.host, .transfer, .dpu]
        let resources = durations.indices.map { PipelineResource(name: "stage \($0)", kind: kinds[$0 % 3], units: 1) }
        var tasks: [PipelineTask] = []
        for k in 0..<batches {
            for (s, d) in durations.enumerated() {
                tasks.append(PipelineTask(name: "s\(s)", batch: k, resource: s, seconds: d, after: s == 0 ? [] : [tasks.count - 1]))
            }
        }
        return (resources, tasks)
    }

    /// Identical stages: the textbook makespan, fill (S−1)·t plus N·t.
    func testIdenticalStagesReachTheTextbookMakespan() {
        for (stages, batches) in [(3, 1), (3, 10), (5, 37)] {
            let (r, t) = linear(Array(repeating: 0.25, count: stages), batches: batches)
            let s = PipelineScheduler.schedule(resources: r, tasks: t)
            XCTAssertEqual(s.makespan, Double(stages - 1) * 0.25 + Double(batches) * 0.25, accuracy: 1e-12, "\(stages) stages, \(batches) batches")
        }
    }

    /// Unequal stages: fill (Σ stages − the longest) plus N × the longest.
    func testUnequalStagesReachFillPlusNTimesTheLongest() {
        let durations = [1.0, 3.0, 2.0]
        let (r, t) = linear(durations, batches: 10)
        let s = PipelineScheduler.schedule(resources: r, tasks: t)
        XCTAssertEqual(s.makespan, (6.0 - 3.0) + 10 * 3.0, accuracy: 1e-12)
        XCTAssertEqual(s.bottleneck, .transfer)
    }

    /// One stage 10× the others: its resource's busy fraction tends to 1 with the batches,
    /// and it is named the bottleneck; the others' stay near 1/10.
    func testTheDominantResourceIsBusyAlmostAlways() {
        var previous = 0.0
        for batches in [2, 20, 400] {
            let (r, t) = linear([1, 1, 10], batches: batches)
            let s = PipelineScheduler.schedule(resources: r, tasks: t)
            let busy = s.busyFraction(.dpu)
            XCTAssertGreaterThan(busy, previous)
            previous = busy
            XCTAssertEqual(s.bottleneck, .dpu)
        }
        XCTAssertGreaterThan(previous, 0.99)
        let (r, t) = linear([1, 1, 10], batches: 400)
        XCTAssertLessThan(PipelineScheduler.schedule(resources: r, tasks: t).busyFraction(.host), 0.11)
    }

    /// A pool of units runs independent tasks side by side; more tasks than units queue.
    func testAPoolRunsAsManyTasksAsItHasUnits() {
        let r = [PipelineResource(name: "host", kind: .host, units: 4)]
        let t = (0..<10).map { PipelineTask(name: "w", batch: $0, resource: 0, seconds: 2) }
        let s = PipelineScheduler.schedule(resources: r, tasks: t)
        XCTAssertEqual(s.makespan, 6)   // ⌈10 / 4⌉ rounds of 2 s
        XCTAssertEqual(Set(s.unit), [0, 1, 2, 3])
        XCTAssertEqual(s.busyFraction(.host), 20.0 / (4 * 6), accuracy: 1e-12)
    }

    /// Dependencies hold even across resources, and the serialized model adds everything up.
    func testDependenciesAndTheSerializedSum() {
        let r = [PipelineResource(name: "a", kind: .host, units: 2), PipelineResource(name: "b", kind: .dpu, units: 1)]
        let t = [PipelineTask(name: "x", batch: 0, resource: 0, seconds: 3),
                 PipelineTask(name: "y", batch: 0, resource: 0, seconds: 1),
                 PipelineTask(name: "z", batch: 0, resource: 1, seconds: 2, after: [0, 1])]
        let s = PipelineScheduler.schedule(resources: r, tasks: t)
        XCTAssertEqual(s.start, [0, 0, 3])
        XCTAssertEqual(s.makespan, 5)
        XCTAssertEqual(PipelineScheduler.serialized(resources: r, tasks: t).makespan, 6)
    }
}
