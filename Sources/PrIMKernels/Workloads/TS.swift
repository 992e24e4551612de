import DPUSim

/// PrIM's TS (time-series matrix profile against one query, STREAMP over `int32_t`):
/// uPIMulator's `benchmark/TS/{host/app.c,dpu/task.c}` @ 870d916. Its `dpu/CMakeLists.txt`
/// passes `-DBL${BL}` (a macro `BL10`, not `BL`), so `BLOCK_SIZE` is common.h's default 256
/// bytes (64 elements, `DOTPIP` 64), as in PrIM's Makefile, which sets no BL.
///
/// **`data_prep_param`** is the time-series length `ts_size` (`src/assembler/prim/ts.go`:
/// strong scaling, `query_length` 64), rounded up to a multiple of `dpus · 16 · 64`:
/// `tSeries[i] = i % 127`, `query[i] = i % 127`. The host's statistics follow app.c:
/// `AMean[i] = (int)(ΣA/64)`, `ASigma[i] = (int)sqrt(ΣA²/64 − AMean[i]²)` where app.c reads
/// `AMean` before filling it (so the subtracted term is 0, as in ts.go), both 0 for the last
/// `query_length` positions; `query_mean = (int)31.5`, `query_std = (int)√341.25` (ts.go's
/// integer versions give the same 31 and 18).
///
/// **Host** (timers of `app.c`): CPU-DPU copies the 28-byte `DPU_INPUT_ARGUMENTS` to each DPU
/// in turn (`dpu_copy_to`: serial transfers), then pushes the query (one buffer for every
/// DPU) and each DPU's `slice_per_dpu + query_length` elements of the series, of AMean and
/// of ASigma; DPU Kernel is one synchronous launch; DPU-CPU pulls the 16 tasklets'
/// `DPU_RESULTS` (256 bytes, read here from each DPU's WRAM) and keeps the smallest positive
/// minimum (`dpus · 16` comparisons, `chargeHost`). app.c's host STREAMP runs in a timer no
/// column reports, so it is not charged.
///
/// **DPU** (`main_kernel1`): tasklet t owns positions `[t·slice/16, t·slice/16 + slice/16 − 1)`
/// capped at `slice − query_length`, in blocks of 64: clear 64 dot products; per 64 query
/// elements, three 256-byte reads (series, the next 256 bytes, query) and `dot_product()`
/// (64 × 64 products, `__mulsi3` each); two 256-byte reads (AMean, ASigma); per position,
/// `distance = 2·(m − (dot − m·AMean·mean) / (ASigma·std))` — compiled as one `__mulsi3` with
/// `m·mean` hoisted out of the loop, one for `ASigma·std` and one `__divsi3` — and the running
/// minimum. Charges: `dpu/prim/ts.c` (`dpu/prim/ts.regions`), the `__mulsi3` calls as
/// `Tasklet.mul32` and `__divsi3` as `Tasklet.div32Signed` on the operands the listing passes.
///
/// **Cost vs data**: every `__mulsi3` and `__divsi3` costs with its operands' bit lengths and
/// the minimum's branch with the values, so the cycles depend on the series, not only on its
/// size. Every DPU result (each tasklet's minimum and index) checks against the host's own
/// evaluation of the same integer formula, and app.c's check (the smallest positive minimum
/// over all DPUs equals its STREAMP's) must hold too.
public struct TS: PrIMWorkload {
    public static let benchmark = PrIMBenchmark.ts
    static let queryLength = 64
    static let block = 64
    /// `DPU_RESULTS` is the program's first WRAM global: 16 bytes per tasklet.
    static let resultsWRAM = 0

    let tsSize: Int, slicePerDPU: Int
    let series: [Int32], query: [Int32], mean: [Int32], sigma: [Int32]
    let queryMean: Int32, queryStd: Int32

    public init(point: PrIMPoint) throws {
        let m = Self.queryLength, unit = point.dpus * point.tasklets * m
        guard point.dataPrepParam >= 1, point.dpus >= 1 else { throw PrIMPointError(point, "needs a series and one DPU") }
        let n = point.dataPrepParam % unit == 0 ? point.dataPrepParam : point.dataPrepParam + unit - point.dataPrepParam % unit
        tsSize = n
        slicePerDPU = n / point.dpus
        guard (m + 3 * (slicePerDPU + m)) * 4 <= DPUConfiguration.v1A.mramBytes else {
            throw PrIMPointError(point, "the series and its statistics need \((m + 3 * (slicePerDPU + m)) * 4) bytes of MRAM per DPU")
        }
        series = (0..<(n + m)).map { $0 < n ? Int32($0 % 127) : 0 }    // zeros past the series, as app.c's static array
        query = (0..<m).map { Int32($0 % 127) }
        (mean, sigma) = Self.statistics(series, count: n, m: m)
        let qm = Double(query.reduce(0) { $0 + Int($1) }) / Double(m)
        queryMean = Int32(qm)
        queryStd = Int32((query.reduce(0.0) { $0 + (Double($1) - qm) * (Double($1) - qm) } / Double(m)).squareRoot())
    }

