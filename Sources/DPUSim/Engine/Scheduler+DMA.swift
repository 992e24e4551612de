/// Transfers through the DPU's one DMA engine and its MRAM bank (`MRAMBank`).
extension Scheduler {
    /// Tasklet `i`'s `ldma`/`sdma` has issued: it waits until its transfer completes. First
    /// come, first served, the engine's start is known now (`max(now, busyUntil)`); row hits
    /// first, a transfer that finds the engine busy queues until `serveQueuedDMAs` picks it.
    @inline(__always)
    mutating func startDMA(_ i: Int, write: Bool, address: Int, bytes: Int) {
        if let trace { trace.dmaIssued(i, write: write, bytes: bytes) }
        startDMAWait(i)
        if rowHitsFirst && (now < bank.busyUntil || !dmaQueue.isEmpty) {
            dmaQueue.append(QueuedDMA(tasklet: i, address: address, bytes: bytes, write: write))
            return
        }
        serveDMA(i, write: write, address: address, bytes: bytes, at: max(now, bank.busyUntil))
    }

    @inline(__always)
    private mutating func serveDMA(_ i: Int, write: Bool, address: Int, bytes: Int, at start: Double) {
        let done = bank.serve(write: write, address: address, bytes: bytes, at: start)
        if let trace { trace.dmaScheduled(i, write: write, bytes: bytes, start: start, busyUntil: bank.busyUntil) }
        dmaEnds.push(DMAEnd(time: done, tasklet: i))
    }

    /// Row hits first: when the engine frees, it takes the oldest queued transfer that
    /// starts in the open row, else the oldest.
    @inline(never)
    mutating func serveQueuedDMAs() {
        while !dmaQueue.isEmpty && bank.busyUntil <= now {
            let open = bank.openRow
            let pick = dmaQueue.firstIndex { bank.row(of: $0.address) == open } ?? 0
            let d = dmaQueue.remove(at: pick)
            serveDMA(d.tasklet, write: d.write, address: d.address, bytes: d.bytes, at: now)
        }
    }
}
