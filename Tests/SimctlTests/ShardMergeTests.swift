import DPUSupport
import DPUSim
import Foundation
import XCTest

/// `simctl sweep --shard K/N` and `simctl merge`, end to end through the built binary.
final class ShardMergeTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("simctl-shard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// 2 kernels × 2 DPU counts × 3 tasklet counts = 12 points, one of which (small-pooled
    /// with 1 tasklet) is skipped, so some shard owns a point that cannot run.
    let grid = ["sweep", "--kernels", "naive,small-pooled", "--dpus", "2,3", "--tasklets", "1,2,5", "--inputs", "12", "--quiet"]

    func sweep(_ extra: [String]) throws -> SimctlBinary.Result {
        try SimctlBinary.run(grid + extra)
    }

    func testMergedShardsEqualTheUnshardedSweepByteForByte() throws {
        let whole = try sweep(["--csv", path("whole.csv")])
        XCTAssertEqual(whole.status, 0, whole.stderr)
        for n in [1, 3, 5] {
            var shards: [String] = []
            for k in 1...n {
                let file = path("s\(k)of\(n).csv")
                let r = try sweep(["--shard", "\(k)/\(n)", "--csv", file])
                XCTAssertEqual(r.status, 0, r.stderr)
                shards.append(file)
            }
            let merged = path("merged\(n).csv")
            // Any order of the shard files merges to the same bytes.
            let m = try SimctlBinary.run(["merge", "--shards", shards.reversed().joined(separator: ","), "--csv", merged])
            XCTAssertEqual(m.status, 0, m.stderr)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: merged)), try Data(contentsOf: URL(fileURLWithPath: path("whole.csv"))),
                           "\(n) shards")
        }
    }

    func testShardColumnsAndRoundRobinAssignment() throws {
        let r = try sweep(["--shard", "2/3", "--csv", path("s.csv")])
        XCTAssertEqual(r.status, 0, r.stderr)
        let table = try CSVTable.parse(try String(contentsOfFile: path("s.csv"), encoding: .utf8))
        XCTAssertEqual(Array(table.header.suffix(5)), ["sweep_point", "sweep_shard", "sweep_points", "sweep_id", "sweep_skipped"])
        XCTAssertEqual(table.rows.map { $0[$0.count - 5] }, ["1", "4", "7", "10"])
        XCTAssertTrue(table.rows.allSatisfy { $0[$0.count - 4] == "2/3" && $0[$0.count - 3] == "12" && $0.last == "false" })
        XCTAssertEqual(Set(table.rows.map { $0[$0.count - 2] }).count, 1, "one sweep fingerprint")
        // Shard 1/3 owns points 0, 3, 6 and 9; 6 and 9 are small-pooled with 1 tasklet, which
        // cannot run: their rows are there, marked skipped, with empty report cells.
        XCTAssertEqual(try sweep(["--shard", "1/3", "--csv", path("s1.csv")]).status, 0)
        let first = try CSVTable.parse(try String(contentsOfFile: path("s1.csv"), encoding: .utf8))
        let skipped = first.rows.filter { $0.last == "true" }
        XCTAssertEqual(skipped.map { $0[$0.count - 5] }, ["6", "9"])
        XCTAssertTrue(skipped.allSatisfy { $0.dropLast(5).allSatisfy(\.isEmpty) })
    }

    func testMergeRefusesIncompleteDuplicatedOrForeignShards() throws {
        for k in 1...3 { XCTAssertEqual(try sweep(["--shard", "\(k)/3", "--csv", path("\(k).csv")]).status, 0) }
        XCTAssertEqual(try sweep(["--csv", path("plain.csv")]).status, 0)
        // Shard 2/3 of another sweep (other inputs); shard 2 with a row deleted, as a
        // header-only stand-in, and with a point moved outside the grid.
        XCTAssertEqual(try SimctlBinary.run(grid.map { $0 == "12" ? "10" : $0 } + ["--shard", "2/3", "--csv", path("other2.csv")]).status, 0)
        let lines = try String(contentsOfFile: path("2.csv"), encoding: .utf8).components(separatedBy: "\r\n")   // RFC 4180 line ends
        try (lines.prefix(2) + lines.dropFirst(3)).joined(separator: "\r\n").write(toFile: path("cut2.csv"), atomically: true, encoding: .utf8)
        try (lines[0] + "\r\n").write(toFile: path("header2.csv"), atomically: true, encoding: .utf8)
        var outside = lines
        var cells = outside[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[cells.count - 5] = "13"   // shard 2/3 owns 13 (13 mod 3 = 1), but the grid has 12 points
        outside[1] = cells.joined(separator: ",")
        try outside.joined(separator: "\r\n").write(toFile: path("outside2.csv"), atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            ([path("1.csv"), path("2.csv")], "cut into 3 shards, but 2 file(s)"),
            ([path("1.csv"), path("2.csv"), path("2.csv")], "both shard 2/3"),
            ([path("plain.csv"), path("1.csv"), path("2.csv")], "not a sharded sweep CSV"),
            ([path("1.csv"), path("2.csv"), path("plain.csv")], "columns differ"),
            ([path("1.csv"), path("2.csv"), path("missing.csv")], "cannot read"),
            ([path("1.csv"), path("other2.csv"), path("3.csv")], "shards of different sweeps"),
            ([path("1.csv"), path("cut2.csv"), path("3.csv")], "is in no shard"),
            ([path("1.csv"), path("header2.csv"), path("3.csv")], "is in no shard"),
            ([path("1.csv"), path("outside2.csv"), path("3.csv")], "outside the grid"),
        ]
        for (files, message) in cases {
            let out = path("out.csv")
            let r = try SimctlBinary.run(["merge", "--shards", files.joined(separator: ","), "--csv", out])
            XCTAssertEqual(r.status, 1, "\(files)")
            XCTAssertTrue(r.stderr.contains(message), r.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out), "no output after a failed merge")
        }
    }

    func testBadShardIsAUsageError() throws {
        for bad in ["0/3", "4/3", "3", "a/b", "1/0"] {
            let r = try sweep(["--shard", bad])
            XCTAssertEqual(r.status, 64, bad)
            XCTAssertTrue(r.stderr.contains("--shard"), r.stderr)
        }
        XCTAssertEqual(try SimctlBinary.run(["merge", "--csv", path("x.csv")]).status, 64)
    }
}
