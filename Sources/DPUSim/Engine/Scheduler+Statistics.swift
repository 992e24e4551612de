/// The end of a launch: its statistics, the deadlock report, and the scheduler's invariants.
extension Scheduler {
    /// Ends the launch with the deadlock report (out of line: `advance` stays small).
    @inline(never)
    func deadlockFault() -> any Error { engine.abort(deadlock()) }

    private func deadlock() -> DPUFault {
        let waits = (0..<count).compactMap { i -> String? in
            switch slots[i].mode {
            case .blocked, .spinning: "tasklet \(i) \(engine.tasklets[i].waitDescription)"
            case .done: "tasklet \(i) has finished"
            default: nil
            }
        }
        return .deadlock(kernel: engine.kernel, waits: waits)
    }

    /// `wholeCycles(value, rounding:)`, or the `cycleLimit` fault naming `what` when
    /// `value` is not finite or passes `LaunchLimits.maxCycles`: no configuration a user
    /// can write reaches an `Int` conversion that traps.
    func checkedWholeCycles(_ value: Double, rounding: FloatingPointRoundingRule, what: String) throws -> Int {
        guard value.isFinite, abs(value) <= LaunchLimits.maxCycles else {
            throw engine.abort(.cycleLimit(kernel: engine.kernel, what: what))
        }
        return wholeCycles(value, rounding: rounding)
    }

    func statistics() throws -> LaunchStatistics {
        let tasklets = engine.tasklets
        let cycles = try checkedWholeCycles(now, rounding: .up, what: "the launch's simulated time")
        var perTasklet: [Int] = []
        for t in tasklets {
            let spin = try checkedWholeCycles(slots[t.id].spin, rounding: .toNearestOrAwayFromZero, what: "tasklet \(t.id)'s spin instructions")
            guard Double(t.mix.total) + Double(spin) <= LaunchLimits.maxCycles else {
                throw engine.abort(.cycleLimit(kernel: engine.kernel, what: "tasklet \(t.id)'s instruction count"))
            }
            perTasklet.append(t.mix.total + spin)
        }
        var mix = InstructionMix()
        for t in tasklets { mix += t.mix }
        var spinTotal = 0.0
        for i in 0..<count { spinTotal += slots[i].spin }
        let spin = try checkedWholeCycles(spinTotal, rounding: .toNearestOrAwayFromZero, what: "the spin instructions")
        mix[.sync] += spin
        return LaunchStatistics(
            kernel: engine.kernel,
            tasklets: count,
            configuration: engine.configuration,
            cycles: cycles,
            instructionMix: mix,
            taskletInstructions: perTasklet,
            spinInstructions: spin,
            breakdown: breakdown,
            taskletFinishCycles: (0..<count).map { slots[$0].finish },
            taskletDMAWaitCycles: (0..<count).map { slots[$0].dmaWaitCycles },
            taskletSyncWaitCycles: (0..<count).map { slots[$0].syncWaitCycles },
            dmaReads: tasklets.reduce(0) { $0 + $1.dmaReads }, dmaWrites: tasklets.reduce(0) { $0 + $1.dmaWrites },
            dmaReadBytes: tasklets.reduce(0) { $0 + $1.dmaReadBytes }, dmaWriteBytes: tasklets.reduce(0) { $0 + $1.dmaWriteBytes },
            wramPeakBytes: engine.layout.peakBytes)
    }

    // MARK: Invariants

    /// What the transitions keep in step, checked from scratch: each counter equals the
    /// number of tasklets in its mode; the ready bits are exactly the ready tasklets; every
    /// computing tasklet has one pending run end and every tasklet waiting on a DMA one
    /// pending completion or queued transfer; without register hazards the demand is the
    /// number of issuing tasklets; time is finite and not negative. Returns what is broken
    /// (empty when all hold).
    func invariantViolations() -> [String] {
        var ready = 0, computing = 0, spinners = 0, dmaWaiting = 0, blocked = 0, done = 0
        var bits = 0, strayBits = false
        for i in 0..<count {
            switch slots[i].mode {
            case .ready: ready += 1
            case .computing: computing += 1
            case .spinning: spinners += 1
            case .dmaWait: dmaWaiting += 1
            case .blocked: blocked += 1
            case .done: done += 1
            }
            if (readyBits[i >> 6] >> UInt64(i & 63)) & 1 == 1 && slots[i].mode != .ready { strayBits = true }
        }
        for w in 0..<readyWords { bits += readyBits[w].nonzeroBitCount }
        var broken: [String] = []
        func expect(_ holds: Bool, _ what: @autoclosure () -> String) { if !holds { broken.append(what()) } }
        expect(readyCount == ready && bits == readyCount && !strayBits, "ready: count \(readyCount), bits \(bits), tasklets \(ready)")
        expect(running == computing, "running \(running) ≠ \(computing) computing tasklets")
        expect(spinning == spinners, "spinning \(spinning) ≠ \(spinners) spinning tasklets")
        expect(waitingOnDMA == dmaWaiting, "waitingOnDMA \(waitingOnDMA) ≠ \(dmaWaiting) DMA-waiting tasklets")
        expect(blockedCount == blocked, "blocked \(blockedCount) ≠ \(blocked) blocked tasklets")
        expect(doneCount == done, "done \(doneCount) ≠ \(done) finished tasklets")
        expect(computeEnds.count == running, "\(computeEnds.count) pending run ends for \(running) computing tasklets")
        expect(dmaEnds.count + dmaQueue.count == waitingOnDMA,
               "\(dmaEnds.count) completions + \(dmaQueue.count) queued for \(waitingOnDMA) DMA-waiting tasklets")
        expect(hasHazards || demandSum == Double(running + spinning), "demand \(demandSum) ≠ \(running + spinning) issuing tasklets")
        expect(now.isFinite && now >= 0 && virtual.isFinite && virtual >= 0, "time \(now), virtual \(virtual)")
        return broken
    }

    /// Stops with the broken invariants, if any (debug builds call it after every event).
    func _checkInvariants() {
        let broken = invariantViolations()
        precondition(broken.isEmpty, "LaunchEngine invariants broken at cycle \(now): " + broken.joined(separator: "; "))
    }
}

/// A simulated time (or count) as a whole number. Times are sums of fluid steps, so they
/// carry rounding error that grows with the number of events; a value within a relative
/// 1e-9 of an integer is that integer, otherwise it is rounded as asked (the launch ends
/// at the cycle it reaches; the counter shows the cycles completed).
func wholeCycles(_ value: Double, rounding: FloatingPointRoundingRule) -> Int {
    let nearest = value.rounded()
    if abs(value - nearest) <= 1e-9 * max(1, abs(value)) { return Int(nearest) }
    return Int(value.rounded(rounding))
}

/// Bounds of what one launch counts.
public enum LaunchLimits {
    /// The most cycles (or instructions) a launch may count: 2^53. Every integer up to it
    /// is exact in a `Double` and fits `Int` and `UInt64`; a launch that would pass it
    /// ends with `DPUFault.cycleLimit` rather than a trap.
    public static let maxCycles = Double(1 << 53)
}
