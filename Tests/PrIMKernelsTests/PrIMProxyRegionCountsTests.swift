import DPUSim
import Foundation
import XCTest
@testable import PrIMKernels
import TestSupport

/// The PrIM kernels charge what their C twins compile to: the committed
/// `dpu/listings/prim/` listings, region table and `Generated/ProxyRegionCounts.swift` are
/// what `scripts/proxy-listings.sh --suite prim` makes of the current `dpu/prim/` twins, so a
/// twin and its Swift charges cannot drift apart (docs/instruction-counts.md).
final class PrIMProxyRegionCountsTests: XCTestCase {
    private static let listings = TestDoubles.root.appendingPathComponent("dpu/listings/prim")
    private static let generatedSwift = TestDoubles.root.appendingPathComponent("Sources/PrIMKernels/Generated/ProxyRegionCounts.swift")

    func testCommittedListingsTableAndConstantsAreCurrent() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("prim-proxy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = TestDoubles.root.appendingPathComponent("scripts/proxy-listings.sh").path
        let r = try TestDoubles.run("/bin/bash", [script, "--suite", "prim", "--out", dir.path])
        XCTAssertEqual(r.status, 0, r.output)
        let fresh = dir.appendingPathComponent("listings")
        let names = try FileManager.default.contentsOfDirectory(atPath: fresh.path).sorted()
        XCTAssertEqual(names, try FileManager.default.contentsOfDirectory(atPath: Self.listings.path).sorted(),
                       "dpu/listings/prim holds exactly the script's outputs")
        let stale = "is stale: run scripts/proxy-listings.sh --suite prim and commit its outputs"
        for name in names {
            XCTAssertEqual(try Data(contentsOf: fresh.appendingPathComponent(name)),
                           try Data(contentsOf: Self.listings.appendingPathComponent(name)), "dpu/listings/prim/\(name) \(stale)")
        }
        XCTAssertEqual(try Data(contentsOf: dir.appendingPathComponent("ProxyRegionCounts.swift")),
                       try Data(contentsOf: Self.generatedSwift), "ProxyRegionCounts.swift \(stale)")
    }

    /// Every workload whose C twin has regions charges from them: each program of the table
    /// names a written workload.
    func testEveryTwinBelongsToAWrittenWorkload() throws {
        let programs = Set(ProxyRegionCounts.all.map(\.program))
        let written = Set(PrIMBenchmark.allCases.filter { $0.workload != nil }.map { $0.rawValue.lowercased() })
        XCTAssertTrue(programs.isSubset(of: written), "twins without a workload: \(programs.subtracting(written).sorted())")
    }
}
