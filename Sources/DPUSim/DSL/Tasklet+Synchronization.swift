/// The tasklet DSL's synchronization, performance counter and trace labels: the operations
/// whose outcome depends on other tasklets or on simulated time.
extension Tasklet {
    // MARK: Synchronization

    /// `barrier_wait(&b)`: waits until every participant has arrived ([O3] bar_kernel_1_O3.asm).
    ///
    /// N = `b.participants`. With N = 1 it charges `barrierSoleInstructions` (9). Otherwise
    /// every arrival charges `barrierWaiterInstructions` (16) before it arrives — no tasklet
    /// knows yet whether it is last; the engine decides that in simulated time. The last
    /// arrival (told so by the engine's resume value) then charges the rest of its path:
    /// `barrierLastArrivalBaseInstructions` − `barrierWaiterInstructions` (0) as `alu`, plus
    /// N − 2 resume-loop iterations of `barrierResumeInstructionsPerWaiter` (4): 16 + 4·(N − 2)
    /// in all. Its class split is the waiter's path plus the loop, a few instructions off the
    /// listing's own split (the totals are the listing's). The round's first arrival is
    /// charged 16 where the listing has 15 (see `barrierWaiterInstructions`).
    public func barrierWait(_ barrier: Barrier) async throws {
        let n = barrier.participants
        charge(n == 1 ? .barrierSole : .barrierWaiter)
        let last = try await suspend(.barrier(.passUnretained(barrier))) == LaunchEngine.resumedAsLastArrival
        if last && n >= 2 {
            execute(.alu, configuration.barrierLastArrivalBaseInstructions - configuration.barrierWaiterInstructions)
            charge(.barrierResumePerWaiter, times: n - 2)
        }
    }

    /// `mutex_lock(m)`: `mutexLockInstructions` (2: the address `move` and one `acquire`,
    /// [rt] mutex.h). While another tasklet holds the mutex, the `acquire` re-issues itself
    /// (it jumps to itself): the engine charges one `sync` instruction per issue slot the
    /// tasklet spins, to the pipeline and to this tasklet (`LaunchStatistics.spinInstructions`).
    public func mutexLock(_ mutex: Mutex) async throws {
        charge(.mutexLock)
        _ = try await suspend(.mutexLock(.passUnretained(mutex)))
    }

    /// `mutex_unlock(m)`: one `release`, `mutexUnlockInstructions` ([rt] mutex.h). Unlocking a
    /// mutex this tasklet does not hold is a fault, reported when the unlock happens in
    /// simulated time.
    public func mutexUnlock(_ mutex: Mutex) {
        charge(.mutexUnlock)
        record(.mutexUnlock(.passUnretained(mutex)))
    }

    /// `sem_take(s)`: waits until the count is positive, then decrements it ([rt] sem.c).
    /// Charges `semTakeInstructions` (8) before; a take that waited charges
    /// `semTakeWaitExtraInstructions` (7) more when woken (on the DPU they precede its `stop`).
    public func semTake(_ semaphore: Semaphore) async throws {
        charge(.semTake)
        if try await suspend(.semTake(.passUnretained(semaphore))) == LaunchEngine.resumedAfterWaiting {
            charge(.semTakeWaitExtra)
        }
    }

    /// `sem_give(s)`: increments the count, waking the first waiter; `semGiveInstructions`
    /// (9, the path that wakes nobody — see that parameter).
    public func semGive(_ semaphore: Semaphore) {
        charge(.semGive)
        record(.semGive(.passUnretained(semaphore)))
    }

    /// `handshake_notify()`: waits until a tasklet waits for this one, then releases it;
    /// `handshakeNotifyInstructions` (7 on either path, [rt] handshake.c).
    public func handshakeNotify() async throws {
        charge(.handshakeNotify)
        _ = try await suspend(.notify)
    }

    /// `handshake_wait_for(notifier)`: waits until `notifier` calls `handshakeNotify()`.
    /// Two tasklets waiting for the same notifier is a fault, as in the runtime.
    /// Charges `handshakeWaitForInstructions` (8) before; when the notifier was already
    /// waiting (no stop), `handshakeWaitForResumeExtraInstructions` (1) more after.
    public func handshakeWaitFor(_ notifier: Int) async throws {
        guard (0..<count).contains(notifier), notifier != id else {
            throw DPUFault.runtimeMisuse(tasklet: id, message: "handshake_wait_for(\(notifier)): no such other tasklet")
        }
        charge(.handshakeWaitFor)
        if try await suspend(.waitFor(notifier)) != LaunchEngine.resumedAfterWaiting {
            charge(.handshakeWaitForResumeExtra)
        }
    }

    // MARK: Performance counter

    /// What the performance counter counts (`perfcounter_config`).
    public enum CounterMode: Sendable { case cycles, instructions }

    /// `perfcounter_config(mode, reset)`: selects what the DPU's counter counts and
    /// optionally resets it, at this point in simulated time. Charges
    /// `perfcounterConfigInstructions` (2): the constant's `move` before, the `time_cfg` —
    /// as which the counter is reset — after (any configured extra counts as the former).
    public func perfcounterConfig(_ mode: CounterMode, reset: Bool) {
        var before = routineMixes[RuntimeRoutine.perfcounterConfig.rawValue]
        before[.sync] -= 1
        execute(before)
        record(.perfcounterConfig(countsInstructions: mode == .instructions, reset: reset))
        execute(.sync, 1)
    }

    /// `perfcounter_get()`: the counter's value at this point in simulated time, sampled as
    /// the `time` instruction issues; `perfcounterGetInstructions` (5: the `time`, then the
    /// widening and shift) are charged after the sample.
    public func perfcounterGet() async throws -> UInt64 {
        let value = try await suspend(.perfcounterGet)
        charge(.perfcounterGet)
        return value
    }

    // MARK: Trace labels

    /// Names what this tasklet does from here on ("hash chunk 12"), for timelines
    /// (`simctl run --trace`): the label applies from this point of the tasklet's program
    /// until its next label or its end. Costs no instruction and no cycle, and changes no
    /// timing; when the launch is not traced, `name` is not even evaluated.
    @inlinable public func phase(_ name: @autoclosure () -> String) {
        if tracing { recordPhase(name()) }
    }

    @usableFromInline func recordPhase(_ name: String) {
        engine.trace?.pushLabel(id, name)
        // Not flushed: the label sits `pendingInstructions` into the next compute event, so
        // the event stream (and every cycle) is the same as without it.
        engine.record(id, .phase(instructionsBefore: counters.pointee.pendingInstructions))
    }
}
