import DPUSim
import XCTest

/// Boundary tests of the MRAM bank's timing rules (`MRAMBank`, docs/cost-model.md §4), each
/// at its edge: a transfer is ready at the cycle the rules give, not one earlier or later.
///
/// The tests use whole-cycle row timings so that every expected figure is an integer and
/// an off-by-one shows; one tasklet's `ldma`/`sdma` takes its 11-cycle revolver slot first.
final class MRAMBankTests: XCTestCase {
    /// v1A with t_RP = 5, t_RCD = 7, t_RAS = 0: a row miss costs 12, the setup 66 − 12 = 54.
    static var wholeCycles: DPUConfiguration {
        var c = DPUConfiguration.v1A
        c.mramPrechargeCycles = 5
        c.mramActivateCycles = 7
        c.mramRowActiveMinCycles = 0
        return c
    }

    /// One tasklet reads `addresses` (8 bytes each) one after another; the launch's cycles.
    func sequence(_ addresses: [Int], _ c: DPUConfiguration = wholeCycles, write: Bool = false) throws -> Int {
        try DPU(configuration: c).launch(kernel: "reads", tasklets: 1) { setup in
            let buffer = try setup.staticWRAM(8, name: "buffer")
            return { t in
                for a in addresses {
                    if write { try t.mramWrite(from: buffer, to: a, bytes: 8) } else { try t.mramRead(from: a, to: buffer, bytes: 8) }
                }
            }
        }.cycles
    }

    /// A lone transfer that opens its row waits exactly α − 11 + β·n after its slot, for
    /// reads and writes: PrIM's latency law by construction (77 + 4 and 61 + 4 cycles).
    func testALoneRowMissIsPrIMsLatencyLaw() throws {
        XCTAssertEqual(try sequence([0]), 11 + 66 + 4)
        XCTAssertEqual(try sequence([0], write: true), 11 + 50 + 4)
        XCTAssertEqual(try sequence([0], .v1A), 11 + 66 + 4)
        XCTAssertEqual(try sequence([0], .dmaFIFO), 11 + 66 + 4)
    }

    /// A transfer within the open row pays no precharge or activation: the second read of
    /// row 0 is 12 cycles shorter than one that opens row 1.
    func testARowHitSkipsPrechargeAndActivation() throws {
        let hit = try sequence([0, 1016])
        let miss = try sequence([0, 1024])
        XCTAssertEqual(hit, 2 * (11 + 66 + 4) - 12)
        XCTAssertEqual(miss, 2 * (11 + 66 + 4))
        // The FIFO preset has no rows: both cost the full latency.
        XCTAssertEqual(try sequence([0, 1016], .dmaFIFO), 2 * (11 + 66 + 4))
    }

    /// A transfer that crosses a row boundary opens the second row mid-transfer.
    func testCrossingARowBoundaryIsASecondMiss() throws {
        let c = Self.wholeCycles
        let s = try DPU(configuration: c).launch(kernel: "cross", tasklets: 1) { setup in
            let buffer = try setup.staticWRAM(16, name: "buffer")
            return { t in try t.mramRead(from: 1016, to: buffer, bytes: 16) }
        }
        XCTAssertEqual(s.cycles, 11 + 66 + 8 + 12)
    }

    /// t_RAS: a row may not be precharged before t_RAS after its activation. With
    /// t_RAS = 100, the second read's precharge waits until cycle 11 + 54 + 5 + 100 = 170
    /// (row 0 was activated at 70), not the cycle its `ldma` reaches the engine (96).
    func testPrechargeWaitsForTheRowActiveTime() throws {
        var c = Self.wholeCycles
        c.mramRowActiveMinCycles = 100
        // First read: activation of row 0 at 11 + 54 + 5 = 70, done at 70 + 7 + 4 = 81.
        // Second: slot to 92, setup to 146, precharge from max(146, 170) = 170 to 175,
        // activate to 182, columns to 186.
        XCTAssertEqual(try sequence([0, 2048], c), 186)
        // At exactly t_RAS = 76 the precharge starts at 146: ready at 146 + 12 + 4 = 162.
        c.mramRowActiveMinCycles = 76
        XCTAssertEqual(try sequence([0, 2048], c), 162)
        c.mramRowActiveMinCycles = 77
        XCTAssertEqual(try sequence([0, 2048], c), 163)
    }

    /// Three tasklets issue at the same cycle: 0 and 2 to row 0, 1 to row 4. First come,
    /// first served: 0 (miss), 1 (miss), 2 (miss), each 66 + 4 after the previous. Row hits
    /// first: 0 (miss), then 2 (hit, 54 + 4), then 1 (miss) — tasklet 2 finishes before 1.
    func testSchedulersOrderQueuedTransfers() throws {
        func run(_ scheduler: DMAScheduler) throws -> LaunchStatistics {
            var c = Self.wholeCycles
            c.dmaScheduler = scheduler
            return try DPU(configuration: c).launch(kernel: "rows", tasklets: 3) { setup in
                let buffer = try setup.staticWRAM(24, name: "buffer")
                return { t in
                    let address = [0, 4096, 8][t.id]
                    try t.mramRead(from: address, to: buffer + 8 * t.id, bytes: 8)
                }
            }
        }
        // The three `ldma`s end their revolver slots together at cycle 11 (fluid dispatch).
        let fcfs = try run(.fcfs)
        XCTAssertEqual(fcfs.taskletFinishCycles, [81.0, 151.0, 221.0])   // 11 + 70, + 70, + 70
        let frfcfs = try run(.frfcfs)
        XCTAssertEqual(frfcfs.taskletFinishCycles, [81.0, 209.0, 139.0])   // 11 + 70; + 58 + 70; + 58
        XCTAssertEqual(frfcfs.cycles, 209)
    }

    /// PrIM's sustained bandwidth of 2 KiB reads from many tasklets still comes out within
    /// 5% (628.23 MB/s [PrIM §3.2]); with only the bank occupied it would not (≈ 9% high).
    func testSustainedTwoKiBReadsStayWithinFivePercentOfPrIM() throws {
        func bandwidth(_ c: DPUConfiguration) throws -> Double {
            let transfers = 16 * 8
            let s = try DPU(configuration: c).launch(kernel: "stream", tasklets: 16) { setup in
                let buffer = try setup.staticWRAM(16 * 2048, name: "buffer")
                return { t in
                    for k in 0..<8 { try t.mramRead(from: (k * 16 + t.id) * 2048, to: buffer + t.id * 2048, bytes: 2048) }
                }
            }
            return Double(transfers * 2048) / (Double(s.cycles) / c.clockHz) / 1e6
        }
        XCTAssertEqual(try bandwidth(.v1A), 628.23, accuracy: 0.05 * 628.23)
        XCTAssertGreaterThan(try bandwidth(.dmaBankOnly), 1.05 * 628.23)
    }
}
