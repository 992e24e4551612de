import DPUSim
extension ChromeTrace {
    /// The process of a pipelined schedule's tracks.
    public static let pipelinePID = 2

    /// Writes a pipelined schedule (`simctl run --pipeline --trace`) as process "pipeline"
    /// (pid 2): one thread per resource unit — "host thread i" for each host thread that ran
    /// a task, "rank r transfers" and "rank r DPUs" — with one slice per task, named by its
    /// stage and batch ("launch b3"), so that Perfetto shows the batches overlapping. Tasks
    /// of no duration are left out. Times are the schedule's, rounded to whole picoseconds.
    static func writePipeline(_ s: PipelineSchedule, into out: inout JSONEventWriter) {
        out.metadata(pid: pipelinePID, tid: nil, "process_name", name: "pipeline")
        out.metadata(pid: pipelinePID, tid: nil, "process_sort_index", sortIndex: -1)
        // A lane per (resource, unit): host threads first, then each rank's two resources.
        let base = s.resources.indices.reduce(into: [Int]()) { bases, r in
            bases.append(r == 0 ? 0 : bases[r - 1] + s.resources[r - 1].units)
        }
        var used = Set<Int>()
        for i in s.tasks.indices where s.tasks[i].seconds > 0 { used.insert(base[s.tasks[i].resource] + s.unit[i]) }
        for (r, resource) in s.resources.enumerated() {
            for u in 0..<resource.units where used.contains(base[r] + u) {
                let name = resource.kind == .host ? "\(resource.name) thread \(u)" : resource.name
                out.metadata(pid: pipelinePID, tid: base[r] + u, "thread_name", name: name)
                out.metadata(pid: pipelinePID, tid: base[r] + u, "thread_sort_index", sortIndex: base[r] + u)
            }
        }
        for (i, task) in s.tasks.enumerated() where task.seconds > 0 {
            let name = task.batch.map { "\(task.name) b\($0)" } ?? task.name
            out.slice(pid: pipelinePID, tid: base[task.resource] + s.unit[i], start: ps(seconds: s.start[i]), end: ps(seconds: s.end(i)),
                      name: name, category: "pipeline-\(s.resources[task.resource].kind.rawValue)",
                      args: [("batch", task.batch.map(String.init) ?? "setup")])
        }
    }
}
