import DPUSim

/// PrIM's TRNS (in-place transposition of an `int64_t` matrix of (M_·m) × (N_·n) elements in
/// three steps): uPIMulator's `benchmark/TRNS/{host/app.c,dpu/task.c}` @ 870d916 (`T = int64_t`;
/// the DPU code does not use `BL`).
///
/// **`data_prep_param`** is M_ (`src/assembler/prim/trns.go`), with N_ = 64, n = 8, m = 4 and
/// strong scaling: N_ stays 64 whatever the DPU count, so the host runs ⌈64 / dpus⌉ rounds of
/// min(dpus, 64 − done) DPUs, each DPU transposing one (M_·m) × n column block. The values are
/// uniform in `0..<100` as `rand.Intn(100)`. `trns.go` uses N_ = 1, n = 4, m = 16 when it
/// simulates a single DPU ("different parameter given if single dpu is simulated"), a choice of
/// its simulator runs; the byte counts uPIMulator's authors assume for the measured rows
/// (`tools/upmem_reg_model/src/benchmark/trns.py`) take N_ = 64, n = 8, m = 4 for every DPU
/// count, 1 included, and so does this workload.
///
/// **Host** (`app.c`, per round; its timers add up over the rounds): `dpu_alloc` + `dpu_load`
/// (untimed; `active_dpus_before` is never updated, so every round after the first frees,
/// reallocates and reloads the DPUs, which re-initialises the program's globals such as
/// `curr_tile`); **CPU-DPU (step 1)**: M_·m `dpu_push_xfer`s of n elements (64 bytes) per DPU,
/// row j of the DPU's block to MRAM `8·j·n`; untimed: the done array's reset (M_·n bytes of
/// zeros at `M_·m·n·8`, one host buffer for all DPUs) and the 16-byte `DPU_INPUT_ARGUMENTS`
/// with kernel 0; **Step 2**: a launch; untimed: the arguments with kernel 1; **Step 3**: a
/// launch; **DPU-CPU**: each DPU's m·n·M_ elements pulled (parallel). PrIM times step 2 and
/// step 3 separately; both launches are in `.kernel`, whose time is their sum. Each round's
/// result is checked against the host's transposition.
///
/// **DPU step 2** (`main_kernel1`): tasklet t reads tiles t, t + 16, … < M_ of m·n elements
/// (`read_tile_step2`: chunks of ≤ 2,048 bytes, run-time size; one 256-byte chunk here),
/// transposes each in WRAM (`backup[i·m − (m·n − 1)·(i / n)] = data[i]`: two `__mulsi3` and a
/// `__udivsi3` per element) and writes it back. **Step 3** (`main_kernel2`): tasklets take
/// tile indices from `curr_tile` under `tile_mutex` (`get_tile`) and follow each tile's cycle
/// of the permutation `next = tile·M_ − (M_·n − 1)·(tile / n)`, moving m-element (32-byte)
/// tiles with `read_tile_step3`/`write_tile_step3`; a done bit per tile in MRAM, read
/// (`get_done`) and read-and-set (`get_and_set_done`) under `done_mutex` with 8-byte DMAs,
/// stops a cycle that another tasklet already moved. The done bit of tile k lives at MRAM
/// `done_array + k` (a byte address): an `ldma`/`sdma` drops the low three bits of an MRAM
/// address (assumed: the DMA moves aligned 8-byte words, and PrIM's bit `k % 8` of the word's
/// first byte only works so), so the kernel passes `done_array + (k & ~7)`.
///
/// Charges: `dpu/prim/trns.c` compiled by the proxy (`dpu/prim/trns.regions`). `get_tile`,
/// `get_done` and `get_and_set_done` are one basic block each around the mutex; each is
/// charged in parts so that the critical section holds what the listing puts in it (the
/// mutex address before the lock, the `ret` after the release, the rest inside). The proxy
/// copies a 64-bit element with two `lw` and two `sw` where the DPU has one `ld`, one `sd`.
///
/// **Cost vs data**: none. Every branch follows tile indices and done bits, and the done bits
/// follow the order in which tasklets reach the tiles (simulated time), never the values.
public struct TRNS: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.trns
    /// N_ (column blocks, one per DPU and round), n (columns per block), m (rows per tile).
    static let columnBlocks = 64, n = 8, m = 4

    /// The mutex address (`lui`, `addi`) before `acquire`.
    static let getTileBeforeLock = InstructionMix(alu: 2)
    /// The mutex address and the MRAM address (`lui`, `addi`, `add`) before `acquire`.
    static let doneBeforeLock = InstructionMix(alu: 2, aluRR: 1)
    /// The `ret` after `release`.
    static let afterRelease = InstructionMix(branch: 1)

    /// M_.
    let tiles: Int
    /// The input matrix, (M_·m) rows × (N_·n) columns, row-major.
    let matrix: [Int64]

    public init(point: PrIMPoint) throws { try self.init(point: point, seed: 0x5452_4E53) } // "TRNS"

    /// The same point with values drawn from another seed (to show the cost ignores them).
    init(point: PrIMPoint, seed: UInt64) throws {
        let tiles = point.dataPrepParam
        guard tiles >= 1, point.dpus >= 1 else { throw PrIMPointError(point, "needs M_ ≥ 1 and one DPU") }
        guard tiles * Self.m * Self.n * 8 + tiles * Self.n <= DPUConfiguration.v1A.mramBytes else {
            throw PrIMPointError(point, "a column block of M_ = \(tiles) and its done array exceed the MRAM")
        }
        self.tiles = tiles
        var random = PrIMRandom(seed: seed)
        let count = tiles * Self.m * Self.columnBlocks * Self.n
        var matrix = [Int64]()
        matrix.reserveCapacity(count)
        for _ in 0..<count { matrix.append(Int64(random.below(100))) }
        self.matrix = matrix
    }

    public func run(on host: PrIMHost) throws {
        let (n, tiles, rows, width) = (Self.n, self.tiles, self.tiles * Self.m, Self.columnBlocks * Self.n)
        let blockBytes = rows * n * 8, doneBytes = (tiles * n) / 8 == 0 ? 8 : tiles * n
        var done = 0
        while done < Self.columnBlocks {
            let active = Array(0..<min(host.point.dpus, Self.columnBlocks - done)), first = done
            try host.phase(.cpuToDPU) {
                for j in 0..<rows {
                    try host.system.push(to: 8 * j * n, bytesPerDPU: 8 * n, dpus: active, label: "A step 1") { i in
                        PrIMBytes.encode(matrix[(j * width + n * (first + i))..<(j * width + n * (first + i + 1))])
                    }
                }
            }
            try host.system.push(to: blockBytes, bytesPerDPU: doneBytes, dpus: active, label: "done reset",
                                 buffers: [[UInt8](repeating: 0, count: doneBytes)]) { _ in 0 }
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: 16, dpus: active)
            _ = try host.phase(.kernel) {
                try host.system.launch(kernel: "prim-trns-step2", tasklets: host.tasklets, dpus: active) { _, setup in
                    try Self.step2(&setup, tiles: tiles)
                }
            }
            host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: 16, dpus: active)
            let system = host.system
            _ = try host.phase(.kernel) {
                try host.system.launch(kernel: "prim-trns-step3", tasklets: host.tasklets, dpus: active) { dpu, setup in
                    try Self.step3(&setup, tiles: tiles, wram: system.dpus[dpu].wram)
                }
            }
            let result = try host.phase(.dpuToCPU) {
                try host.system.pull(from: 0, bytesPerDPU: blockBytes, dpus: active, label: "A result")
            }
            for i in active {
                let got = PrIMBytes.decode(result[i], as: Int64.self)
                for k in 0..<n {
                    for r in 0..<rows where got[k * rows + r] != matrix[r * width + n * (first + i) + k] {
                        throw PrIMVerificationError("\(host.point): column block \(first + i), element (\(k), \(r)) = \(got[k * rows + r]), expected \(matrix[r * width + n * (first + i) + k])")
                    }
                }
            }
            done += active.count
        }
    }

    /// Step 2, `main_kernel1` of `task.c`: every tile of m·n elements transposed in WRAM.
    static func step2(_ setup: inout LaunchSetup, tiles: Int) throws -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        return { t in
            t.execute(dispatch)
            t.execute(s2Entry)
            try await primResetHeap(t, barrier)
            t.execute(s2AfterBarrier)
            let mn = Int(t.mul32(UInt32(n), UInt32(m)))
            let data = try t.memAlloc(mn * 8), backup = try t.memAlloc(mn * 8)
            if t.id < tiles { t.execute(s2LoopSetup) }
            for tile in stride(from: t.id, to: tiles, by: t.count) {
                t.execute(s2Tile)
                let offset = Int(t.mul32(UInt32(mn), UInt32(tile)))
                try tileStep2(t, write: false, offset: offset, wram: data)
                for i in 0..<mn {
                    let row = t.mul32(UInt32(i), UInt32(m))
                    let column = t.mul32(try t.div32(UInt32(i), UInt32(n)), UInt32(mn - 1))
                    t.wram.store(t.wram.load(data + 8 * i, as: Int64.self), backup + 8 * Int(row &- column))
                }
                t.execute(s2Element, times: mn)
                try tileStep2(t, write: true, offset: offset, wram: backup)
            }
            t.execute(s2Exit)
        }
    }

    /// `read_tile_step2` / `write_tile_step2`: m·n elements at element `offset` of A, in chunks
    /// of at most 2,048 bytes. The WRAM side advances by `(m·n − rest)·sizeof(T)` elements of
    /// `T*` — 64 bytes per element, PrIM's pointer arithmetic — which only a second chunk
    /// (m·n > 256) would reach.
    static func tileStep2(_ t: Tasklet, write: Bool, offset: Int, wram: Int) throws {
        t.execute(write ? wt2Entry : rt2Entry)
        let mn = Int(t.mul32(UInt32(n), UInt32(m)))
        var rest = mn
        while rest > 0 {
            let transfer = rest * 8 > 2048 ? 256 : rest
            t.execute(transfer < rest ? (write ? wt2ChunkFull : rt2ChunkFull) : (write ? wt2Chunk : rt2Chunk))
            let mram = (offset + mn - rest) * 8, local = wram + (mn - rest) * 64
            if write {
                try t.mramWrite(from: local, to: mram, bytes: 8 * transfer, sizeIsConstant: false)
            } else {
                try t.mramRead(from: mram, to: local, bytes: 8 * transfer, sizeIsConstant: false)
            }
            rest -= transfer
        }
    }

    /// The shared state of step 3 on one DPU.
    struct Step3 {
        let tiles: UInt32, tileMax: UInt32, doneArray: Int, currTile: Int, readDone: Int
        let tileMutex: Mutex, doneMutex: Mutex

        /// `(x * M_) - tile_max * (x / n)`: where tile x goes.
        func next(_ t: Tasklet, _ x: UInt32) throws -> UInt32 {
            let a = t.mul32(x, tiles)
            return a &- t.mul32(try t.div32(x, UInt32(n)), tileMax)
        }
    }

    /// Step 3, `main_kernel2` of `task.c`. `wram` is the DPU's WRAM, where the launch's set-up
    /// zeroes `curr_tile` as `dpu_load` initialises the program's globals.
    static func step3(_ setup: inout LaunchSetup, tiles: Int, wram: WRAM) throws -> TaskletBody {
        let barrier = setup.barrier("my_barrier")
        let tileMutex = setup.mutex("tile_mutex"), doneMutex = setup.mutex("done_mutex")
        let currTile = try setup.staticWRAM(4, name: "curr_tile")
        wram.store(UInt32(0), currTile)
        return { t in
            t.execute(dispatch)
            t.execute(s3Entry)
            try await primResetHeap(t, barrier)
            t.execute(s3AfterBarrier)
            let mn = t.mul32(UInt32(tiles), UInt32(n))
            let doneArray = Int(t.mul32(mn, UInt32(m))) * 8
            let data = try t.memAlloc(8 * m), backup = try t.memAlloc(8 * m), readDone = try t.memAlloc(8)
            let s = Step3(tiles: UInt32(tiles), tileMax: mn &- 1, doneArray: doneArray, currTile: currTile,
                          readDone: readDone, tileMutex: tileMutex, doneMutex: doneMutex)
            var tile = try await getTile(t, s)
            if tile < s.tileMax { t.execute(s3LoopSetup) }
            while tile < s.tileMax {
                t.execute(s3Tile)
                var next = try s.next(t, tile)
                if next != tile {
                    t.execute(s3Cycle)
                    try tileStep3(t, write: false, offset: t.mul32(tile, UInt32(m)), wram: data)
                    var done = try await getDone(t, s, tile, set: false)
                    if done { t.execute(s3CycleDone) }
                    while !done {
                        t.execute(s3Step)
                        let offset = t.mul32(next, UInt32(m))
                        try tileStep3(t, write: false, offset: offset, wram: backup)
                        done = try await getDone(t, s, next, set: true)
                        if !done {
                            t.execute(s3StepWrite)
                            try tileStep3(t, write: true, offset: offset, wram: data)
                        }
                        for i in 0..<m { t.wram.store(t.wram.load(backup + 8 * i, as: Int64.self), data + 8 * i) }
                        t.execute(s3Copy, times: m)
                        next = try s.next(t, next)
                    }
                }
                t.execute(s3NextTile)
                tile = try await getTile(t, s)
            }
            t.execute(s3Exit)
        }
    }

    /// `read_tile_step3` / `write_tile_step3`: one DMA of m elements at element `offset`.
    static func tileStep3(_ t: Tasklet, write: Bool, offset: UInt32, wram: Int) throws {
        t.execute(write ? wt3 : rt3)
        if write {
            try t.mramWrite(from: wram, to: Int(offset) * 8, bytes: 8 * m, sizeIsConstant: false)
        } else {
            try t.mramRead(from: Int(offset) * 8, to: wram, bytes: 8 * m, sizeIsConstant: false)
        }
    }

    /// `get_tile()`: `curr_tile++` under `tile_mutex`.
    static func getTile(_ t: Tasklet, _ s: Step3) async throws -> UInt32 {
        t.execute(getTileBeforeLock)
        try await t.mutexLock(s.tileMutex)
        t.execute(HSTL.difference(getTile, getTileBeforeLock + afterRelease))
        let value = t.wram.load(s.currTile, as: UInt32.self)
        t.wram.store(value &+ 1, s.currTile)
        t.mutexUnlock(s.tileMutex)
        t.execute(afterRelease)
        return value
    }

    /// `get_done()` (`set` false) / `get_and_set_done()` (`set` true): tile `k`'s done bit,
    /// read (and set) under `done_mutex`.
    static func getDone(_ t: Tasklet, _ s: Step3, _ k: UInt32, set: Bool) async throws -> Bool {
        t.execute(doneBeforeLock)
        try await t.mutexLock(s.doneMutex)
        let word = s.doneArray + Int(k & ~7)
        try t.mramRead(from: word, to: s.readDone, bytes: 8)
        t.execute(HSTL.difference(set ? getAndSetDone : getDone, doneBeforeLock + afterRelease))
        let value = t.wram.load(s.readDone, as: Int64.self), bit = Int64(1) << Int64(k % 8)
        if set {
            t.wram.store(value | bit, s.readDone)
            try t.mramWrite(from: s.readDone, to: word, bytes: 8)
        }
        t.mutexUnlock(s.doneMutex)
        t.execute(afterRelease)
        return value & bit != 0
    }
}
