/// The UPMEM runtime routines whose instruction counts `DPUConfiguration` holds, each with
/// the instruction classes its source shows.
///
/// The counts are read from the runtime's sources — **[rt]**: UPMEM's DPU runtime (dpu-rt
/// `syslib`) as shipped in VIA-Research/uPIMulator @ 870d916334e9ff0b190f555f951a9ec3c4257781,
/// `golang/uPIMulator/sdk/syslib/` — and, where the runtime is C compiled by the SDK, from
/// **[O3]**: the `-O3` listings in skehrli/UPMEM_synchronization_benchmarks
/// @ 079f3c22e4dd63a426a0e6da25b864909330b53c, `disassembly/` (`bar_kernel_1_O3.asm`,
/// `lock_kernel_1_O3.asm`). Routines with no compiled listing (semaphores, handshakes,
/// `mem_alloc`, `mem_reset`) are counted from the C by hand, following the code the
/// listings show the compiler emits for the barrier (inlined at `-O3`, an address `move`,
/// byte loads/stores, conditions fused into jumps). `docs/configuration.md` lists each path.
///
/// Every routine has a *listing*: the instructions of its path by class. A configuration
/// that sets a count other than the listing's charges the difference as `alu`
/// (`DPUConfiguration.mix(of:)`); `validate()` rejects a count below the listing's non-`alu`
/// instructions (the `acquire`, `release`, loads, stores and jumps the routine cannot lack).
public enum RuntimeRoutine: Int, CaseIterable, Sendable {
    case mul32Call, div32Call, div32ZeroQuotient, div32Signed
    case barrierWaiter, barrierSole, barrierLastArrivalBase, barrierResumePerWaiter
    case mutexLock, mutexUnlock
    case semTake, semTakeWaitExtra, semGive
    case handshakeNotify, handshakeWaitFor, handshakeWaitForResumeExtra
    case memAlloc, memReset
    case perfcounterGet, perfcounterConfig
    case dmaVariableSize

    /// The configuration field that holds the routine's count (its JSON key is the field's name).
    public var keyPath: WritableKeyPath<DPUConfiguration, Int> & Sendable {
        switch self {
        case .mul32Call: \.mul32CallInstructions
        case .div32Call: \.div32CallInstructions
        case .div32ZeroQuotient: \.div32ZeroQuotientInstructions
        case .div32Signed: \.div32SignedInstructions
        case .barrierWaiter: \.barrierWaiterInstructions
        case .barrierSole: \.barrierSoleInstructions
        case .barrierLastArrivalBase: \.barrierLastArrivalBaseInstructions
        case .barrierResumePerWaiter: \.barrierResumeInstructionsPerWaiter
        case .mutexLock: \.mutexLockInstructions
        case .mutexUnlock: \.mutexUnlockInstructions
        case .semTake: \.semTakeInstructions
        case .semTakeWaitExtra: \.semTakeWaitExtraInstructions
        case .semGive: \.semGiveInstructions
        case .handshakeNotify: \.handshakeNotifyInstructions
        case .handshakeWaitFor: \.handshakeWaitForInstructions
        case .handshakeWaitForResumeExtra: \.handshakeWaitForResumeExtraInstructions
        case .memAlloc: \.memAllocInstructions
        case .memReset: \.memResetInstructions
        case .perfcounterGet: \.perfcounterGetInstructions
        case .perfcounterConfig: \.perfcounterConfigInstructions
        case .dmaVariableSize: \.dmaVariableSizeInstructions
        }
    }

    /// The JSON key of the routine's count.
    public var key: String {
        switch self {
        case .mul32Call: "mul32CallInstructions"
        case .div32Call: "div32CallInstructions"
        case .div32ZeroQuotient: "div32ZeroQuotientInstructions"
        case .div32Signed: "div32SignedInstructions"
        case .barrierWaiter: "barrierWaiterInstructions"
        case .barrierSole: "barrierSoleInstructions"
        case .barrierLastArrivalBase: "barrierLastArrivalBaseInstructions"
        case .barrierResumePerWaiter: "barrierResumeInstructionsPerWaiter"
        case .mutexLock: "mutexLockInstructions"
        case .mutexUnlock: "mutexUnlockInstructions"
        case .semTake: "semTakeInstructions"
        case .semTakeWaitExtra: "semTakeWaitExtraInstructions"
        case .semGive: "semGiveInstructions"
        case .handshakeNotify: "handshakeNotifyInstructions"
        case .handshakeWaitFor: "handshakeWaitForInstructions"
        case .handshakeWaitForResumeExtra: "handshakeWaitForResumeExtraInstructions"
        case .memAlloc: "memAllocInstructions"
        case .memReset: "memResetInstructions"
        case .perfcounterGet: "perfcounterGetInstructions"
        case .perfcounterConfig: "perfcounterConfigInstructions"
        case .dmaVariableSize: "dmaVariableSizeInstructions"
        }
    }