    /// app.c's `compute_ts_statistics` for a series of `count` elements (padded with `m` zeros):
    /// AMean and ASigma for the `count − m` profile positions, zeros after.
    static func statistics(_ a: [Int32], count n: Int, m: Int) -> (mean: [Int32], sigma: [Int32]) {
        var mean = [Int32](repeating: 0, count: n + m), sigma = mean
        var sum = 0, squares = 0
        for i in 0..<m { sum += Int(a[i]); squares += Int(a[i]) * Int(a[i]) }
        for i in 0..<max(0, n - m) {
            mean[i] = Int32(Double(sum) / Double(m))
            sigma[i] = Int32((Double(squares) / Double(m)).squareRoot())
            sum += Int(a[i + m]) - Int(a[i])
            squares += Int(a[i + m]) * Int(a[i + m]) - Int(a[i]) * Int(a[i])
        }
        return (mean, sigma)
    }

    /// The DPU's distance at global position `g` (C's `int32_t` arithmetic: wrapping products,
    /// division truncated toward zero). Precondition: a nonzero `sigma[g] · std`.
    func distance(at g: Int) -> Int32 {
        let m = Self.queryLength
        var dot: Int32 = 0
        for j in 0..<m { dot &+= series[g + j] &* query[j] }
        let numerator = dot &- Int32(m) &* queryMean &* mean[g]
        let q = numerator.dividedReportingOverflow(by: sigma[g] &* queryStd).partialValue
        return (Int32(m) &- q) &* 2
    }

    public func run(on host: PrIMHost) throws {
        let dpus = host.dpus, m = Self.queryLength, slice = slicePerDPU, part = (slice + m) * 4
        let args = TSArguments(queryLength: UInt32(m), queryMean: queryMean, queryStd: queryStd, slicePerDPU: UInt32(slice))
        try host.phase(.cpuToDPU) {
            for d in dpus { host.system.chargeTransfer("DPU_INPUT_ARGUMENTS", .toDPU, bytesPerDPU: 28, dpus: [d]) }
            try host.system.push(to: 0, bytesPerDPU: m * 4, dpus: dpus, label: "query", buffers: [PrIMBytes.encode(query)], bufferOf: { _ in 0 })
            for (k, (label, values)) in [("tSeries", series), ("AMean", mean), ("ASigma", sigma)].enumerated() {
                try host.system.push(to: m * 4 + k * part, bytesPerDPU: part, dpus: dpus, label: label) { i in
                    PrIMBytes.encode(values[(i * slice)..<(i * slice + slice + m)])
                }
            }
        }
        try host.phase(.kernel) {
            try host.system.launch(kernel: "prim-ts", tasklets: host.tasklets, dpus: dpus) { _, setup in
                try Self.kernel(&setup, args)
            }
        }
        let results = host.phase(.dpuToCPU) {
            host.system.chargeTransfer("DPU_RESULTS", .fromDPU, bytesPerDPU: host.tasklets * 16, dpus: dpus)
            let results = dpus.map { d in
                (0..<host.tasklets).map { t -> (Int32, UInt32) in
                    let wram = host.system.dpus[d].wram, at = Self.resultsWRAM + 16 * t
                    return (wram.load(at, as: Int32.self), wram.load(at + 4, as: UInt32.self))
                }
            }
            host.system.chargeHost("result = min(minValue > 0)", operations: dpus.count * host.tasklets)
            return results
        }
        try verify(results, host: host)
    }

    /// Each tasklet's (minValue, minIndex) against the host's evaluation of its positions, then
    /// app.c's check of the smallest positive minimum against its STREAMP over `ts_size − m − 1`.
    func verify(_ results: [[(Int32, UInt32)]], host: PrIMHost) throws {
        let m = Self.queryLength, share = slicePerDPU / host.tasklets
        var best = Int32.max
        for (d, tasklets) in results.enumerated() {
            for (t, got) in tasklets.enumerated() {
                let start = t * share, end = min(start + share - 1, slicePerDPU - m)
                var want: (Int32, UInt32) = (Int32.max, 0)
                for i in Swift.stride(from: start, to: end, by: Self.block) {
                    for k in 0..<Self.block {
                        let v = distance(at: d * slicePerDPU + i + k)
                        if v < want.0 { want = (v, UInt32(i + k)) }
                    }
                }
                try host.verify(got == want, "DPU \(d) tasklet \(t): (\(got.0), \(got.1)), expected (\(want.0), \(want.1))")
                if got.0 < best && got.0 > 0 { best = got.0 }
            }
        }
        var hostMin = Int32.max
        for g in 0..<max(0, tsSize - m - 1) { hostMin = min(hostMin, distance(at: g)) }
        try host.verify(best == hostMin, "DPU minimum \(best), host STREAMP \(hostMin)")
    }
}

/// `DPU_INPUT_ARGUMENTS` of TS (`ts_length` and `exclusion_zone` are not read by the kernel).
struct TSArguments: Sendable {
    var queryLength: UInt32, queryMean: Int32, queryStd: Int32, slicePerDPU: UInt32
}

