import Foundation
import XCTest

/// The hostile-input corpus (Tests/SimctlTests/Fuzz, written by
/// scripts/generate-fuzz-corpus.py): corrupt model files, IDX and gzip files (a bomb
/// among them), configuration JSON and report CSVs. Every case must exit 1 or 64 with an
/// `error:` line naming the file, key or option, in seconds, and leave its output file
/// exactly as it was (docs/robustness.md).
final class FuzzCorpusTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fuzz")

    struct Case {
        var id: String
        var arguments: String
        var codes: Set<Int32>
        var needle: String
    }

    static func cases() throws -> [Case] {
        let text = try String(contentsOf: corpus.appendingPathComponent("cases.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(id: f[0], arguments: f[1], codes: Set(f[2].split(separator: ",").compactMap { Int32($0) }), needle: f[3])
        }
    }

    func testEveryCorpusCaseIsRefusedNamingTheProblemAndLeavesTheOutput() throws {
        let cases = try Self.cases()
        XCTAssertGreaterThan(cases.count, 40)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for c in cases {
            let input = Self.corpus.appendingPathComponent(c.id.hasPrefix("merge-") ? String(c.id.dropFirst(6)) : c.id).path
            let out = dir.appendingPathComponent("\(c.id).out").path
            try Data("old\n".utf8).write(to: URL(fileURLWithPath: out))
            let arguments = c.arguments.split(separator: " ").map {
                $0.replacingOccurrences(of: "{input}", with: input).replacingOccurrences(of: "{out}", with: out)
            }
            let start = Date()
            let r = try SimctlBinary.run(arguments)
            XCTAssertTrue(c.codes.contains(r.status), "\(c.id): exit \(r.status), expected \(c.codes.sorted()); stderr: \(r.stderr)")
            XCTAssertTrue(r.stderr.contains("error:"), "\(c.id): no error line: \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(c.needle), "\(c.id): stderr does not name '\(c.needle)': \(r.stderr)")
            XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "old\n", "\(c.id): the output changed")
            XCTAssertLessThan(Date().timeIntervalSince(start), 20, "\(c.id) took too long")
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".partial-") }
            XCTAssertEqual(left, [], "\(c.id): temporaries left")
        }
    }
}
