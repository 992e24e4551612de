/// The classes of DPU instructions the cost model distinguishes.
///
/// A kernel charges compute as counts per class (see `InstructionMix`); the timing model
/// uses the total count and each class's register-hazard cost, the energy model each
/// class's energy. `docs/cost-model.md` lists which DPU instructions fall in each class.
public enum InstructionClass: Int, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// 32-bit ALU operation with at most one register source (`add r0, r1, 4`, `lsl`,
    /// `and` with an immediate, `move`, compare against an immediate).
    case alu
    /// 32-bit ALU operation with two register sources (`add r0, r1, r2`, `xor r0, r1, r2`).
    case aluRR
    /// WRAM load (`lw`, `lbu`, `ld`, …).
    case load
    /// WRAM store (`sw`, `sb`, `sd`, …).
    case store
    /// Jump or conditional branch (`jump`, `jneq`, `jltu`, `call`).
    case branch
    /// One native 8×8-bit multiply (`mul_ul_ul`, `mul_uh_ul`, …).
    case mul8
    /// One `mul_step` of the runtime's 32-bit multiply routine.
    case mulStep
    /// One `div_step` of the runtime's 32-bit divide routine.
    case divStep
    /// The `ldma`/`sdma` instruction that starts an MRAM↔WRAM transfer.
    case dma
    /// Synchronization and system instructions (`acquire`, `release`, `stop`, `resume`, `time`).
    case sync

    /// The class's name in reports, CSV columns and configuration keys, by `rawValue`.
    static let names = ["alu", "alu_rr", "load", "store", "branch", "mul8", "mul_step", "div_step", "dma", "sync"]

    public var description: String { Self.names[rawValue] }

    public static func named(_ name: String) -> InstructionClass? {
        allCases.first { $0.description == name }
    }
}

/// A count of instructions per class: the cost of a straight-line region of kernel code.
///
/// Kernels describe a region once (`let probe = InstructionMix(alu: 3, load: 1, branch: 1)`)
/// and charge it as often as it runs (`t.execute(probe, times: n)`); the tasklet sums the
/// charges and hands them to the timing model in one piece at its next DMA or
/// synchronization, as WasmKit charges fuel per straight-line region.
public struct InstructionMix: Sendable, Equatable, Hashable {
    public var alu: Int
    public var aluRR: Int
    public var load: Int
    public var store: Int
    public var branch: Int
    public var mul8: Int
    public var mulStep: Int
    public var divStep: Int
    public var dma: Int
    public var sync: Int

    public init(alu: Int = 0, aluRR: Int = 0, load: Int = 0, store: Int = 0, branch: Int = 0,
                mul8: Int = 0, mulStep: Int = 0, divStep: Int = 0, dma: Int = 0, sync: Int = 0) {
        self.alu = alu; self.aluRR = aluRR; self.load = load; self.store = store; self.branch = branch
        self.mul8 = mul8; self.mulStep = mulStep; self.divStep = divStep; self.dma = dma; self.sync = sync
    }

    /// No instructions.
    public static let zero = InstructionMix()

    /// `n` instructions of class `c`.
    public init(_ c: InstructionClass, _ n: Int) {
        self.init()
        self[c] = n
    }

    public subscript(_ c: InstructionClass) -> Int {
        get {
            switch c {
            case .alu: alu
            case .aluRR: aluRR
            case .load: load
            case .store: store
            case .branch: branch
            case .mul8: mul8
            case .mulStep: mulStep
            case .divStep: divStep
            case .dma: dma
            case .sync: sync
            }
        }
        set {
            switch c {
            case .alu: alu = newValue
            case .aluRR: aluRR = newValue
            case .load: load = newValue
            case .store: store = newValue
            case .branch: branch = newValue
            case .mul8: mul8 = newValue
            case .mulStep: mulStep = newValue
            case .divStep: divStep = newValue
            case .dma: dma = newValue
            case .sync: sync = newValue
            }
        }
    }

    /// Total instructions of every class.
    ///
    /// Counts add with wrapping arithmetic (`&+`), here and in `+`, `+=` and `*`, so that
    /// the per-region charge in a kernel's inner loop compiles to a few vector adds; a
    /// count would need 2^63 instructions, centuries of simulated DPU time, to wrap.
    @inlinable public var total: Int {
        alu &+ aluRR &+ load &+ store &+ branch &+ mul8 &+ mulStep &+ divStep &+ dma &+ sync
    }

    @inlinable public static func + (a: InstructionMix, b: InstructionMix) -> InstructionMix {
        var sum = a
        sum += b
        return sum
    }

    @inlinable @inline(__always)
    public static func += (a: inout InstructionMix, b: InstructionMix) {
        a.alu &+= b.alu; a.aluRR &+= b.aluRR; a.load &+= b.load; a.store &+= b.store; a.branch &+= b.branch
        a.mul8 &+= b.mul8; a.mulStep &+= b.mulStep; a.divStep &+= b.divStep; a.dma &+= b.dma; a.sync &+= b.sync
    }

    @inlinable public static func * (a: InstructionMix, n: Int) -> InstructionMix {
        InstructionMix(alu: a.alu &* n, aluRR: a.aluRR &* n, load: a.load &* n, store: a.store &* n, branch: a.branch &* n,
                       mul8: a.mul8 &* n, mulStep: a.mulStep &* n, divStep: a.divStep &* n, dma: a.dma &* n, sync: a.sync &* n)
    }
}
