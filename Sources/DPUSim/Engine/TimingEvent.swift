/// What a tasklet did, in program order, for the timing engine.
///
/// A trivial (POD) type: synchronization objects travel as unretained references, kept
/// alive by the launch setup that created them (`LaunchSetup.objects`), so recording and
/// consuming an event never touches a reference count.
enum TimingEvent {
    /// A straight-line run of instructions and the dispatch cycles they need (instructions
    /// plus expected register-hazard cycles).
    case compute(instructions: Int, dispatchCycles: Double)
    /// A straight-line run that ends with the `ldma`/`sdma` of an MRAM transfer of `bytes`
    /// at MRAM byte `address` (counted in `instructions`), then the transfer: one event for
    /// the commonest pair. The address decides the transfer's rows (row hits and misses).
    case computeThenDMA(instructions: Int, dispatchCycles: Double, address: Int, bytes: Int32, write: Bool)
    case barrier(Unmanaged<Barrier>)
    case mutexLock(Unmanaged<Mutex>)
    case mutexUnlock(Unmanaged<Mutex>)
    case semTake(Unmanaged<Semaphore>)
    case semGive(Unmanaged<Semaphore>)
    case notify
    case waitFor(Int)
    case perfcounterConfig(countsInstructions: Bool, reset: Bool)
    case perfcounterGet
    /// A trace label (`Tasklet.phase`): it takes effect after `instructionsBefore`
    /// instructions of the next compute event (at once when 0). Recorded only when traced.
    case phase(instructionsBefore: Int)
    case end
}
