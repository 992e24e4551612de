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
    /// The count of each class, at the position of its `InstructionClass.rawValue`: one
    /// element per class (a test holds the arity to `InstructionClass.allCases.count`).
    ///
    /// A tuple, not an `InlineArray` or SIMD vector: kernels keep their regions in `static
    /// let`s, and the optimizer replaces a read of such a constant by its value only through
    /// struct and tuple elements, so that a charge in a kernel's inner loop compiles to a few
    /// adds of immediates. An `InlineArray` element is read from memory at run time (an
    /// array-backed mix cost 2.7% more host instructions on `mram-probe`, 38% on
    /// `small-pooled`), and a SIMD vector is not even initialized statically
    /// (`docs/performance.md`, issue 15).
    @usableFromInline var counts: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int)

    @inlinable
    public init(alu: Int = 0, aluRR: Int = 0, load: Int = 0, store: Int = 0, branch: Int = 0,
                mul8: Int = 0, mulStep: Int = 0, divStep: Int = 0, dma: Int = 0, sync: Int = 0) {
        counts = (alu, aluRR, load, store, branch, mul8, mulStep, divStep, dma, sync)
    }

    /// No instructions.
    public static let zero = InstructionMix()

    /// `n` instructions of class `c`.
    @inlinable public init(_ c: InstructionClass, _ n: Int) {
        self.init()
        self[c] = n
    }

    /// The count of class `c`: the element at `c.rawValue`.
    @inlinable @inline(__always) public subscript(_ c: InstructionClass) -> Int {
        get {
            switch c.rawValue {
            case 0: counts.0
            case 1: counts.1
            case 2: counts.2
            case 3: counts.3
            case 4: counts.4
            case 5: counts.5
            case 6: counts.6
            case 7: counts.7
            case 8: counts.8
            case 9: counts.9
            default: preconditionFailure("InstructionMix has no count for \(c)")
            }
        }
        set {
            switch c.rawValue {
            case 0: counts.0 = newValue
            case 1: counts.1 = newValue
            case 2: counts.2 = newValue
            case 3: counts.3 = newValue
            case 4: counts.4 = newValue
            case 5: counts.5 = newValue
            case 6: counts.6 = newValue
            case 7: counts.7 = newValue
            case 8: counts.8 = newValue
            case 9: counts.9 = newValue
            default: preconditionFailure("InstructionMix has no count for \(c)")
            }
        }
    }

    /// Total instructions of every class.
    ///
    /// Counts add with wrapping arithmetic (`&+`), here and in `+`, `+=` and `*`, so that
    /// the per-region charge in a kernel's inner loop compiles to a few vector adds; a
    /// count would need 2^63 instructions, centuries of simulated DPU time, to wrap.
    @inlinable public var total: Int {
        let c = counts
        return c.0 &+ c.1 &+ c.2 &+ c.3 &+ c.4 &+ c.5 &+ c.6 &+ c.7 &+ c.8 &+ c.9
    }

    @inlinable public static func + (a: InstructionMix, b: InstructionMix) -> InstructionMix {
        var sum = a
        sum += b
        return sum
    }

    @inlinable @inline(__always)
    public static func += (a: inout InstructionMix, b: InstructionMix) {
        let c = b.counts
        a.counts.0 &+= c.0; a.counts.1 &+= c.1; a.counts.2 &+= c.2; a.counts.3 &+= c.3; a.counts.4 &+= c.4
        a.counts.5 &+= c.5; a.counts.6 &+= c.6; a.counts.7 &+= c.7; a.counts.8 &+= c.8; a.counts.9 &+= c.9
    }

    @inlinable public static func * (a: InstructionMix, n: Int) -> InstructionMix {
        let c = a.counts
        var product = a
        product.counts = (c.0 &* n, c.1 &* n, c.2 &* n, c.3 &* n, c.4 &* n, c.5 &* n, c.6 &* n, c.7 &* n, c.8 &* n, c.9 &* n)
        return product
    }

    public static func == (a: InstructionMix, b: InstructionMix) -> Bool {
        InstructionClass.allCases.allSatisfy { a[$0] == b[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        for c in InstructionClass.allCases { hasher.combine(self[c]) }
    }
}
