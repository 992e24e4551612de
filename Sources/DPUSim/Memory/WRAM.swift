import Foundation

/// One DPU's WRAM: a small byte-addressable scratchpad (64 KiB by default) shared by the
/// DPU's tasklets.
///
/// Contents persist across launches on the same DPU. What occupies it during a launch
/// — the program's static data, one stack per tasklet, and the `mem_alloc` heap — is
/// tracked by `WRAMLayout`, which enforces the capacity.
///
/// Accesses are bounds-checked: an access outside WRAM is a `DPUFault`, never a crash.
public final class WRAM: @unchecked Sendable {
    public let size: Int
    @usableFromInline let base: UnsafeMutableRawPointer

    /// Zeroed WRAM of `size` bytes. The bytes come from `calloc`, which the system backs
    /// lazily with zero pages: host memory grows with the pages a launch touches, not
    /// with `wramBytes` (thousands of DPUs with a large configured WRAM cost little).
    /// Precondition: `size` is a positive multiple of 8 (`validate()` checks `wramBytes`).
    public init(size: Int) {
        precondition(size > 0 && size % 8 == 0)
        self.size = size
        guard let memory = calloc(size, 1) else {
            fatalError("cannot allocate \(size) bytes of WRAM")
        }
        base = memory
    }

    deinit { free(base) }

    /// Whether `[address, address + count)` lies inside WRAM.
    @inlinable public func contains(_ address: Int, count: Int) -> Bool {
        address >= 0 && count >= 0 && address <= size - count
    }

    /// A pointer to `address`. Precondition: `[address, address + count)` is inside WRAM.
    @inlinable public func pointer(_ address: Int, count: Int) -> UnsafeMutableRawPointer {
        precondition(contains(address, count: count), "WRAM access out of bounds")
        return base + address
    }

    @inlinable public func load<T: FixedWidthInteger>(_ address: Int, as type: T.Type = T.self) -> T {
        pointer(address, count: MemoryLayout<T>.size).loadUnaligned(as: T.self)
    }

    @inlinable public func store<T: FixedWidthInteger>(_ value: T, _ address: Int) {
        pointer(address, count: MemoryLayout<T>.size).storeBytes(of: value, as: T.self)
    }

    public func bytes(_ address: Int, count: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: pointer(address, count: count), count: count))
    }

    public func write(_ address: Int, bytes: some ContiguousBytes) {
        bytes.withUnsafeBytes { raw in
            guard raw.count > 0 else { return }
            pointer(address, count: raw.count).copyMemory(from: raw.baseAddress!, byteCount: raw.count)
        }
    }
}

/// How a launch uses WRAM: `[static data][stack 0]…[stack T-1][heap →]`.
///
/// The heap grows by `mem_alloc` (8-byte aligned, as the SDK's allocator rounds) and is
/// reset by `mem_reset`. `peakBytes` is the high-water mark of static + stacks + heap.
/// Any allocation past the capacity throws `DPUFault.wramOverflow`, naming the kernel,
/// what was asked and the limit.
public struct WRAMLayout: Sendable {
    public let capacity: Int
    public let kernel: String
    public private(set) var staticBytes = 0
    public private(set) var stackBytes = 0
    public private(set) var heapStart = 0
    public private(set) var heapPointer = 0
    public private(set) var peakBytes = 0
    /// Named static allocations, for error messages and reports.
    public private(set) var staticSymbols: [(name: String, address: Int, bytes: Int)] = []

    init(capacity: Int, kernel: String) {
        self.capacity = capacity
        self.kernel = kernel
    }

    /// Reserves `bytes` of static data (a global in the DPU program), 8-byte aligned.
    mutating func allocateStatic(_ bytes: Int, name: String) throws(DPUFault) -> Int {
        precondition(stackBytes == 0, "static WRAM must be declared before the stacks are placed")
        guard bytes >= 0 else { throw .invalidArgument("static WRAM '\(name)' of negative size \(bytes)") }
        let address = align8(staticBytes)
        let end = address + bytes
        if end > capacity {
            throw .wramOverflow(kernel: kernel, request: "static data '\(name)' of \(bytes) bytes", used: address, capacity: capacity)
        }
        staticBytes = end
        staticSymbols.append((name, address, bytes))
        peakBytes = max(peakBytes, staticBytes)
        return address
    }

    /// Places one stack of `bytesPerTasklet` per tasklet after the static data.
    mutating func placeStacks(tasklets: Int, bytesPerTasklet: Int) throws(DPUFault) {
        let start = align8(staticBytes)
        let end = start + tasklets * bytesPerTasklet
        if end > capacity {
            throw .wramOverflow(kernel: kernel, request: "\(tasklets) stacks of \(bytesPerTasklet) bytes",
                                used: start, capacity: capacity)
        }
        stackBytes = end - start
        heapStart = end
        heapPointer = end
        peakBytes = max(peakBytes, end)
    }

    /// `mem_alloc(bytes)`: returns the WRAM address of a fresh 8-byte-aligned block.
    mutating func allocateHeap(_ bytes: Int, tasklet: Int) throws(DPUFault) -> Int {
        guard bytes >= 0 else { throw .invalidArgument("tasklet \(tasklet): mem_alloc of negative size \(bytes)") }
        let address = align8(heapPointer)
        let end = address + bytes
        if end > capacity {
            throw .wramOverflow(kernel: kernel, request: "mem_alloc(\(bytes)) by tasklet \(tasklet)", used: address, capacity: capacity)
        }
        heapPointer = end
        peakBytes = max(peakBytes, end)
        return address
    }

    /// `mem_reset()`: frees the whole heap.
    mutating func resetHeap() { heapPointer = heapStart }

    /// Start of tasklet `t`'s stack.
    func stackBase(_ t: Int, bytesPerTasklet: Int) -> Int { align8(staticBytes) + t * bytesPerTasklet }
}

@inline(__always) func align8(_ x: Int) -> Int { (x + 7) & ~7 }
