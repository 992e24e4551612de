// The smallest useful DPU kernel: 16 tasklets sum 64 KiB of 32-bit integers that the host
// put in MRAM, each its own 1 KiB blocks, then tasklet 0 adds the partial sums after a
// barrier. Run it with `swift run` in this folder.
import DPUSim

let tasklets = 16, blockBytes = 1024, elements = 16_384
let values = (0..<elements).map { UInt32(truncatingIfNeeded: $0 &* 2_654_435_761) >> 8 }
let expected = values.reduce(UInt64(0)) { $0 + UInt64($1) }

let dpu = DPU()
dpu.mram.write(0, bytes: values.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } })

/// Charges, by region (how a real kernel's would come from its compiled C): per element a
/// load, an add with carry into a 64-bit sum, the pointer update and the loop branch.
let perElement = InstructionMix(alu: 1, aluRR: 2, load: 1, branch: 1)
let perBlock = InstructionMix(alu: 3, branch: 1)

let partial = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: tasklets)
partial.initialize(repeating: 0)
defer { partial.deallocate() }
let partials = UncheckedSums(partial)

let statistics = try dpu.launch(kernel: "hello-sum", tasklets: tasklets) { setup in
    let barrier = setup.barrier("sum")
    return { t in
        let cache = try t.memAlloc(blockBytes)
        var sum: UInt64 = 0
        for offset in stride(from: t.id * blockBytes, to: elements * 4, by: tasklets * blockBytes) {
            try t.mramRead(from: offset, to: cache, bytes: blockBytes)
            for i in 0..<(blockBytes / 4) { sum += UInt64(t.wram.load(cache + 4 * i, as: UInt32.self)) }
            t.execute(perElement, times: blockBytes / 4)
            t.execute(perBlock)
        }
        partials.set(t.id, sum)
        try await t.barrierWait(barrier)
        if t.id == 0 { t.execute(InstructionMix(aluRR: 2, load: 1, branch: 1), times: tasklets) }
    }
}

let total = partials.total
print("sum \(total) (host: \(expected)), \(statistics.cycles) cycles, \(statistics.instructionMix.total) instructions")
guard total == expected else { fatalError("the kernel's sum differs from the host's") }

/// The tasklets' partial sums, written from inside the launch (one DPU runs on one thread).
final class UncheckedSums: @unchecked Sendable {
    let storage: UnsafeMutableBufferPointer<UInt64>
    init(_ storage: UnsafeMutableBufferPointer<UInt64>) { self.storage = storage }
    func set(_ i: Int, _ v: UInt64) { storage[i] = v }
    var total: UInt64 { storage.reduce(0, +) }
}
