import DPUSupport
import Foundation
import XCTest

/// A golden record under `traces/goldens/`: a CSV of small points whose cycles, instructions
/// and traffic a change must not move unnoticed.
public enum GoldenFile {
    /// Checks `measured` against the golden file at `url`, row by row; a failing row names its
    /// first `key` columns and shows the golden and measured values of the rest. With
    /// `DPUSIM_BLESS_GOLDENS=1` it rewrites the file instead (`scripts/bless-goldens.sh`) and
    /// checks nothing. A header or a row count that differs fails: the set of points changed,
    /// which only a deliberate re-bless may do.
    public static func check(_ measured: CSVTable, against url: URL, key: Int,
                             file: StaticString = #filePath, line: UInt = #line) throws {
        if ProcessInfo.processInfo.environment["DPUSIM_BLESS_GOLDENS"] == "1" {
            try AtomicFile.write(measured.text, to: url.path)
            print("blessed \(url.path)")
            return
        }
        let golden = try CSVTable.parse(String(contentsOf: url, encoding: .utf8))
        XCTAssertEqual(golden.header, measured.header, file: file, line: line)
        XCTAssertEqual(golden.rows.count, measured.rows.count, "the set of golden points changed: re-bless deliberately",
                       file: file, line: line)
        for (g, m) in zip(golden.rows, measured.rows) {
            XCTAssertEqual(g, m, "\(m[..<key]): golden \(g[key...]) vs measured \(m[key...])", file: file, line: line)
        }
    }
}
