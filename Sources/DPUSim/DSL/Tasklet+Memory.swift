/// The tasklet DSL's memory operations: charged WRAM accessors, the WRAM heap and MRAM DMAs.
extension Tasklet {
    // MARK: WRAM, charged accessors

    /// Loads a value from WRAM, charging one load instruction.
    public func load<T: FixedWidthInteger>(_ address: Int, as type: T.Type = T.self) throws(DPUFault) -> T {
        try checkWRAM(address, MemoryLayout<T>.size)
        execute(.load, 1)
        return wram.load(address)
    }

    /// Stores a value to WRAM, charging one store instruction.
    public func store<T: FixedWidthInteger>(_ value: T, _ address: Int) throws(DPUFault) {
        try checkWRAM(address, MemoryLayout<T>.size)
        execute(.store, 1)
        wram.store(value, address)
    }

    /// Faults unless `[address, address + bytes)` is inside WRAM.
    public func checkWRAM(_ address: Int, _ bytes: Int) throws(DPUFault) {
        if !wram.contains(address, count: bytes) {
            throw .wramOutOfBounds(tasklet: id, address: address, bytes: bytes, size: wram.size)
        }
    }

    /// A kernel-level fault naming this tasklet (a failed consistency check): `throw` it to end
    /// the launch with `message`.
    public func fault(_ message: String) -> DPUFault { .kernel(tasklet: id, message: message) }

    // MARK: WRAM heap

    /// `mem_alloc(bytes)`: an 8-byte-aligned WRAM block from the shared heap, charged
    /// `memAllocInstructions` (12, [rt] alloc.c by hand). The heap's atomic bit is not
    /// contended in the model (the tasklet does not wait for it).
    public func memAlloc(_ bytes: Int) throws(DPUFault) -> Int {
        charge(.memAlloc)
        return try engine.layout.allocateHeap(bytes, tasklet: id)
    }

    /// `mem_reset()`: frees the whole heap (every tasklet's blocks), charged
    /// `memResetInstructions` (4, [rt] alloc.c by hand).
    public func memReset() {
        charge(.memReset)
        engine.layout.resetHeap()
    }

    // MARK: DMA

    /// `mram_read(mram, wram, bytes)`: copies MRAM to WRAM. The tasklet blocks until the
    /// transfer completes (α_read + β·bytes after the DMA engine takes it).
    /// `sizeIsConstant`: false when the C kernel's size is a run-time value, which costs
    /// `dmaVariableSizeInstructions` (3) to encode before the `ldma`; the transfer is the same.
    public func mramRead(from mramAddress: Int, to wramAddress: Int, bytes: Int, sizeIsConstant: Bool = true) throws(DPUFault) {
        try checkDMA("mram_read", mramAddress, wramAddress, bytes)
        if !sizeIsConstant { charge(.dmaVariableSize) }
        let destination = wram.base + wramAddress
        mram.pointee.read(mramAddress, into: destination, count: bytes)
        recordDMA(write: false, address: mramAddress, bytes: bytes)
    }

    /// `mram_write(wram, mram, bytes)`: copies WRAM to MRAM; blocks until complete.
    /// `sizeIsConstant` as for `mramRead`.
    public func mramWrite(from wramAddress: Int, to mramAddress: Int, bytes: Int, sizeIsConstant: Bool = true) throws(DPUFault) {
        try checkDMA("mram_write", mramAddress, wramAddress, bytes)
        if !sizeIsConstant { charge(.dmaVariableSize) }
        let source = wram.base + wramAddress
        mram.pointee.write(mramAddress, from: source, count: bytes)
        recordDMA(write: true, address: mramAddress, bytes: bytes)
    }

    /// `mram_read` of any multiple of the DMA alignment, as consecutive DMAs of at most
    /// `dmaMaxBytes` each (what a kernel writes as a loop around `mram_read`).
    /// `sizeIsConstant` applies to every chunk, as for `mramRead`.
    public func mramReadChunked(from mramAddress: Int, to wramAddress: Int, bytes: Int, sizeIsConstant: Bool = true) throws(DPUFault) {
        try forEachChunk(bytes) { done, n throws(DPUFault) in
            try mramRead(from: mramAddress + done, to: wramAddress + done, bytes: n, sizeIsConstant: sizeIsConstant)
        }
    }

