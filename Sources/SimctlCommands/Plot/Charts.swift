import DPUSupport
import DPUSim

/// The chart kinds of `simctl`'s figures, drawn into an `SVGWriter`: lines over an x
/// axis, horizontal bars, and horizontal stacked bars.

/// A rectangle in pixels.
struct Frame {
    var x: Double, y: Double, width: Double, height: Double
    var right: Double { x + width }
    var bottom: Double { y + height }
}

/// One line of a line chart (or one bar of a bar chart), with how it is drawn.
struct PlotSeries {
    var name: String
    var kernel: String
    var model: String
    var color: String
    /// An SVG `stroke-dasharray`, or nil for a solid line.
    var dash: String?
    /// (x, y) points in increasing x.
    var points: [(x: Double, y: Double)]
}

/// One part of a stacked bar.
struct BarPart {
    var key: String
    var label: String
    var color: String
}

enum Charts {
    static let axisColor = "#444"
    static let gridColor = "#e4e4e4"
    static let mutedText = "#555"

    /// The grid lines and tick labels of a log-log plot: one vertical line per x tick, labelled
    /// `labelGap` pixels below the plot, and one horizontal line per y tick, labelled left of it.
    static func logGrid(_ svg: inout SVGWriter, x: LogScale, y: LogScale, plot: Frame, labelGap: Double) {
        for t in x.ticks {
            svg.lineSegment(x1: x.position(t), y1: plot.y, x2: x.position(t), y2: plot.bottom, stroke: gridColor)
            svg.text(NumberLabel.compact(t), x: x.position(t), y: plot.bottom + labelGap, size: 11, anchor: "middle", fill: mutedText)
        }
        for t in y.ticks {
            svg.lineSegment(x1: plot.x, y1: y.position(t), x2: plot.right, y2: y.position(t), stroke: gridColor)
            svg.text(NumberLabel.compact(t), x: plot.x - 6, y: y.position(t) + 4, size: 11, anchor: "end", fill: mutedText)
        }
    }

    /// A line chart: `series` over a linear x axis, y linear from 0 or logarithmic.
    static func lines(_ svg: inout SVGWriter, id: String, frame f: Frame, title: String, xLabel: String, yLabel: String,
                      unit: String, series: [PlotSeries], logY: Bool) {
        svg.open("g", ["id": id, "class": "panel"])
        svg.text(title + (logY ? " (log scale)" : ""), x: f.x, y: f.y + 14, size: 14, weight: "600")
        let plot = Frame(x: f.x + 58, y: f.y + 30, width: f.width - 70, height: f.height - 30 - 44)
        let xs = series.flatMap { $0.points.map(\.x) }
        let ys = series.flatMap { $0.points.map(\.y) }
        let xScale = LinearScale(values: xs, includeZero: false, pixels: plot.x...plot.right, maxTicks: 7, integers: true)
        let yScale: any AxisScale = logY
            ? LogScale(values: ys, pixels: plot.y...plot.bottom, reversed: true)
            : LinearScale(values: ys, includeZero: true, pixels: plot.y...plot.bottom, reversed: true)
        // Grid and axes.
        for t in yScale.ticks {
            let y = yScale.position(t)
            svg.lineSegment(x1: plot.x, y1: y, x2: plot.right, y2: y, stroke: gridColor)
            svg.text(NumberLabel.compact(t), x: plot.x - 6, y: y + 4, size: 11, anchor: "end", fill: mutedText)
        }
        for t in xScale.ticks {
            let x = xScale.position(t)
            svg.lineSegment(x1: x, y1: plot.bottom, x2: x, y2: plot.bottom + 4, stroke: axisColor)
            svg.text(NumberLabel.compact(t), x: x, y: plot.bottom + 17, size: 11, anchor: "middle", fill: mutedText)
        }
        svg.lineSegment(x1: plot.x, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: axisColor)
        svg.lineSegment(x1: plot.x, y1: plot.y, x2: plot.x, y2: plot.bottom, stroke: axisColor)
        svg.text(xLabel, x: plot.x + plot.width / 2, y: plot.bottom + 36, size: 12, anchor: "middle")
        svg.text(yLabel, x: f.x + 12, y: plot.y + plot.height / 2, size: 12, anchor: "middle", rotate: -90)
        // Lines, then points with a tooltip each.
        for s in series {
            svg.open("g", ["class": "series", "data-series": s.name, "data-kernel": s.kernel, "data-model": s.model])
            let points = s.points.map { "\(SVGWriter.number(xScale.position($0.x))),\(SVGWriter.number(yScale.position($0.y)))" }
            if points.count > 1 {
                svg.element("polyline", ["points": points.joined(separator: " "), "fill": "none", "stroke": s.color,
                                         "stroke-width": "2", "stroke-dasharray": s.dash ?? "none"])
            }
            for p in s.points {
                svg.open("circle", ["cx": SVGWriter.number(xScale.position(p.x)), "cy": SVGWriter.number(yScale.position(p.y)),
                                    "r": "2.5", "fill": s.color])
                svg.element("title", text: "\(s.name), \(NumberLabel.grouped(p.x)) tasklets: \(NumberLabel.compact(p.y)) \(unit)")
                svg.close()
            }
            svg.close()
        }
        svg.close()
    }

