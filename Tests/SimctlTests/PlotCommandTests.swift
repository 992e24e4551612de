import DPUSupport
import DPUSim
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// End-to-end: `sweep --plot`, `compare --plot` and `plot` write well-formed SVG holding
/// the expected series.
final class PlotCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("simctl-plot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The elements of an SVG file, parsed with XMLParser (which fails on malformed XML).
    final class SVGElements: NSObject, XMLParserDelegate {
        struct Element {
            var name: String
            var attributes: [String: String]
            /// The `id` of the panel (`g class="panel"`) it is in, if any.
            var panel: String?
        }
        var elements: [Element] = []
        var texts: [String] = []
        private var stack: [String?] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let panel = attributes["class"] == "panel" ? attributes["id"] : stack.last ?? nil
            elements.append(Element(name: name, attributes: attributes, panel: panel))
            stack.append(panel)
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
            if name == "text" || name == "title" { texts.append(text) }
            text = ""
        }

        static func parse(_ file: String) throws -> SVGElements {
            let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: file)))
            let delegate = SVGElements()
            parser.delegate = delegate
            XCTAssertTrue(parser.parse(), "\(file) is not well-formed XML: \(String(describing: parser.parserError))")
            XCTAssertEqual(delegate.elements.first?.name, "svg")
            return delegate
        }

        /// The `data-series` names of `element`s with class `className` in `panel`.
        func series(in panel: String, element: String = "g", className: String = "series") -> [String] {
            elements.filter { $0.name == element && $0.attributes["class"] == className && $0.panel == panel }
                .compactMap { $0.attributes["data-series"] }
        }
    }

    func testSweepPlotHoldsOneLinePerKernelAndTheBreakdown() throws {
        let svg = path("sweep.svg"), csv = path("sweep.csv")
        let r = try SimctlBinary.run(["sweep", "--kernels", "naive,small-pooled", "--tasklets", "2,4,6", "--dpus", "2",
                                      "--inputs", "8", "--csv", csv, "--plot", svg, "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("wrote \(svg)"), r.stdout)
        let doc = try SVGElements.parse(svg)
        let names = ["naive (small)", "small-pooled (small)"]
        XCTAssertEqual(doc.series(in: "cycles-per-input"), names)
        XCTAssertEqual(doc.series(in: "inferences-per-second"), names)
        XCTAssertEqual(doc.series(in: "cycle-breakdown", className: "bar"), names)
        // One polyline of three points per series and panel.
        let lines = doc.elements.filter { $0.name == "polyline" }
        XCTAssertEqual(lines.count, 4)
        for line in lines { XCTAssertEqual(line.attributes["points"]?.split(separator: " ").count, 3) }
        for label in ["tasklets per DPU", "cycles / input", "inferences / s", "Where the cycles go at 6 tasklets (slowest DPU)",
                      "issue", "revolver idle", "DMA wait", "synchronization", "register hazards"] {
            XCTAssertTrue(doc.texts.contains(label), "no text '\(label)'")
        }
        // The stacked parts add up to the cycles per input the CSV reports at 6 tasklets.
        let table = try CSVTable.parse(try String(contentsOfFile: csv, encoding: .utf8))
        let kernels = table.column("kernel")!, tasklets = table.column("tasklets")!, cpi = table.column("cycles_per_input")!
        for (i, kernel) in kernels.enumerated() where tasklets[i] == "6" {
            var sum = 0.0
            var inBar = false
            for e in doc.elements {
                if e.name == "g" && e.attributes["class"] == "bar" { inBar = e.attributes["data-kernel"] == kernel }
                if inBar && e.name == "rect" && e.attributes["class"] == "part" { sum += Double(e.attributes["data-value"]!)! }
            }
            XCTAssertEqual(sum, Double(cpi[i])!, accuracy: Double(cpi[i])! * 1e-4, kernel)
        }
    }

    func testComparePlotDrawsBarsPerKernel() throws {
        let svg = path("compare.svg")
        let r = try SimctlBinary.run(["compare", "--kernels", "mram-probe,large-filter-split", "--inputs", "10", "--dpus", "10",
                                      "--tasklets", "4", "--plot", svg, "--quiet"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let doc = try SVGElements.parse(svg)
        let names = ["mram-probe (small)", "large-filter-split (large)"]
        XCTAssertEqual(doc.series(in: "cycles-per-input"), names)
        XCTAssertEqual(doc.series(in: "inferences-per-second"), names)
        XCTAssertEqual(doc.series(in: "cycle-breakdown", className: "bar"), names)
        XCTAssertTrue(doc.texts.contains("Where the cycles go at 4 tasklets (slowest DPU)"))
        XCTAssertEqual(doc.elements.filter { $0.name == "polyline" }.count, 0)
    }

    /// `plot` combines CSVs, escapes odd names, and picks log axes for wide ranges.
    func testPlotCommandCombinesReportsAndEscapes() throws {
        let header = "kernel,model,dpus,tasklets,inputs,cycles_per_input,inferences_per_second,issue_cycles,register_hazard_cycles,"
            + "revolver_idle_cycles,dma_wait_cycles,synchronization_cycles\n"
        var a = header, b = header
        for t in 1...4 {
            a += "fast,small,10,\(t),100,\(1000 / t),\(1000 * t),\(60000 / t),0,\(40000 / t),0,0\n"
            b += "\"a&b <x>\",large,10,\(t),100,\(100000 / t),\(10 * t),\(2000000 / t),0,0,\(8000000 / t),0\n"
        }
        try a.write(toFile: path("a.csv"), atomically: true, encoding: .utf8)
        try b.write(toFile: path("b.csv"), atomically: true, encoding: .utf8)
        let svg = path("combined.svg")
        let r = try SimctlBinary.run(["plot", "--reports", "\(path("a.csv")),\(path("b.csv"))", "--out", svg, "--title", "Fast & slow"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("2 series"), r.stdout)
        let doc = try SVGElements.parse(svg)
        XCTAssertEqual(doc.series(in: "cycles-per-input"), ["fast (small)", "a&b <x> (large)"])
        XCTAssertTrue(doc.texts.contains("Fast & slow"))
        XCTAssertTrue(doc.texts.contains("Cycles per input (log scale)"))
        XCTAssertEqual(doc.series(in: "cycle-breakdown", className: "bar"), ["fast (small)", "a&b <x> (large)"])
        // 16 tasklets are not there: the bars are at the largest count, 4.
        XCTAssertTrue(doc.texts.contains("Where the cycles go at 4 tasklets (slowest DPU)"))
        // The large model is dashed, the small one solid.
        let dashes = doc.elements.filter { $0.name == "polyline" && $0.panel == "cycles-per-input" }.map { $0.attributes["stroke-dasharray"] }
        XCTAssertEqual(dashes, ["none", "7 4"])
    }

    /// The committed comparison figure is what `scripts/generate-comparison.sh` draws from the
    /// committed CSVs, and the README shows it.
    func testCommittedComparisonFigureIsUpToDate() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        func file(_ name: String) -> String { root.appendingPathComponent(name).path }
        let script = try String(contentsOfFile: file("scripts/generate-comparison.sh"), encoding: .utf8)
        let title = try XCTUnwrap(script.components(separatedBy: "--title \"").dropFirst().first?.components(separatedBy: "\"").first,
                                  "the script passes no --title")
        let svg = path("comparison.svg")
        let r = try SimctlBinary.run(["plot", "--reports", "\(file("docs/comparison-small.csv")),\(file("docs/comparison-large.csv"))",
                                      "--title", title, "--out", svg])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: svg)), try Data(contentsOf: URL(fileURLWithPath: file("docs/comparison.svg"))),
                       "docs/comparison.svg is stale: run scripts/generate-comparison.sh")
        let doc = try SVGElements.parse(file("docs/comparison.svg"))
        let kernels = ["naive", "mram-probe", "small-pooled", "large-filter-split"]
        XCTAssertEqual(doc.series(in: "cycles-per-input"), kernels.map { "\($0) (small)" } + kernels.map { "\($0) (large)" })
        let readme = try String(contentsOfFile: file("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("](docs/comparison.svg)"), "the README does not show docs/comparison.svg")
        XCTAssertTrue(readme.contains("scripts/generate-comparison.sh"))
    }

    func testPlotErrors() throws {
        let bad = path("bad.csv")
        try "kernel,model\nx,y\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let svg = path("never.svg")
        let cases: [([String], String)] = [
            (["plot", "--reports", bad, "--out", svg], "has no column 'dpus'"),
            (["plot", "--reports", path("nope.csv"), "--out", svg], "cannot read"),
            (["plot", "--out", svg], "missing '--reports"),
            (["plot", "--reports", bad, "--out", path("missing/x.svg")], "directory"),
            (["sweep", "--kernel", "naive", "--plot", path("missing/x.svg")], "'--plot': directory"),
        ]
        for (arguments, message) in cases {
            let r = try SimctlBinary.run(arguments)
            XCTAssertEqual(r.status, 64, "\(arguments): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(message), "\(arguments): \(r.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: svg))
        }
    }
}
