import DPUSupport
import DPUSim
import Foundation
import PrIMKernels

/// The text and CSV forms of a `simctl validate` run.
enum ValidationReport {
    static let csvColumns = [
        "benchmark", "num_dpus", "data_prep_param", "tasklets",
        "hw_kernel_ms", "dpusim_kernel_ms", "upimulator_kernel_ms", "dpusim_error_percent", "upimulator_error_percent",
        "hw_cpu_to_dpu_ms", "dpusim_cpu_to_dpu_ms", "cpu_to_dpu_error_percent",
        "hw_dpu_to_cpu_ms", "dpusim_dpu_to_cpu_ms", "dpu_to_cpu_error_percent",
        "hw_dpu_to_dpu_ms", "dpusim_dpu_to_dpu_ms",
        "dpusim_launches", "dpusim_kernel_cycles", "dpusim_instructions",
    ]

    static func ms(_ x: Double) -> String { CSVTable.format(x, significantDigits: 6) }
    static func percent(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "" }

    static func csv(_ rows: [ValidatedRow]) -> CSVTable {
        var table = CSVTable(header: csvColumns)
        for r in rows {
            let m = r.measurement
            table.append([
                m.benchmark.rawValue, String(m.dpus), String(m.dataPrepParam), String(r.tasklets),
                ms(m.kernelMs), ms(r.dpusimKernelMs), ms(m.upimulatorKernelMs),
                percent(errorPercent(predicted: r.dpusimKernelMs, measured: m.kernelMs)),
                percent(errorPercent(predicted: m.upimulatorKernelMs, measured: m.kernelMs)),
                ms(m.cpuToDPUMs), ms(r.dpusimCPUToDPUMs), percent(errorPercent(predicted: r.dpusimCPUToDPUMs, measured: m.cpuToDPUMs)),
                ms(m.dpuToCPUMs), ms(r.dpusimDPUToCPUMs), percent(errorPercent(predicted: r.dpusimDPUToCPUMs, measured: m.dpuToCPUMs)),
                ms(m.dpuToDPUMs), ms(r.dpusimDPUToDPUMs),
                String(r.predicted.launches), String(r.predicted.kernelCycles), String(r.predicted.instructions),
            ])
        }
        return table
    }

    static func rowsTable(_ rows: [ValidatedRow]) -> String {
        TextTable.render(
            header: ["benchmark", "DPUs", "param", "hw kernel ms", "DPUSim ms", "err %", "uPIMulator ms", "err %",
                     "hw CPU-DPU ms", "DPUSim", "err %", "hw DPU-CPU ms", "DPUSim", "err %"],
            rows: rows.map { r in
                let m = r.measurement
                return [m.benchmark.rawValue, String(m.dpus), String(m.dataPrepParam),
                        fixed(m.kernelMs), fixed(r.dpusimKernelMs), signed(errorPercent(predicted: r.dpusimKernelMs, measured: m.kernelMs)),
                        fixed(m.upimulatorKernelMs), signed(errorPercent(predicted: m.upimulatorKernelMs, measured: m.kernelMs)),
                        fixed(m.cpuToDPUMs), fixed(r.dpusimCPUToDPUMs), signed(errorPercent(predicted: r.dpusimCPUToDPUMs, measured: m.cpuToDPUMs)),
                        fixed(m.dpuToCPUMs), fixed(r.dpusimDPUToCPUMs), signed(errorPercent(predicted: r.dpusimDPUToCPUMs, measured: m.dpuToCPUMs))]
            })
    }

    /// Per benchmark and overall: MAPE, worst error and R² of DPUSim's kernel time beside
    /// uPIMulator's; then of DPUSim's transfer times.
    static func summaryTable(_ rows: [ValidatedRow]) -> String {
        let groups = Dictionary(grouping: rows, by: \.measurement.benchmark).sorted { $0.key < $1.key }
        let named = groups.map { ($0.key.rawValue, $0.value) } + [("all", rows)]
        let metrics = ["MAPE %", "worst %", "R²"]
        let kernel = TextTable.render(
            header: ["kernel time", "rows"] + metrics.map { "DPUSim \($0)" } + metrics.map { "uPIMulator \($0)" },
            rows: named.map { name, members in
                [name, String(members.count)] + cells(ErrorSummary(members.map(ValidatedQuantity.kernel.dpusim)))
                    + cells(ErrorSummary(members.compactMap(ValidatedQuantity.kernel.upimulator)))
            })
        let transfers = TextTable.render(
            header: ["transfers", "rows"] + metrics.map { "CPU-DPU \($0)" } + metrics.map { "DPU-CPU \($0)" },
            rows: named.map { name, members in
                [name, String(members.count)] + cells(ErrorSummary(members.map(ValidatedQuantity.cpuToDPU.dpusim)))
                    + cells(ErrorSummary(members.map(ValidatedQuantity.dpuToCPU.dpusim)))
            })
        return kernel + "\n\n" + transfers
    }

    private static func cells(_ s: ErrorSummary?) -> [String] {
        guard let s else { return ["", "", ""] }
        return [String(format: "%.1f", s.meanAbsolutePercent), String(format: "%+.1f", s.worstPercent),
                s.rSquared.map { String(format: "%.3f", $0) } ?? ""]
    }

    private static func fixed(_ x: Double) -> String { String(format: x < 1 ? "%.4f" : "%.2f", x) }
    private static func signed(_ x: Double?) -> String { x.map { String(format: "%+.1f", $0) } ?? "" }
}