    /// Where the count comes from, for the configuration table (`simctl config`).
    public var source: String {
        switch self {
        case .mul32Call: "[rt] mul32.c (k mul_steps + 7)"
        case .div32Call: "[rt] div32.c __udiv32 (s + 1 div_steps + 8)"
        case .div32ZeroQuotient: "[rt] div32.c __udiv32 quotient-0 exit"
        case .div32Signed: "[rt] div32.c __div32 (+1 neg per sign flip)"
        case .barrierWaiter: "[O3] bar_kernel_1_O3.asm (first arrival: 15)"
        case .barrierSole: "[O3] bar_kernel_1_O3.asm (N = 1)"
        case .barrierLastArrivalBase: "[O3] bar_kernel_1_O3.asm (last: 16 + 4(N-2))"
        case .barrierResumePerWaiter: "[O3] bar_kernel_1_O3.asm resume loop"
        case .mutexLock: "[rt] mutex.h; [O3] lock_kernel_1_O3.asm"
        case .mutexUnlock: "[rt] mutex.h; [O3] lock_kernel_1_O3.asm"
        case .semTake, .semTakeWaitExtra, .semGive: "[rt] sem.c, counted by hand"
        case .handshakeNotify, .handshakeWaitFor, .handshakeWaitForResumeExtra: "[rt] handshake.c, counted by hand"
        case .memAlloc, .memReset: "[rt] alloc.c, counted by hand"
        case .perfcounterGet, .perfcounterConfig: "[rt] perfcounter.c; [O3] bar_kernel_1_O3.asm"
        case .dmaVariableSize: "[rt] mram.h; [uPIM] logic.go ldma size encoding"
        }
    }