    /// `mram_write` in consecutive DMAs of at most `dmaMaxBytes` each.
    public func mramWriteChunked(from wramAddress: Int, to mramAddress: Int, bytes: Int, sizeIsConstant: Bool = true) throws(DPUFault) {
        try forEachChunk(bytes) { done, n throws(DPUFault) in
            try mramWrite(from: wramAddress + done, to: mramAddress + done, bytes: n, sizeIsConstant: sizeIsConstant)
        }
    }

    /// Calls `body(offset, length)` for consecutive pieces of `bytes` of at most `dmaMaxBytes`.
    private func forEachChunk(_ bytes: Int, _ body: (Int, Int) throws(DPUFault) -> Void) throws(DPUFault) {
        var done = 0
        while done < bytes {
            let n = min(dmaMaxBytes, bytes - done)
            try body(done, n)
            done += n
        }
    }

    /// Faults unless the transfer obeys the DMA rules. The common case is one branch-free
    /// test (`dmaAlignment` is a power of two, so alignment is a mask).
    @inline(__always)
    private func checkDMA(_ direction: String, _ mramAddress: Int, _ wramAddress: Int, _ bytes: Int) throws(DPUFault) {
        let misaligned = (bytes | mramAddress | wramAddress) & dmaAlignmentMask
        if misaligned != 0 || bytes < dmaMinBytes || bytes > dmaMaxBytes || mramAddress < 0 || mramAddress > mramSize - bytes
            || wramAddress < 0 || wramAddress > wram.size - bytes {
            throw dmaViolation(direction, mramAddress, wramAddress, bytes)
        }
    }

    /// The fault for a transfer `checkDMA` refused, naming the first rule it breaks.
    private func dmaViolation(_ direction: String, _ mramAddress: Int, _ wramAddress: Int, _ bytes: Int) -> DPUFault {
        let c = self.configuration
        func violation(_ rule: String) -> DPUFault {
            .dmaViolation(tasklet: id, direction: direction, mram: mramAddress, wram: wramAddress, bytes: bytes, rule: rule)
        }
        if bytes < c.dmaMinBytes || bytes > c.dmaMaxBytes || bytes % c.dmaAlignment != 0 {
            return violation("size must be a multiple of \(c.dmaAlignment) in \(c.dmaMinBytes)...\(c.dmaMaxBytes)")
        }
        if mramAddress % c.dmaAlignment != 0 { return violation("MRAM address not \(c.dmaAlignment)-byte aligned") }
        if wramAddress % c.dmaAlignment != 0 { return violation("WRAM address not \(c.dmaAlignment)-byte aligned") }
        if mramAddress < 0 || mramAddress > mramSize - bytes { return violation("outside MRAM of \(mramSize) bytes") }
        return violation("outside WRAM of \(wram.size) bytes")
    }

    /// Records the pending compute, the `ldma`/`sdma` that ends it and the transfer, as one
    /// event. `bytes` was checked against `dmaMaxBytes`, which WRAM bounds below 2^31.
    @inline(__always)
    private func recordDMA(write: Bool, address: Int, bytes: Int) {
        let instructions = counters.pointee.pendingInstructions + 1
        let dispatchCycles = counters.pointee.pendingDispatchCycles + dmaDispatchCycles
        counters.pointee.pendingInstructions = 0
        counters.pointee.pendingDispatchCycles = 0
        counters.pointee.issued[.dma] += 1
        let id = self.id
        let event = TimingEvent.computeThenDMA(instructions: instructions, dispatchCycles: dispatchCycles, address: address,
                                               bytes: Int32(truncatingIfNeeded: bytes), write: write)
        withEngine { $0.record(id, event) }
        if write {
            counters.pointee.dmaWrites += 1
            counters.pointee.dmaWriteBytes += bytes
        } else {
            counters.pointee.dmaReads += 1
            counters.pointee.dmaReadBytes += bytes
        }
    }
}