extension TS {
    /// `main` and `main_kernel1` of `task.c`. MRAM: the query at 0, then the series, AMean and
    /// ASigma slices of `slice_per_dpu + query_length` elements each.
    static func kernel(_ setup: inout LaunchSetup, _ a: TSArguments) throws -> TaskletBody {
        let results = try setup.staticWRAM(16 * setup.tasklets, name: "DPU_RESULTS")
        guard results == resultsWRAM else { throw PrIMVerificationError("DPU_RESULTS placed at WRAM \(results)") }
        let barrier = setup.barrier("my_barrier")
        return { t in
            t.execute(dispatch)
            t.execute(entry)
            try await primResetHeap(t, barrier)
            let m = a.queryLength, slice = a.slicePerDPU
            let start = t.mul32(slice >> 4, UInt32(t.id))
            var end = start &+ slice >> 4 &- 1
            if end > slice &- m { end = slice &- m; t.execute(boundsCapped) } else { t.execute(boundsKept) }
            var caches: [Int] = []
            for _ in 0..<6 { caches.append(try t.memAlloc(blockBytes)) }
            var minimum = Int32.max, minIndex: UInt32 = 0
            if start < end {
                t.execute(loopSetup)
                let scaledMean = Int32(bitPattern: t.mul32(UInt32(bitPattern: a.queryMean), m))
                var i = start
                // AMean's block (after the query and the series); ASigma's is (slice + m)·4 further.
                var statistics = Int(m + m + slice + start) * 4
                while i < end {
                    t.execute(blockStart)
                    try block(t, i: i, a: a, caches: caches, statistics: statistics, scaledMean: scaledMean,
                              minimum: &minimum, minIndex: &minIndex)
                    t.execute(blockEnd)
                    statistics += blockBytes
                    i += UInt32(Self.block)
                }
            } else {
                t.execute(noBlocks)
            }
            t.wram.store(minimum, results + 16 * t.id)
            t.wram.store(minIndex, results + 16 * t.id + 4)
            if start < end { t.execute(exit) }
        }
    }

    static let blockBytes = block * 4

    /// One block of 64 positions from `i`: the dot products, then the distances and the minimum.
    static func block(_ t: Tasklet, i: UInt32, a: TSArguments, caches: [Int], statistics: Int, scaledMean: Int32,
                      minimum: inout Int32, minIndex: inout UInt32) throws {
        let (ts, tsAux, query, mean, sigma, dots) = (caches[0], caches[1], caches[2], caches[3], caches[4], caches[5])
        for d in 0..<block { t.wram.store(Int32(0), dots + 4 * d) }
        t.execute(clearDot, times: block)
        let steps = Int(a.queryLength) / block
        t.execute(steps > 0 ? dotSetup : dotNone)
        var series = Int(a.queryLength + i) * 4
        for j in 0..<steps {
            t.execute(dotStep)
            try t.mramRead(from: series, to: ts, bytes: blockBytes)
            try t.mramRead(from: series + blockBytes, to: tsAux, bytes: blockBytes)
            try t.mramRead(from: j * blockBytes, to: query, bytes: blockBytes)
            series += blockBytes
            dotProduct(t, ts, tsAux, query, dots)
        }
        t.execute(meanSigma)
        try t.mramRead(from: statistics, to: mean, bytes: blockBytes)
        try t.mramRead(from: statistics + Int(a.slicePerDPU + a.queryLength) * 4, to: sigma, bytes: blockBytes)
        let m = Int32(bitPattern: a.queryLength)
        for k in 0..<block {
            let dot: Int32 = t.wram.load(dots + 4 * k)
            let product = Int32(bitPattern: t.mul32(UInt32(bitPattern: scaledMean), t.wram.load(mean + 4 * k)))
            let divisor = Int32(bitPattern: t.mul32(t.wram.load(sigma + 4 * k), UInt32(bitPattern: a.queryStd)))
            let distance = (m &- (try t.div32Signed(dot &- product, divisor))) &* 2
            if distance < minimum {
                t.execute(distanceLower)
                minimum = distance
                minIndex = i &+ UInt32(k)
            } else {
                t.execute(distanceKeep)
            }
        }
    }

    /// `dot_product()`: `result[j] += A[j + i] · B[i]` over 64 × 64 (i, j), `A` continuing into
    /// `aux` past its 64 elements; one `__mulsi3` each.
    static func dotProduct(_ t: Tasklet, _ ts: Int, _ aux: Int, _ query: Int, _ result: Int) {
        t.execute(dotEntry)
        for i in 0..<block {
            t.execute(dotRow)
            let b: UInt32 = t.wram.load(query + 4 * i)
            for j in 0..<block {
                let from = j + i > block - 1 ? aux + 4 * (j + i - block) : ts + 4 * (j + i)
                let sum: UInt32 = t.wram.load(result + 4 * j)
                t.wram.store(sum &+ t.mul32(b, t.wram.load(from)), result + 4 * j)
            }
            t.execute(dotAux, times: i)
            t.execute(dotMain, times: block - i)
        }
    }
}
