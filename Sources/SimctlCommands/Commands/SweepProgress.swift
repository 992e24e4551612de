import DPUSupport
import DPUSim
import Foundation

/// The side file in which a sweep with `--csv FILE` records each completed point as it
/// completes, so that an interrupted sweep loses nothing: `sweep … --resume` reruns only the
/// points the file does not hold.
///
/// The file is `.FILE.progress` beside `FILE`: a CSV whose header is the report columns plus
/// `sweep_point` and `sweep_id` (the sweep's fingerprint, shard included), one row appended
/// (and flushed to the kernel) per completed point. It is removed once the sweep's outputs
/// are written; a failed or interrupted sweep leaves it. A row cut short by a crash (no line
/// end) is ignored. Rows are the report's CSV cells, so a resumed sweep writes the same bytes
/// as one run in one piece.
struct SweepProgress {
    static let pointColumn = "sweep_point"
    static let idColumn = "sweep_id"

    let path: String
    let id: String
    let header: [String]
    /// Completed points read back with `--resume`: point → report cells.
    private(set) var completed: [Int: [String]] = [:]
    private var handle: FileHandle?

    /// `csv` when a progress file can be kept beside it: not for a CSV written to a special
    /// file (`/dev/stdout`, a FIFO), which has no directory of its own to keep it in.
    static func keeps(_ csv: String) -> String? {
        let target = URL(fileURLWithPath: csv).resolvingSymlinksInPath().path
        guard let type = try? FileManager.default.attributesOfItem(atPath: target)[.type] as? FileAttributeType else { return csv }
        return type == .typeRegular ? csv : nil
    }

    /// The progress file of `csv` (`.NAME.progress` in the same directory).
    static func path(for csv: String) -> String {
        let url = URL(fileURLWithPath: csv)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).progress").path
    }

    /// Opens the progress file: with `resume`, reads the points it holds (refusing a file of
    /// another sweep) and appends to it; without, starts it anew.
    /// - Throws: `UsageError` (exit 64) for a file of another sweep or an unreadable one.
    init(csv: String, id: String, columns: [String], resume: Bool) throws {
        path = Self.path(for: csv)
        self.id = id
        header = columns + [Self.pointColumn, Self.idColumn]
        if resume, let data = FileManager.default.contents(atPath: path) {
            completed = try Self.read(data, header: header, id: id, path: path)
        } else {
            guard FileManager.default.createFile(atPath: path, contents: Data(CSVTable(header: header).text.utf8)) else {
                throw UsageError("cannot write the sweep's progress file '\(path)'")
            }
        }
        handle = FileHandle(forWritingAtPath: path)
        guard handle != nil else { throw UsageError("cannot append to the sweep's progress file '\(path)'") }
        _ = try? handle?.seekToEnd()
    }

    private static func read(_ data: Data, header: [String], id: String, path: String) throws -> [Int: [String]] {
        guard var text = String(data: data, encoding: .utf8) else { throw UsageError("'\(path)' is not a sweep progress file (not UTF-8)") }
        // A row a crash cut short has no line end: drop it, it will be run again.
        if !text.hasSuffix("\r\n"), let end = text.range(of: "\r\n", options: .backwards) { text = String(text[..<end.upperBound]) }
        let table: CSVTable
        do { table = try CSVTable.parse(text) } catch {
            throw UsageError("'\(path)' is not a sweep progress file (\(error)); rerun without --resume to start over")
        }
        guard table.header == header else {
            throw UsageError("'\(path)' was written by another version or command (its columns differ); rerun without --resume to start over")
        }
        var completed: [Int: [String]] = [:]
        for row in table.rows {
            guard row.last == id else {
                throw UsageError("'\(path)' records another sweep (other grid, inputs, parameters or shard); rerun without --resume to start over")
            }
            guard let point = Int(row[row.count - 2]), point >= 0 else {
                throw UsageError("'\(path)': '\(row[row.count - 2])' is not a point index")
            }
            completed[point] = Array(row.dropLast(2))
        }
        return completed
    }

    /// Records one completed point: its row is appended and handed to the kernel before the
    /// sweep goes on.
    func record(point: Int, cells: [String]) throws {
        do {
            try handle?.write(contentsOf: Data(CSVTable.line(cells + [String(point), id]).utf8))
            try handle?.synchronize()
        } catch {
            throw UsageError("cannot append to the sweep's progress file '\(path)': \(error)")
        }
    }

    /// The sweep's outputs are written: the progress is no longer needed.
    func finish() {
        try? handle?.close()
        try? FileManager.default.removeItem(atPath: path)
    }
}
