/// Runs the tasklets' async code inline, on the thread that drains it, one job at a time
/// in FIFO order: Swift concurrency as a deterministic coroutine scheduler.
final class InlineExecutor: TaskExecutor, @unchecked Sendable {
    private var queue: [UnownedJob] = []

    func enqueue(_ job: consuming ExecutorJob) {
        queue.append(UnownedJob(job))
    }

    func drain() {
        var index = 0
        while index < queue.count {
            let job = queue[index]
            index += 1
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
        queue.removeAll(keepingCapacity: true)
    }
}

/// Thrown into suspended tasklets when a launch ends early, to unwind them.
struct LaunchAborted: Error {}
