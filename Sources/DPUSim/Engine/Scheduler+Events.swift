/// The events other than compute runs: synchronization, the performance counter, trace
/// labels and the end of a tasklet.
extension Scheduler {
    /// `step` for every event but compute runs. Kept out of line so that the hot loop stays small.
    @inline(never)
    mutating func consumeOther(_ i: Int, _ event: TimingEvent) throws {
        switch event {
        case .compute, .computeThenDMA:
            preconditionFailure("compute events are step's")
        case let .barrier(ref):
            try arrive(i, at: ref.takeUnretainedValue())
        case let .mutexLock(ref):
            try lock(i, ref.takeUnretainedValue())
        case let .mutexUnlock(ref):
            try unlock(i, ref.takeUnretainedValue())
        case let .semTake(ref):
            let s = ref.takeUnretainedValue()
            if s.count > 0 {
                s.count -= 1
                try resume(i)
            } else {
                s.waiting.append(i)
                block(i, "waits on", s)
            }
        case let .semGive(ref):
            let s = ref.takeUnretainedValue()
            s.count += 1
            if !s.waiting.isEmpty {
                s.count -= 1
                try resume(s.waiting.removeFirst(), value: LaunchEngine.resumedAfterWaiting)
            }
        case .notify:
            try notify(i)
        case let .waitFor(notifier):
            try wait(i, for: notifier)
        case let .perfcounterConfig(countsInstructions, reset):
            counterCountsInstructions = countsInstructions
            if reset { counterBase = countsInstructions ? issued : now }
        case .perfcounterGet:
            let value = counterCountsInstructions ? issued - counterBase : now - counterBase
            try resume(i, value: UInt64(max(0, try checkedWholeCycles(value, rounding: .down, what: "the performance counter"))))
        case .phase:
            break   // a trace label, handled by the trace recorder
        case .end:
            setMode(i, .done)
            slots[i].finish = now
        }
    }

    /// `barrier_wait`: the last arrival releases everyone, itself last-arrival flagged.
    private mutating func arrive(_ i: Int, at b: Barrier) throws {
        b.waiting.append(i)
        if b.waiting.count >= b.participants {
            let released = b.waiting
            b.waiting = []
            for j in released { try resume(j, value: j == i ? LaunchEngine.resumedAsLastArrival : 0) }
        } else {
            block(i, "waits on", b)
        }
    }

    /// `mutex_lock` is `acquire %[mtx], 0, nz, .` ([rt] mutex.h): a failed acquire jumps to
    /// itself, so a spinner issues one `sync` instruction per slot.
    private mutating func lock(_ i: Int, _ m: Mutex) throws {
        if m.holder == nil {
            m.holder = i
            try resume(i)
        } else {
            m.spinners.append(i)
            slots[i].dispatchPerInstruction = 1 + engine.hazard[InstructionClass.sync.rawValue]
            setMode(i, .spinning)
            engine.tasklets[i].waitVerb = "spins on"
            engine.tasklets[i].waitObject = m
        }
    }

    private mutating func unlock(_ i: Int, _ m: Mutex) throws {
        guard m.holder == i else {
            throw engine.abort(DPUFault.runtimeMisuse(tasklet: i, message: "mutex_unlock of \(m), which it does not hold"))
        }
        if m.spinners.isEmpty {
            m.holder = nil
        } else {
            let next = m.spinners.removeFirst()
            m.holder = next
            try resume(next)
        }
    }

    /// `handshake_notify`: releases the tasklet waiting for `i`, or waits for one.
    private mutating func notify(_ i: Int) throws {
        if let waiter = (0..<count).first(where: { slots[$0].waitingFor == i }) {
            slots[waiter].waitingFor = -1
            try resume(waiter, value: LaunchEngine.resumedAfterWaiting)
            try resume(i)
        } else {
            slots[i].notifying = true
            block(i, "waits in handshake_notify for a tasklet to wait for it")
        }
    }

    /// `handshake_wait_for(notifier)`.
    private mutating func wait(_ i: Int, for notifier: Int) throws {
        if let other = (0..<count).first(where: { slots[$0].waitingFor == notifier }) {
            throw engine.abort(DPUFault.runtimeMisuse(
                tasklet: i, message: "handshake_wait_for(\(notifier)) while tasklet \(other) already waits for it"))
        }
        if slots[notifier].notifying {
            slots[notifier].notifying = false
            try resume(notifier)
            try resume(i)
        } else {
            slots[i].waitingFor = notifier
            block(i, "waits in handshake_wait_for(\(notifier))")
        }
    }
}