    /// Horizontal bars, one per series (its single point's y), with the value at the end.
    static func bars(_ svg: inout SVGWriter, id: String, frame f: Frame, title: String, unit: String, series: [PlotSeries]) {
        svg.open("g", ["id": id, "class": "panel"])
        svg.text(title, x: f.x, y: f.y + 14, size: 14, weight: "600")
        let labelWidth = 150.0
        let plot = Frame(x: f.x + labelWidth, y: f.y + 30, width: f.width - labelWidth - 56, height: f.height - 30 - 40)
        let values = series.compactMap { $0.points.first?.y }
        let scale = LinearScale(values: values, includeZero: true, pixels: plot.x...plot.right, maxTicks: 5)
        axisBelow(&svg, scale: scale, plot: plot, label: unit)
        let band = plot.height / Double(max(1, series.count))
        for (i, s) in series.enumerated() {
            guard let value = s.points.first?.y else { continue }
            let y = plot.y + Double(i) * band + band * 0.18
            let h = band * 0.64
            svg.open("g", ["class": "series", "data-series": s.name, "data-kernel": s.kernel, "data-model": s.model])
            svg.text(s.name, x: plot.x - 8, y: y + h / 2 + 4, size: 12, anchor: "end")
            svg.open("rect", ["x": SVGWriter.number(plot.x), "y": SVGWriter.number(y),
                              "width": SVGWriter.number(max(0, scale.position(value) - plot.x)), "height": SVGWriter.number(h),
                              "fill": s.color, "data-value": CSVTable.format(value)])
            svg.element("title", text: "\(s.name): \(NumberLabel.compact(value)) \(unit)")
            svg.close()
            svg.text(NumberLabel.compact(value), x: scale.position(value) + 5, y: y + h / 2 + 4, size: 11, fill: mutedText)
            svg.close()
        }
        svg.close()
    }

    /// Horizontal stacked bars: per row, its parts left to right, the total at the end.
    static func stackedBars(_ svg: inout SVGWriter, id: String, frame f: Frame, title: String, unit: String, parts: [BarPart],
                            rows: [(series: PlotSeries, values: [Double])]) {
        svg.open("g", ["id": id, "class": "panel"])
        svg.text(title, x: f.x, y: f.y + 14, size: 14, weight: "600")
        // The parts' legend.
        var lx = f.x
        for part in parts {
            svg.element("rect", ["x": SVGWriter.number(lx), "y": SVGWriter.number(f.y + 24), "width": "12", "height": "12", "fill": part.color])
            svg.text(part.label, x: lx + 16, y: f.y + 34, size: 12)
            lx += 16 + Double(part.label.count) * 6.6 + 18
        }
        let labelWidth = 150.0
        let plot = Frame(x: f.x + labelWidth, y: f.y + 48, width: f.width - labelWidth - 56, height: f.height - 48 - 40)
        let totals = rows.map { $0.values.reduce(0, +) }
        let scale = LinearScale(values: totals, includeZero: true, pixels: plot.x...plot.right, maxTicks: 6)
        axisBelow(&svg, scale: scale, plot: plot, label: unit)
        let band = plot.height / Double(max(1, rows.count))
        for (i, row) in rows.enumerated() {
            let y = plot.y + Double(i) * band + band * 0.16
            let h = band * 0.68
            svg.open("g", ["class": "bar", "data-series": row.series.name, "data-kernel": row.series.kernel, "data-model": row.series.model])
            svg.text(row.series.name, x: plot.x - 8, y: y + h / 2 + 4, size: 12, anchor: "end")
            var x0 = 0.0
            for (part, value) in zip(parts, row.values) {
                let a = scale.position(x0), b = scale.position(x0 + value)
                x0 += value
                guard b - a > 0 else { continue }
                svg.open("rect", ["class": "part", "data-part": part.key, "data-value": CSVTable.format(value),
                                  "x": SVGWriter.number(a), "y": SVGWriter.number(y), "width": SVGWriter.number(b - a),
                                  "height": SVGWriter.number(h), "fill": part.color])
                svg.element("title", text: "\(row.series.name): \(part.label) \(NumberLabel.compact(value)) \(unit)")
                svg.close()
            }
            svg.text(NumberLabel.grouped(x0), x: scale.position(x0) + 5, y: y + h / 2 + 4, size: 11, fill: mutedText)
            svg.close()
        }
        svg.close()
    }

    /// An x axis under `plot`, with vertical grid lines and a label.
    private static func axisBelow(_ svg: inout SVGWriter, scale: LinearScale, plot: Frame, label: String) {
        for t in scale.ticks {
            let x = scale.position(t)
            svg.lineSegment(x1: x, y1: plot.y, x2: x, y2: plot.bottom, stroke: gridColor)
            svg.text(NumberLabel.compact(t), x: x, y: plot.bottom + 15, size: 11, anchor: "middle", fill: mutedText)
        }
        svg.lineSegment(x1: plot.x, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: axisColor)
        svg.text(label, x: plot.x + plot.width / 2, y: plot.bottom + 29, size: 12, anchor: "middle")
    }
}
