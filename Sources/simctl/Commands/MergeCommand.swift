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

/// The two columns a sharded sweep adds to its CSV so that `merge` can restore the grid
/// order and check that every shard is there.
enum ShardedTable {
    static let pointColumn = "sweep_point"
    static let shardColumn = "sweep_shard"

    static func tag(_ table: CSVTable, points: [Int], shard: Shard) -> CSVTable {
        var tagged = CSVTable(header: table.header + [pointColumn, shardColumn])
        for (row, point) in zip(table.rows, points) { tagged.append(row + [String(point), shard.text]) }
        return tagged
    }

    struct Error: Swift.Error, CustomStringConvertible {
        var description: String
    }

    /// Joins the shards of one sweep into the table the unsharded sweep writes: rows in
    /// grid order, the two shard columns dropped.
    ///
    /// - Throws: if headers differ or lack the shard columns, if shards disagree on N, if a
    ///   shard appears twice, if fewer or more than N files are given, if a point appears
    ///   twice or in the wrong shard, or if no shard holds a row.
    static func merge(_ shards: [(name: String, table: CSVTable)]) throws -> CSVTable {
        guard let first = shards.first else { throw Error(description: "no shard files given") }
        let header = first.table.header
        guard header.count >= 2, header.suffix(2) == [pointColumn, shardColumn] else {
            throw Error(description: "\(first.name): not a sharded sweep CSV (its last columns are not \(pointColumn), \(shardColumn))")
        }
        var rows: [(Int, [String])] = []
        var seenShards: [Int: String] = [:]
        var total: Int?
        for (name, table) in shards {
            guard table.header == header else {
                throw Error(description: "\(name): its columns differ from those of \(first.name)")
            }
            var shardOfFile: Shard?
            for (r, row) in table.rows.enumerated() {
                let line = r + 2
                guard let point = Int(row[row.count - 2]), point >= 0 else {
                    throw Error(description: "\(name), line \(line): \(pointColumn) '\(row[row.count - 2])' is not a point index")
                }
                let shard: Shard
                do { shard = try Shard(parsing: row[row.count - 1]) } catch {
                    throw Error(description: "\(name), line \(line): \(shardColumn) '\(row[row.count - 1])' is not K/N")
                }
                if let s = shardOfFile, s != shard {
                    throw Error(description: "\(name), line \(line): shard \(shard.text) in a file of shard \(s.text)")
                }
                shardOfFile = shard
                guard shard.owns(point) else {
                    throw Error(description: "\(name), line \(line): point \(point) does not belong to shard \(shard.text)")
                }
                rows.append((point, Array(row.dropLast(2))))
            }
            guard let shard = shardOfFile else { continue }   // a shard whose points all were skipped
            if let n = total, n != shard.count {
                throw Error(description: "\(name): shard \(shard.text) of a sweep cut into \(shard.count), others into \(n)")
            }
            total = shard.count
            if let other = seenShards[shard.index] {
                throw Error(description: "\(name) and \(other) are both shard \(shard.text)")
            }
            seenShards[shard.index] = name
        }
        guard let n = total else { throw Error(description: "no shard holds a row: nothing to merge") }
        guard shards.count == n else {
            throw Error(description: "the sweep was cut into \(n) shards, but \(shards.count) file(s) were given")
        }
        rows.sort { $0.0 < $1.0 }
        for (a, b) in zip(rows, rows.dropFirst()) where a.0 == b.0 {
            throw Error(description: "point \(a.0) appears twice")
        }
        var merged = CSVTable(header: Array(header.dropLast(2)))
        for (_, row) in rows { merged.append(row) }
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
    static let usage = "simctl merge --shards <a.csv,b.csv,…> --csv <file>"
    static let options: [OptionSpec] = [
        .value("shards", "files", "The shard CSVs, comma-separated."),
        .value("csv", "file", "Where to write the merged CSV."),
    ]

    var files: [String]
    var output: String
    /// `--csv`, checked against the shards before any is read.
    var outputs: Outputs

    init(parsing arguments: ParsedArguments) throws {
        guard let files = try arguments.stringList("shards"), !files.isEmpty else {
            throw UsageError("missing '--shards <a.csv,b.csv,…>'")
        }
        guard let output = arguments.string("csv"), !output.isEmpty else { throw UsageError("missing '--csv <file>'") }
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
