import DPUSupport
import DPUSim
import Foundation

/// `--shard K/N`: the K-th of N disjoint slices of a sweep's grid. Point p (0-based, in
/// grid order) belongs to shard p mod N + 1, so shards get a mix of cheap and costly points.
struct Shard: Equatable {
    var index: Int
    var count: Int

    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses "K/N" with 1 ≤ K ≤ N ≤ 100,000.
    init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else {
            throw UsageError("'--shard' must be K/N (e.g. 3/8), got '\(text)'")
        }
        guard (1...100_000).contains(n), (1...n).contains(k) else {
            throw UsageError("'--shard' \(text): need 1 <= K <= N <= 100000")
        }
        self.init(index: k, count: n)
    }

    func owns(_ point: Int) -> Bool { point % count == index - 1 }

    var text: String { "\(index)/\(count)" }
}

/// The columns a sharded sweep adds to its CSV, so that `merge` can restore the grid order
/// and prove that the shards are the whole of one sweep:
/// - `sweep_point`: the point's index in grid order;
/// - `sweep_shard`: K/N;
/// - `sweep_points`: how many points the whole grid has;
/// - `sweep_id`: a fingerprint of the sweep (grid, model, inputs, DPU parameters, options), the
///   same in every shard of one sweep and different for another;
/// - `sweep_skipped`: `true` for a point the shard owned but the kernel could not run (its
///   report cells are empty), so that a shard of only skipped points is not an empty file.
enum ShardedTable {
    static let pointColumn = "sweep_point"
    static let shardColumn = "sweep_shard"
    static let pointsColumn = "sweep_points"
    static let idColumn = "sweep_id"
    static let skippedColumn = "sweep_skipped"
    static let columns = [pointColumn, shardColumn, pointsColumn, idColumn, skippedColumn]

    /// `table`'s rows (the points in `points`, in order) and one row per skipped point, in grid
    /// order, with the shard columns.
    static func tag(_ table: CSVTable, points: [Int], skipped: [Int], shard: Shard, total: Int, id: String) -> CSVTable {
        var tagged = CSVTable(header: table.header + columns)
        let empty = Array(repeating: "", count: table.header.count)
        let rows = zip(points, table.rows).map { ($0, $1, false) } + skipped.map { ($0, empty, true) }
        for (point, row, isSkipped) in rows.sorted(by: { $0.0 < $1.0 }) {
            tagged.append(row + [String(point), shard.text, String(total), id, isSkipped ? "true" : "false"])
        }
        return tagged
    }

    /// A sweep's fingerprint: FNV-1a (64-bit) over `description`, in hex.
    static func fingerprint(_ description: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in description.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(hash, radix: 16)
    }

    struct Error: Swift.Error, CustomStringConvertible {
        var description: String
    }

