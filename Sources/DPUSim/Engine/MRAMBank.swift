/// The DPU's DMA engine and the MRAM bank behind it: when a transfer's data has moved,
/// when the engine can take the next transfer, and which row the bank has open.
///
/// Every timing rule is declared here once (docs/cost-model.md §4):
/// - **One transfer at a time.** The engine serves one transfer from start to its last
///   byte; the next queued transfer starts when it frees (`busyUntil`).
/// - **Setup.** A transfer first occupies the engine for its setup,
///   `DPUConfiguration.dmaSetupCycles(write:)`.
/// - **Rows.** The bank keeps one row of `mramRowBytes` open (open-page policy). A transfer
///   visits its rows in address order; a row other than the open one is a *row miss*: the
///   open row is precharged (t_RP, not before t_RAS after its activation) and the new row
///   activated (t_RCD). A transfer within the open row is a *row hit* and pays neither.
/// - **Columns.** Each byte then takes β (`dmaCyclesPerByte`) of bank time: the 8-byte
///   column commands of an open row, as a closed form (no event per command).
/// - **Completion.** The issuing tasklet resumes `dmaRead/WriteCompletionCycles` after the last byte;
///   that tail does not occupy the engine.
///
/// A lone transfer that misses its row therefore waits exactly
/// `dmaRead/WriteLatencyCycles + β·n` (PrIM's α − 11 + β·n: the latency law by construction),
/// plus one more row miss for each row boundary it crosses. At a launch's start the bank
/// holds a row no kernel address falls in, activated long before, so the first transfer is
/// a row miss.
struct MRAMBank {
    let setupRead: Double
    let setupWrite: Double
    let completionRead: Double
    let completionWrite: Double
    let cyclesPerByte: Double
    let precharge: Double
    let activate: Double
    let rowActiveMin: Double
    /// log2 of `mramRowBytes` (a power of two): a byte's row is its address shifted right.
    let rowShift: Int
    /// Whether any row timing is non-zero; without one (the `dma-fifo` preset) rows cost
    /// nothing and `serve` charges β·n in one step, exactly as the FIFO model did.
    let hasRowTimings: Bool

    /// When the engine finishes the transfer it serves (or finished the last one).
    private(set) var busyUntil = 0.0
    /// The open row's index; -1 for the row open at the launch's start.
    private(set) var openRow = -1
    /// When the open row was activated.
    private(set) var activatedAt = -Double.infinity

    init(_ c: DPUConfiguration) {
        setupRead = c.dmaSetupCycles(write: false)
        setupWrite = c.dmaSetupCycles(write: true)
        completionRead = c.dmaReadCompletionCycles
        completionWrite = c.dmaWriteCompletionCycles
        cyclesPerByte = c.dmaCyclesPerByte
        precharge = c.mramPrechargeCycles
        activate = c.mramActivateCycles
        rowActiveMin = c.mramRowActiveMinCycles
        rowShift = c.mramRowBytes.trailingZeroBitCount
        hasRowTimings = precharge != 0 || activate != 0 || rowActiveMin != 0
    }

    /// The row that MRAM byte `address` lies in.
    @inline(__always)
    func row(of address: Int) -> Int { address >> rowShift }

    /// Serves a transfer of `bytes` at `address` that the engine starts at `start`
    /// (not before `busyUntil`); returns when the issuing tasklet may resume.
    @inline(__always)
    mutating func serve(write: Bool, address: Int, bytes: Int, at start: Double) -> Double {
        var t = start + (write ? setupWrite : setupRead)
        guard hasRowTimings else {
            busyUntil = t + cyclesPerByte * Double(bytes)
            return busyUntil + (write ? completionWrite : completionRead)
        }
        // The rows from the first byte's to the last's, in order (one for most transfers).
        let lastRow = (address + bytes - 1) >> rowShift
        var row = address >> rowShift
        var a = address
        while true {
            if row != openRow {
                // Row miss: precharge the open row (t_RAS after its activation at the
                // earliest), then activate this one.
                t = max(t, activatedAt + rowActiveMin) + precharge
                activatedAt = t
                t += activate
                openRow = row
            }
            let rowEnd = row == lastRow ? address + bytes : (row + 1) << rowShift
            t += cyclesPerByte * Double(rowEnd - a)
            if row == lastRow { break }
            a = rowEnd
            row += 1
        }
        busyUntil = t
        return t + (write ? completionWrite : completionRead)
    }
}
