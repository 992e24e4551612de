import DPUSim
/// Published UPMEM measurements the calibration compares against. They are inputs for
/// comparison only: no model parameter is fitted to them.
enum PublishedFigures {
    /// Measured DPU cycles of PrIM's Arithmetic-Throughput microbenchmark, ADD on 1,048,576
    /// elements of one DPU, for 1…24 tasklets (index 0 = 1 tasklet). The timed region is
    /// each tasklet's WRAM update loop (summed over its blocks); the figure is the maximum
    /// over tasklets. Source: CMU-SAFARI/prim-benchmarks,
    /// `Microbenchmarks/Arithmetic-Throughput/profile/ADD_INT32_tl<N>.txt` and
    /// `ADD_INT64_tl<N>.txt` (commit cb0090ed…), the measurements behind [PrIM] Fig. 4.
    static let addInt32Cycles: [Double] = [
        6.92941e7, 3.46475e7, 2.31122e7, 1.73262e7, 1.38744e7, 1.15581e7, 9.91675e6, 8.66466e6,
        7.71637e6, 6.93822e6, 6.31261e6, 6.3089e6, 6.31213e6, 6.2971e6, 6.30691e6, 6.28186e6,
        6.27834e6, 6.28878e6, 6.28821e6, 6.27557e6, 6.29917e6, 6.2981e6, 6.29536e6, 6.28288e6,
    ]
    static let addInt64Cycles: [Double] = [
        8.07993e7, 4.04046e7, 2.69445e7, 2.02043e7, 1.61712e7, 1.34797e7, 1.15544e7, 1.0106e7,
        8.98918e6, 8.09315e6, 7.35358e6, 7.34256e6, 7.34091e6, 7.33186e6, 7.32395e6, 7.31051e6,
        7.30378e6, 7.30587e6, 7.3044e6, 7.29538e6, 7.28693e6, 7.2903e6, 7.28621e6, 7.28016e6,
    ]
    static let arithmeticElements = 1_048_576
    static let arithmeticSource = "prim-benchmarks Arithmetic-Throughput/profile/ADD_%@_tl%d.txt"

    /// PrIM's MRAM latency law, cycles = α + β·size, α = 77 (read) / 61 (write), β = 0.5
    /// cycles/byte [PrIM §3.2, MRAM latency and bandwidth].
    static func mramLatency(read: Bool, bytes: Int) -> Double { (read ? 77 : 61) + 0.5 * Double(bytes) }
    static let mramLatencySource = "[PrIM] §3.2 latency law α + β·size"

    /// Sustained MRAM bandwidth with 2,048-byte transfers at 350 MHz, MB/s [PrIM §3.2].
    static let sustainedReadMBps = 628.23
    static let sustainedWriteMBps = 633.22
    static let sustainedSource = "[PrIM] §3.2 sustained MRAM bandwidth"
}
