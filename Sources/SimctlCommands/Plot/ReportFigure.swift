import DPUSupport
import BTHOWeNKernels
import DPUSim
import Foundation

/// What a figure needs of one report row (from a run, or read back from a report CSV).
struct PlotRow: Equatable {
    var kernel: String
    var model: String
    var dpus: Int
    var tasklets: Int
    var inputs: Int
    var cyclesPerInput: Double
    var inferencesPerSecond: Double
    /// The slowest DPU's cycle breakdown, summed over launches (cycles, not per input).
    var breakdown: CycleBreakdown

    init(_ r: RunReport) {
        kernel = r.kernel
        model = r.model
        dpus = r.dpus
        tasklets = r.tasklets
        inputs = r.inputs
        cyclesPerInput = r.cyclesPerInput
        inferencesPerSecond = r.inferencesPerSecond
        breakdown = r.breakdown
    }

    /// The columns a report CSV must have to be plotted.
    static let columns = ["kernel", "model", "dpus", "tasklets", "inputs", "cycles_per_input", "inferences_per_second",
                          "issue_cycles", "register_hazard_cycles", "revolver_idle_cycles", "dma_wait_cycles", "synchronization_cycles"]

    /// The rows of a report CSV written by `run`, `sweep` or `compare --csv`.
    /// - Throws: `UsageError` naming `source`, the row and the column of a missing column
    ///   or a malformed number.
    static func rows(of table: CSVTable, source: String) throws -> [PlotRow] {
        var index: [String: Int] = [:]
        for name in columns {
            guard let i = table.header.firstIndex(of: name) else {
                throw UsageError("'\(source)' has no column '\(name)' (is it a report from run, sweep or compare --csv?)")
            }
            index[name] = i
        }
        return try table.rows.enumerated().map { n, row in
            func text(_ name: String) -> String { row[index[name]!] }
            func int(_ name: String) throws -> Int {
                guard let v = Int(text(name)), v >= 0 else {
                    throw UsageError("'\(source)' row \(n + 2): '\(name)' is '\(text(name))', not a count")
                }
                return v
            }
            func number(_ name: String) throws -> Double {
                guard let v = Double(text(name)), v.isFinite, v >= 0 else {
                    throw UsageError("'\(source)' row \(n + 2): '\(name)' is '\(text(name))', not a non-negative number")
                }
                return v
            }
            var b = CycleBreakdown()
            b.issue = try number("issue_cycles")
            b.registerHazard = try number("register_hazard_cycles")
            b.revolverIdle = try number("revolver_idle_cycles")
            b.dmaWait = try number("dma_wait_cycles")
            b.synchronization = try number("synchronization_cycles")
            return PlotRow(kernel: text("kernel"), model: text("model"), dpus: try int("dpus"), tasklets: try int("tasklets"),
                           inputs: try int("inputs"), cyclesPerInput: try number("cycles_per_input"),
                           inferencesPerSecond: try number("inferences_per_second"), breakdown: b)
        }
    }

    init(kernel: String, model: String, dpus: Int, tasklets: Int, inputs: Int, cyclesPerInput: Double,
         inferencesPerSecond: Double, breakdown: CycleBreakdown) {
        self.kernel = kernel
        self.model = model
        self.dpus = dpus
        self.tasklets = tasklets
        self.inputs = inputs
        self.cyclesPerInput = cyclesPerInput
        self.inferencesPerSecond = inferencesPerSecond
        self.breakdown = breakdown
    }
}

/// The figure `sweep --plot`, `compare --plot` and `plot` draw (docs/visualization.md):
///
/// - With several tasklet counts: cycles per input and inferences per second against
///   tasklets per DPU, one line per kernel and model (a log y axis when the values span a
///   factor of 8 or more). With one tasklet count: the same two metrics as bars.
/// - Below: where the cycles go — issue, register hazards, revolver idle, DMA wait,
///   synchronization — as stacked bars of cycles per input, one per kernel and model, at
///   16 tasklets if the data has that point, else at its largest tasklet count.
///
/// Colours follow the kernel, dashes the model (solid Small, dashed Large); when the
/// rows span several DPU counts each series gets its own colour.
enum ReportFigure {
    static let width = 900.0

