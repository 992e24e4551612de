/// Synchronization objects of the UPMEM runtime, declared by a kernel in its launch
/// setup (as `BARRIER_INIT`, `MUTEX_INIT` and `SEMAPHORE_INIT` declare them in C).
///
/// Their state belongs to one launch on one DPU and is changed only by that launch's
/// timing engine, on one thread; that is why they are `@unchecked Sendable`.

/// A barrier for a fixed number of tasklets (`barrier_wait`). The last arrival releases
/// everyone at its arrival cycle; the barrier then resets for the next round.
public final class Barrier: @unchecked Sendable, CustomStringConvertible {
    public let name: String
    public let participants: Int
    var waiting: [Int] = []

    init(name: String, participants: Int) {
        self.name = name
        self.participants = participants
    }

    public var description: String { "barrier '\(name)' (\(waiting.count) of \(participants) arrived)" }
}

/// A mutex (`mutex_lock`/`mutex_unlock`). UPMEM implements `mutex_lock` as a spin on an
/// atomic bit (`acquire` in a loop), so a waiting tasklet keeps issuing instructions:
/// the model charges those spins to the pipeline and to the waiting tasklet.
public final class Mutex: @unchecked Sendable, CustomStringConvertible {
    public let name: String
    var holder: Int?
    var spinners: [Int] = []

    init(name: String) { self.name = name }

    public var description: String {
        "mutex '\(name)'" + (holder.map { " (held by tasklet \($0))" } ?? " (free)")
    }
}

/// A counting semaphore (`sem_take`/`sem_give`). `sem_take` on a zero count stops the
/// tasklet (it issues nothing) until a `sem_give` wakes it, first come first served.
public final class Semaphore: @unchecked Sendable, CustomStringConvertible {
    public let name: String
    var count: Int
    var waiting: [Int] = []

    init(name: String, initial: Int) {
        self.name = name
        self.count = initial
    }

    public var description: String { "semaphore '\(name)' (count \(count))" }
}
