/// Everything that can go wrong inside a simulated launch. Each case's description
/// names the kernel or tasklet, the addresses or sizes involved and the rule broken;
/// the simulator reports these instead of crashing or hanging.
public enum DPUFault: Error, CustomStringConvertible, Sendable, Equatable {
    /// A DMA that breaks UPMEM's rules (size, alignment or bounds).
    case dmaViolation(tasklet: Int, direction: String, mram: Int, wram: Int, bytes: Int, rule: String)
    /// A WRAM access outside WRAM.
    case wramOutOfBounds(tasklet: Int, address: Int, bytes: Int, size: Int)
    /// Static data + stacks + heap do not fit WRAM.
    case wramOverflow(kernel: String, request: String, used: Int, capacity: Int)
    /// Every live tasklet waits on something no tasklet can release.
    case deadlock(kernel: String, waits: [String])
    /// A runtime call used wrongly (unlock of a mutex not held, a handshake already awaited…).
    case runtimeMisuse(tasklet: Int, message: String)
    /// Division by zero in `div32`.
    case divideByZero(tasklet: Int)
    /// An argument the DSL rejects (negative size…).
    case invalidArgument(String)
    /// A fault the kernel raised itself (`t.fault("…")`), e.g. a failed consistency check.
    case kernel(tasklet: Int, message: String)
    /// Simulated time or an instruction count passed `LaunchLimits.maxCycles` (2^53), past
    /// which doubles no longer hold every integer: the configured costs are too large for
    /// the run. `what` names the quantity.
    case cycleLimit(kernel: String, what: String)

    public var description: String {
        switch self {
        case let .dmaViolation(t, direction, mram, wram, bytes, rule):
            return "DMA fault: tasklet \(t) \(direction) of \(bytes) bytes (MRAM 0x\(hex(mram)), WRAM 0x\(hex(wram))): \(rule)"
        case let .wramOutOfBounds(t, address, bytes, size):
            return "WRAM fault: tasklet \(t) accessed \(bytes) bytes at 0x\(hex(address)), outside WRAM of \(size) bytes"
        case let .wramOverflow(kernel, request, used, capacity):
            return "WRAM overflow in kernel '\(kernel)': \(request) does not fit (\(used) of \(capacity) bytes already used)"
        case let .deadlock(kernel, waits):
            return "deadlock in kernel '\(kernel)': every live tasklet is waiting:\n  " + waits.joined(separator: "\n  ")
        case let .runtimeMisuse(t, message):
            return "runtime fault: tasklet \(t): \(message)"
        case let .divideByZero(t):
            return "arithmetic fault: tasklet \(t) divided by zero"
        case let .invalidArgument(message):
            return "invalid argument: \(message)"
        case let .kernel(t, message):
            return "kernel fault: tasklet \(t): \(message)"
        case let .cycleLimit(kernel, what):
            return "cycle limit in kernel '\(kernel)': \(what) passes 2^53, the most the simulator counts exactly; lower the configured latencies or costs, or run fewer inputs per DPU"
        }
    }
}

@inline(never) func hex(_ x: Int) -> String { String(x, radix: 16) }