    /// Joins the shards of one sweep into the table the unsharded sweep writes: rows in
    /// grid order, the shard columns and the skipped points dropped.
    ///
    /// - Throws: if headers differ or lack the shard columns; if shards disagree on N, on the
    ///   grid's size or on the sweep's fingerprint (shards of different sweeps); if a shard
    ///   appears twice or fewer or more than N files are given; if a point lies outside the
    ///   grid, appears twice or in the wrong shard, or is missing (a shard lost rows, or is a
    ///   header-only stand-in); or if no shard holds a row.
    static func merge(_ shards: [(name: String, table: CSVTable)]) throws -> CSVTable {
        guard let first = shards.first else { throw Error(description: "no shard files given") }
        let header = first.table.header
        let tags = columns.count
        guard header.count >= tags, Array(header.suffix(tags)) == columns else {
            throw Error(description: "\(first.name): not a sharded sweep CSV (its last columns are not \(columns.joined(separator: ", ")))")
        }
        var rows: [(point: Int, cells: [String], skipped: Bool)] = []
        var seenShards: [Int: String] = [:]
        var total: Int?, gridSize: (points: Int, file: String)?, sweep: (id: String, file: String)?
        for (name, table) in shards {
            guard table.header == header else {
                throw Error(description: "\(name): its columns differ from those of \(first.name)")
            }
            var shardOfFile: Shard?
            for (r, row) in table.rows.enumerated() {
                let line = r + 2
                let tag = Array(row.suffix(tags))
                guard let point = Int(tag[0]), point >= 0 else {
                    throw Error(description: "\(name), line \(line): \(pointColumn) '\(tag[0])' is not a point index")
                }
                let shard: Shard
                do { shard = try Shard(parsing: tag[1]) } catch {
                    throw Error(description: "\(name), line \(line): \(shardColumn) '\(tag[1])' is not K/N")
                }
                guard let points = Int(tag[2]), points >= 1 else {
                    throw Error(description: "\(name), line \(line): \(pointsColumn) '\(tag[2])' is not a point count")
                }
                guard tag[4] == "true" || tag[4] == "false" else {
                    throw Error(description: "\(name), line \(line): \(skippedColumn) '\(tag[4])' is not true or false")
                }
                if let s = shardOfFile, s != shard {
                    throw Error(description: "\(name), line \(line): shard \(shard.text) in a file of shard \(s.text)")
                }
                shardOfFile = shard
                if let g = gridSize, g.points != points {
                    throw Error(description: "\(name), line \(line): a grid of \(points) points, but \(g.file) has \(g.points): shards of different sweeps")
                }
                gridSize = gridSize ?? (points, name)
                if let s = sweep, s.id != tag[3] {
                    throw Error(description: "\(name), line \(line): sweep \(tag[3]), but \(s.file) is of sweep \(s.id): shards of different sweeps")
                }
                sweep = sweep ?? (tag[3], name)
                guard point < points else {
                    throw Error(description: "\(name), line \(line): point \(point) lies outside the grid of \(points) points")
                }
                guard shard.owns(point) else {
                    throw Error(description: "\(name), line \(line): point \(point) does not belong to shard \(shard.text)")
                }
                rows.append((point, Array(row.dropLast(tags)), tag[4] == "true"))
            }
            guard let shard = shardOfFile else { continue }   // a shard that owned no point of the grid
            if let n = total, n != shard.count {
                throw Error(description: "\(name): shard \(shard.text) of a sweep cut into \(shard.count), others into \(n)")
            }
            total = shard.count
            if let other = seenShards[shard.index] {
                throw Error(description: "\(name) and \(other) are both shard \(shard.text)")
            }
            seenShards[shard.index] = name
        }
        guard let n = total, let points = gridSize?.points else { throw Error(description: "no shard holds a row: nothing to merge") }
        guard shards.count == n else {
            throw Error(description: "the sweep was cut into \(n) shards, but \(shards.count) file(s) were given")
        }
        rows.sort { $0.point < $1.point }
        for (a, b) in zip(rows, rows.dropFirst()) where a.point == b.point {
            throw Error(description: "point \(a.point) appears twice")
        }
        if rows.count < points {
            let missing = zip(0..., rows).first { $0 != $1.point }?.0 ?? rows.count
            throw Error(description: "point \(missing) of the \(points)-point grid is in no shard (shard \(missing % n + 1)/\(n) lost rows, or is not that shard's output)")
        }
        var merged = CSVTable(header: Array(header.dropLast(tags)))
        for row in rows where !row.skipped { merged.append(row.cells) }
        return merged
    }
}

/// `simctl merge`: joins a sharded sweep's CSVs.
struct MergeCommand: Command {
    static let name = "merge"
    static let abstract = "Join the CSVs of a sweep run as shards (--shard K/N) into the unsharded sweep's CSV."
    static let discussion = """
        Reads the N CSV files written by 'simctl sweep … --shard K/N --csv FILE' (any order), \
        checks that they are the N shards of one sweep with the same columns, and writes the \
        rows in grid order without the shard columns: byte for byte what the sweep run in one \
        piece writes. Nothing is written if any check fails.
        """
    enum Options {
        static let shards = Option<[String]>(requiredList: "shards", "files", "The shard CSVs, comma-separated.",
                                             missing: "missing '--shards <a.csv,b.csv,…>'")
        static let csv = Option<String>(required: "csv", "file", "Where to write the merged CSV.", missing: "missing '--csv <file>'")
    }
    static let options: [any OptionDeclaration] = [Options.shards, Options.csv]

    var files: [String]
    var output: String
    /// `--csv`, checked against the shards before any is read.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        let files = try arguments[Options.shards]
        guard !files.isEmpty else { throw UsageError(Options.shards.missingMessage) }
        let output = try arguments[Options.csv]
        guard !output.isEmpty else { throw UsageError(Options.csv.missingMessage) }
        self.files = files
        self.output = output
        outputs = try Outputs([("csv", output)], inputs: files)
    }

    func run() throws {
        let tables = try files.map { path -> (name: String, table: CSVTable) in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ShardedTable.Error(description: "cannot read '\(path)'")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ShardedTable.Error(description: "'\(path)' is not UTF-8 text")
            }
            do {
                return (path, try CSVTable.parse(text))
            } catch {
                throw ShardedTable.Error(description: "'\(path)': \(error)")
            }
        }
        let merged = try ShardedTable.merge(tables)
        try outputs.write(["csv": csvData(merged)])
        print("wrote \(output) (\(merged.rows.count) rows from \(files.count) shards)")
    }
}