    static let parts = [
        BarPart(key: "issue", label: "issue", color: "#4e79a7"),
        BarPart(key: "register-hazard", label: "register hazards", color: "#b07aa1"),
        BarPart(key: "revolver-idle", label: "revolver idle", color: "#bab0ac"),
        BarPart(key: "dma-wait", label: "DMA wait", color: "#e15759"),
        BarPart(key: "synchronization", label: "synchronization", color: "#f28e2b"),
    ]
    static let kernelColors = ["naive": "#1f77b4", "mram-probe": "#d62728", "small-pooled": "#2ca02c", "large-filter-split": "#9467bd"]
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"]
    static let modelDashes: [String: String?] = ["small": nil, "medium": "9 3 2 3", "large": "7 4"]

    /// The tasklet count of the stacked bars: 16 if present, else the largest.
    static func barTasklets(_ rows: [PlotRow]) -> Int {
        rows.contains { $0.tasklets == 16 } ? 16 : rows.map(\.tasklets).max() ?? 0
    }

    /// The series of `rows`, in order of first appearance: (series key → its rows).
    static func series(_ rows: [PlotRow]) -> [(series: PlotSeries, rows: [PlotRow])] {
        let severalDPUs = Set(rows.map(\.dpus)).count > 1
        var order: [String] = []
        var groups: [String: [PlotRow]] = [:]
        for r in rows {
            let key = "\(r.kernel)\u{0}\(r.model)\u{0}\(r.dpus)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(r)
        }
        var kernelOrder: [String] = []
        for r in rows where !kernelOrder.contains(r.kernel) { kernelOrder.append(r.kernel) }
        return order.enumerated().map { index, key in
            let group = groups[key]!.sorted { $0.tasklets < $1.tasklets }
            let first = group[0]
            let color = severalDPUs ? palette[index % palette.count]
                : kernelColors[first.kernel] ?? palette[(kernelOrder.firstIndex(of: first.kernel) ?? 0) % palette.count]
            let name = "\(first.kernel) (\(first.model)\(severalDPUs ? ", \(first.dpus) DPUs" : ""))"
            let series = PlotSeries(name: name, kernel: first.kernel, model: first.model, color: color,
                                    dash: modelDashes[first.model] ?? "2 3", points: [])
            return (series, group)
        }
    }

