/// One DPU's MRAM: a 64 MiB (configurable) byte-addressable bank, allocated lazily in
/// pages so that memory is proportional to the bytes touched.
///
/// Pages are copy-on-write: `MRAM` is a value type whose pages are shared between
/// copies until one is written, so a broadcast of the same bytes to thousands of DPUs
/// costs one copy of those bytes. Bytes never written read as zero.
///
/// Bounds are the caller's to check (`contains`); the DMA engine and the host transfer
/// layer both do, and report violations as faults naming the addresses.
/// (`@unchecked`: `bases` holds raw pointers into `pages`, which are copy-on-write.)
public struct MRAM: @unchecked Sendable {
    /// Page size, bytes. 64 KiB keeps the page table of a 64 MiB MRAM at 1,024 entries.
    public static let pageBytes = 1 << pageShift
    static let pageShift = 16

    final class Page: @unchecked Sendable {
        let bytes: UnsafeMutableRawPointer
        init() { bytes = .allocate(byteCount: MRAM.pageBytes, alignment: 16); bytes.initializeMemory(as: UInt8.self, repeating: 0, count: MRAM.pageBytes) }
        init(copying other: Page) { bytes = .allocate(byteCount: MRAM.pageBytes, alignment: 16); bytes.copyMemory(from: other.bytes, byteCount: MRAM.pageBytes) }
        deinit { bytes.deallocate() }
    }

    public let size: Int
    private var pages: [Page?]
    /// `pages[i]?.bytes`, kept beside the pages so that reads need no reference counting.
    private var bases: [UnsafeMutableRawPointer?]

    public init(size: Int) {
        precondition(size > 0, "MRAM size must be positive")
        self.size = size
        pages = []
        bases = []
    }

    /// The base of page `index`, or nil for a page never written (it reads as zeros).
    /// The page table itself grows on the first write past its end, so an MRAM costs
    /// host memory for the pages touched and for the table up to the highest of them —
    /// never for the configured `mramBytes` as such.
    @inline(__always)
    private func base(ofPage index: Int) -> UnsafeMutableRawPointer? {
        index < bases.count ? bases[index] : nil
    }

    /// Whether `[address, address + count)` lies inside this MRAM.
    @inlinable public func contains(_ address: Int, count: Int) -> Bool {
        address >= 0 && count >= 0 && address <= size - count
    }

    /// Bytes of host memory this MRAM holds (pages touched), counting shared pages once per MRAM.
    public var residentBytes: Int { pages.reduce(0) { $0 + ($1 == nil ? 0 : MRAM.pageBytes) } }

    /// Calls `body(page, offsetInPage, doneSoFar, length)` for each page-sized piece of
    /// `[address, address + count)`, in address order.
    @inline(__always)
    private static func forEachSpan(_ address: Int, _ count: Int, _ body: (Int, Int, Int, Int) -> Void) {
        var done = 0
        while done < count {
            let a = address + done
            let offset = a & (MRAM.pageBytes - 1)
            let n = min(count - done, MRAM.pageBytes - offset)
            body(a >> MRAM.pageShift, offset, done, n)
            done += n
        }
    }

    /// Copies `count` bytes at `address` into `destination`. Precondition: in bounds.
    /// An 8-byte read inside one page (the commonest DMA, a probe) is inlined: one load
    /// and one store, no call into `memcpy`.
    @inline(__always)
    public func read(_ address: Int, into destination: UnsafeMutableRawPointer, count: Int) {
        precondition(contains(address, count: count), "MRAM read out of bounds")
        let offset = address & (MRAM.pageBytes - 1)
        if count == 8 && offset <= MRAM.pageBytes - 8 {
            let word = base(ofPage: address >> MRAM.pageShift).map { ($0 + offset).loadUnaligned(as: UInt64.self) } ?? 0
            destination.storeBytes(of: word, as: UInt64.self)
        } else {
            readSpans(address, into: destination, count: count)
        }
    }

    @inline(never)
    private func readSpans(_ address: Int, into destination: UnsafeMutableRawPointer, count: Int) {
        MRAM.forEachSpan(address, count) { page, offset, done, n in
            if let p = base(ofPage: page) {
                (destination + done).copyMemory(from: p + offset, byteCount: n)
            } else {
                (destination + done).initializeMemory(as: UInt8.self, repeating: 0, count: n)
            }
        }
    }

    /// Copies `count` bytes from `source` to `address`. Precondition: in bounds.
    public mutating func write(_ address: Int, from source: UnsafeRawPointer, count: Int) {
        precondition(contains(address, count: count), "MRAM write out of bounds")
        MRAM.forEachSpan(address, count) { page, offset, done, n in
            (writablePage(page).bytes + offset).copyMemory(from: source + done, byteCount: n)
        }
    }

    private mutating func writablePage(_ index: Int) -> Page {
        growPageTable(to: index)
        if pages[index] == nil {
            let p = Page()
            pages[index] = p
            bases[index] = p.bytes
            return p
        }
        if !isKnownUniquelyReferenced(&pages[index]!) {
            let p = Page(copying: pages[index]!)
            pages[index] = p
            bases[index] = p.bytes
        }
        return pages[index]!
    }

    /// Makes the page table hold page `index` (new entries are pages never written).
    private mutating func growPageTable(to index: Int) {
        guard index >= pages.count else { return }
        pages += Array(repeating: nil, count: index + 1 - pages.count)
        bases += Array(repeating: nil, count: index + 1 - bases.count)
    }

    /// Convenience: reads `count` bytes as an array.
    public func bytes(_ address: Int, count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            read(address, into: buffer.baseAddress!, count: count)
            initialized = count
        }
    }

    /// Convenience: writes an array of bytes.
    public mutating func write(_ address: Int, bytes: some ContiguousBytes) {
        bytes.withUnsafeBytes { raw in
            if raw.count > 0 { write(address, from: raw.baseAddress!, count: raw.count) }
        }
    }

    /// Shares every page of `other` in `[address, address + count)` when both are page
    /// aligned, copying otherwise; the bytes are identical either way. Used by broadcast.
    public mutating func copy(from other: MRAM, _ address: Int, count: Int) {
        precondition(contains(address, count: count) && other.contains(address, count: count))
        MRAM.forEachSpan(address, count) { page, offset, done, n in
            let source = page < other.pages.count ? other.pages[page] : nil
            if offset == 0 && n == MRAM.pageBytes {
                if source == nil && page >= pages.count { return }
                growPageTable(to: page)
                pages[page] = source
                bases[page] = source?.bytes
            } else if let p = source {
                write(address + done, from: p.bytes + offset, count: n)
            } else {
                write(address + done, bytes: [UInt8](repeating: 0, count: n))
            }
        }
    }
}

import Foundation
