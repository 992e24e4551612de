import DPUSim
/// A small discrete-event model of the resources of a host driving DPUs: tasks of known
/// duration, each on one resource (a pool of identical units), each waiting for the tasks
/// it depends on. `PipelineScheduler.schedule` runs them as early as their dependencies
/// and their resource allow; `PipelineScheduler.serialized` runs them one after another,
/// as the serialized run model adds them up.
///
/// The model knows nothing about kernels: `BTHOWeNKernels`' `PipelineWork` turns a run's
/// plan and ledger into tasks (host threads, each rank's transfer path, each rank's DPUs).

/// One resource: `units` identical servers, each serving one task at a time.
public struct PipelineResource: Sendable, Equatable {
    /// What a resource is, for busy fractions and the bottleneck.
    public enum Kind: String, Sendable, CaseIterable { case host, transfer, dpu }

    /// A track name ("host", "rank 0 transfers", "rank 0 DPUs").
    public var name: String
    public var kind: Kind
    /// Servers (host threads: several; a rank's transfer path or DPUs: one). At least 1.
    public var units: Int

    public init(name: String, kind: Kind, units: Int) {
        precondition(units >= 1, "a resource has at least one unit")
        self.name = name
        self.kind = kind
        self.units = units
    }
}

/// One task: `seconds` on `resource`, after every task of `after` has finished.
public struct PipelineTask: Sendable, Equatable {
    /// A slice label ("prepare", "push", "launch", "pull", "finish", "setup …").
    public var name: String
    /// The batch the task serves; nil for setup work done once.
    public var batch: Int?
    /// An index into the schedule's resources.
    public var resource: Int
    /// Duration, seconds (≥ 0).
    public var seconds: Double
    /// Indices of earlier tasks that must finish first (every index is below this task's).
    public var after: [Int]

    public init(name: String, batch: Int?, resource: Int, seconds: Double, after: [Int] = []) {
        self.name = name
        self.batch = batch
        self.resource = resource
        self.seconds = seconds
        self.after = after
    }
}

/// When each task ran, and what that makes of the resources.
public struct PipelineSchedule: Sendable, Equatable {
    public let resources: [PipelineResource]
    public let tasks: [PipelineTask]
    /// `start[i]`: when task i started, seconds since the run began.
    public let start: [Double]
    /// `unit[i]`: which of its resource's units ran task i (0-based; lanes in a trace).
    public let unit: [Int]

    /// When task i finished.
    public func end(_ i: Int) -> Double { start[i] + tasks[i].seconds }

    /// When the last task finished (0 without tasks).
    public var makespan: Double { tasks.indices.reduce(0.0) { max($0, end($1)) } }

    /// Σ task seconds on the resources of `kind` ÷ (their units × makespan), in 0...1; 0
    /// when the kind has no resource or the makespan is 0.
    public func busyFraction(_ kind: PipelineResource.Kind) -> Double {
        let units = resources.filter { $0.kind == kind }.reduce(0) { $0 + $1.units }
        let span = makespan
        guard units > 0, span > 0 else { return 0 }
        let busy = tasks.reduce(0.0) { resources[$1.resource].kind == kind ? $0 + $1.seconds : $0 }
        return min(1, busy / (Double(units) * span))
    }

    /// The kind with the highest busy fraction; ties go to the first of host, transfer, dpu.
    public var bottleneck: PipelineResource.Kind {
        var best = PipelineResource.Kind.host
        for kind in PipelineResource.Kind.allCases where busyFraction(kind) > busyFraction(best) { best = kind }
        return best
    }
}

public enum PipelineScheduler {
    /// Runs every task as soon as its dependencies have finished and a unit of its resource
    /// is free. When several tasks wait for the same resource, the lowest task index goes
    /// first (callers number batch k's tasks before batch k+1's, so earlier batches win);
    /// a freed unit is the lowest-numbered free one. Events at the same instant are all
    /// applied before anything starts, so the result depends only on the tasks: the same
    /// tasks give the same schedule on every run.
    ///
    /// - Precondition: every `after` index is below its task's index; resources exist.
    public static func schedule(resources: [PipelineResource], tasks: [PipelineTask]) -> PipelineSchedule {
        var waiting = tasks.map(\.after.count)
        var dependents = [[Int]](repeating: [], count: tasks.count)
        for (i, task) in tasks.enumerated() {
            precondition(resources.indices.contains(task.resource), "task \(i) names resource \(task.resource)")
            for d in task.after {
                precondition(d >= 0 && d < i, "task \(i) depends on task \(d), which is not an earlier task")
                dependents[d].append(i)
            }
        }
        var ready = resources.map { _ in MinHeap<Int>() }
        var freeUnits = resources.map { r in MinHeap<Int>(Array(0..<r.units)) }
        var events = MinHeap<Event>()
        var start = [Double](repeating: 0, count: tasks.count)
        var unit = [Int](repeating: 0, count: tasks.count)
        for i in tasks.indices where waiting[i] == 0 { ready[tasks[i].resource].push(i) }
        var now = 0.0
        while true {
            for r in resources.indices {
                while !ready[r].isEmpty, let u = freeUnits[r].pop() {
                    let i = ready[r].pop()!
                    start[i] = now
                    unit[i] = u
                    events.push(Event(time: now + tasks[i].seconds, task: i))
                }
            }
            guard let first = events.pop() else { break }
            now = first.time
            var done = [first.task]
            while let next = events.peek, next.time == now { done.append(events.pop()!.task) }
            for i in done {
                freeUnits[tasks[i].resource].push(unit[i])
                for j in dependents[i] {
                    waiting[j] -= 1
                    if waiting[j] == 0 { ready[tasks[j].resource].push(j) }
                }
            }
        }
        return PipelineSchedule(resources: resources, tasks: tasks, start: start, unit: unit)
    }

    /// The tasks one after another in index order, whatever their resources and
    /// dependencies allow: the serialized run model, whose total is the sum of every
    /// stage (`makespan` = Σ seconds, added in task order).
    public static func serialized(resources: [PipelineResource], tasks: [PipelineTask]) -> PipelineSchedule {
        var t = 0.0
        var start: [Double] = []
        start.reserveCapacity(tasks.count)
        for task in tasks {
            start.append(t)
            t += task.seconds
        }
        return PipelineSchedule(resources: resources, tasks: tasks, start: start, unit: [Int](repeating: 0, count: tasks.count))
    }

    /// A task's end: ordered by time, then by task index (so equal times pop in a fixed order).
    struct Event: Comparable {
        var time: Double
        var task: Int
        static func < (a: Event, b: Event) -> Bool { (a.time, a.task) < (b.time, b.task) }
    }
}

/// A binary min-heap (the scheduler's ready queues, free units and pending ends).
struct MinHeap<Element: Comparable> {
    private var items: [Element] = []

    init() {}

    init(_ elements: [Element]) {
        for e in elements { push(e) }
    }

    var isEmpty: Bool { items.isEmpty }
    var peek: Element? { items.first }

    mutating func push(_ element: Element) {
        items.append(element)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[i] < items[parent] else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var smallest = i
            if l < items.count && items[l] < items[smallest] { smallest = l }
            if r < items.count && items[r] < items[smallest] { smallest = r }
            if smallest == i { break }
            items.swapAt(i, smallest)
            i = smallest
        }
        return top
    }
}