    /// The figure as SVG text. Precondition: `rows` is not empty.
    static func svg(_ rows: [PlotRow], title: String? = nil) -> String {
        precondition(!rows.isEmpty, "a figure needs at least one row")
        var svg = SVGWriter()
        let groups = series(rows)
        let sweep = Set(rows.map(\.tasklets)).count > 1
        let title = title ?? "BTHOWeN inference on simulated UPMEM DPUs"
        svg.text(title, x: 20, y: 28, size: 18, weight: "600")
        let inputs = Set(rows.map(\.inputs)).sorted().map { NumberLabel.grouped(Double($0)) }.joined(separator: ", ")
        let dpus = Set(rows.map(\.dpus)).sorted().map(String.init).joined(separator: ", ")
        svg.text("\(inputs) MNIST inputs on \(dpus) DPUs. Cycles per input: the slowest DPU's cycles ÷ inputs. "
                 + "Inferences/s: end to end (host, transfers, launches).", x: 20, y: 48, size: 12, fill: Charts.mutedText)
        var y = 60.0

        let cycles = groups.map { g in withPoints(g.series, g.rows.map { (Double($0.tasklets), $0.cyclesPerInput) }) }
        let rate = groups.map { g in withPoints(g.series, g.rows.map { (Double($0.tasklets), $0.inferencesPerSecond) }) }
        if sweep {
            y = legend(&svg, groups.map(\.series), y: y + 4)
            let top = Frame(x: 20, y: y + 8, width: 420, height: 300)
            Charts.lines(&svg, id: "cycles-per-input", frame: top, title: "Cycles per input", xLabel: "tasklets per DPU",
                         yLabel: "cycles / input", unit: "cycles/input", series: cycles,
                         logY: LogScale.suits(cycles.flatMap { $0.points.map(\.y) }))
            Charts.lines(&svg, id: "inferences-per-second", frame: Frame(x: 460, y: top.y, width: 420, height: 300),
                         title: "Inferences per second", xLabel: "tasklets per DPU", yLabel: "inferences / s",
                         unit: "inferences/s", series: rate, logY: LogScale.suits(rate.flatMap { $0.points.map(\.y) }))
            y = top.bottom
        } else {
            let height = 70 + 28 * Double(groups.count)
            let at = rows[0].tasklets
            Charts.bars(&svg, id: "cycles-per-input", frame: Frame(x: 20, y: y + 8, width: 420, height: height),
                        title: "Cycles per input, \(at) tasklets", unit: "cycles / input", series: cycles)
            Charts.bars(&svg, id: "inferences-per-second", frame: Frame(x: 460, y: y + 8, width: 420, height: height),
                        title: "Inferences per second, \(at) tasklets", unit: "inferences / s", series: rate)
            y += 8 + height
        }

        let at = barTasklets(rows)
        let bars = groups.compactMap { g -> (series: PlotSeries, values: [Double])? in
            guard let r = g.rows.first(where: { $0.tasklets == at }), r.inputs > 0 else { return nil }
            let b = r.breakdown, n = Double(r.inputs)
            return (g.series, [b.issue / n, b.registerHazard / n, b.revolverIdle / n, b.dmaWait / n, b.synchronization / n])
        }
        let height = 48 + 40 + 30 * Double(max(1, bars.count))
        Charts.stackedBars(&svg, id: "cycle-breakdown", frame: Frame(x: 20, y: y + 18, width: 860, height: height),
                           title: "Where the cycles go at \(at) tasklets (slowest DPU)", unit: "cycles / input",
                           parts: parts, rows: bars)
        y += 18 + height + 12

        let description = sweep
            ? "Cycles per input and inferences per second against tasklets per DPU for \(groups.count) series "
                + "(\(groups.map(\.series.name).joined(separator: "; "))), and the cycle breakdown at \(at) tasklets as stacked bars."
            : "Cycles per input and inferences per second at \(at) tasklets for \(groups.count) series "
                + "(\(groups.map(\.series.name).joined(separator: "; "))), and their cycle breakdown as stacked bars."
        return svg.document(width: width, height: y, title: title, description: description)
    }

    private static func withPoints(_ s: PlotSeries, _ points: [(Double, Double)]) -> PlotSeries {
        var s = s
        s.points = points.map { (x: $0.0, y: $0.1) }
        return s
    }

    /// A legend of line samples and names, wrapped to the figure's width. Returns its bottom.
    private static func legend(_ svg: inout SVGWriter, _ series: [PlotSeries], y top: Double) -> Double {
        svg.open("g", ["id": "legend"])
        var x = 20.0, y = top + 12
        for s in series {
            let entry = 30 + Double(s.name.count) * 6.6 + 22
            if x + entry > Self.width - 20 && x > 20 { x = 20; y += 20 }
            svg.element("line", ["x1": SVGWriter.number(x), "y1": SVGWriter.number(y - 4), "x2": SVGWriter.number(x + 26),
                                 "y2": SVGWriter.number(y - 4), "stroke": s.color, "stroke-width": "2.5",
                                 "stroke-dasharray": s.dash ?? "none"])
            svg.text(s.name, x: x + 32, y: y, size: 12)
            x += entry
        }
        svg.close()
        return y + 6
    }
}

/// The SVG figure of `reports`, or nil when there are none to draw.
func plotData(_ reports: [RunReport]) -> Data? {
    reports.isEmpty ? nil : Data(ReportFigure.svg(reports.map(PlotRow.init)).utf8)
}
