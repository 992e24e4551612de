/// The tasklets' mode transitions: every count, sum, queue and wait statistic changes here.
extension Scheduler {
    typealias Mode = LaunchEngine.Mode

    /// Moves tasklet `i` to `new`, keeping every count, sum, queue and statistic in step.
    @inline(__always)
    mutating func setMode(_ i: Int, _ new: Mode) {
        if let trace { trace.modeChanged(i, to: new, now: now) }
        let slot = slots + i
        switch slot.pointee.mode {
        case .ready:
            if new == .ready { return }
            clearReady(i)
        case .computing:
            preconditionFailure("tasklet \(i) left .computing other than by its run's end")
        case .spinning:
            spinning -= 1
            leaveDemand()
            slot.pointee.spin += virtual - slot.pointee.spinStartVirtual
            slot.pointee.syncWaitCycles += now - slot.pointee.waitStart
        case .dmaWait:
            waitingOnDMA -= 1
            slot.pointee.dmaWaitCycles += now - slot.pointee.waitStart
        case .blocked:
            blockedCount -= 1
            slot.pointee.syncWaitCycles += now - slot.pointee.waitStart
        case .done:
            preconditionFailure("tasklet \(i) left the done state")
        }
        slot.pointee.mode = new
        switch new {
        case .ready:
            setReady(i)
        case .computing:
            preconditionFailure("tasklet \(i) entered .computing other than by startComputing")
        case .spinning:
            spinning += 1
            enterDemand()
            slot.pointee.spinStartVirtual = virtual
            slot.pointee.waitStart = now
        case .dmaWait:
            waitingOnDMA += 1
            slot.pointee.waitStart = now
        case .blocked:
            blockedCount += 1
            slot.pointee.waitStart = now
        case .done:
            doneCount += 1
        }
    }

    @inline(__always)
    private mutating func enterDemand() {
        if hasHazards { demandDirty = true } else { demandSum += 1 }
    }

    @inline(__always)
    private mutating func leaveDemand() {
        if hasHazards { demandDirty = true } else { demandSum -= 1 }
    }

    // The hot transitions: what `setMode` does for these pairs of modes, without its
    // two switches.

    @inline(__always)
    private mutating func clearReady(_ i: Int) {
        readyBits[i >> 6] &= ~(1 << UInt64(i & 63))
        readyCount -= 1
    }

    @inline(__always)
    private mutating func setReady(_ i: Int) {
        readyBits[i >> 6] |= 1 << UInt64(i & 63)
        readyCount += 1
    }

    @inline(__always)
    private mutating func markReady(_ i: Int) {
        slots[i].mode = .ready
        setReady(i)
    }

    /// `.ready` → `.computing`: a run of `instructions` needing `dispatchCycles` starts now.
    @inline(__always)
    mutating func startComputing(_ i: Int, instructions: Int, dispatchCycles: Double) {
        if let trace { trace.modeChanged(i, to: .computing, now: now) }
        let slot = slots + i
        slot.pointee.dispatchPerInstruction = dispatchCycles / Double(instructions)
        slot.pointee.finishVirtual = virtual + Double(instructions) * instructionScale
        clearReady(i)
        slot.pointee.mode = .computing
        running += 1
        enterDemand()
        computeEnds.push(ComputeEnd(virtual: slot.pointee.finishVirtual, tasklet: i))
    }

    /// `.computing` → `.ready`: the tasklet's run ended now.
    @inline(__always)
    mutating func endComputing(_ i: Int) {
        if let trace { trace.modeChanged(i, to: .ready, now: now) }
        running -= 1
        leaveDemand()
        markReady(i)
    }

    /// `.ready` → `.dmaWait`.
    @inline(__always)
    mutating func startDMAWait(_ i: Int) {
        if let trace { trace.modeChanged(i, to: .dmaWait, now: now) }
        clearReady(i)
        slots[i].mode = .dmaWait
        waitingOnDMA += 1
        slots[i].waitStart = now
    }

    /// `.dmaWait` → `.ready`: the tasklet's transfer completed now.
    @inline(__always)
    mutating func endDMAWait(_ i: Int) {
        if let trace { trace.modeChanged(i, to: .ready, now: now) }
        waitingOnDMA -= 1
        slots[i].dmaWaitCycles += now - slots[i].waitStart
        markReady(i)
    }

    /// `.ready` → `.blocked`, with what the tasklet waits on for deadlock reports.
    mutating func block(_ i: Int, _ verb: String, _ object: (any CustomStringConvertible)? = nil) {
        setMode(i, .blocked)
        engine.tasklets[i].waitVerb = verb
        engine.tasklets[i].waitObject = object
    }
}