    /// The instructions of the routine's path, by class, as read from its source (the
    /// `docs/configuration.md` section "Runtime routines, from their sources" names each one).
    /// Conditional jumps fused into an ALU instruction (`sub …, gtu, label`) are `alu`;
    /// `call`, `jump` and the compare-and-jump `jeq`/`jneq`/`jgtu` are `branch`;
    /// `acquire`, `release`, `stop`, `resume`, `time`, `time_cfg` are `sync`.
    public var listing: InstructionMix {
        switch self {
        // [rt] mul32.c: the caller's `call`, `jgtu` + two `move` (swap so the smaller operand
        // is the multiplier), `move r1, zero`, [k × mul_step], `move` of the result, `jump r23`.
        case .mul32Call: InstructionMix(alu: 4, branch: 3)
        // [rt] div32.c `__udiv32`: `call`, `clz`, `clz`, `sub` (quotient-0 test), `move`,
        // `move.u`, the computed `jump r3`, [s + 1 × div_step], `jump r23`.
        case .div32Call: InstructionMix(alu: 5, branch: 3)
        // `call`, `clz`, `clz`, `sub` (jumps), `move.u` (jumps to the exit), `jump r23`.
        case .div32ZeroQuotient: InstructionMix(alu: 4, branch: 2)
        // [rt] div32.c `__div32` around its `call __udiv32`: `sd`, `add`, `clo`, `clo`, the
        // `call`, `ld`, `jump r23` (plus one `neg` per sign flip, charged by `div32Signed`).
        case .div32Signed: InstructionMix(alu: 3, load: 1, store: 1, branch: 2)
        // [O3] bar_kernel_1_O3.asm 0x90–0x108: `move`, `lbs` lock, `acquire`, `lbu` count,
        // `lbu` queue, `jeq`, `jeq`, `lbs`, `sb` ×3, `move`, `add`, `sb`, `release`, `stop`.
        case .barrierWaiter: InstructionMix(alu: 3, load: 4, store: 4, branch: 2, sync: 3)
        // 0x90–0xb8, 0x338 (taken), 0x398–0x3a0: `move`, `lbs`, `acquire`, `lbu`, `lbu`,
        // `jeq`, `jeq`, `release`, `jump`.
        case .barrierSole: InstructionMix(alu: 1, load: 3, branch: 3, sync: 2)
        // 0x90–0xb8, 0x338–0x348, 0x370–0x3a0: `move`, `lbs`, `acquire`, `lbu`, `lbu`, `jeq`,
        // `jeq`, `lbu`, `jeq`, `resume`, `move`, `sb`, `lbs`, `sb`, `release`, `jump`.
        case .barrierLastArrivalBase: InstructionMix(alu: 2, load: 5, store: 2, branch: 4, sync: 3)
        // 0x350–0x368: `resume`, `and`, `lbu`, `jneq`.
        case .barrierResumePerWaiter: InstructionMix(alu: 1, load: 1, branch: 1, sync: 1)
        // [rt] mutex.h `acquire %[mtx], 0, nz, .`; [O3] lock_kernel_1_O3.asm 0x148–0x150:
        // `move r3, 200`, `acquire`.
        case .mutexLock: InstructionMix(alu: 1, sync: 1)
        // [rt] mutex.h `release %[mtx], 0, nz, .+1` (0x190).
        case .mutexUnlock: InstructionMix(sync: 1)
        // [rt] sem.c by hand: `move`, `lbs` lock, `acquire`, `lbu` count, `add -1`, jump on
        // count < 0, `sb` count, `release`.
        case .semTake: InstructionMix(alu: 2, load: 2, store: 1, branch: 1, sync: 2)
        // The waiting path's further `lbu` queue, `jeq`, `lbs` first, `sb` ×3, `stop`.
        case .semTakeWaitExtra: InstructionMix(load: 2, store: 3, branch: 1, sync: 1)
        // [rt] sem.c by hand, no waiter: `move`, `lbs`, `acquire`, `lbu` count, `add +1`,
        // `lbu` queue, `jeq`, `sb` count, `release`.
        case .semGive: InstructionMix(alu: 2, load: 3, store: 1, branch: 1, sync: 2)
        // [rt] handshake.c by hand: `add` (bit index), `acquire`, `lbu`, `jeq`, `sb`,
        // `release`, and `stop` or `resume` (7 on either path).
        case .handshakeNotify: InstructionMix(alu: 1, load: 1, store: 1, branch: 1, sync: 3)
        // The path that stops: `and` (unsigned char), `add`, `acquire`, `lbu`, `jeq`, `sb`,
        // `release`, `stop`.
        case .handshakeWaitFor: InstructionMix(alu: 2, load: 1, store: 1, branch: 1, sync: 3)
        // The path that finds the notifier waiting has `jneq` + `resume` where the other has
        // `stop`: one more.
        case .handshakeWaitForResumeExtra: InstructionMix(branch: 1)
        // [rt] alloc.c by hand: `acquire`, `call mem_alloc_nolock`, [`lw` pointer, jump on
        // size 0, `add 7`, `and -8`, `add …, nc` (overflow check), `lbu` probe, `sw`,
        // `move` result, `jump r23`], `release`.
        case .memAlloc: InstructionMix(alu: 4, load: 2, store: 1, branch: 3, sync: 2)
        // [rt] alloc.c by hand: `acquire`, `move` (reset address), `sw`, `release`.
        case .memReset: InstructionMix(alu: 1, store: 1, sync: 2)
        // [rt] perfcounter.c; [O3] bar_kernel_1_O3.asm 0x288–0x2e8: `time`, `move.s` (to 64
        // bits), and the 64-bit `<< 4` as `lslx`, `lsl_add`, `lsl`.
        case .perfcounterGet: InstructionMix(alu: 4, sync: 1)
        // [O3] 0x80–0x88: `move r1, 3` (the mode and reset bits), `time_cfg`.
        case .perfcounterConfig: InstructionMix(alu: 1, sync: 1)
        // [rt] mram.h `__builtin_dpu_ldma`; the size sits in the instruction's immediate, or
        // for a run-time size in bits 24–31 of the WRAM address register (uPIMulator
        // logic.go, ExecuteLdmaDmaRri): shift, decrement, `lsl_add` into the register.
        case .dmaVariableSize: InstructionMix(alu: 3)
        }
    }

    /// The least count a configuration may set: the listing's non-`alu` instructions.
    public var minimumInstructions: Int { listing.total - listing[.alu] }
}

extension DPUConfiguration {
    /// The instructions charged for one execution of `routine`: its listing, with any
    /// difference between the configured count and the listing's charged as `alu`.
    /// Precondition: the configuration passed `validate()` (the count covers the listing's
    /// non-`alu` instructions).
    public func mix(of routine: RuntimeRoutine) -> InstructionMix {
        var mix = routine.listing
        mix[.alu] += self[keyPath: routine.keyPath] - mix.total
        return mix
    }
}
