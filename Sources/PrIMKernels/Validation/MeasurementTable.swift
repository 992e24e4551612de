import DPUSupport
import DPUSim
import Foundation

/// One row of uPIMulator's table of real-UPMEM PrIM measurements
/// (`traces/measurements/upimulator-prim.csv`; provenance in `traces/measurements/README.md`).
/// Times in milliseconds.
public struct Measurement: Sendable, Equatable {
    public var benchmark: PrIMBenchmark
    public var dpus: Int
    public var dataPrepParam: Int
    public var kernelMs: Double
    public var cpuToDPUMs: Double
    public var dpuToCPUMs: Double
    public var dpuToDPUMs: Double
    /// uPIMulator's prediction of `kernelMs` (the sheet's `sim_kernel`).
    public var upimulatorKernelMs: Double

    public func point(tasklets: Int) -> PrIMPoint {
        PrIMPoint(benchmark, dpus: dpus, dataPrepParam: dataPrepParam, tasklets: tasklets)
    }
}

/// A measurement table that cannot be read, with the line and column at fault.
public struct MeasurementTableError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

public enum MeasurementTable {
    public static let columns = ["benchmark", "num_dpus", "data_prep_param", "hw_kernel_ms", "hw_cpu_to_dpu_ms",
                                 "hw_dpu_to_cpu_ms", "hw_dpu_to_dpu_ms", "upimulator_kernel_ms"]

    /// The table's file under the shipped traces directory.
    public static let relativePath = "measurements/upimulator-prim.csv"

    /// Parses the table. Every field is checked: a known benchmark, DPU count in
    /// 1...`maxDPUs`, a positive parameter, finite non-negative times.
    ///
    /// - Throws: `MeasurementTableError` naming the file, line and column of the first bad field.
    public static func parse(_ text: String, source: String, maxDPUs: Int = DPUConfiguration.v1A.maxDPUs) throws -> [Measurement] {
        let table: CSVTable
        do { table = try CSVTable.parse(text) } catch {
            throw MeasurementTableError(description: "\(source): \(error)")
        }
        guard table.header == columns else {
            throw MeasurementTableError(description: "\(source): header must be \(columns.joined(separator: ",")), got \(table.header.joined(separator: ","))")
        }
        return try table.rows.enumerated().map { index, row in
            let line = index + 2
            func fail(_ column: Int, _ why: String) -> MeasurementTableError {
                MeasurementTableError(description: "\(source) line \(line), column \(columns[column]): \(why) ('\(row[column])')")
            }
            guard let benchmark = PrIMBenchmark(rawValue: row[0]) else {
                throw fail(0, "not one of \(PrIMBenchmark.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let dpus = Int(row[1]), (1...maxDPUs).contains(dpus) else { throw fail(1, "want a DPU count in 1...\(maxDPUs)") }
            guard let param = Int(row[2]), param > 0 else { throw fail(2, "want a positive integer") }
            let times = try (3..<8).map { column -> Double in
                guard let v = Double(row[column]), v.isFinite, v >= 0 else { throw fail(column, "want a finite time ≥ 0 in ms") }
                return v
            }
            return Measurement(benchmark: benchmark, dpus: dpus, dataPrepParam: param, kernelMs: times[0],
                               cpuToDPUMs: times[1], dpuToCPUMs: times[2], dpuToDPUMs: times[3], upimulatorKernelMs: times[4])
        }
    }

    /// Reads and parses the table at `path`.
    public static func load(path: String) throws -> [Measurement] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MeasurementTableError(description: "cannot read the measurement table '\(path)'")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MeasurementTableError(description: "\(path): not UTF-8 text")
        }
        return try parse(text, source: path)
    }
}
