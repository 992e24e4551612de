import BTHOWeNKernels
import DPUSim

/// `simctl plan --plot`: every plan simulated as a point, inferences per second (x, log)
/// against energy (y, log), coloured by kernel, hollow when serialized; the Pareto front
/// ringed and joined, the chosen plan labelled.
enum PlanFigure {
    static func svg(_ o: PlanOutcome, objective: PlanObjective, model: String) -> String {
        let width = 760.0, height = 480.0
        let plot = Frame(x: 80, y: 50, width: 500, height: 370)
        let rate = o.rows.map { Double($0.report.inputs) / $0.seconds }, energy = o.rows.map(\.joules)
        let x = LogScale(values: rate, pixels: plot.x...plot.right)
        let y = LogScale(values: energy, pixels: plot.y...plot.bottom, reversed: true)
        var svg = SVGWriter()
        svg.text("Plans for MNIST-\(model): throughput vs energy (\(o.rows.count) plans, Pareto front ringed)", x: 20, y: 28, size: 15, weight: "600")
        Charts.logGrid(&svg, x: x, y: y, plot: plot, labelGap: 16)
        svg.text("inferences per second (log)", x: plot.x + plot.width / 2, y: plot.bottom + 36, size: 12, anchor: "middle")
        svg.text("energy, J (log)", x: 22, y: plot.y + plot.height / 2, size: 12, anchor: "middle", rotate: -90)
        let front = o.rows.indices.filter { o.rows[$0].pareto }.sorted { rate[$0] < rate[$1] }
        for (a, b) in zip(front, front.dropFirst()) {
            svg.lineSegment(x1: x.position(rate[a]), y1: y.position(energy[a]), x2: x.position(rate[b]), y2: y.position(energy[b]),
                            stroke: "#888", dash: "4 3")
        }
        for (i, r) in o.rows.enumerated() {
            let color = ReportFigure.kernelColors[r.point.kernel] ?? "#333"
            let cx = SVGWriter.number(x.position(rate[i])), cy = SVGWriter.number(y.position(energy[i]))
            svg.element("circle", ["cx": cx, "cy": cy, "r": r.pareto ? "4.5" : "3", "fill": r.point.pipelined ? color : "none",
                                   "stroke": color, "stroke-width": r.pareto ? "2" : "1"])
            if r.pareto { svg.element("circle", ["cx": cx, "cy": cy, "r": "7.5", "fill": "none", "stroke": "#222", "stroke-width": "1"]) }
        }
        let w = o.rows[o.winner]
        svg.text("chosen: \(w.point.kernel), \(w.point.dpus) DPUs × \(w.point.tasklets), \(w.point.pipelined ? "pipelined" : "serialized")",
                 x: x.position(rate[o.winner]) - 8, y: y.position(energy[o.winner]) - 12, size: 11, anchor: "end", weight: "600")
        var ly = plot.y
        for (kernel, color) in ReportFigure.kernelColors.sorted(by: { $0.key < $1.key }) {
            svg.element("circle", ["cx": SVGWriter.number(plot.right + 30), "cy": SVGWriter.number(ly), "r": "4", "fill": color])
            svg.text(kernel, x: plot.right + 40, y: ly + 4, size: 11)
            ly += 18
        }
        svg.text("filled: pipelined", x: plot.right + 24, y: ly + 8, size: 11, fill: Charts.mutedText)
        svg.text("hollow: serialized", x: plot.right + 24, y: ly + 26, size: 11, fill: Charts.mutedText)
        svg.text("objective: \(objective.rawValue)", x: plot.right + 24, y: ly + 44, size: 11, fill: Charts.mutedText)
        return svg.document(width: width, height: height, title: "Plans for MNIST-\(model)",
                            description: "Every plan the planner simulated: inferences per second against energy, by kernel; the Pareto front over time, energy and DPUs is ringed.")
    }
}
