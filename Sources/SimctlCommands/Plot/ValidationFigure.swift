import Foundation
import PrIMKernels

/// `simctl validate --plot`: predicted against measured kernel time, log-log, one point per
/// table row — DPUSim and uPIMulator in two colours — with the y = x line.
enum ValidationFigure {
    static let dpusimColor = "#1f77b4"
    static let upimulatorColor = "#d62728"

    static func svg(_ rows: [ValidatedRow]) -> String {
        let width = 640.0, height = 600.0
        let plot = Frame(x: 78, y: 56, width: width - 110, height: height - 130)
        let measured = rows.map(\.measurement.kernelMs)
        let predicted = rows.map(\.dpusimKernelMs) + rows.map(\.measurement.upimulatorKernelMs)
        let all = (measured + predicted).filter { $0 > 0 && $0.isFinite }
        let x = LogScale(values: all.isEmpty ? [1] : all, pixels: plot.x...plot.right)
        let y = LogScale(values: all.isEmpty ? [1] : all, pixels: plot.y...plot.bottom, reversed: true)
        var svg = SVGWriter()
        svg.text("PrIM kernel time: predicted vs real UPMEM (\(rows.count) rows)", x: 16, y: 26, size: 15, weight: "600")
        Charts.logGrid(&svg, x: x, y: y, plot: plot, labelGap: 17)
        svg.lineSegment(x1: plot.x, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: Charts.axisColor)
        svg.lineSegment(x1: plot.x, y1: plot.y, x2: plot.x, y2: plot.bottom, stroke: Charts.axisColor)
        // y = x across the shared domain.
        svg.lineSegment(x1: x.position(x.low), y1: y.position(x.low), x2: x.position(x.high), y2: y.position(x.high),
                        stroke: "#888", dash: "5 4")
        svg.text("measured kernel time on UPMEM (ms, log scale)", x: plot.x + plot.width / 2, y: plot.bottom + 38, size: 12, anchor: "middle")
        svg.text("predicted kernel time (ms, log scale)", x: 22, y: plot.y + plot.height / 2, size: 12, anchor: "middle", rotate: -90)
        points(&svg, rows, name: "DPUSim", color: dpusimColor, x: x, y: y) { $0.dpusimKernelMs }
        points(&svg, rows, name: "uPIMulator", color: upimulatorColor, x: x, y: y) { $0.measurement.upimulatorKernelMs }
        for (i, (name, color)) in [("DPUSim", dpusimColor), ("uPIMulator", upimulatorColor), ("y = x", "#888")].enumerated() {
            let ly = height - 22.0, lx = plot.x + Double(i) * 150
            svg.element("circle", ["cx": SVGWriter.number(lx), "cy": SVGWriter.number(ly - 4), "r": "4", "fill": color])
            svg.text(name, x: lx + 10, y: ly, size: 12)
        }
        return svg.document(width: width, height: height, title: "PrIM kernel time, predicted vs measured",
                            description: "Log-log scatter of DPUSim's and uPIMulator's predicted kernel times against real-UPMEM measurements, one point per row of uPIMulator's table, with the y = x line.")
    }

    private static func points(_ svg: inout SVGWriter, _ rows: [ValidatedRow], name: String, color: String,
                               x: LogScale, y: LogScale, _ value: (ValidatedRow) -> Double) {
        svg.open("g", ["class": "series", "data-series": name])
        for r in rows where value(r) > 0 && r.measurement.kernelMs > 0 {
            let m = r.measurement
            svg.open("circle", ["cx": SVGWriter.number(x.position(m.kernelMs)), "cy": SVGWriter.number(y.position(value(r))),
                                "r": "3", "fill": color, "fill-opacity": "0.75"])
            svg.element("title", text: "\(name): \(m.benchmark.rawValue), \(m.dpus) DPUs, param \(m.dataPrepParam): "
                + "measured \(NumberLabel.compact(m.kernelMs)) ms, predicted \(NumberLabel.compact(value(r))) ms")
            svg.close()
        }
        svg.close()
    }
}
