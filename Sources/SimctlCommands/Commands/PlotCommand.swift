import DPUSupport
import DPUSim
import Foundation

/// `simctl plot`: the figure of `sweep --plot` / `compare --plot`, drawn from report CSVs
/// already written (so a figure can be redrawn, or several sweeps combined, without
/// running them again).
struct PlotCommand: Command {
    static let name = "plot"
    static let abstract = "Draw report CSVs (from run, sweep or compare --csv) as an SVG figure."
    static let discussion = """
        Reads one or more report CSVs and draws what 'sweep --plot' draws: cycles per input and \
        inferences per second against tasklets per DPU (one line per kernel and model), and a \
        stacked bar per kernel and model of where the cycles go (docs/visualization.md). Rows \
        of several files are combined, e.g. a sweep on the Small and one on the Large model.
        """
    enum Options {
        static let reports = Option<[String]>(requiredList: "reports", "list", "Report CSV files, comma-separated.",
                                              missing: "missing '--reports <a.csv,b.csv,…>'")
        static let out = Option<String>(required: "out", "file.svg", "The SVG file to write.", missing: "missing '--out <file.svg>'")
        static let title = Option<String?>("title", "text", "The figure's title.", shownDefault: "BTHOWeN inference on simulated UPMEM DPUs")
    }
    static let options: [any OptionDeclaration] = [Options.reports, Options.out, Options.title]

    var reports: [String]
    var out: String
    var title: String?
    /// `--out`, checked against the reports before anything is read.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        let reports = try arguments[Options.reports]
        let out = try arguments[Options.out]
        outputs = try Outputs([("out", out)], inputs: reports)
        self.reports = reports
        self.out = out
        title = try arguments[Options.title]
        if let title, title.isEmpty { throw UsageError("'--title' is empty") }
    }

    func run() throws {
        var rows: [PlotRow] = []
        for path in reports {
            guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("cannot read '\(path)'") }
            let table: CSVTable
            do {
                table = try CSVTable.parse(String(decoding: data, as: UTF8.self))
            } catch {
                throw UsageError("'\(path)': \(error)")
            }
            rows += try PlotRow.rows(of: table, source: path)
        }
        guard !rows.isEmpty else { throw UsageError("the reports hold no rows to plot") }
        try outputs.write(["out": Data(ReportFigure.svg(rows, title: title).utf8)])
        print("wrote \(out) (\(rows.count) rows, \(ReportFigure.series(rows).count) series)")
    }
}
