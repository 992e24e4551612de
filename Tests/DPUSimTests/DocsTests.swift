import Foundation
import XCTest
import DPUSim

/// The documentation agrees with the code: every configuration parameter is documented,
/// and the configuration files the docs point to load.
final class DocsTests: XCTestCase {
    /// The repository root, found from this file's path (Tests/DPUSimTests/DocsTests.swift).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct MissingFile: Error, CustomStringConvertible {
        var description: String
    }

    /// The text of a file of the repository; a missing file fails the test.
    static func text(_ relativePath: String) throws -> String {
        let url = root.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw MissingFile(description: "\(relativePath) not found at \(url.path)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// docs/configuration.md lists every parameter's accepted range as the table declares it.
    func testEveryParameterRangeIsInConfigurationDoc() throws {
        let doc = try Self.text("docs/configuration.md")
        let missing = DPUConfiguration.parameters.map { "| `\($0.key)` | \($0.range) |" }.filter { !doc.contains($0) }
        XCTAssertEqual(missing, [], "ranges missing from docs/configuration.md, section \"Accepted ranges\"")
    }

    /// Every key of `DPUConfiguration.parameters` appears in docs/configuration.md, as code.
    func testEveryParameterKeyIsInConfigurationDoc() throws {
        let doc = try Self.text("docs/configuration.md")
        let missing = DPUConfiguration.parameters.map(\.key).filter { !doc.contains("`\($0)`") }
        XCTAssertEqual(missing, [], "parameters missing from docs/configuration.md")
    }

    /// Every instruction class is described in docs/cost-model.md.
    func testEveryInstructionClassIsInCostModelDoc() throws {
        let doc = try Self.text("docs/cost-model.md")
        for c in InstructionClass.allCases {
            XCTAssertTrue(doc.contains("`\(c)`"), "\(c) missing from docs/cost-model.md")
        }
    }

    /// The shipped configuration files load, and say what the docs say they do.
    func testShippedConfigurationFilesLoad() throws {
        let dir = Self.root.appendingPathComponent("data/configs")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertEqual(files, ["dma-bank-only.json", "dma-fifo.json", "future-dpu.json", "upimulator-register-hazards.json", "v1b.json"])
        for file in files {
            XCTAssertNoThrow(try DPUConfiguration.load(contentsOfFile: dir.appendingPathComponent(file).path), file)
        }

        XCTAssertEqual(try DPUConfiguration.load(contentsOfFile: dir.appendingPathComponent("v1b.json").path), .v1B)
        // The DMA presets load to the configurations the code names (names aside).
        for (file, preset) in [("dma-fifo.json", DPUConfiguration.dmaFIFO), ("dma-bank-only.json", .dmaBankOnly)] {
            var loaded = try DPUConfiguration.load(contentsOfFile: dir.appendingPathComponent(file).path)
            loaded.name = preset.name
            XCTAssertEqual(loaded, preset, file)
        }

        let future = try DPUConfiguration.load(contentsOfFile: dir.appendingPathComponent("future-dpu.json").path)
        XCTAssertEqual(future.maxTasklets, 48)
        XCTAssertEqual(future.wramBytes, 256 * 1024)
        XCTAssertEqual(future.revolverCycles, 8)
        XCTAssertEqual(future.clockHz, 400e6)

        // uPIMulator's rule under uniform random allocation of the 24 registers: with the
        // previous instruction's destination and s source registers drawn independently,
        // s = 1 gives 11/24 extra cycles, s = 2 gives 539/576; mul_step/div_step 11/12
        // (docs/cost-model.md, "Register-bank hazards").
        let hazards = try DPUConfiguration.load(contentsOfFile: dir.appendingPathComponent("upimulator-register-hazards.json").path)
        let expected: [InstructionClass: Double] = [
            .alu: 11.0 / 24, .aluRR: 539.0 / 576, .load: 11.0 / 24, .store: 539.0 / 576, .branch: 11.0 / 24,
            .mul8: 539.0 / 576, .mulStep: 11.0 / 12, .divStep: 11.0 / 12, .dma: 539.0 / 576, .sync: 11.0 / 24,
        ]
        for c in InstructionClass.allCases {
            XCTAssertEqual(DPUConfiguration.uPIMulatorRegisterHazardCycles[c.rawValue], expected[c]!, "\(c): the uncertainty's high end")
            XCTAssertEqual(hazards.registerHazardCycles[c.rawValue], expected[c]!, accuracy: 1e-12, "\(c)")
        }
    }

    /// The expected-value formula behind upimulator-register-hazards.json, recomputed by
    /// enumerating every register assignment (24 registers, even/odd banks).
    func testRegisterHazardExpectationsFromUPIMulatorsRule() {
        func extra(_ registers: Set<Int>) -> Int {
            let even = registers.filter { $0 % 2 == 0 }.count
            return even / 2 + (registers.count - even) / 2
        }
        func expectation(draws: Int) -> Double {
            var total = 0, count = 0
            func visit(_ chosen: [Int]) {
                if chosen.count == draws { total += extra(Set(chosen)); count += 1; return }
                for r in 0..<24 { visit(chosen + [r]) }
            }
            visit([])
            return Double(total) / Double(count)
        }
        XCTAssertEqual(expectation(draws: 2), 11.0 / 24, accuracy: 1e-12)
        XCTAssertEqual(expectation(draws: 3), 539.0 / 576, accuracy: 1e-12)
        // mul_step/div_step: one source register plus the pair dN (rN, rN+1) that the previous step wrote.
        var total = 0
        for ra in 0..<24 { for pair in 0..<12 { total += extra([ra, 2 * pair, 2 * pair + 1]) } }
        XCTAssertEqual(Double(total) / Double(24 * 12), 11.0 / 12, accuracy: 1e-12)
    }
}
